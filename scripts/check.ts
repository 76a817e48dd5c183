/**
 * `npm run check`: the content and data gate (scripts/lib/check-project.ts), the same one the
 * build runs before it writes anything. Prints every problem as `file:line: what is wrong. What to
 * do.` and exits with 1 when there is any. The type check of the code is `npm run typecheck`.
 */
import { checkProject, describeProblems } from './lib/check-project';

const start = performance.now();
const problems = await checkProject(process.cwd());
const seconds = ((performance.now() - start) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(describeProblems(problems));
  console.error(`Found in ${seconds} s. Fix them and run "npm run check" again.`);
  process.exit(1);
}
console.log(`Content and data checks passed in ${seconds} s.`);
