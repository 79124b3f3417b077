// Finds Debian's Chromium for the browser tests (CHROMIUM_PATH or /usr/bin/chromium). When it
// is missing: installs chromium and fonts-noto-core with apt as root, or stops with one line
// saying what to do. No test tool ever downloads a browser of its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function ensureChromium() {
  const path = chromiumPath();
  const fonts = '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf';
  if (existsSync(path) && existsSync(fonts)) return path;
  if (process.getuid?.() !== 0) {
    console.error(
      `Browser tests need Debian's Chromium: run "sudo apt-get install -y chromium fonts-noto-core" (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.error('Installing chromium and fonts-noto-core with apt-get (once)…');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core',
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
