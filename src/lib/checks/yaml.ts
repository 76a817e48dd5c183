/**
 * YAML as editors write it (content/*.yaml, MDX frontmatter): parsed without ever throwing, a
 * mistake reported as file, line and column in plain words instead of a stack trace.
 */
import yaml from 'js-yaml';
import type { Problem, SourceFile } from './problem';

/** What js-yaml says, in words for someone who has never heard of a "scalar". */
function explain(reason: string): string {
  if (/quoted scalar|multiline key/.test(reason))
    return 'a quotation mark here or on the line above is opened and not closed. Close it on the same line, e.g. term: "CAMHS"';
  if (/bad indentation/.test(reason) || /indentation/.test(reason))
    return 'the spaces at the start of a line do not line up with the lines around it, or a value holds ": " without quotes. Indent like the entry above, and put a value containing ": " in double quotes';
  if (/duplicated mapping key/.test(reason)) return 'a field is written twice in the same entry. Keep one';
  if (/flow collection/.test(reason))
    return 'a list in square brackets is not closed or misses a comma. Write it like ["2.4", "2.18"]';
  return `it is not valid YAML (${reason}). Check the quotes, colons and indentation on this line and the one above`;
}

/**
 * Parses YAML text. `firstLine` is the line of the file the text starts on (2 for frontmatter).
 * @example parseYaml({ file: 'content/glossary.yaml', text: 'a: [1' }).problems[0].line // 1
 */
export function parseYaml(source: SourceFile, firstLine = 1): { data: unknown; problems: Problem[] } {
  try {
    return { data: yaml.load(source.text), problems: [] };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const mark = error.mark as { line?: number; column?: number } | undefined;
    // js-yaml notices an unclosed quote only lines later; the line with an odd number of quote
    // marks, at or above where it stopped, is the one to fix.
    const lines = source.text.split('\n').slice(0, (mark?.line ?? 0) + 1);
    const unclosed = lines.findLastIndex((l) => (l.replace(/\\"/g, '').match(/"/g) ?? []).length % 2 === 1);
    if (unclosed >= 0 && /quoted scalar|multiline key|block mapping/.test(error.reason)) {
      return {
        data: undefined,
        problems: [
          {
            file: source.file,
            line: firstLine + unclosed,
            column: (lines[unclosed] ?? '').lastIndexOf('"') + 1,
            message:
              'a quotation mark on this line is opened and not closed. Close it on the same line, e.g. term: "CAMHS".',
          },
        ],
      };
    }
    return {
      data: undefined,
      problems: [
        {
          file: source.file,
          line: firstLine + (mark?.line ?? 0),
          column: (mark?.column ?? 0) + 1,
          message: `${explain(error.reason)}.`,
        },
      ],
    };
  }
}
