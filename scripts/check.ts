/**
 * `npm run check`: fast validation of content/ and data/ without a browser or a build. Prints
 * every problem as `file:line: message` and exits with 1 when there is any.
 */
import { checkProject } from './lib/check-project';
import { formatProblem } from '../src/lib/content-checks';

const start = performance.now();
const problems = await checkProject(process.cwd());
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - start) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${seconds} s. Fix them and run "npm run check" again.`,
  );
  process.exit(1);
}
console.log(`Content and data checks passed in ${seconds} s.`);
