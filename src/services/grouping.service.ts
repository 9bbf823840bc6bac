// Reads about groupings: the list with member counts, and one grouping with members and source.
import { notFound } from '../core/errors.ts';
import type { GroupingSummary, GroupingWithMembers } from '../core/groupings/grouping.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';

export class GroupingService {
  constructor(private readonly store: Store) {}

  list(): Promise<GroupingSummary[]> {
    return this.store.groupings.list();
  }

  async get(code: string): Promise<GroupingWithMembers & { source: Source | null }> {
    const g =
      (await this.store.groupings.get(code)) ??
      (await this.store.groupings.get(code.toUpperCase()));
    if (!g) throw notFound('grouping', code);
    return { ...g, source: (await this.store.sources.get(g.sourceId)) ?? null };
  }
}
