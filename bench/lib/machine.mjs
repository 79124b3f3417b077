// What the numbers were measured on.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, release, totalmem } from 'node:os';

export async function machine(browser) {
  const cpu = cpus();
  const info = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `Linux ${release()}`,
    node: process.version,
    chromium: browser.version(),
    date: new Date().toISOString().slice(0, 10),
    loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
  };
  info.summary = `${info.cores} × ${info.cpu}, ${info.memoryGb} GB RAM, ${info.os}, Node ${info.node}, Chromium ${info.chromium} (headless), ${info.date}`;
  return info;
}

/** Which build was measured: the commit, whether the tree had changes, when dist/ was built. */
export function buildInfo(dist) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    changedFiles: (git('status', '--porcelain', '--untracked-files=no') ?? '')
      .split('\n')
      .filter(Boolean).length,
    builtAt: statSync(join(dist, 'index.html')).mtime.toISOString(),
  };
}
