/**
 * One shard of a split corpus fetched and checked: its bytes, their SHA-256 (the browser's own
 * where there is one: not on plain HTTP off localhost, where sha256.ts does it), then
 * check-shard.ts. Loaded with the first shard a view asks for (shard-texts.ts).
 */
import { readShard, type ReadShard } from '../domain/corpus/check-shard';
import type { ShardFailure } from '../domain/corpus/document-texts';
import type { DocumentEntry, ShardEntry } from '../domain/corpus/split-schema';

/** A server that has not begun to answer by then is taken as unreachable. */
const ANSWER_TIMEOUT_MS = 20_000;
function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(buffer)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** SHA-256 of the bytes, with the browser's own code where there is one (not on plain HTTP). */
async function digestOf(bytes: ArrayBuffer): Promise<string> {
  if (globalThis.crypto?.subtle) return hex(await crypto.subtle.digest('SHA-256', bytes));
  const { sha256Bytes } = await import('../domain/corpus/sha256');
  return sha256Bytes(new Uint8Array(bytes));
}

async function fetchBytes(
  url: string,
): Promise<{ bytes: ArrayBuffer } | { failure: ShardFailure; detail: string }> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${String(ANSWER_TIMEOUT_MS / 1000)} s`)),
    ANSWER_TIMEOUT_MS,
  );
  try {
    const response = await fetch(url, { signal: controller.signal });
    clearTimeout(timer);
    if (!response.ok) {
      const status = `HTTP ${String(response.status)} ${response.statusText}`.trim();
      const missing = response.status === 404 || response.status === 410;
      return { failure: missing ? 'missing' : 'http', detail: `${url}: ${status}` };
    }
    return { bytes: await response.arrayBuffer() };
  } catch (err) {
    return {
      failure: 'network',
      detail: `${url}: ${err instanceof Error ? err.message : String(err)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The documents of shard `entry` (those of `expected`), or why they cannot be had. */
export async function fetchShard(
  base: string,
  entry: ShardEntry,
  expected: readonly DocumentEntry[],
  entities: ReadonlySet<string>,
): Promise<ReadShard> {
  const fetched = await fetchBytes(base + entry.file);
  if (!('bytes' in fetched)) return fetched;
  const text = new TextDecoder().decode(fetched.bytes);
  return readShard(text, await digestOf(fetched.bytes), entry, expected, entities);
}
