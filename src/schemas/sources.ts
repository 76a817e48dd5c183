import { z } from 'astro/zod';
import { optionalTextCell, textCell } from './cells';

/** Hosts of code repositories: never a reader's source (they are provenance, kept in url_or_repository). */
export const CODE_HOSTS =
  /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|raw\.githubusercontent\.com)\//;

/** One row of data/sources.csv: the register of every source a data row may cite. */
export const sourceRowSchema = z.object({
  /** Short id cited by data rows, in capitals, e.g. "DFE_CIN_2020". */
  source_id: textCell.pipe(
    z.string().regex(/^[A-Z0-9_]+$/, 'expected capitals, digits and underscores, e.g. "DFE_CIN_2020"'),
  ),
  /** The source's title as its publisher gives it. */
  title: textCell,
  /** The publishing body, e.g. "Department for Education". */
  publisher: textCell,
  /** Web address of the page or repository the figures were read from. */
  url_or_repository: textCell,
  /** File or folder inside the repository, if any. */
  path: optionalTextCell,
  /** Git commit that was read, if any. */
  commit: optionalTextCell,
  /** Publication date (yyyy-mm-dd) when known; blank otherwise. */
  release_date: optionalTextCell.pipe(
    z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as yyyy-mm-dd, or a blank cell'),
  ),
  /** Licence the figures are used under, e.g. "Open Government Licence v3.0". */
  licence: textCell,
  /** Anything a reader should know about the source. */
  notes: optionalTextCell,
  /**
   * Web address of the publication that released the figures, the page a reader follows from a
   * source line; blank when none is recorded (the site then names the release in words, without a
   * link). Never a code repository, and never a guess.
   */
  publication_url: optionalTextCell
    .pipe(
      z
        .string()
        .regex(
          /^(https:\/\/\S+)?$/,
          'expected the publication’s web address, starting https://, or a blank cell when no address is recorded (never a guessed one)',
        ),
    )
    .refine((url) => !CODE_HOSTS.test(url), {
      message:
        'is a code repository, not a publication. Give the address where the publisher released the figures, or leave the cell blank; the repository stays in url_or_repository',
    }),
});
export type SourceRow = z.infer<typeof sourceRowSchema>;

/** One row of data/editors_notes.csv: a note the site prints beside a paragraph of the plan. */
export const editorsNoteRowSchema = z.object({
  /** The plan paragraph the note sits beside, e.g. "2.13". */
  paragraph: textCell.pipe(z.string().regex(/^\d+\.\d+$/, 'expected a paragraph number such as "2.13"')),
  /** The note, in plain words. */
  note: textCell,
  /** The first source the note relies on, from data/sources.csv, e.g. "DFE_CIN_2020". */
  source_id: textCell,
  /**
   * Every further source the note takes a number from, separated by semicolons, e.g.
   * "DFE_LAIT; DFE_CLA_2019_UD"; blank when the note uses one source. Each must be in
   * data/sources.csv, and the note should say which number comes from which source.
   */
  other_source_ids: optionalTextCell.transform((text) =>
    text
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean),
  ),
});
export type EditorsNoteRow = z.infer<typeof editorsNoteRowSchema>;
