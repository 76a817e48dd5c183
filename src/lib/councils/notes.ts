import { t } from '../../i18n/en';
import { listOf } from '../data/format';
import { quotedNotes } from '../measures/dfe-notes';
import { periodLabel } from '../measures/measure';
import type { CouncilMeasure } from './measures';

/** DfE's notes as a council page shows them: the measures they concern, what they mean here, DfE's words. */
export interface CouncilNote {
  /** The measures' names, e.g. "Agency social workers, Social worker turnover and Social worker vacancies". */
  names: string;
  /** What the notes mean for the figures of the plan's year and the latest year. */
  sentences: string[];
  /** DfE's paragraphs from LAIT's data dictionary, verbatim. */
  quotes: string[];
}

/**
 * The notes of DfE's that bear on a council's table: a series break between the plan's year and the
 * latest year, joint returns counted in England's quarters, and returns missing in the latest year.
 * Measures with the same notes are named together.
 */
export function councilNotes(measures: readonly CouncilMeasure[]): CouncilNote[] {
  const groups = new Map<string, { names: string[]; sentences: string[]; quotes: string[] }>();
  for (const m of measures) {
    const notes = quotedNotes(m.measure).filter(
      (n) =>
        n.kind === 'jointReturns' ||
        (n.kind === 'seriesBreak' && Number(n.period) > m.plan.year && Number(n.period) <= m.latest.year) ||
        (n.kind === 'missingReturns' && n.period === m.latest.period),
    );
    if (notes.length === 0) continue;
    const sentences = [
      ...new Set(
        notes.map((n) =>
          n.kind === 'seriesBreak'
            ? t('measure.break', {
                year: n.period ?? '',
                planPeriod: periodLabel(m.plan.period),
                latestPeriod: periodLabel(m.latest.period),
              })
            : n.kind === 'jointReturns'
              ? t('council.note.joint')
              : t('measure.quartiles.missing', { period: periodLabel(m.latest.period) }),
        ),
      ),
    ];
    const quotes = notes.map((n) => n.text);
    const key = JSON.stringify([sentences, quotes]);
    const group = groups.get(key) ?? { names: [], sentences, quotes };
    group.names.push(m.measure.name);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ ...g, names: listOf(g.names) }));
}
