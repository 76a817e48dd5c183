/**
 * The tests themselves run on the Node package.json pins: `npx vitest` and `npm test` find the
 * pinned `node` first on the PATH (node_modules/.bin), whatever the system's Node is.
 */
import { describe, expect, it } from 'vitest';
import { majorOf, pinnedNodeVersion, recordingEnv } from '../scripts/lib/runtime';

describe('the pinned Node', () => {
  it('package.json pins an exact Node version', () => {
    expect(pinnedNodeVersion(process.cwd())).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the tests run on the pinned version', () => {
    expect(process.version).toBe(`v${pinnedNodeVersion(process.cwd())}`);
  });

  it('majorOf reads the major with or without its "v"', () => {
    expect(majorOf('v24.21.0')).toBe(24);
    expect(majorOf('20.19.5')).toBe(20);
  });

  it('recordingEnv adds the recorder to NODE_OPTIONS once, keeping what was there', () => {
    const once = recordingEnv({ NODE_OPTIONS: '--max-old-space-size=4096' }, '/tmp/log.jsonl');
    const twice = recordingEnv(once, '/tmp/log.jsonl');
    expect(once['BUILD_RUNTIME_LOG']).toBe('/tmp/log.jsonl');
    expect(once['NODE_OPTIONS']).toMatch(/^--max-old-space-size=4096 --import=file:.*record-runtime\.mjs$/);
    expect(twice['NODE_OPTIONS']).toBe(once['NODE_OPTIONS']);
  });
});
