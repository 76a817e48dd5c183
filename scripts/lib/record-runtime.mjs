// Loaded into every Node process the build starts (NODE_OPTIONS=--import, set by
// scripts/lib/runtime.ts): appends the Node version the process runs on to the file named by
// BUILD_RUNTIME_LOG, one JSON line each, so that .build-info.json can say which Node ran each step
// and a test can refuse a build that any process ran on a Node other than the pinned one (e.g. a
// child started by an absolute path such as /usr/bin/node). Plain JavaScript: Node loads it itself.
import { appendFileSync } from 'node:fs';
import path from 'node:path';

const log = process.env.BUILD_RUNTIME_LOG;
if (log) {
  const script = process.argv[1] ? path.relative(process.cwd(), process.argv[1]) : '';
  appendFileSync(log, `${JSON.stringify({ node: process.version, execPath: process.execPath, script })}\n`);
}
