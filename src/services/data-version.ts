// Tells callers when stored data has changed: the data version kept in the database (table
// data_version, db/data-version.ts), which grows in the same transaction as every write that can
// change a cached answer, whichever process made it. Every call is answered by a read that began
// after the call, so no committed write goes unseen; calls made while a read runs share the next
// read, so many concurrent cached requests cost one primary-key read, not one each.
import type { Store } from '../db/store.ts';

interface Waiter {
  resolve(version: number): void;
  reject(error: unknown): void;
}

export class DataVersion {
  private reading = false;
  private waiting: Waiter[] = [];

  constructor(private readonly store: Pick<Store, 'dataVersion'>) {}

  /** The current data version: at least that of every write committed before this call. */
  current(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.reading) void this.readForWaiting();
    });
  }

  /** Reads until nobody waits; each read answers exactly the calls made before it began. */
  private async readForWaiting(): Promise<void> {
    this.reading = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting;
        this.waiting = [];
        try {
          const version = await this.store.dataVersion();
          for (const w of batch) w.resolve(version);
        } catch (e) {
          for (const w of batch) w.reject(e);
        }
      }
    } finally {
      this.reading = false;
    }
  }
}
