/**
 * Layout helpers for drawing a figure at a given width. Plot cannot measure text on the server, so
 * label widths are estimated generously and labels are placed so that the estimates cannot touch.
 */

import type { PlotOptions } from '@observablehq/plot';

/**
 * The frame of a diagram laid out by hand in SVG units: no margins, identity scales without axes,
 * so every mark's x and y are positions on the drawing.
 */
export function absoluteFrame(width: number, height: number, fontSize: number): PlotOptions {
  return {
    width,
    height,
    margin: 0,
    style: { fontSize: `${fontSize}px` },
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
  };
}

/** Average advance of a character of the site's sans-serif, as a share of the font size (generous). */
const EM_PER_CHAR = 0.6;
/** Characters nearly a whole em wide in the fallback sans-serifs (the per cent sign is 0.95 in DejaVu Sans). */
const WIDE = new Set(['%', '○', '●']);

/**
 * Estimated width of a one-line label in SVG units, on the generous side.
 * @example textWidth('2015-16', 14) // 58.8
 * @example textWidth('20%', 14) // 30.8
 */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((ems, c) => ems + (WIDE.has(c) ? 1 : EM_PER_CHAR), 0) * fontSize;
}

/**
 * How many steps of a point scale apart two tick labels must be so that they do not touch.
 * @param labels every tick label that may be shown
 * @param step distance between two neighbouring points, in SVG units
 * @param gap clear space wanted between two labels
 * @example minTickSteps(['2013', '2019'], 14, 35) // 2 (labels about 34 wide, 35 apart)
 */
export function minTickSteps(labels: readonly string[], fontSize: number, step: number, gap = 6): number {
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  return Math.max(1, Math.ceil((widest + gap) / step));
}

/**
 * Picks ticks from a point domain, at least `minSteps` points apart: the `priority` values first
 * (in that order, e.g. the plan's last year, then the last year, then the first), then the others
 * from left to right. Returned in domain order.
 * @example pickTicks(['2013', …, '2019'], ['2017', '2019', '2013'], 2) // ['2013', '2015', '2017', '2019']
 */
export function pickTicks(
  domain: readonly string[],
  priority: readonly string[],
  minSteps: number,
): string[] {
  const index = new Map(domain.map((d, i) => [d, i]));
  const chosen: number[] = [];
  for (const value of [...priority, ...domain]) {
    const i = index.get(value);
    if (i === undefined || chosen.includes(i)) continue;
    if (chosen.every((j) => Math.abs(i - j) >= minSteps)) chosen.push(i);
  }
  return chosen.sort((a, b) => a - b).map((i) => domain[i]!);
}

/**
 * Moves label centres along a line as little as possible so that neighbours are at least
 * `minGap` apart and all stay within [lo, hi]; keeps their order. Centres must be sorted.
 * @example spreadLabels([2, 4, 30], 10, 0, 100) // [2, 12, 30]
 */
export function spreadLabels(centres: readonly number[], minGap: number, lo: number, hi: number): number[] {
  const out = centres.map((c) => Math.min(hi, Math.max(lo, c)));
  for (let i = 1; i < out.length; i += 1) out[i] = Math.max(out[i]!, out[i - 1]! + minGap);
  if (out.length > 0) out[out.length - 1] = Math.min(out[out.length - 1]!, hi);
  for (let i = out.length - 2; i >= 0; i -= 1) out[i] = Math.min(out[i]!, out[i + 1]! - minGap);
  if (out.length > 0) out[0] = Math.max(out[0]!, lo);
  return out.map((v) => Math.round(v * 10) / 10);
}

/**
 * Places blocks of different heights (labels of one or more lines) along a line, in their order,
 * so that neighbours are at least `gap` apart and all lie within [lo, hi]. Crowded blocks are
 * moved as a cluster centred on where its members want to be, so a crowd spreads both ways.
 * Returns each block's centre. Centres must be sorted and the blocks must fit between the bounds.
 * @example spreadBlocks([50, 50, 50], [10, 10, 10], 0, 0, 100) // [40, 50, 60]
 */
export function spreadBlocks(
  centres: readonly number[],
  sizes: readonly number[],
  gap: number,
  lo: number,
  hi: number,
): number[] {
  const size = (i: number) => sizes[i] ?? 0;
  // Each cluster: its first block, its last, and its top edge; offsets are within the cluster.
  const offsets: number[] = [];
  const clusters: { first: number; last: number; top: number; height: number }[] = [];
  const idealTop = (c: { first: number; last: number }) => {
    let sum = 0;
    for (let i = c.first; i <= c.last; i += 1) sum += (centres[i] ?? 0) - size(i) / 2 - (offsets[i] ?? 0);
    return sum / (c.last - c.first + 1);
  };
  centres.forEach((centre, i) => {
    offsets[i] = 0;
    clusters.push({ first: i, last: i, top: centre - size(i) / 2, height: size(i) });
    for (;;) {
      const last = clusters[clusters.length - 1];
      const before = clusters[clusters.length - 2];
      if (!last || !before || before.top + before.height + gap <= last.top) break;
      for (let j = last.first; j <= last.last; j += 1) offsets[j] = (offsets[j] ?? 0) + before.height + gap;
      const merged = {
        first: before.first,
        last: last.last,
        top: 0,
        height: before.height + gap + last.height,
      };
      merged.top = idealTop(merged);
      clusters.splice(-2, 2, merged);
    }
  });
  const out = centres.map((_, i) => {
    const cluster = clusters.find((c) => c.first <= i && i <= c.last);
    return (cluster?.top ?? 0) + (offsets[i] ?? 0) + size(i) / 2;
  });
  // Within the bounds: push down from the top edge, then up from the bottom edge.
  for (let i = 0; i < out.length; i += 1) {
    const floor = i === 0 ? lo + size(0) / 2 : out[i - 1]! + (size(i - 1) + size(i)) / 2 + gap;
    out[i] = Math.max(out[i]!, floor);
  }
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const ceiling = i === out.length - 1 ? hi - size(i) / 2 : out[i + 1]! - (size(i) + size(i + 1)) / 2 - gap;
    out[i] = Math.min(out[i]!, ceiling);
  }
  return out.map((v) => Math.round(v * 10) / 10);
}

/**
 * Breaks a label into lines no wider than `maxWidth` (estimated), at spaces; a single word wider
 * than that keeps a line of its own. Knowing the lines lets a layout size the box around them.
 * @example wrapText('Hampshire and Isle of Wight', 120, 14) // ['Hampshire and', 'Isle of Wight']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const current = lines[lines.length - 1];
    if (current !== undefined && textWidth(`${current} ${word}`, fontSize) <= maxWidth) {
      lines[lines.length - 1] = `${current} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
