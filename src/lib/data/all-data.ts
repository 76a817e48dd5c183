import type { CouncilRow } from '../../schemas/council';
import type { LaitAuthorityRow, LaitMeasureRow, LaitValueRow, StatisticalNeighbourRow } from '../../schemas/lait';
import type { ObservationRow } from '../../schemas/observation';
import type { OfstedRegionalCountRow, OfstedSeJudgementRow, SchoolDataRow, SendInspectionRow, SystemMapLinkRow, TriadRow } from '../../schemas/plan-data';
import type { EditorsNoteRow, SourceRow } from '../../schemas/sources';

/**
 * Every dataset's validated rows, keyed by dataset id (= data/<id>.csv). src/datasets/index.ts
 * holds the registry and checks it against this type, so the two cannot drift apart.
 */
export type AllData = {
  lac_rates: ObservationRow[];
  cpp_rates: ObservationRow[];
  cin_referral_rates: ObservationRow[];
  s251_unit_costs: ObservationRow[];
  ofsted_se_judgements: OfstedSeJudgementRow[];
  ofsted_regional_counts: OfstedRegionalCountRow[];
  school_data: SchoolDataRow[];
  send_inspections: SendInspectionRow[];
  triads: TriadRow[];
  councils: CouncilRow[];
  system_map_links: SystemMapLinkRow[];
  editors_notes: EditorsNoteRow[];
  lait_measures: LaitMeasureRow[];
  lait_values: LaitValueRow[];
  lait_authorities: LaitAuthorityRow[];
  statistical_neighbours: StatisticalNeighbourRow[];
  sources: SourceRow[];
};
