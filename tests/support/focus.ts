/**
 * The keyboard walk: every Tab stop of a page, in the order the Tab key reaches them, each checked
 * as a low-vision reader would see it: the stop is visible, it changes visibly when focused, its
 * text keeps 4.5 : 1 (3 : 1 for large text) against its focused background, and its focus
 * indicator reaches 3 : 1 against what surrounds it. The walk is made with the real Tab key once
 * (in the light scheme); the stops it found are then focused again in the dark scheme and in
 * forced colours, where the Tab order is the same.
 */
import type { Page } from 'playwright-core';

/** Installs, in the page, the recorder and the measurements the walk uses (one evaluate). */
function installFocusProbe(): void {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+%?))?\)/.exec(value);
    if (!m) return null;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
  };
  const luminance = ([r, g, b]: Rgba) =>
    [r, g, b]
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  /** The colour behind an element: its own background and its ancestors', blended down to the canvas. */
  const backdrop = (el: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let at = el; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour && colour[3] > 0) {
        layers.push(colour);
        if (colour[3] >= 1) break;
      }
    }
    let result: Rgba = parse(getComputedStyle(document.documentElement).backgroundColor) ?? [
      255, 255, 255, 1,
    ];
    if (result[3] < 1) result = over(result, [255, 255, 255, 1]);
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const describe = (el: Element) => {
    const text = (el.textContent ?? el.getAttribute('aria-label') ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40);
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const href = el.getAttribute('href');
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}${href ? ` href="${href}"` : ''}> "${text}"`;
  };
  interface Look {
    outline: string;
    outlineColour: string;
    boxShadow: string;
    background: string;
    /** Inside an SVG (a map's council): the fills and strokes of the element and its shapes. */
    shapes: string[];
  }
  const look = (el: Element): Look => {
    for (const animation of document.getAnimations()) animation.finish();
    const s = getComputedStyle(el);
    const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return {
      outline: outlined ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
      outlineColour: outlined ? s.outlineColor : '',
      boxShadow: s.boxShadow,
      background: s.backgroundColor,
      shapes: el.closest('svg')
        ? [el, ...el.querySelectorAll('*')].slice(0, 6).flatMap((node) => {
            const shape = getComputedStyle(node);
            return [shape.fill, shape.stroke, shape.strokeWidth];
          })
        : [],
    };
  };
  /** What is wrong with one element as it is focused now, compared with how it looked before. */
  const problemsOf = (el: HTMLElement, before: Look): string[] => {
    const problems: string[] = [];
    const name = describe(el);
    const rect = el.getBoundingClientRect();
    if (
      !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ||
      rect.width < 2 ||
      rect.height < 2
    )
      return [
        `${name}: a Tab stop that cannot be seen (${Math.round(rect.width)} × ${Math.round(rect.height)} px)`,
      ];
    if (!el.matches(':focus-visible')) return [`${name}: does not match :focus-visible when focused`];
    const after = look(el);
    const shapesChanged = after.shapes.filter((shape, i) => shape !== before.shapes[i]);
    const changed =
      (after.outline !== 'none' && after.outline !== before.outline) ||
      (after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow) ||
      after.background !== before.background ||
      shapesChanged.length > 0;
    if (!changed) return [`${name}: looks the same with and without the focus (${JSON.stringify(after)})`];
    // The indicator: outline, shadow colours, a changed background and changed fills or strokes,
    // against what surrounds the element (for a shape in an SVG, what surrounds the SVG).
    const around = backdrop((el.closest('svg') ?? el).parentElement);
    const indicator = [
      after.outlineColour,
      ...(after.boxShadow.match(/rgba?\([^)]*\)/g) ?? []),
      after.background !== before.background ? after.background : '',
      ...shapesChanged,
    ]
      .map((c) => parse(c))
      .filter((c): c is Rgba => c !== null && c[3] > 0)
      .map((c) => ratio(over(c, around), around));
    const best = Math.max(0, ...indicator);
    if (best < 3)
      problems.push(`${name}: focus indicator ${best.toFixed(2)} : 1 against its surroundings (needs 3 : 1)`);
    // Text: the element's own text and its descendants' (up to 40 elements), against their focused background.
    const texts = [el, ...el.querySelectorAll<HTMLElement>('*')]
      .slice(0, 41)
      .filter((node) =>
        [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim()),
      );
    let worst: { ratio: number; need: number; where: string } | null = null;
    for (const node of texts) {
      if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const s = getComputedStyle(node);
      const colour = parse(s.color);
      if (!colour) continue;
      const behind = backdrop(node);
      const r = ratio(over(colour, behind), behind);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const need = large ? 3 : 4.5;
      if (r < need && (!worst || r / need < worst.ratio / worst.need))
        worst = { ratio: r, need, where: node === el ? '' : ` in ${describe(node)}` };
    }
    if (worst)
      problems.push(
        `${name}: focused text ${worst.ratio.toFixed(2)} : 1${worst.where} (needs ${worst.need} : 1)`,
      );
    return problems;
  };

  const focusable =
    'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';
  const before = new Map<Element, Look>();
  for (const el of document.querySelectorAll(focusable)) before.set(el, look(el));
  const stops: HTMLElement[] = [];
  const problems: string[] = [];
  let wrapped = false;
  const record = (event: FocusEvent) => {
    const el = event.target as HTMLElement;
    if (stops.length > 0 && el === stops[0]) wrapped = true;
    if (wrapped) return;
    stops.push(el);
    problems.push(...problemsOf(el, before.get(el) ?? look(el)));
  };
  document.addEventListener('focusin', record, true);
  Object.assign(window, {
    __focusWalk: {
      state: () => ({ stops: stops.length, wrapped, left: document.activeElement === document.body }),
      problems: () => problems,
      stop: () => document.removeEventListener('focusin', record, true),
      /** Focuses every stop again (after a change of scheme) and checks it. */
      recheck: (): string[] => {
        const found: string[] = [];
        for (const el of stops) {
          (document.activeElement as HTMLElement | null)?.blur();
          const unfocused = look(el);
          el.focus({ preventScroll: true });
          if (document.activeElement !== el) {
            found.push(`${describe(el)}: cannot take the focus`);
            continue;
          }
          found.push(...problemsOf(el, unfocused));
        }
        (document.activeElement as HTMLElement | null)?.blur();
        return found;
      },
    },
  });
}

/** The walk's handle in the page. */
interface FocusWalk {
  state(): { stops: number; wrapped: boolean; left: boolean };
  problems(): string[];
  stop(): void;
  recheck(): string[];
}

/** Tab presses made between two looks at where the walk has got to. */
const BATCH = 15;

/**
 * Walks every Tab stop of the page from its first (the skip link) with the Tab key in the light
 * scheme, then checks the same stops in the dark scheme and in forced colours. Returns the
 * number of stops and every problem, each naming the stop and the scheme.
 */
export async function walkFocusStops(page: Page): Promise<{ stops: number; problems: string[] }> {
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.evaluate(installFocusProbe);
  // The walk starts at the skip link, which the skip-link check proves is the first stop.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('a[href="#main"]')?.focus();
  });
  const limit = await page.evaluate(() => document.querySelectorAll('*').length);
  let state = { stops: 0, wrapped: false, left: false };
  while (!state.wrapped && state.stops < limit) {
    for (let i = 0; i < BATCH; i += 1) await page.keyboard.press('Tab');
    state = await page.evaluate(() => (window as unknown as { __focusWalk: FocusWalk }).__focusWalk.state());
  }
  const problems = (
    await page.evaluate(() => {
      const walk = (window as unknown as { __focusWalk: FocusWalk }).__focusWalk;
      walk.stop();
      return walk.problems();
    })
  ).map((p) => `[light] ${p}`);
  if (!state.wrapped)
    problems.push(`the Tab key did not come back to the first stop after ${state.stops} stops`);
  for (const [label, media] of [
    ['dark', { colorScheme: 'dark', forcedColors: 'none' }],
    ['forced colours', { colorScheme: 'light', forcedColors: 'active' }],
  ] as const) {
    await page.emulateMedia(media);
    const found = await page.evaluate(() =>
      (window as unknown as { __focusWalk: FocusWalk }).__focusWalk.recheck(),
    );
    problems.push(...found.map((p) => `[${label}] ${p}`));
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  return { stops: state.stops, problems };
}
