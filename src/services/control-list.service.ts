// Item control lists: the stored lists, an entry across lists, and the analyses — diff of two
// lists, unilateral controls, adoption lag, the alignment matrix, full-text search. Every list's
// entries and the search index are read once per data version and shared by every request until
// a write (an import) changes them, in this process or another one on the same database.
import {
  adoptionLag,
  alignment,
  unilateralControls,
  type AdoptionLag,
  type AlignmentMatrix,
  type UnilateralControls,
} from '../core/control-lists/alignment.ts';
import { canonicalCode } from '../core/control-lists/codes.ts';
import {
  compareCodes,
  diffLists,
  type ListDiff,
  type ListWithEntries,
} from '../core/control-lists/compare.ts';
import type { ControlEntry, StoredControlList } from '../core/control-lists/control-list.ts';
import { ControlSearchIndex, type ControlSearchResult } from '../core/control-lists/search.ts';
import { DomainError } from '../core/errors.ts';
import { UNPRINTABLE } from '../core/text.ts';
import type { Store } from '../db/store.ts';
import { actorOf, type Principal } from '../core/accounts/access.ts';
import { inputControls, type InputControl } from '../core/control-lists/input-controls.ts';
import type { ControlInputLink } from '../core/control-lists/control-list.ts';
import { chainShares } from '../core/supply-chains/input-shares.ts';
import { lookupItem } from '../core/supply-chains/item-lookup.ts';
import type { AuditService } from './audit-log.ts';
import type { DataVersion } from './data-version.ts';
import type { SupplyChainService } from './supply-chain.service.ts';
import { VersionedData, type Versioned } from './versioned-data.ts';

/** A paragraph label relative to its entry: `f`, `c.1.a`, `10`; `''` for the whole entry. */
const PARAGRAPH_LABEL = /^(|([a-z]{1,2}|[0-9]{1,2})(\.([a-z]{1,2}|[0-9]{1,2}))*)$/;

/** What a caller gives to link an entry (or paragraph) to a supply-chain input. */
export interface ControlLinkInput {
  code: string;
  paragraph?: string;
  chain: string;
  /** The input's (or stage's) id, or its exact name. */
  input: string;
  note?: string;
}

export interface InputControlsResult {
  chain: string;
  /** The coalition's economies, when one was given. */
  coalition: string[] | null;
  items: InputControl[];
}

/** One entry as a list browser shows it (the paragraph tree comes with `entry`). */
export interface ControlEntrySummary {
  code: string;
  canonicalCode: string;
  category: string;
  group: string;
  heading: string;
  status: ControlEntry['status'];
  reasons: string[];
  sensitive: boolean | null;
  verySensitive: boolean | null;
  /** Controlled item paragraphs. */
  paragraphs: number;
}

export interface ControlListDetail extends StoredControlList {
  categories: { category: string; entries: number }[];
  items: ControlEntrySummary[];
}

/** The imported lists of one data version; their entries and the index are parts read on use. */
type Lists = Versioned<StoredControlList[]>;

