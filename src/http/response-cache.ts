// Caches the serialised bodies of read routes, keyed by URL and valid for one data version
// (db/data-version.ts): every write that can change a cached answer grows the version in its own
// transaction, in whichever process made it, and the version is read on every cached request, so
// a repeated read costs one primary-key read and is never older than the last committed write.
// Only answers that do not depend on the caller may be cached: see `assertCacheable`.
import type { Permission } from '../core/accounts/access.ts';

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
    // A write may have committed while producing: keep the body only if the version read before
    // and after producing is the same, and is still the one the entries belong to.
    if ((await this.currentVersion()) === version && this.version === version) {
      if (this.entries.size >= this.maxEntries)
        this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, fresh);
    }
    return fresh;
  }
}

/** What `assertCacheable` looks at in a route declaration. */
export interface CacheableRoute {
  method: string;
  url: string;
  cached?: boolean;
  permission?: Permission;
  authenticate?: boolean;
}

/**
 * Refuses, when the route is declared, a cached route whose answer could depend on the caller:
 * a cached route is a GET open to every reader (permission `read`). Its handler is given no
 * principal either (`callerFree`), so reading the caller fails the route's tests.
 */
export function assertCacheable(route: CacheableRoute): void {
  if (!route.cached) return;
  const problems: string[] = [];
  if (route.method !== 'GET') problems.push(`method ${route.method} (only GET is cached)`);
  if ((route.permission ?? 'read') !== 'read')
    problems.push(`permission '${route.permission}' (the answer would depend on the caller)`);
  if (route.authenticate === false) problems.push('authenticate: false');
  if (problems.length > 0)
    throw new Error(`route ${route.method} ${route.url} cannot be cached: ${problems.join('; ')}`);
}

/**
 * The handler input of a cached route: reading `principal` throws, since a body cached for one
 * caller would be served to every other.
 */
export function callerFree<T extends object>(input: T, url: string): T {
  return Object.defineProperty({ ...input }, 'principal', {
    enumerable: false,
    get(): never {
      throw new Error(
        `cached route ${url} read the caller: a route whose answer depends on the caller must not be cached`,
      );
    },
  });
}
