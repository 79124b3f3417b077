// npm test: every check the project has, in order, then one closing line "N passed, N failed".
// Each check (typecheck, lint, format, dependencies, file names, unused code, corpus, build,
// bundle budget, moment locales) counts as one test;
// the unit and browser suites count their own tests (read from Vitest's JSON report).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

process.env.TZ = 'UTC';
mkdirSync('.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, command, args) {
  const ok = run(name, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

function suite(name, args) {
  const report = `.tmp/${name}.json`;
  rmSync(report, { force: true });
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numFailedTests > 0 || !ok) failures.push(name);
    if (!ok && json.numFailedTests === 0) failed++; // a suite that crashed outside any test
  } catch {
    failed++;
    failures.push(`${name} (no report)`);
  }
}

check('typecheck', 'npx', ['tsc', '-b', '--noEmit']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('format', 'npx', ['prettier', '--check', '.']);
check('dependencies (offline lockfile review)', 'node', ['scripts/check-dependencies.mjs']);
check('file names', 'node', ['scripts/check-file-names.mjs']);
check('unused code (knip)', 'npx', ['knip', '--no-progress']);
suite('unit', []);
check('corpus is up to date', 'npx', ['tsx', 'src/pipeline/check-committed.ts']);
const built = check('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) {
  check('bundle budget', 'node', ['scripts/check-bundle.mjs']);
  check('moment locales', 'node', ['scripts/check-moment-locales.mjs']);
  process.env.CHROMIUM_PATH = ensureChromium();
  suite('e2e', ['--config', 'tests/e2e/vitest.config.ts']);
} else {
  failed++;
  failures.push('e2e (not run: the build failed)');
}

const line = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/test-summary.txt', `${line}\n`);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${line}`);
process.exit(failed === 0 ? 0 : 1);