export class ControlListService {
  private readonly data: VersionedData<StoredControlList[]>;

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly supplyChains: SupplyChainService,
    private readonly audit: AuditService,
  ) {
    this.data = new VersionedData(version, () => this.store.controlLists.lists());
  }

  private entriesOf(d: Lists, id: string): Promise<ControlEntry[]> {
    return this.data.part(d, `entries|${id}`, () => this.store.controlLists.entries([id]));
  }

  /** The search index over every list, built on the first search. */
  private index(d: Lists): Promise<ControlSearchIndex> {
    return this.data.part(d, 'index', async () => {
      const all = await Promise.all(d.value.map((l) => this.entriesOf(d, l.id)));
      return new ControlSearchIndex(all.flat());
    });
  }

  /** An analysis computed once per data version and request. */
  private memo<T>(d: Lists, key: string, compute: () => T): Promise<T> {
    return this.data.memo(d, key, () => Promise.resolve().then(compute));
  }

  private storedList(d: Lists, id: string, field: string): StoredControlList {
    const list = d.value.find((l) => l.id === id);
    if (!list)
      throw new DomainError('not_found', `no control list '${id}'`, [
        {
          path: field,
          message: `unknown list; imported: ${d.value.map((l) => l.id).join(', ') || 'none'}`,
        },
      ]);
    return list;
  }

  private async withEntries(d: Lists, id: string, field: string): Promise<ListWithEntries> {
    const list = this.storedList(d, id, field);
    return { list, entries: await this.entriesOf(d, id) };
  }

  /** The regime list named, else the latest regime list imported. */
  private regime(d: Lists, id: string | undefined, field: string): Promise<ListWithEntries> {
    if (id !== undefined) return this.withEntries(d, id, field);
    const regimes = d.value
      .filter((l) => l.isRegimeList)
      .sort((a, b) => b.versionDate.localeCompare(a.versionDate));
    if (regimes.length === 0)
      throw new DomainError(
        'not_found',
        'no regime list is imported (import one with wassenaar-list)',
        [{ path: field, message: 'no regime list' }],
      );
    return this.withEntries(d, regimes[0]!.id, field);
  }

  /** Every imported list with its size. */
  async lists(): Promise<StoredControlList[]> {
    return (await this.data.get()).value;
  }

  /** One list with its entries by category, in code order. */
  async list(id: string): Promise<ControlListDetail> {
    const d = await this.data.get();
    const { list, entries } = await this.withEntries(d, id, 'id');
    const items = entries
      .map((e): ControlEntrySummary => ({
        code: e.code,
        canonicalCode: e.canonicalCode,
        category: e.category,
        group: e.group,
        heading: e.heading,
        status: e.status,
        reasons: e.reasons,
        sensitive: e.sensitive,
        verySensitive: e.verySensitive,
        paragraphs: e.paragraphs.filter(
          (p) => p.kind === 'item' && p.status === 'controlled' && p.label !== '',
        ).length,
      }))
      .sort((a, b) => compareCodes(a.canonicalCode, b.canonicalCode));
    const counts = new Map<string, number>();
    for (const e of items) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    return {
      ...(list as StoredControlList),
      categories: [...counts].map(([category, n]) => ({ category, entries: n })),
      items,
    };
  }

  /**
   * One entry in each of the given lists (every list when none is named), by canonical code or by
   * a list's own code (`3.B.1.`, `8B301`): lists without it are named in `missing`.
   */
  async entry(
    code: string,
    listIds?: readonly string[],
  ): Promise<{ code: string; entries: ControlEntry[]; missing: string[] }> {
    const d = await this.data.get();
    const ids = [...new Set(listIds ?? d.value.map((l) => l.id))];
    for (const id of ids) this.storedList(d, id, 'lists');
    const byList = new Map(
      await Promise.all(d.value.map(async (l) => [l.id, await this.entriesOf(d, l.id)] as const)),
    );
    // A list's own code first, in any list (SCOMET's 8D306 is also the form of a category-8
    // ECCN), then the schemes' forms.
    const wanted = code.toUpperCase().replace(/\s+/g, '');
    const own = [...byList.values()].flat().find((e) => e.code.replace(/\s+/g, '') === wanted);
    const canonical = own?.canonicalCode ?? this.canonical(code, 'code');
    const entries: ControlEntry[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const e = byList.get(id)!.find((x) => x.canonicalCode === canonical);
      if (e) entries.push(e);
      else missing.push(id);
    }
    if (entries.length === 0)
      throw new DomainError('not_found', `no list has entry ${canonical}`, [
        { path: 'code', message: `not in ${ids.join(', ')}` },
      ]);
    return { code: canonical, entries, missing };
  }

  /** Every difference between two lists (core/control-lists/compare.ts). */
  async diff(a: string, b: string): Promise<ListDiff> {
    const d = await this.data.get();
    const [la, lb] = await Promise.all([this.withEntries(d, a, 'a'), this.withEntries(d, b, 'b')]);
    return this.memo(d, `diff|${a}|${b}`, () => diffLists(la, lb));
  }

  /** What a member's list controls that the regime's list does not. */
  async unilateral(listId: string, regimeId?: string): Promise<UnilateralControls> {
    const d = await this.data.get();
    const member = await this.withEntries(d, listId, 'list');
    const regime = await this.regime(d, regimeId, 'regime');
    return this.memo(d, `unilateral|${listId}|${regime.list.id}`, () =>
      unilateralControls(member, regime),
    );
  }

  /** What the regime's list controls that a member's list lacks, with both dates. */
  async lag(listId: string, regimeId?: string): Promise<AdoptionLag> {
    const d = await this.data.get();
    const member = await this.withEntries(d, listId, 'list');
    const regime = await this.regime(d, regimeId, 'regime');
    return this.memo(d, `lag|${listId}|${regime.list.id}`, () => adoptionLag(member, regime));
  }

  /** The alignment matrix of members' lists (every non-regime list by default) against a regime's. */
  async align(
    options: { regime?: string; lists?: readonly string[] } = {},
  ): Promise<AlignmentMatrix> {
    const d = await this.data.get();
    const regime = await this.regime(d, options.regime, 'regime');
    const ids = [
      ...new Set(
        options.lists ??
          d.value.filter((l) => l.id !== regime.list.id && !l.isRegimeList).map((l) => l.id),
      ),
    ];
    const members = await Promise.all(ids.map((id) => this.withEntries(d, id, 'lists')));
    return this.memo(d, `align|${regime.list.id}|${ids.join(',')}`, () =>
      alignment(regime, members),
    );
  }

  /** Full-text search across lists (core/control-lists/search.ts). */
  async search(
    query: string,
    options: { lists?: readonly string[]; limit?: number } = {},
  ): Promise<ControlSearchResult> {
    const d = await this.data.get();
    for (const id of options.lists ?? []) this.storedList(d, id, 'lists');
    if (query.trim() === '')
      throw new DomainError('validation_failed', 'the search needs at least one word', [
        { path: 'q', message: 'empty' },
      ]);
    return (await this.index(d)).search(query, {
      ...(options.lists ? { listIds: options.lists } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
  }

  /** The canonical code of any scheme's code, or a validation error naming `field`. */
  private canonical(code: string, field: string): string {
    const wanted = code.toUpperCase().replace(/\s+/g, '');
    const c =
      canonicalCode('eccn', wanted) ??
      canonicalCode('wassenaar', wanted) ??
      canonicalCode('scomet', wanted);
    if (!c)
      throw new DomainError('validation_failed', `'${code}' is not a control-list code`, [
        { path: field, message: 'expected a code such as 3B001, 3.B.1., 8B301 or ML1' },
      ]);
    return c;
  }

  /** Every link from list entries to supply-chain inputs (of one chain when named). */
  async links(chain?: string): Promise<ControlInputLink[]> {
    const all = await this.store.controlLists.links();
    return chain === undefined ? all : all.filter((l) => l.chainCode === chain);
  }

  /**
   * Links an entry or paragraph to a supply-chain input (or replaces the link's note), recorded
   * against `by` and in the governance log in the same transaction. The chain and input must
   * exist; the entry need not be in an imported list yet (a link is by canonical code).
   */
  async saveLink(
    input: ControlLinkInput,
    by: Principal,
    /** Who to record: the CLI on the server's shell names the person at the keyboard. */
    actor: string = actorOf(by),
  ): Promise<ControlInputLink> {
    const canonicalCode = this.canonical(input.code, 'code');
    const paragraph = (input.paragraph ?? '').replace(/^\.+|\.+$/g, '');
    if (!PARAGRAPH_LABEL.test(paragraph))
      throw new DomainError('validation_failed', `'${input.paragraph}' is not a paragraph label`, [
        { path: 'paragraph', message: 'expected a label such as f, c.1.a or 2' },
      ]);
    const d = await this.data.get();
    const withCode = (await Promise.all(d.value.map((l) => this.entriesOf(d, l.id))))
      .flat()
      .filter((e) => e.canonicalCode === canonicalCode);
    if (withCode.length === 0)
      throw new DomainError('not_found', `no imported list has entry ${canonicalCode}`, [
        { path: 'code', message: `not in ${d.value.map((l) => l.id).join(', ') || 'any list'}` },
      ]);
    if (
      paragraph !== '' &&
      !withCode.some((e) => e.paragraphs.some((p) => p.kind === 'item' && p.label === paragraph))
    )
      throw new DomainError(
        'not_found',
        `no imported list prints paragraph ${paragraph} of ${canonicalCode}`,
        [{ path: 'paragraph', message: 'no such paragraph' }],
      );
    const { chain } = await this.supplyChains.get(input.chain);
    const item = lookupItem(chain, input.input);
    if (item.id === null)
      throw new DomainError('not_found', item.error, [{ path: 'input', message: item.error }]);
    const note = input.note?.trim();
    if (note !== undefined && UNPRINTABLE.test(note))
      throw new DomainError(
        'validation_failed',
        'note: control and bidirectional characters are not allowed',
        [{ path: 'note', message: 'no control or bidirectional characters' }],
      );
    const existing = (await this.store.controlLists.links()).find(
      (l) =>
        l.canonicalCode === canonicalCode &&
        l.paragraph === paragraph &&
        l.chainCode === chain.code &&
        l.inputId === item.id,
    );
    const link: ControlInputLink = {
      canonicalCode,
      paragraph,
      chainCode: chain.code,
      inputId: item.id,
      // A link given again without a note keeps the note it has.
      note: note ?? existing?.note ?? '',
      createdBy: actor,
      createdAt: new Date().toISOString(),
    };
    await this.store.transaction(async (tx) => {
      await tx.controlLists.saveLink(link);
      await this.audit.append(tx, {
        actor,
        type: 'control.linked',
        at: link.createdAt,
        payload: {
          code: canonicalCode,
          paragraph,
          chain: chain.code,
          input: item.id,
        },
      });
    });
    return link;
  }

  /** Removes a link; not found when there is none. Recorded like `saveLink`. */
  async deleteLink(
    key: { code: string; paragraph?: string; chain: string; input: string },
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<void> {
    const canonicalCode = this.canonical(key.code, 'code');
    const paragraph = (key.paragraph ?? '').replace(/^\.+|\.+$/g, '');
    await this.store.transaction(async (tx) => {
      const removed = await tx.controlLists.deleteLink({
        canonicalCode,
        paragraph,
        chainCode: key.chain,
        inputId: key.input,
      });
      if (!removed)
        throw new DomainError(
          'not_found',
          `no link from ${canonicalCode}${paragraph ? `.${paragraph}` : ''} to ${key.chain}/${key.input}`,
          [{ path: 'input', message: 'no such link' }],
        );
      await this.audit.append(tx, {
        actor,
        type: 'control.unlinked',
        payload: { code: canonicalCode, paragraph, chain: key.chain, input: key.input },
      });
    });
  }

  /**
   * Per linked input of a chain: which member lists control it, which regime lists, who in the
   * coalition supplies it (latest year), and whether one member controls it alone while other
   * suppliers with lists loaded do not (core/control-lists/input-controls.ts).
   */
  async inputControls(
    chainCode: string,
    options: { coalition?: string } = {},
  ): Promise<InputControlsResult> {
    const d = await this.data.get();
    const { chain } = await this.supplyChains.get(chainCode);
    const coalition = options.coalition
      ? [...(await this.supplyChains.economyGroup(options.coalition)).economies]
      : null;
    const links = (await this.store.controlLists.links()).filter((l) => l.chainCode === chain.code);
    const entries = new Map(
      await Promise.all(d.value.map(async (l) => [l.id, await this.entriesOf(d, l.id)] as const)),
    );
    const shares = new Map(chainShares(chain).map((s) => [s.item, s.economies]));
    return {
      chain: chain.code,
      coalition,
      items: inputControls(
        [...chain.inputs, ...chain.stages],
        links,
        d.value,
        entries,
        shares,
        coalition,
      ),
    };
  }
}
