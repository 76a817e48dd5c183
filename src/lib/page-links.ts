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
  return async (html, page) =>
    html.includes('<main')
      ? String(await processor.process(new VFile({ value: html, data: { ...page } })))
      : html;
}
