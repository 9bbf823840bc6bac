// Data a service loads once per data version and shares with every request until a write changes
// it, in this process or another one on the same database (db/data-version.ts), with a bounded
// memo of answers computed from it. A load that fails is forgotten, so the next call tries again.
import type { DataVersion } from './data-version.ts';

/** What one data version's load holds: the value and the answers computed from it. */
export interface Versioned<T> {
  version: number;
  value: T;
  memo: Map<string, Promise<unknown>>;
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
    const load = this.load().then((value) => ({ version, value, memo: new Map() }));
    this.loaded = load;
    load.catch(() => {
      if (this.loaded === load) this.loaded = null;
    });
    return load;
  }

  /** An answer computed once per data version and key. */
  memo<R>(d: Versioned<T>, key: string, compute: () => Promise<R>): Promise<R> {
    const hit = d.memo.get(key);
    if (hit) return hit as Promise<R>;
    const value = compute();
    if (d.memo.size >= this.memoLimit) d.memo.delete(d.memo.keys().next().value!);
    d.memo.set(key, value);
    value.catch(() => d.memo.delete(key));
    return value;
  }
}
