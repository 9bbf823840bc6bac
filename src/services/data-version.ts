// Tells callers when stored data has changed, cheaply: the version is re-read from the database at
// most once per interval, and at once after a write made through this process.
import type { Store } from '../db/store.ts';

export class DataVersion {
  private version = -1;
  private readAt = -Infinity;
  private pending: Promise<number> | null = null;

  constructor(
    private readonly store: Store,
    /** How long a version read from the database is trusted: writes made by another process
     *  (a CLI import against the same PostgreSQL database) are seen within this time. */
    private readonly maxAgeMs = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The current data version (grows with every import). */
  current(): Promise<number> {
    if (this.now() - this.readAt < this.maxAgeMs) return Promise.resolve(this.version);
    this.pending ??= this.store.importRuns
      .dataVersion()
      .then((v) => {
        this.version = v;
        this.readAt = this.now();
        return v;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** Forgets the version read, so the next call reads it again (after a local write). */
  invalidate(): void {
    this.readAt = -Infinity;
  }
}
