// Serves the production build (dist/, or the directory in ATHAR_DIST) on localhost for the
// browser tests, on port 4174 (or ATHAR_E2E_PORT, so that several runs can share a machine).
import { preview, type PreviewServer } from 'vite';

export const E2E_PORT = Number(process.env.ATHAR_E2E_PORT) || 4174;
let server: PreviewServer | undefined;

export async function setup(): Promise<void> {
  server = await preview({
    build: { outDir: process.env.ATHAR_DIST || 'dist' },
    preview: { port: E2E_PORT, strictPort: true, open: false },
    logLevel: 'silent',
  });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
