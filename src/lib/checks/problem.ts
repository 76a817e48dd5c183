/** What every check reads (a source file) and reports (a problem at a line). */

/** One thing an editor must fix, located as `file:line` (and column, when it is known). */
export interface Problem {
  file: string;
  line: number;
  /** 1-based column, for a problem at one place in a line (a syntax error, a hidden character). */
  column?: number;
  message: string;
}

/** A text file of the project: its path from the repository root and its text. */
export interface SourceFile {
  file: string;
  text: string;
}
