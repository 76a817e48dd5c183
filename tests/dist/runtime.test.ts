/**
 * The build ran on the Node the project pins (devDependencies.node in package.json), and so did
 * every Node process it started: .build-info.json records each one (scripts/lib/runtime.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildInfo } from '../../scripts/lib/build-info';
import { majorOf, pinnedNodeVersion } from '../../scripts/lib/runtime';
import { projectRoot } from '../../scripts/lib/project-copy';
import { ASTRO_CLI } from '../../scripts/lib/run';

describe('the Node the build ran on', () => {
  const pinned = majorOf(pinnedNodeVersion(projectRoot));

  it('the build ran on the pinned major of Node', async () => {
    const { node } = await readBuildInfo(projectRoot);
    expect(node, '.build-info.json records the Node the build ran on: run "npm run build"').toBeDefined();
    expect(majorOf(node.version), `the build ran on Node ${node.version}; package.json pins ${pinned}`).toBe(
      pinned,
    );
  });

  it('every Node process the build started, Astro included, ran on the pinned major', async () => {
    const { node } = await readBuildInfo(projectRoot);
    const scripts = node.processes.map((p) => p.script);
    expect(scripts, 'Astro ran as a recorded child process').toContain(path.relative(projectRoot, ASTRO_CLI));
    const others = node.processes.filter((p) => majorOf(p.node) !== pinned);
    expect(
      others.map((p) => `${p.script || '(no script)'} ran on Node ${p.node} (${p.execPath})`),
      `processes on a Node other than ${pinned}`,
    ).toEqual([]);
  });
});
