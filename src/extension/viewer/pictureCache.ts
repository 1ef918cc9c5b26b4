// Pictures of figures and tables for hovers, kept per paper version so hovering the same reference again is instant.
// No VS Code here: the cache is plain data, unit-tested in Node.

/** The most pictures kept, and the most characters of data URIs (a picture is at most 80,000). */
export const maxCachedPictures = 64;
export const maxCachedChars = 4_000_000;

/**
 * A least-recently-used cache of pictures by key, bounded in entries and in characters, that makes each picture once:
 * callers asking for a key being made share the one request. A request that fails or gives nothing is not kept, so
 * the next hover asks again.
 */
export class PictureCache<P extends { readonly dataUri: string }> {
  /** In use order, oldest first (a Map iterates in insertion order). */
  readonly #done = new Map<string, P>();
  readonly #making = new Map<string, Promise<P | undefined>>();
  #chars = 0;

  constructor(private readonly maxEntries = maxCachedPictures, private readonly maxChars = maxCachedChars) {}

  get size(): number {
    return this.#done.size;
  }

  /** The picture for `key`, made by `make` unless it is kept or being made. */
  get(key: string, make: () => Promise<P | undefined>): Promise<P | undefined> {
    const kept = this.#done.get(key);
    if (kept) {
      this.#done.delete(key);
      this.#done.set(key, kept);
      return Promise.resolve(kept);
    }
    let making = this.#making.get(key);
    if (!making) {
      making = make().catch(() => undefined).then((picture) => {
        this.#making.delete(key);
        if (picture) this.#keep(key, picture);
        return picture;
      });
      this.#making.set(key, making);
    }
    return making;
  }

  #keep(key: string, picture: P): void {
    if (picture.dataUri.length > this.maxChars) return;
    this.#done.set(key, picture);
    this.#chars += picture.dataUri.length;
    for (const [oldKey, old] of this.#done) {
      if (this.#done.size <= this.maxEntries && this.#chars <= this.maxChars) break;
      this.#done.delete(oldKey);
      this.#chars -= old.dataUri.length;
    }
  }
}
