// Serves the production build (dist/) on localhost for the browser tests.
import { preview, type PreviewServer } from 'vite';

export const E2E_PORT = 4174;
let server: PreviewServer | undefined;

export async function setup(): Promise<void> {
  server = await preview({
    preview: { port: E2E_PORT, strictPort: true, open: false },
    logLevel: 'silent',
  });
}

export async function teardown(): Promise<void> {
  await server?.close();
}
