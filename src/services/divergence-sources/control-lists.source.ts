// The control-list source of the divergence register: where members' item control lists differ —
// an entry one member controls outside the regime's list that other members' lists lack
// (`unilateral-control`), paragraphs of a shared entry only one member controls
// (`unilateral-paragraphs`), a regime entry a member's list has not adopted
// (`regime-entry-not-adopted`), and one entry with different numbers in two members' lists
// (`different-threshold`). Kinds, keys, severity and measures: docs/analytics/divergences.md.
import type { DetectedDivergence, DivergenceEvidence } from '../../core/divergences/divergence.ts';
import {
  comparable,
  controlledParagraphs,
  compareCodes,
} from '../../core/control-lists/compare.ts';
import type {
  ControlEntry,
  ControlParameter,
  StoredControlList,
} from '../../core/control-lists/control-list.ts';
import type { ControlListDetail, ControlListService } from '../control-list.service.ts';
import {
  bareName,
  joinWords,
  memberName,
  share,
  sortedMembers,
  type DivergenceSource,
  type SourceNames,
} from './source.ts';

export const CONTROL_LISTS_SOURCE = 'control-lists';
const WORKSTREAM = 'export_controls';

/** The address of an entry side by side in the given lists (the control-list entry page). */
const entryHref = (code: string, lists: readonly string[]): string =>
  `#/control-lists/entry/${encodeURIComponent(code)}?lists=${lists.join(',')}`;
/** The control-lists page with a member's unilateral controls and adoption lag open. */
const memberHref = (list: string): string => `#/control-lists?member=${encodeURIComponent(list)}`;
const entryApi = (code: string, lists: readonly string[]): string =>
  `/api/v1/control-lists/entries/${encodeURIComponent(code)}?lists=${lists.join(',')}`;

/** A heading short enough for a title: up to its first colon or semicolon, at most 70 characters. */
function shortHeading(heading: string): string {
  const h = heading
    .replace(/\s+/g, ' ')
    .replace(/[;:].*$/, '')
    .replace(/,? (as follows|having any of the following)\b.*$/i, '')
    .trim();
  return h.length <= 70 ? h : `${h.slice(0, 69).replace(/\s+\S*$/, '')}…`;
}

/** One loaded list with its controlled codes and the categories it has entries in. */
interface Loaded {
  list: StoredControlList;
  controlled: Set<string>;
  categories: Set<string>;
  /** Controlled item paragraphs by code (0 for an entry printed as one paragraph). */
  paragraphs: Map<string, number>;
}

function loaded(detail: ControlListDetail): Loaded {
  const items = detail.items.filter((i) => i.status === 'controlled');
  return {
    list: detail,
    controlled: new Set(items.map((i) => i.canonicalCode)),
    categories: new Set(detail.items.map((i) => i.category)),
    paragraphs: new Map(items.map((i) => [i.canonicalCode, i.paragraphs])),
  };
}

const categoryOf = (code: string): string => (code.startsWith('ML') ? 'ML' : code.slice(0, 1));

