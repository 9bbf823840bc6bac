// Caches the serialised bodies of read routes, keyed by URL and valid for one data version: the
// data only changes through imports, so a repeated read is served without touching the database.

/** A body already serialised, with its media type and extra headers. */
export class RawBody {
  constructor(
    readonly contentType: string,
    readonly body: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

export const jsonBody = (value: unknown): RawBody =>
  new RawBody('application/json; charset=utf-8', JSON.stringify(value));

export class ResponseCache {
  private version = -1;
  private readonly entries = new Map<string, RawBody>();

  constructor(
    private readonly currentVersion: () => Promise<number>,
    /** Entries kept at most; the oldest is dropped first. */
    private readonly maxEntries = 500,
  ) {}

  async get(key: string, produce: () => Promise<RawBody>): Promise<RawBody> {
    const version = await this.currentVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) return hit;
    const fresh = await produce();
    // A write may have happened while producing: keep the body only if the version still holds.
    if ((await this.currentVersion()) === version) {
      if (this.entries.size >= this.maxEntries)
        this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, fresh);
    }
    return fresh;
  }
}
