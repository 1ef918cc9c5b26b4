import { ANCHOR_INDEX_FORMAT_VERSION, type AnchorIndex } from './types';
import { parseAnchorIndex } from './validate';

/** Where cached indexes live: the extension's global storage, a directory for the CLI, a Map in tests. */
export interface AnchorIndexStore {
  read(key: string): Promise<string | undefined>;
  write(key: string, value: string): Promise<void>;
}

/** SHA-256 of the bytes (Web Crypto: Node 20 and browsers) plus the index format, so a changed PDF or extractor re-indexes. */
export async function anchorIndexKey(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  return `v${ANCHOR_INDEX_FORMAT_VERSION}-${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Returns the cached index for these bytes, or builds, stores and returns it. The cache is outside data (a file any
 * program may write): an entry is checked anchor by anchor, as a worker's messages are, and a damaged one is rebuilt.
 */
export async function cachedAnchorIndex(
  store: AnchorIndexStore, data: Uint8Array, build: () => Promise<AnchorIndex>,
): Promise<{ index: AnchorIndex; cached: boolean; key: string }> {
  const key = await anchorIndexKey(data);
  const hit = await readCachedIndex(store, key);
  if (hit) return { index: hit, cached: true, key };
  const index = await build();
  await store.write(key, JSON.stringify(index)).catch(() => undefined); // a full disk must not lose the index itself
  return { index, cached: false, key };
}

/** The index stored under `key`, checked as any stored index is; undefined when absent or damaged. */
export async function readCachedIndex(store: AnchorIndexStore, key: string): Promise<AnchorIndex | undefined> {
  const hit = await store.read(key).catch(() => undefined);
  if (hit === undefined) return undefined;
  try {
    return parseAnchorIndex(JSON.parse(hit));
  } catch {
    return undefined;
  }
}
