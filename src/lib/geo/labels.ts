/**
 * Where each council's number sits on a map, decided at build time so no two overlap at the
 * narrowest width the map is drawn (a 320 px screen). Councils whose number fits over their own
 * area get it there; the others (the Berkshire six, Portsmouth, Southampton, Brighton and Hove)
 * get the nearest free place, with a leader line back to their area: a callout.
 */

/** A council to label: its name, its number in the key and where its label would ideally sit. */
export interface LabelTarget {
  name: string;
  number: number;
  /** The label's ideal place (map units). */
  at: [number, number];
  /** Its area's size (map units²), larger councils are placed first. */
  area: number;
}

/** A placed label: its centre, and the point its leader line runs from when it was moved. */
export interface PlacedLabel extends LabelTarget {
  x: number;
  y: number;
  /** Present when the label sits away from its area. */
  leader: [number, number] | undefined;
}

/** The narrowest the map is drawn (px): the text column of a 320 px screen. */
export const NARROWEST_MAP_PX = 280;
/** A number's badge as rendered (px): two digits at 12 px, with padding and a gap to the next. */
export const BADGE_PX = { width: 26, height: 20 } as const;

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number) =>
  Math.abs(a.x - b.x) < w && Math.abs(a.y - b.y) < h;

/**
 * Places every label without overlap at the narrowest width: the largest councils first at their
 * own place, then each of the rest at the nearest free point on rings around it, inside the map.
 * @example placeLabels(targets, 600, 330).find((l) => l.name === 'Slough')?.leader // [x, y]
 */
export function placeLabels(targets: readonly LabelTarget[], width: number, height: number): PlacedLabel[] {
  const scale = NARROWEST_MAP_PX / width;
  const w = BADGE_PX.width / scale;
  const h = BADGE_PX.height / scale;
  const inside = (p: { x: number; y: number }) =>
    p.x - w / 2 >= 0 && p.x + w / 2 <= width && p.y - h / 2 >= 0 && p.y + h / 2 <= height;
  const placed: PlacedLabel[] = [];
  const free = (p: { x: number; y: number }) => inside(p) && placed.every((q) => !overlaps(p, q, w, h));
  const order = [...targets].sort((a, b) => b.area - a.area || a.number - b.number);
  for (const target of order) {
    const [cx, cy] = target.at;
    let spot: { x: number; y: number } | undefined = free({ x: cx, y: cy }) ? { x: cx, y: cy } : undefined;
    for (let ring = 1; !spot && ring <= 12; ring += 1) {
      const radius = ring * h * 0.75;
      const steps = 8 + ring * 4;
      for (let i = 0; i < steps && !spot; i += 1) {
        const angle = -Math.PI / 2 + (i / steps) * 2 * Math.PI;
        const p = { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
        if (free(p)) spot = p;
      }
    }
    if (!spot) throw new Error(`No free place for the map label of ${target.name}.`);
    const moved = spot.x !== cx || spot.y !== cy;
    placed.push({
      ...target,
      x: Math.round(spot.x * 10) / 10,
      y: Math.round(spot.y * 10) / 10,
      leader: moved ? [cx, cy] : undefined,
    });
  }
  return placed.sort((a, b) => a.number - b.number);
}
