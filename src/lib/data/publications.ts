import type { SourceRow } from '../../schemas/sources';

/** A publication a source line names: linked where its address is recorded, else in words. */
export interface Publication {
  title: string;
  publisher: string;
  /** The publication's address; undefined when none is recorded (never guessed). */
  href: string | undefined;
}

/**
 * The publication a source row names: its title and publisher, linked to publication_url when
 * one is recorded.
 * @example publicationOfSource(sources, 'DFE_CIN_2020').href // "https://explore-education-statistics…"
 */
export function publicationOfSource(sources: readonly SourceRow[], id: string): Publication {
  const row = sources.find((s) => s.source_id === id);
  if (!row)
    throw new Error(
      `Source "${id}" is not in data/sources.csv. Add a row for it, or use one of: ${sources.map((s) => s.source_id).join(', ')}.`,
    );
  return { title: row.title, publisher: row.publisher, href: row.publication_url || undefined };
}

/**
 * The publications that released a set of figures, one per address, in first-seen order: each
 * address (a LAIT measure's publication_url) is named by the data/sources.csv row that is that
 * publication (its url_or_repository is the address), else by one that records it as publication_url.
 * @example publicationsAt(sources, [lac.publication_url, cin.publication_url]).map((p) => p.title)
 */
export function publicationsAt(sources: readonly SourceRow[], urls: readonly string[]): Publication[] {
  return [...new Set(urls.filter(Boolean))].map((url) => {
    const row = publicationRow(sources, url);
    return { title: row.title, publisher: row.publisher, href: url };
  });
}

/**
 * The data/sources.csv row naming the publication at an address: the row that is the publication
 * itself (its url_or_repository is the address) names it best, since a row for one old release
 * copied from elsewhere may record the same series address; else a row recording it.
 * @example publicationRow(sources, lac.publication_url).source_id // "DFE_PUB_CLA"
 */
export function publicationRow(sources: readonly SourceRow[], url: string): SourceRow {
  const row =
    sources.find((s) => s.publication_url === url && s.url_or_repository === url) ??
    sources.find((s) => s.publication_url === url);
  if (!row)
    throw new Error(
      `No row of data/sources.csv has publication_url ${url} (from data/lait_measures.csv). Add a row naming that publication, with its title and publisher.`,
    );
  return row;
}
