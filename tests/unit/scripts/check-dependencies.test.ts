// The offline dependency review (issue 14, "Also"): npm test fails on a dependency without an
// exact version or with an install script not on the allow-list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Lock {
  lockfileVersion: number;
  packages: Record<string, Record<string, unknown>>;
}

const PKG = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const LOCK = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

function review(pkg: unknown, lock: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'athar-deps-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  const run = spawnSync(
    'node',
    [
      'scripts/check-dependencies.mjs',
      '--package',
      join(dir, 'package.json'),
      '--lock',
      join(dir, 'package-lock.json'),
    ],
    { encoding: 'utf8' },
  );
  return { status: run.status, said: run.stdout + run.stderr };
}

describe('check-dependencies', () => {
  it("passes the project's own package.json and lockfile", () => {
    expect(review(PKG, LOCK).status).toBe(0);
  });

  it('fails on a version range in package.json', () => {
    const pkg = structuredClone(PKG);
    pkg.dependencies.zod = `^${pkg.dependencies.zod!}`;
    const { status, said } = review(pkg, LOCK);
    expect(status).toBe(1);
    expect(said).toContain('zod is "^');
  });

  it('fails on a locked package with an install script not on the allow-list', () => {
    const lock = structuredClone(LOCK);
    lock.packages['node_modules/zod']!.hasInstallScript = true;
    const { status, said } = review(PKG, lock);
    expect(status).toBe(1);
    expect(said).toContain('node_modules/zod: has an install script and is not on the allow-list');
  });

  it('fails on a locked package without an integrity hash or from outside the registry', () => {
    const lock = structuredClone(LOCK);
    delete lock.packages['node_modules/zod']!.integrity;
    lock.packages['node_modules/react']!.resolved = 'https://example.com/react.tgz';
    const { status, said } = review(PKG, lock);
    expect(status).toBe(1);
    expect(said).toContain('node_modules/zod: no sha512 integrity hash');
    expect(said).toContain('node_modules/react: resolved from https://example.com/react.tgz');
  });
});
