import { loadAllDataOnce } from '../datasets/index';
import {
  compareMeasures,
  type CompareArea,
  type CompareMeasure,
  type RankScope,
} from '../lib/councils/compare';
import { neighbourModels, ValueIndex } from '../lib/councils/measures';
import { byName } from '../lib/councils/profile';
import type { CouncilRow } from '../schemas/council';
import { getMeasures } from './measures';

/** A ready-made comparison: a council with its triad or with its statistical neighbours. */
export interface ReadyMadeComparison {
  council: CouncilRow;
  kind: 'triad' | 'neighbours';
  /** The statistical-neighbour model's year (neighbours only). */
  model: string | undefined;
  /** The council first, then the others in the triad's order or the model's (nearest first). */
  members: CompareArea[];
  scope: RankScope;
  measures: CompareMeasure[];
}

let index: ValueIndex | undefined;
const valueIndex = () => (index ??= new ValueIndex(loadAllDataOnce().lait_values));

const areaOf = (council: CouncilRow): CompareArea => ({
  code: council.la_number,
  name: council.name,
  slug: council.slug,
});

let all: { councils: CompareArea[]; measures: CompareMeasure[] } | undefined;

/** The 19 councils, alphabetical, on every followed measure, ranked among themselves (computed once). */
export function getCompareAll(): { councils: CompareArea[]; measures: CompareMeasure[] } {
  if (!all) {
    const data = loadAllDataOnce();
    const councils = byName(data.councils).map(areaOf);
    all = {
      councils,
      measures: compareMeasures(
        councils,
        getMeasures(),
        valueIndex(),
        councils.map((c) => c.code),
      ),
    };
  }
  return all;
}

/**
 * Two ready-made comparisons per council: with its triad (the plan's peer-challenge group, ranks
 * among the 19) and with its 10 statistical neighbours in DfE's latest model (ranks among
 * England's authorities, as the neighbours come from all of England).
 */
export function getReadyMade(): ReadyMadeComparison[] {
  const data = loadAllDataOnce();
  const measures = getMeasures();
  const byCode = new Map(data.councils.map((c) => [c.la_number, c]));
  const byArea = new Map(data.councils.map((c) => [c.name as string, c]));
  const southEast = data.councils.map((c) => c.la_number);
  const england = data.lait_authorities.map((a) => a.la_number);
  const model = neighbourModels(data.statistical_neighbours).latest;
  return byName(data.councils).flatMap((council) => {
    const own = data.triads.find((r) => r.area === council.name);
    if (!own) throw new Error(`data/triads.csv has no row for ${council.name}. Add it to its triad.`);
    const triad = data.triads
      .filter((r) => r.triad === own.triad && r.area !== council.name)
      .sort((a, b) => a.position - b.position)
      .map((r) => {
        const row = byArea.get(r.area);
        if (!row) throw new Error(`data/triads.csv names "${r.area}", which is not in data/councils.csv.`);
        return areaOf(row);
      });
    const neighbours = data.statistical_neighbours
      .filter((n) => n.model === model && n.la_number === council.la_number)
      .sort((a, b) => a.rank - b.rank)
      .map((n): CompareArea => {
        const se = byCode.get(n.neighbour_number);
        return se ? areaOf(se) : { code: n.neighbour_number, name: n.neighbour_name };
      });
    const triadMembers = [areaOf(council), ...triad];
    const neighbourMembers = [areaOf(council), ...neighbours];
    return [
      {
        council,
        kind: 'triad' as const,
        model: undefined,
        members: triadMembers,
        scope: 'southEast' as const,
        measures: compareMeasures(triadMembers, measures, valueIndex(), southEast),
      },
      {
        council,
        kind: 'neighbours' as const,
        model,
        members: neighbourMembers,
        scope: 'england' as const,
        measures: compareMeasures(neighbourMembers, measures, valueIndex(), england),
      },
    ];
  });
}
