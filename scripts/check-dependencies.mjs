// The dependency review npm test runs offline (npm audit needs the advisory service; run
// `npm audit` where it is reachable, see README "Security"). It fails when:
// - package.json asks for a dependency by anything but an exact version (1.2.3): a range, a tag,
//   a git, file or URL source;
// - package-lock.json is not lockfile v2/v3, disagrees with package.json, or has a package
//   without an exact version and a sha512 integrity hash, or from outside the npm registry;
// - a locked package has an install script (preinstall, install, postinstall) and is not on
//   INSTALL_SCRIPTS_ALLOWED below, with why it may run one.
//
//   node scripts/check-dependencies.mjs [--package package.json] [--lock package-lock.json]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** Packages allowed an install script, and why. (npm 11 skips them unless asked to run them.) */
const INSTALL_SCRIPTS_ALLOWED = new Map([
  ['esbuild', "fetches its platform's binary package; vite and tsx need it"],
]);
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const REGISTRY = 'https://registry.npmjs.org/';
const GROUPS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** The package name of a lockfile key: `node_modules/a/node_modules/@b/c` → `@b/c`. */
const nameOf = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

export function reviewDependencies(pkg, lock) {
  const problems = [];
  for (const group of GROUPS.slice(0, 3)) {
    for (const [name, spec] of Object.entries(pkg[group] ?? {}))
      if (!EXACT.test(spec))
        problems.push(`package.json ${group}: ${name} is "${spec}", not an exact version`);
  }
  if (lock.lockfileVersion !== 2 && lock.lockfileVersion !== 3)
    problems.push(`package-lock.json: lockfileVersion ${lock.lockfileVersion} (2 or 3 expected)`);
  const packages = lock.packages ?? {};
  const root = packages[''] ?? {};
  for (const group of GROUPS.slice(0, 3)) {
    const want = pkg[group] ?? {};
    const locked = root[group] ?? {};
    for (const name of new Set([...Object.keys(want), ...Object.keys(locked)]))
      if (want[name] !== locked[name])
        problems.push(
          `package-lock.json ${group}: ${name} is "${locked[name]}", package.json has "${want[name]}"`,
        );
  }
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.link) continue;
    const name = nameOf(key);
    if (!EXACT.test(entry.version ?? ''))
      problems.push(`${key}: version "${entry.version}" is not exact`);
    if (!/^sha512-/.test(entry.integrity ?? '')) problems.push(`${key}: no sha512 integrity hash`);
    if (entry.resolved !== undefined && !entry.resolved.startsWith(REGISTRY))
      problems.push(`${key}: resolved from ${entry.resolved}, not the npm registry`);
    if (entry.hasInstallScript && !INSTALL_SCRIPTS_ALLOWED.has(name))
      problems.push(`${key}: has an install script and is not on the allow-list`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      package: { type: 'string', default: 'package.json' },
      lock: { type: 'string', default: 'package-lock.json' },
    },
  });
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const lock = read(values.lock);
  const problems = reviewDependencies(read(values.package), lock);
  const count = Object.keys(lock.packages ?? {}).length - 1;
  if (problems.length > 0) {
    for (const problem of problems) console.error(`check-dependencies: ${problem}`);
    console.error(`check-dependencies: ${problems.length} problem(s) in ${count} locked packages`);
    process.exit(1);
  }
  console.log(
    `dependencies: ${count} locked packages, all exact, with sha512 hashes, from the npm ` +
      `registry; install scripts only from ${[...INSTALL_SCRIPTS_ALLOWED.keys()].join(', ')}`,
  );
}
