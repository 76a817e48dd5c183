import type { TableModel } from '../data/tables';
import type { AllData } from '../data/all-data';
import { t } from '../../i18n/en';
import type { CouncilRow } from '../../schemas/council';
import { formatReportDate } from '../data/format-date';
import { listOf } from '../data/format';
import type { PlanMention } from './plan-mentions';
import { inspectionDataEnd, ofstedRecord, triadPlace } from './profile';

/** Everything a council's page says about its place in the plan and its inspections, as text. */
export interface CouncilPlanModel {
  /** "Unitary council" or "County council" (in 2019). */
  typeLabel: string;
  lede: string;
  /** The council's triad in a sentence, partners named. */
  triad: string;
  /** Sentences of the plan that name the council; empty when only the triads table does. */
  mentions: PlanMention[];
  ofsted: { intro: string; caption: string; table: TableModel; noneLater: string | undefined };
}

/**
 * The words and tables of a council page's plan and Ofsted sections, from the data alone.
 * @example councilPlanModel(kent, data, mentions).triad // "In the regional peer challenge … triad 2 with West Sussex and Portsmouth."
 */
export function councilPlanModel(
  council: CouncilRow,
  data: Pick<AllData, 'triads' | 'ofsted_se_judgements'>,
  mentions: readonly PlanMention[],
): CouncilPlanModel {
  const { name } = council;
  const place = triadPlace(name, data.triads);
  const triad =
    place.sharesPlaceWith.length > 0
      ? t('council.triadShared', {
          name,
          triad: place.triad,
          shared: listOf(place.sharesPlaceWith),
          label: place.planLabel,
          partners: listOf(place.partners),
        })
      : t('council.triad', { name, triad: place.triad, partners: listOf(place.partners) });
  const record = ofstedRecord(name, data.ofsted_se_judgements);
  const end = formatReportDate(inspectionDataEnd(data.ofsted_se_judgements));
  const row = (r: typeof record.inForce, status: string) => [
    formatReportDate(r.report_published),
    r.framework,
    r.inspection_start_text,
    r.overall_effectiveness,
    status,
  ];
  return {
    typeLabel: t(`council.type.${council.type_2019}`),
    lede: t('council.lede', { name, type: t(`council.typeLower.${council.type_2019}`) }),
    triad,
    mentions: [...mentions],
    ofsted: {
      intro: t('council.ofstedIntro', { end }),
      caption: t('council.ofstedCaption', { name }),
      table: {
        columns: [
          { label: t('council.ofsted.published'), numeric: false },
          { label: t('council.ofsted.framework'), numeric: false },
          { label: t('council.ofsted.dates'), numeric: false },
          { label: t('council.ofsted.judgement'), numeric: false },
          { label: t('council.ofsted.status'), numeric: false },
        ],
        rows: [
          row(record.inForce, t('council.ofsted.inForce')),
          ...record.later.map((r) => row(r, t('council.ofsted.later'))),
        ],
      },
      noneLater: record.later.length === 0 ? t('council.ofstedNoneLater', { name, end }) : undefined,
    },
  };
}

/**
 * The councils index table: each council (linked by the build's name links), what it was in
 * 2019, its triad and its Ofsted judgement in force on 7 March 2019.
 * @example councilsTable(byName(data.councils), data).rows[0] // ["Bracknell Forest", "Unitary council", "6", "Good"]
 */
export function councilsTable(
  councils: readonly CouncilRow[],
  data: Pick<AllData, 'triads' | 'ofsted_se_judgements'>,
): TableModel {
  return {
    columns: [
      { label: t('councils.column.council'), numeric: false },
      { label: t('councils.column.type'), numeric: false },
      { label: t('councils.column.triad'), numeric: true },
      { label: t('councils.column.ofsted'), numeric: false },
    ],
    rows: councils.map((c) => [
      c.name,
      t(`council.type.${c.type_2019}`),
      String(triadPlace(c.name, data.triads).triad),
      ofstedRecord(c.name, data.ofsted_se_judgements).inForce.overall_effectiveness,
    ]),
  };
}
