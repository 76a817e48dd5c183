import { rehype } from 'rehype';
import { VFile } from 'vfile';
import { rehypeGlossaryLinks, type GlossaryLinkOptions } from './rehype-glossary-links';
import {
  rehypeCouncilLinks,
  type CouncilLinkOptions,
  type CouncilLinkPage,
} from './councils/rehype-council-links';

/** What {@link pageLinker} links: council names first, then the first use of glossary terms. */
export interface PageLinkOptions {
  councils: CouncilLinkOptions;
  glossary: GlossaryLinkOptions;
}

/** The council whose own page a URL path is ("/councils/kent/" → "kent"), so it does not link itself. */
export function councilSlugOfPath(pathname: string, councilsPath: string): string | undefined {
  if (!pathname.startsWith(councilsPath)) return undefined;
  const slug = pathname.slice(councilsPath.length).replace(/(?:\/?index\.html|\/)$/, '');
  return slug && !slug.includes('/') ? slug : undefined;
}

/**
 * One page's HTML with council names and glossary terms linked, in one pass where each plugin
 * leaves the other's links alone. The build runs it over every built page (scripts/link-glossary.ts)
 * and the dev server over every page it serves (src/middleware.ts), so both show the same links.
 *
 * @example
 * const link = pageLinker({ councils, glossary });
 * await link('<main><p>Kent and Medway</p></main>', {}); // both names linked
 */
export function pageLinker(
  options: PageLinkOptions,
): (html: string, page: CouncilLinkPage) => Promise<string> {
  const processor = rehype()
    .use(rehypeCouncilLinks, options.councils)
    .use(rehypeGlossaryLinks, options.glossary);
  return async (html, page) => {
    if (!html.includes('<main')) return html;
    const { held, restore } = holdOutSvgs(html);
    return restore(String(await processor.process(new VFile({ value: held, data: { ...page } }))));
  };
}

const SVG_OPEN = /<svg[\s>]/g;

/**
 * The page with each outermost <svg> emptied (`<svg data-rp-held="3"></svg>`), and the way to put
 * them back as they were written. Neither plugin links inside a drawing (a chart's SVG holds no
 * links), and the drawings are a third of the pages' HTML, so they are not parsed at all.
 */
export function holdOutSvgs(html: string): { held: string; restore: (linked: string) => string } {
  const svgs: string[] = [];
  let held = '';
  let from = 0;
  for (;;) {
    SVG_OPEN.lastIndex = from;
    const open = SVG_OPEN.exec(html);
    if (!open) break;
    let depth = 0;
    let at = open.index;
    let end = -1;
    while (end < 0) {
      SVG_OPEN.lastIndex = at + 1;
      const nextOpen = SVG_OPEN.exec(html)?.index ?? Infinity;
      const nextClose = html.indexOf('</svg>', at + 1);
      if (nextClose < 0) throw new Error('An <svg> on the page is never closed.');
      if (nextOpen < nextClose) {
        depth += 1;
        at = nextOpen;
      } else if (depth > 0) {
        depth -= 1;
        at = nextClose;
      } else {
        end = nextClose + '</svg>'.length;
      }
    }
    held += `${html.slice(from, open.index)}<svg data-rp-held="${svgs.length}"></svg>`;
    svgs.push(html.slice(open.index, end));
    from = end;
  }
  held += html.slice(from);
  return {
    held,
    restore: (linked) =>
      linked.replace(/<svg data-rp-held="(\d+)"><\/svg>/g, (_, i: string) => svgs[Number(i)] as string),
  };
}
