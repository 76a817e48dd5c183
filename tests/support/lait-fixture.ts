/**
 * TEST FIXTURES ONLY: temporary copies of seeds/lait/ and data/ for the LAIT import tests, made
 * under the system's temporary folder and never written into the repository's data/ or seeds/.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A fresh temporary folder holding copies of seeds/lait/, data/ and content/changelog.yaml. */
export function laitWorkspace(): { root: string; lait: string; data: string; changelog: string } {
  const root = mkdtempSync(join(tmpdir(), 'lait-fixture-'));
  cpSync(resolve('seeds/lait'), join(root, 'lait'), { recursive: true });
  cpSync(resolve('data'), join(root, 'data'), { recursive: true });
  cpSync(resolve('content/changelog.yaml'), join(root, 'changelog.yaml'));
  return {
    root,
    lait: join(root, 'lait'),
    data: join(root, 'data'),
    changelog: join(root, 'changelog.yaml'),
  };
}

/** A digest of every file in a folder, to show that a refused import changed nothing. */
export function folderDigest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}
