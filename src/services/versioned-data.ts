// Data a service loads once per data version and shares with every request until a write changes
// it, in this process or another one on the same database (db/data-version.ts), with a bounded
// memo of answers computed from it and, unbounded, the parts of it read only when first asked for.
// A load, part or answer that fails is forgotten, so the next call tries again.
import type { DataVersion } from './data-version.ts';

/** What one data version's load holds: the value, its parts read so far and its answers. */
export interface Versioned<T> {
  version: number;
  value: T;
  /** Answers computed from the value, by key; at most `memoLimit`, the oldest dropped first. */
  memo: Map<string, Promise<unknown>>;
  /** Parts of the data read on first use, by key; kept for the whole version. */
  parts: Map<string, Promise<unknown>>;
}

/** Keeps `value` under `key` until it fails. */
function keep<R>(map: Map<string, Promise<unknown>>, key: string, value: Promise<R>): Promise<R> {
  map.set(key, value);
  value.catch(() => {
    if (map.get(key) === value) map.delete(key);
  });
  return value;
}

export class VersionedData<T> {
  private loaded: Promise<Versioned<T>> | null = null;

  constructor(
    private readonly version: DataVersion,
    private readonly load: () => Promise<T>,
    /** Answers kept per version at most; the oldest is dropped first. */
    private readonly memoLimit = 200,
  ) {}

  /** The value as of this call: loaded again when the data version has moved. */
  async get(): Promise<Versioned<T>> {
    const version = await this.version.current();
    const current = this.loaded ? await this.loaded.catch(() => null) : null;
    if (current && current.version === version) return current;
    const load = this.load().then((value) => ({
      version,
      value,
      memo: new Map(),
      parts: new Map(),
    }));
    this.loaded = load;
    load.catch(() => {
      if (this.loaded === load) this.loaded = null;
    });
    return load;
  }

  /** An answer computed once per data version and key (while the memo has room for it). */
  memo<R>(d: Versioned<T>, key: string, compute: () => Promise<R>): Promise<R> {
    const hit = d.memo.get(key);
    if (hit) return hit as Promise<R>;
    const value = compute();
    if (d.memo.size >= this.memoLimit) d.memo.delete(d.memo.keys().next().value!);
    return keep(d.memo, key, value);
  }

  /**
   * A part of the data (one list's entries, an index) read once per data version and key, when
   * first asked for, and kept for the whole version: never dropped to make room.
   */
  part<R>(d: Versioned<T>, key: string, compute: () => Promise<R>): Promise<R> {
    const hit = d.parts.get(key);
    return hit ? (hit as Promise<R>) : keep(d.parts, key, compute());
  }
}
