import type { CouncilRow } from '../../schemas/council';
import type { OfstedSeJudgementRow, TriadRow } from '../../schemas/plan-data';

/** A council's place in the peer-challenge triads of Annex 4. */
export interface TriadPlace {
  /** Triad number, 1 to 6. */
  triad: number;
  /** The council's place as the plan labels it, e.g. "Hampshire and IoW". */
  planLabel: string;
  /** The councils it shares that place with (Hampshire and the Isle of Wight share one). */
  sharesPlaceWith: string[];
  /** The councils in the triad's other places: its partners. */
  partners: string[];
}

/**
 * Where a council sits in the triads: its place, who shares it, and its partners (everyone in the
 * triad's other places). Throws when the council is in no triad.
 * @example triadPlace('Isle of Wight', triads).sharesPlaceWith // ["Hampshire"]
 */
export function triadPlace(name: string, triads: readonly TriadRow[]): TriadPlace {
  const own = triads.find((r) => r.area === name);
  if (!own) throw new Error(`data/triads.csv has no row for ${name}. Add it to its triad.`);
  const members = triads.filter((r) => r.triad === own.triad);
  return {
    triad: own.triad,
    planLabel: own.plan_label,
    sharesPlaceWith: members.filter((r) => r.position === own.position && r.area !== name).map((r) => r.area),
    partners: members
      .filter((r) => r.position !== own.position)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.area),
  };
}

/** A council's Ofsted record: the judgement in force when the plan was written and those after. */
export interface OfstedRecord {
  /** The judgement of the latest full inspection before 7 March 2019 (the plan's table). */
  inForce: OfstedSeJudgementRow;
  /** Full inspections published after that one, oldest first. */
  later: OfstedSeJudgementRow[];
}

/**
 * The judgement in force on 7 March 2019 and every later full inspection we hold.
 * @example ofstedRecord('Medway', rows).later.map((r) => r.overall_effectiveness) // ["Inadequate", "Good"]
 */
export function ofstedRecord(name: string, judgements: readonly OfstedSeJudgementRow[]): OfstedRecord {
  const own = judgements
    .filter((r) => r.area === name)
    .sort((a, b) => (a.report_published < b.report_published ? -1 : 1));
  const inForce = own.find((r) => r.latest_full_inspection_as_at_2019_03_07 === 'yes');
  if (!inForce) {
    throw new Error(
      `data/ofsted_se_judgements.csv marks no judgement of ${name} as in force on 7 March 2019 (column latest_full_inspection_as_at_2019_03_07).`,
    );
  }
  return { inForce, later: own.filter((r) => r.report_published > inForce.report_published) };
}

/**
 * The month our inspection data end: that of the latest report we hold, as yyyy-mm.
 * @example inspectionDataEnd(rows) // "2024-12"
 */
export function inspectionDataEnd(judgements: readonly OfstedSeJudgementRow[]): string {
  return judgements
    .reduce((latest, r) => (r.report_published > latest ? r.report_published : latest), '')
    .slice(0, 7);
}

/**
 * Councils in the order a reader looks for them: alphabetical by name.
 * @example byName(rows)[0].name // "Bracknell Forest"
 */
export function byName<T extends Pick<CouncilRow, 'name'>>(councils: readonly T[]): T[] {
  return [...councils].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
