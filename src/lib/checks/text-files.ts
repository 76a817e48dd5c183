/**
 * Checks on a file as text, before anything reads its meaning: is it UTF-8, and does it hide
 * characters a reader cannot see. Both come from copying out of Word or saving from Excel.
 */
import type { Problem, SourceFile } from './problem';

/** The index of the first byte that is not part of valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k += 1) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

/** How to save a file as UTF-8, in the words of the program an editor is likely to use. */
function saveAsUtf8(file: string): string {
  return file.endsWith('.csv')
    ? 'In Excel choose File > Save As and the file type "CSV UTF-8 (Comma delimited) (*.csv)"; in another editor choose the encoding "UTF-8" when saving'
    : 'Save it again choosing the encoding "UTF-8" (in most editors: File > Save As, then Encoding)';
}

/**
 * Decodes a file's bytes as UTF-8. A byte-order mark at the start is harmless and dropped; a byte
 * that is not UTF-8 (a "£" saved by Excel as Windows-1252) is a problem on its line, because the
 * site would print it as "�".
 * @example decodeText('data/x.csv', new Uint8Array([0x41])) // { text: 'A', problems: [] }
 */
export function decodeText(file: string, bytes: Uint8Array): { source: SourceFile; problems: Problem[] } {
  const bad = firstInvalidUtf8Byte(bytes);
  const problems: Problem[] = [];
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    problems.push({
      file,
      line,
      message: `the file is not saved as UTF-8, so a character such as "£", "é" or a curly quote on this line would show as "�". ${saveAsUtf8(file)}.`,
    });
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { source: { file, text }, problems };
}

/** Characters that take no space on the page but break words for search, screen readers and links. */
const INVISIBLE: Record<string, string> = {
  '\u00AD': 'a soft hyphen (U+00AD)',
  '\u200B': 'a zero-width space (U+200B)',
  '\u200C': 'a zero-width non-joiner (U+200C)',
  '\u200D': 'a zero-width joiner (U+200D)',
  '\u2060': 'a word joiner (U+2060)',
  '\uFEFF': 'a byte-order mark (U+FEFF)',
};
const INVISIBLE_PATTERN = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'g');

/**
 * Invisible characters inside the text (a byte-order mark at the very start is removed by
 * {@link decodeText} and never reported), each located by line and column with the word around it.
 */
export function checkInvisibleCharacters(source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const lines = source.text.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(INVISIBLE_PATTERN)) {
      const at = match.index;
      const before = /\S{0,12}$/.exec(text.slice(0, at))?.[0] ?? '';
      const after = /^\S{0,12}/.exec(text.slice(at + 1))?.[0] ?? '';
      problems.push({
        file: source.file,
        line: index + 1,
        column: at + 1,
        message: `${INVISIBLE[match[0]]} is hidden in "${before}${after}" (often pasted from Word). Delete it: retype the word, or the space around it.`,
      });
    }
  });
  return problems;
}

/** The lines git writes around the two sides of a conflict it could not merge. */
const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: .*)?$/;

/**
 * Lines left by an unfinished git merge ("<<<<<<< HEAD", "=======", ">>>>>>> branch"): the
 * file holds both versions of the lines between them, and the site would publish both.
 * @example checkConflictMarkers({ file: 'a.mdx', text: 'x\n=======\ny' })[0]?.line // 2
 */
export function checkConflictMarkers(source: SourceFile): Problem[] {
  return source.text.split('\n').flatMap((text, index) =>
    CONFLICT_MARKER.test(text)
      ? [
          {
            file: source.file,
            line: index + 1,
            message: `"${text.slice(0, 7)}" is left from merging two versions of this file: keep the lines you want between the markers, then delete every marker line (<<<<<<<, ======= and >>>>>>>).`,
          },
        ]
      : [],
  );
}
