import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * The id of the element (in the figure) that names the chart. The figure's summary is printed
 * beside the chart and read in its turn, so the SVG does not point to it as well (a screen reader
 * would read it twice).
 */
export interface SvgLabels {
  /** id of the figure's caption, e.g. "lac-rates-title". */
  labelledBy: string;
}

/** An SVG string and any warnings Plot gave while drawing it. */
export interface RenderedSvg {
  svg: string;
  /** Plot's warnings; the build and the tests treat any as a failure. */
  warnings: string[];
}

const DECIMALS = /(-?\d+\.\d{3,})/g;

/**
 * Rounds every number with three or more decimals in SVG markup to one decimal, so output is stable and small.
 * @example roundNumbers('M40.123456,0.32') // "M40.1,0.32"
 */
export function roundNumbers(markup: string): string {
  return markup.replace(DECIMALS, (match) => {
    const rounded = Math.round(Number(match) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * Renders Plot options to an SVG string at build time. The only code that touches a DOM.
 * The SVG is named and described by the figure's caption and summary; its marks are hidden from
 * assistive technology (the summary and data table carry the content); it scales down with its
 * viewBox; output is deterministic.
 */
export function renderSvg(options: Plot.PlotOptions, labels: SvgLabels): RenderedSvg {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  let node: Element;
  try {
    node = Plot.plot({
      ...options,
      document: document,
      className: 'rp-plot',
    });
  } finally {
    console.warn = original;
  }
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg)
    throw new Error(
      'The chart did not produce an SVG element. Check that its spec has no legend or title options (captions come from the figure).',
    );

  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  const width = svg.getAttribute('width');
  const height = svg.getAttribute('height');
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.removeAttribute('class');
  svg.setAttribute('class', 'rp-chart');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', labels.labelledBy);
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('fill', 'var(--rp-chart-text)');
  const fontSize =
    options.style && typeof options.style === 'object'
      ? (options.style as { fontSize?: string }).fontSize
      : undefined;
  if (fontSize) svg.setAttribute('font-size', fontSize.replace('px', ''));
  // Sizing comes from the page's CSS (the SVG fills its container, up to its natural width).
  svg.removeAttribute('style');
  for (const child of [...svg.children]) {
    child.setAttribute('aria-hidden', 'true');
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
  }
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  // Plot writes font-variant="tabular-nums" on its axes, not a valid value of the SVG attribute:
  // the page's CSS sets tabular figures on every chart instead (.rp-chart).
  for (const el of [...svg.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');
  return { svg: roundNumbers(svg.outerHTML), warnings };
}
