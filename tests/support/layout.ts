/**
 * Layout measurements made inside a loaded page (tables, header, chart text, gaps), each returning
 * problems as lines of a report. They run on the page load the browser tests already make.
 */
import type { Page } from 'playwright-core';
import { layoutLimits } from '../../src/config/quality';

/** The page's describer of elements, installed by {@link installDescribe}. */
type DescribeWindow = Window & { __rpDescribe: (el: Element) => string };

/** Installs in the page a short description of an element for a report: tag, id or class, and its first words. */
async function installDescribe(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as DescribeWindow).__rpDescribe = (el) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
  });
}

/** Opens every <details> but the header's menu, so that the tables inside them are laid out. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('main details')) d.open = true;
  });
}

/**
 * At a wide window: every table's box is at most the text column wide and no wider than its
 * container, and the table inside is no wider than its box.
 */
export async function wideTableProblems(page: Page): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate(
    ({ limit }) => {
      const name = (window as unknown as DescribeWindow).__rpDescribe;
      const problems: string[] = [];
      for (const box of document.querySelectorAll<HTMLElement>('main .rp-table-wrap')) {
        const table = box.querySelector('table');
        if (!table || !box.checkVisibility()) continue;
        const boxWidth = box.getBoundingClientRect().width;
        const parentWidth = box.parentElement?.getBoundingClientRect().width ?? boxWidth;
        const tableWidth = table.getBoundingClientRect().width;
        const caption = name(table.querySelector('caption') ?? table);
        if (boxWidth > Math.min(limit, parentWidth) + 1)
          problems.push(`${caption}: box ${Math.round(boxWidth)} px, wider than the text column`);
        if (tableWidth > boxWidth + 1 || box.scrollWidth > box.clientWidth + 1)
          problems.push(`${caption}: table ${Math.round(tableWidth)} px in a ${Math.round(boxWidth)} px box`);
      }
      return problems;
    },
    { limit: layoutLimits.textColumn },
  );
}

/**
 * At a narrow window: a table that is wider than its box scrolls in a box that takes the focus,
 * has a role and a name, follows a hint in words, and keeps its row names in view (sticky).
 */
export async function narrowTableProblems(page: Page): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate(() => {
    const name = (window as unknown as DescribeWindow).__rpDescribe;
    const problems: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('main .rp-table-wrap')) {
      const table = box.querySelector('table');
      if (!table || !box.checkVisibility()) continue;
      if (box.scrollWidth <= box.clientWidth + 1) continue;
      const caption = name(table.querySelector('caption') ?? table);
      const where = `${caption} (${box.scrollWidth} px in ${box.clientWidth} px)`;
      if (getComputedStyle(box).overflowX !== 'auto') problems.push(`${where}: the box does not scroll`);
      if (box.getAttribute('tabindex') !== '0') problems.push(`${where}: the box cannot take the focus`);
      if (!box.getAttribute('role') || !box.getAttribute('aria-label'))
        problems.push(`${where}: the box has no role or name`);
      const hint = box.previousElementSibling;
      if (!hint?.classList.contains('rp-table-hint') || !hint.checkVisibility())
        problems.push(`${where}: no hint in words before the box`);
      const rowName = table.querySelector('tbody th[scope="row"]');
      if (rowName && getComputedStyle(rowName).position !== 'sticky')
        problems.push(`${where}: the row names do not stay in view`);
      const captionBox = table.querySelector('caption')?.getBoundingClientRect();
      if (captionBox && captionBox.right > box.getBoundingClientRect().right + 1)
        problems.push(`${where}: the caption runs past the box, cut off until the reader scrolls`);
    }
    return problems;
  });
}

/** The header's height, with the menu closed, and whether the navigation and search box show. */
export async function headerFacts(
  page: Page,
): Promise<{ height: number; navVisible: boolean; searchVisible: boolean; sticky: boolean }> {
  return page.evaluate(() => {
    const header = document.querySelector('header') as HTMLElement;
    const menu = document.querySelector<HTMLDetailsElement>('.rp-menu');
    if (menu) menu.open = false;
    const visible = (el: Element | null) =>
      !!el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
    const position = getComputedStyle(header).position;
    return {
      height: header.getBoundingClientRect().height,
      navVisible: visible(document.querySelector('header nav a')),
      searchVisible: visible(document.getElementById('site-search')),
      sticky: position === 'sticky' || position === 'fixed',
    };
  });
}

