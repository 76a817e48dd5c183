import { rehype } from 'rehype';
import { VFile } from 'vfile';
import { rehypeGlossaryLinks, type GlossaryLinkOptions } from '../text/rehype-glossary-links';
import { rehypeListLabels } from '../text/rehype-list-labels';
import {
  rehypeCouncilLinks,
  type CouncilLinkOptions,
  type CouncilLinkPage,
} from '../councils/rehype-council-links';

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
 * leaves the other's links alone, and each list named by the paragraph introducing it. The build runs it over every built page (scripts/link-glossary.ts)
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
    .use(rehypeGlossaryLinks, options.glossary)
    .use(rehypeListLabels);
  return async (html, page) => {
    if (!html.includes('<main')) return html;
    const { held, restore } = holdOutSvgs(html);
    return restore(String(await processor.process(new VFile({ value: held, data: { ...page } }))));
  };
}

/** An <svg> start tag; group 1 is "/" when it closes itself (`<svg … />`). */
const SVG_START = /<svg(?:\s[^>]*?)?(\/?)>/g;

/** The next <svg> start tag at or after `from`, with where it ends and whether it closes itself. */
function nextSvgStart(html: string, from: number): { at: number; end: number; closed: boolean } | undefined {
  SVG_START.lastIndex = from;
  const match = SVG_START.exec(html);
  return match ? { at: match.index, end: SVG_START.lastIndex, closed: match[1] === '/' } : undefined;
}

/**
 * The page with each outermost <svg> emptied (`<svg data-rp-held="3"></svg>`), and the way to put
 * them back as they were written. Neither plugin links inside a drawing (a chart's SVG holds no
 * links), and the drawings are a third of the pages' HTML, so they are not parsed at all.
 */
export function holdOutSvgs(html: string): { held: string; restore: (linked: string) => string } {
  const svgs: string[] = [];
  let held = '';
  let from = 0;
  for (let open = nextSvgStart(html, 0); open; open = nextSvgStart(html, from)) {
    let end = open.end;
    // Inside the drawing, count nested <svg> against </svg> until the outermost one closes.
    for (let depth = open.closed ? 0 : 1; depth > 0;) {
      const close = html.indexOf('</svg>', end);
      if (close < 0) throw new Error('An <svg> on the page is never closed.');
      const nested = nextSvgStart(html, end);
      if (nested && nested.at < close) {
        if (!nested.closed) depth += 1;
        end = nested.end;
      } else {
        depth -= 1;
        end = close + '</svg>'.length;
      }
    }
    held += `${html.slice(from, open.at)}<svg data-rp-held="${svgs.length}"></svg>`;
    svgs.push(html.slice(open.at, end));
    from = end;
  }
  held += html.slice(from);
  return {
    held,
    // Every drawing goes back exactly once, or the page is refused: a chart silently lost (say if
    // the serialiser wrote the empty <svg> another way) must never be published.
    restore: (linked) => {
      const times = svgs.map(() => 0);
      let restored = 0;
      const page = linked.replace(/<svg data-rp-held="(\d+)"><\/svg>/g, (_, i: string) => {
        restored += 1;
        times[Number(i)] = (times[Number(i)] ?? 0) + 1;
        return svgs[Number(i)] ?? '';
      });
      if (times.length !== svgs.length || times.some((n) => n !== 1))
        throw new Error(
          `Linking put back ${restored} of the page's ${svgs.length} drawings, not each of them exactly once.`,
        );
      return page;
    },
  };
}