/** The newest list of each jurisdiction (by version date, then import time). */
function newestByJurisdiction(lists: readonly StoredControlList[]): StoredControlList[] {
  const out = new Map<string, StoredControlList>();
  for (const l of lists) {
    const before = out.get(l.jurisdiction);
    if (
      !before ||
      l.versionDate > before.versionDate ||
      (l.versionDate === before.versionDate && l.importedAt > before.importedAt)
    )
      out.set(l.jurisdiction, l);
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** How far apart two values of one parameter are: |a − b| ÷ the larger magnitude, 0–1. */
function relativeGap(a: ControlParameter, b: ControlParameter): number {
  const top = Math.max(Math.abs(a.value), Math.abs(b.value));
  return top === 0 ? 0 : Math.min(1, Math.abs(a.value - b.value) / top);
}

/**
 * The control-list source. Compares each jurisdiction's newest national list with the newest
 * regime list (unilateral controls, adoption lag) and with every other jurisdiction's newest
 * national list (who lacks a unilateral control, different thresholds). Another member's list
 * is judged on an entry only when it has entries in the entry's category (a dual-use list says
 * nothing of munitions). No lists loaded: nothing found.
 */
export function controlListSource(
  controlLists: ControlListService,
  options: SourceNames = {},
): DivergenceSource {
  const name = (code: string): string => memberName(code, options.names);
  const bare = (code: string): string => bareName(code, options.names);
  const listsPhrase = (codes: readonly string[]): string =>
    `the ${joinWords(codes.map(bare))} list${codes.length > 1 ? 's' : ''}`;

  async function detect(): Promise<DetectedDivergence[]> {
    const all = await controlLists.lists();
    const regime =
      all
        .filter((l) => l.isRegimeList)
        .sort((a, b) => b.versionDate.localeCompare(a.versionDate))[0] ?? null;
    const national = newestByJurisdiction(all.filter((l) => !l.isRegimeList));
    if (national.length === 0) return [];
    const byId = new Map(
      await Promise.all(
        [...national, ...(regime ? [regime] : [])].map(
          async (l) => [l.id, loaded(await controlLists.list(l.id))] as const,
        ),
      ),
    );
    const out: DetectedDivergence[] = [];
    const others = (l: StoredControlList, code: string): Loaded[] =>
      national
        .filter((o) => o.jurisdiction !== l.jurisdiction)
        .map((o) => byId.get(o.id)!)
        .filter((o) => o.categories.has(categoryOf(code)));

    if (regime) {
      const r = byId.get(regime.id)!;
      for (const l of national) {
        out.push(...(await unilateral(l, r, others)));
        out.push(...(await lag(l, r, others)));
      }
    }
    out.push(...(await thresholds(national)));
    return out;
  }

  async function unilateral(
    l: StoredControlList,
    regime: Loaded,
    others: (l: StoredControlList, code: string) => Loaded[],
  ): Promise<DetectedDivergence[]> {
    const u = await controlLists.unilateral(l.id, regime.list.id);
    const out: DetectedDivergence[] = [];
    for (const e of u.entries) {
      const judged = others(l, e.code);
      const lacking = judged.filter((o) => !o.controlled.has(e.code));
      if (lacking.length === 0) continue;
      const having = judged.filter((o) => o.controlled.has(e.code));
      const lackingCodes = lacking.map((o) => o.list.jurisdiction);
      const shown = [l.id, regime.list.id, ...judged.map((o) => o.list.id)];
      const h = shortHeading(e.heading);
      out.push({
        source: CONTROL_LISTS_SOURCE,
        key: `unilateral:${l.jurisdiction}:${e.code}`,
        kind: 'unilateral-control',
        workstream: WORKSTREAM,
        title:
          having.length === 0
            ? `${e.code} (${h}): controlled by ${name(l.jurisdiction)} alone`
            : `${e.code} (${h}): controlled by ${name(l.jurisdiction)}, not by ${joinWords(lackingCodes.map(name))}`,
        summary:
          having.length === 0
            ? `Only ${name(l.jurisdiction)} controls ${e.code} (${h}); ${listsPhrase(lackingCodes)} do${lacking.length > 1 ? '' : 'es'} not.`
            : `${capitalise(name(l.jurisdiction))} controls ${e.code} (${h}) outside the ${regime.list.name}; ${listsPhrase(lackingCodes)} do${lacking.length > 1 ? '' : 'es'} not (${listsPhrase(having.map((o) => o.list.jurisdiction))} do${having.length > 1 ? '' : 'es'}).`,
        members: sortedMembers([l.jurisdiction, ...lackingCodes]),
        severity: share(lacking.length, judged.length),
        measure: lacking.length,
        evidence: [
          { label: 'Entry', detail: `${e.code}: ${e.heading}`, link: entryHref(e.code, shown) },
          {
            label: l.name,
            detail: `controls ${e.code} (${e.series} series${e.reasons.length > 0 ? `; reasons ${e.reasons.join(', ')}` : ''}), outside the regime's list`,
            link: memberHref(l.id),
          },
          { label: regime.list.name, detail: `has no entry ${e.code}`, link: null },
          ...judged.map((o): DivergenceEvidence => ({
            label: o.list.name,
            detail: o.controlled.has(e.code) ? `controls ${e.code}` : `has no entry ${e.code}`,
            link: null,
          })),
        ],
        link: entryHref(e.code, shown),
        apiLink: entryApi(e.code, shown),
        confidentiality: 'public',
      });
    }
    // Paragraphs of a shared entry only this member controls: who else lacks them.
    for (const p of u.paragraphs) {
      const judgedLists = others(l, p.code);
      const entries = await controlLists
        .entry(p.code, [l.id, ...judgedLists.map((o) => o.list.id)])
        .then((r) => new Map(r.entries.map((e) => [e.listId, e])));
      const own = entries.get(l.id);
      if (!own) continue;
      const verdicts = judgedLists
        .map((o) => {
          const theirs: ControlEntry | undefined = entries.get(o.list.id);
          if (theirs && theirs.status === 'controlled' && !comparable(own, theirs)) return null;
          const has =
            theirs && theirs.status === 'controlled' ? controlledParagraphs(theirs) : new Map();
          return { o, lacks: p.paragraphs.filter((x) => !has.has(x)) };
        })
        .filter((v) => v !== null);
      const lacking = verdicts.filter((v) => v.lacks.length > 0);
      if (lacking.length === 0) continue;
      const lackingCodes = lacking.map((v) => v.o.list.jurisdiction);
      const shown = [l.id, regime.list.id, ...verdicts.map((v) => v.o.list.id)];
      const h = shortHeading(p.heading);
      const n = p.paragraphs.length;
      out.push({
        source: CONTROL_LISTS_SOURCE,
        key: `unilateral-paragraphs:${l.jurisdiction}:${p.code}`,
        kind: 'unilateral-paragraphs',
        workstream: WORKSTREAM,
        title: `${p.code} (${h}): ${n} paragraph${n > 1 ? 's' : ''} controlled by ${name(l.jurisdiction)} beyond the regime`,
        summary: `${capitalise(name(l.jurisdiction))} controls ${n > 1 ? 'paragraphs' : 'paragraph'} ${p.paragraphs.join(', ')} of ${p.code} (${h}), which the ${regime.list.name} does not; ${listsPhrase(lackingCodes)} lack${lacking.length > 1 ? '' : 's'} ${n > 1 ? 'some or all of them' : 'it'}.`,
        members: sortedMembers([l.jurisdiction, ...lackingCodes]),
        severity: share(lacking.length, verdicts.length),
        measure: n,
        evidence: [
          { label: 'Entry', detail: `${p.code}: ${p.heading}`, link: entryHref(p.code, shown) },
          {
            label: l.name,
            detail: `controls ${p.paragraphs.map((x) => `${p.code}.${x}`).join(', ')} beyond the regime's list`,
            link: memberHref(l.id),
          },
          ...verdicts.map((v): DivergenceEvidence => ({
            label: v.o.list.name,
            detail:
              v.lacks.length === 0
                ? 'controls them too'
                : `lacks ${v.lacks.map((x) => `${p.code}.${x}`).join(', ')}`,
            link: null,
          })),
        ],
        link: entryHref(p.code, shown),
        apiLink: `/api/v1/control-lists/unilateral?list=${encodeURIComponent(l.id)}`,
        confidentiality: 'public',
      });
    }
    return out;
  }

  async function lag(
    l: StoredControlList,
    regime: Loaded,
    others: (l: StoredControlList, code: string) => Loaded[],
  ): Promise<DetectedDivergence[]> {
    const g = await controlLists.lag(l.id, regime.list.id);
    const rows = [
      ...g.entries.map((e) => ({
        code: e.code,
        heading: e.heading,
        // The whole entry: every controlled paragraph of the regime's (one when it prints none).
        missing: Math.max(1, regime.paragraphs.get(e.code) ?? 0),
        what: e.state === 'not-used' ? `prints ${e.code} as not used` : `has no entry ${e.code}`,
        paragraphs: null as string[] | null,
      })),
      ...g.paragraphs.map((p) => ({
        code: p.code,
        heading: p.heading,
        missing: p.paragraphs.length,
        what: `lacks ${p.paragraphs.map((x) => `${p.code}.${x}`).join(', ')}`,
        paragraphs: p.paragraphs,
      })),
    ].sort((a, b) => compareCodes(a.code, b.code));
    const dates = `the list is of ${g.listDate}, the regime's of ${g.regimeDate}${g.memberOlder ? ': it may not have caught up yet' : ''}`;
    return rows.map((row): DetectedDivergence => {
      const judged = others(l, row.code);
      const adopted = judged.filter((o) => o.controlled.has(row.code));
      const shown = [l.id, regime.list.id, ...judged.map((o) => o.list.id)];
      const h = shortHeading(row.heading);
      const whole = row.paragraphs === null;
      return {
        source: CONTROL_LISTS_SOURCE,
        key: `lag:${l.jurisdiction}:${row.code}`,
        kind: 'regime-entry-not-adopted',
        workstream: WORKSTREAM,
        title: whole
          ? `${row.code} (${h}): not adopted by ${name(l.jurisdiction)}`
          : `${row.code} (${h}): ${row.missing} regime paragraph${row.missing > 1 ? 's' : ''} not adopted by ${name(l.jurisdiction)}`,
        summary:
          `The ${regime.list.name} controls ${whole ? row.code : `paragraph${row.missing > 1 ? 's' : ''} ${row.paragraphs!.join(', ')} of ${row.code}`} (${h}); ` +
          `the list of ${name(l.jurisdiction)} ${row.what} (${dates}).` +
          (adopted.length > 0
            ? ` ${capitalise(listsPhrase(adopted.map((o) => o.list.jurisdiction)))} control${adopted.length > 1 ? '' : 's'} the entry.`
            : ''),
        members: [l.jurisdiction],
        // How widely the entry is adopted, times how much of it this list lacks: one paragraph of
        // ten weighs a tenth of a whole entry.
        severity:
          share(1 + adopted.length, 1 + judged.length) *
          share(row.missing, Math.max(row.missing, regime.paragraphs.get(row.code) ?? row.missing)),
        measure: row.missing,
        evidence: [
          {
            label: 'Entry',
            detail: `${row.code}: ${row.heading}`,
            link: entryHref(row.code, shown),
          },
          { label: regime.list.name, detail: `controls ${row.code} (${g.regimeDate})`, link: null },
          { label: l.name, detail: `${row.what} (${g.listDate})`, link: memberHref(l.id) },
          ...judged.map((o): DivergenceEvidence => ({
            label: o.list.name,
            detail: o.controlled.has(row.code)
              ? `controls ${row.code}`
              : `has no entry ${row.code}`,
            link: null,
          })),
        ],
        link: memberHref(l.id),
        apiLink: `/api/v1/control-lists/lag?list=${encodeURIComponent(l.id)}`,
        confidentiality: 'public',
      };
    });
  }

  async function thresholds(national: readonly StoredControlList[]): Promise<DetectedDivergence[]> {
    const out: DetectedDivergence[] = [];
    for (let i = 0; i < national.length; i++)
      for (let j = i + 1; j < national.length; j++) {
        const a = national[i]!;
        const b = national[j]!;
        const diff = await controlLists.diff(a.id, b.id);
        for (const c of diff.changed) {
          // The same quantity bounded in both lists with a different value or comparator; a
          // number one side does not print is a wording difference, not a threshold.
          const pairs = c.parameters.filter(
            (p): p is { label: string; a: ControlParameter; b: ControlParameter } =>
              p.a !== null && p.b !== null,
          );
          if (pairs.length === 0) continue;
          const first = pairs[0]!;
          const h = shortHeading(c.heading);
          const shown = [a.id, b.id];
          out.push({
            source: CONTROL_LISTS_SOURCE,
            key: `threshold:${a.jurisdiction}:${b.jurisdiction}:${c.code}`,
            kind: 'different-threshold',
            workstream: WORKSTREAM,
            title: `${c.code} (${h}): different thresholds for ${name(a.jurisdiction)} and ${name(b.jurisdiction)}`,
            summary:
              `${capitalise(name(a.jurisdiction))} and ${name(b.jurisdiction)} both control ${c.code} (${h}) with ${pairs.length} number${pairs.length > 1 ? 's' : ''} set differently` +
              `; e.g. ${c.code}.${first.label}: “${first.a.text}” against “${first.b.text}”.`,
            members: sortedMembers([a.jurisdiction, b.jurisdiction]),
            severity:
              Math.round(Math.max(...pairs.map((p) => relativeGap(p.a, p.b))) * 10_000) / 10_000,
            measure: pairs.length,
            evidence: [
              { label: 'Entry', detail: `${c.code}: ${c.heading}`, link: entryHref(c.code, shown) },
              ...pairs.map((p): DivergenceEvidence => ({
                label: `${c.code}.${p.label}: ${p.a.quantity || 'parameter'}`,
                detail: `${a.name}: “${p.a.text}” (${p.a.comparator} ${p.a.value} ${p.a.unit}); ${b.name}: “${p.b.text}” (${p.b.comparator} ${p.b.value} ${p.b.unit})`,
                link: `#/control-lists/diff?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`,
              })),
            ],
            link: entryHref(c.code, shown),
            apiLink: entryApi(c.code, shown),
            confidentiality: 'public',
          });
        }
      }
    return out;
  }

  return {
    id: CONTROL_LISTS_SOURCE,
    label: 'Control lists',
    description:
      "Members' item control lists against the regime's list and one another: unilateral controls others lack, regime entries not adopted, different thresholds",
    detect,
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