/**
 * Chart text as rendered (its font size times the drawing's scale) outside the limits, and chart
 * text that runs past the edge of its drawing (where the SVG cuts it off), in every figure drawing
 * shown at the current window width.
 */
export async function chartTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ min, max }) => {
      const problems = new Map<string, { smallest: number; largest: number }>();
      const clipped: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(
        'main .rp-figure__chart svg, main .rp-small-figure svg, main .rp-compare-figure svg',
      )) {
        if (!svg.checkVisibility()) continue;
        const edge = svg.getBoundingClientRect();
        const scale = edge.width / svg.viewBox.baseVal.width;
        const figure = svg.closest('figure')?.id ?? '(figure)';
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent?.trim()) continue;
          const box = text.getBoundingClientRect();
          const out = Math.max(
            edge.left - box.left,
            box.right - edge.right,
            edge.top - box.top,
            box.bottom - edge.bottom,
          );
          if (box.width > 0 && out > 0.5)
            clipped.push(
              `#${figure}: "${text.textContent.trim()}" runs ${out.toFixed(1)} px past the drawing's edge`,
            );
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size >= min - 0.05 && size <= max + 0.05) continue;
          const seen = problems.get(figure) ?? { smallest: size, largest: size };
          problems.set(figure, {
            smallest: Math.min(seen.smallest, size),
            largest: Math.max(seen.largest, size),
          });
        }
      }
      return [
        ...[...problems].map(
          ([figure, { smallest, largest }]) =>
            `#${figure}: text from ${smallest.toFixed(1)} to ${largest.toFixed(1)} px (allowed ${min} to ${max.toFixed(1)})`,
        ),
        ...clipped,
      ];
    },
    { min: layoutLimits.chartText.min, max: layoutLimits.chartText.max },
  );
}

/**
 * Blocks in the main content that sit closer than the spacing scale to the block before them:
 * 16 px before any block, 24 px before a second-level heading. Only siblings in normal flow
 * are compared (not grid or flex items, whose gap the container sets, nor inline content), and not
 * the parts inside a figure, a callout or a contents list.
 */
export async function gapProblems(page: Page): Promise<string[]> {
  await installDescribe(page);
  return page.evaluate(
    ({ block, heading }) => {
      const name = (window as unknown as DescribeWindow).__rpDescribe;
      const problems: string[] = [];
      const blocks =
        'p, ul, ol, dl, h2, h3, figure, table, blockquote, details, .rp-table-wrap, section, nav';
      for (const el of document.querySelectorAll<HTMLElement>(`main :is(${blocks})`)) {
        const before = el.previousElementSibling as HTMLElement | null;
        if (!before || !el.checkVisibility() || !before.checkVisibility()) continue;
        const parent = el.parentElement;
        if (!parent) continue;
        const display = getComputedStyle(parent).display;
        if (!['block', 'flow-root', 'list-item'].includes(display)) continue;
        // Parts inside a component (a figure's caption and notes, a contents list) set their own rhythm.
        if (
          el.parentElement?.closest(
            'figure, table, li, dd, .rp-toc, nav, .rp-callout, aside, details, .rp-plan-table, .rp-editor-table',
          )
        )
          continue;
        if (getComputedStyle(el).display.startsWith('inline') || getComputedStyle(before).display === 'none')
          continue;
        if (before.classList.contains('rp-table-hint')) continue;
        // A visually hidden block (a live region, a list's name) takes no room: no gap is owed to or from it.
        if (el.getBoundingClientRect().height <= 1 || before.getBoundingClientRect().height <= 1) continue;
        const gap = el.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
        const wanted = el.tagName === 'H2' ? heading : block;
        if (gap < wanted - 0.5)
          problems.push(`${name(el)}: ${Math.round(gap)} px after ${name(before)} (at least ${wanted} px)`);
      }
      return problems;
    },
    { block: layoutLimits.gap.block, heading: layoutLimits.gap.heading },
  );
}
