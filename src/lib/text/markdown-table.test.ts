import { describe, expect, it } from 'vitest';
import { tableFromHtml } from './markdown-table';

describe('tableFromHtml', () => {
  it('reads headers and cells, and finds numeric columns by alignment or content', () => {
    const html =
      '<table><thead><tr><th>Area</th><th align="right">Code</th><th>Rate</th></tr></thead>' +
      '<tbody><tr><td>South <em>East</em></td><td>E12</td><td>1,165</td></tr><tr><td>England</td><td>E92</td><td>47%</td></tr></tbody></table>';
    expect(tableFromHtml(html)).toEqual({
      columns: [
        { label: 'Area', numeric: false },
        { label: 'Code', numeric: true },
        { label: 'Rate', numeric: true },
      ],
      rows: [
        ['South East', 'E12', '1,165'],
        ['England', 'E92', '47%'],
      ],
    });
  });

  it('gives nothing when there is no table', () => {
    expect(tableFromHtml('<p>No table here</p>')).toBeUndefined();
  });
});
