// The divergence register's control-list, restricted-party and standards sources on the real data:
// the four control lists of ../shared/data/export-controls/lists, the DoD 1260H list, the EU's
// Annex IV and China's export-control list (which no member publishes: never compared), and the
// ISO committees of the starter dataset. What a divergence claims is checked against the data
// through other paths (the entry across lists, the list files, the committee's members).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_LIST_IMPORTS } from '../../../test/control-lists-data.ts';
import { openStarterFixture, type Fixture } from '../../../test/platform-fixture.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { DetectedDivergence } from '../../core/divergences/divergence.ts';
import { runImport } from '../import-formats.ts';
import { controlListSource } from './control-lists.source.ts';
import { restrictedPartySource } from './restricted-parties.source.ts';
import { standardsSource } from './standards.source.ts';

warnWithoutSharedData('divergence sources on real data');

const DOD = sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv');

/** What every source's divergences share: unique keys, sorted members, a severity of 0–1 … */
function checkShape(found: readonly DetectedDivergence[], source: string): void {
  expect(new Set(found.map((d) => d.key)).size).toBe(found.length);
  for (const d of found) {
    expect(d.source).toBe(source);
    expect(d.members, d.key).toEqual([...new Set(d.members)].sort());
    expect(d.members.length, d.key).toBeGreaterThan(0);
    expect(d.severity, d.key).toBeGreaterThanOrEqual(0);
    expect(d.severity, d.key).toBeLessThanOrEqual(1);
    expect(d.measure, d.key).toBeGreaterThan(0);
    expect(d.link, d.key).toMatch(/^#\//);
    expect(d.evidence.length, d.key).toBeGreaterThan(0);
    expect(d.confidentiality).toBe('public');
  }
}

const countKinds = (found: readonly DetectedDivergence[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const d of found) out[d.kind] = (out[d.kind] ?? 0) + 1;
  return out;
};

describe.skipIf(!hasSharedData)('divergence sources on the real data', () => {
  let f: Fixture;
  let names: Map<string, string>;
  let emptyControl: DetectedDivergence[];
  let emptyRestricted: DetectedDivergence[];
  let control: DetectedDivergence[];
  let restricted: DetectedDivergence[];
  let standards: DetectedDivergence[];

  beforeAll(async () => {
    f = await openStarterFixture();
    names = new Map((await f.services.economies.list()).map((e) => [e.iso3, e.name]));
    // Nothing loaded yet: nothing found, and no error.
    emptyControl = await controlListSource(f.services.controlLists).detect();
    emptyRestricted = await restrictedPartySource(f.services.screening).detect();
    // Imported straight through the importers (what `techalliance import` writes), so that the
    // sources are tested apart from the register that an import also recomputes.
    const imports = [
      ...CONTROL_LIST_IMPORTS.map((l) => ({
        format: l.format,
        file: sharedFile('export-controls', 'lists', l.file),
        options: { ...l.options },
      })),
      { format: 'dod-1260h', file: DOD, options: {} },
      {
        format: 'eu-833-annex-iv',
        file: sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv'),
        options: {},
      },
      {
        format: 'cn-export-control',
        file: sharedFile('export-controls', 'cn_countersanctions_and_unreliable_entities.csv'),
        options: {},
      },
    ];
    for (const i of imports) {
      const r = await runImport(f.platform.store, i);
      expect([i.format, r.written]).toEqual([i.format, true]);
    }
    control = await controlListSource(f.services.controlLists, { names }).detect();
    restricted = await restrictedPartySource(f.services.screening, { names }).detect();
    standards = await standardsSource(f.services.standards, { names }).detect();
    console.info('divergences found', {
      controlLists: countKinds(control),
      restrictedParties: countKinds(restricted),
      standards: countKinds(standards),
    });
  }, 300_000);
  afterAll(async () => {
    await f?.close();
  });

  it('finds nothing, and fails on nothing, before any list is loaded', () => {
    expect(emptyControl).toEqual([]);
    expect(emptyRestricted).toEqual([]);
  });

  describe('control lists', () => {
    it('finds divergences of every kind, each well formed', () => {
      checkShape(control, 'control-lists');
      const kinds = countKinds(control);
      for (const k of [
        'unilateral-control',
        'unilateral-paragraphs',
        'regime-entry-not-adopted',
        'different-threshold',
      ])
        expect(kinds[k], k).toBeGreaterThan(0);
    });

    it('finds 3A090 controlled by the United States alone, against the lists that lack it', async () => {
      const d = control.find((x) => x.key === 'unilateral:USA:3A090');
      expect(d).toBeDefined();
      expect(d!.kind).toBe('unilateral-control');
      expect(d!.workstream).toBe('export_controls');
      expect(d!.members).toContain('USA');
      // The other members are exactly the loaded national lists without the entry.
      const across = await f.services.controlLists.entry('3A090');
      const lists = await f.services.controlLists.lists();
      const lacking = lists
        .filter((l) => !l.isRegimeList && across.missing.includes(l.id))
        .map((l) => l.jurisdiction)
        .sort();
      expect(lacking.length).toBeGreaterThan(0);
      expect(d!.members.filter((m) => m !== 'USA')).toEqual(lacking);
      expect(d!.measure).toBe(lacking.length);
      expect(d!.summary).toMatch(/^Only the United States controls 3A090 \(Integrated circuits\)/);
      expect(d!.summary).toContain(names.get(lacking[0]!)!);
      expect(d!.evidence[0]!.detail).toMatch(/^3A090: Integrated circuits/);
      expect(d!.evidence.some((e) => e.link === '#/control-lists?member=us-ccl-2026')).toBe(true);
      expect(d!.link).toMatch(/^#\/control-lists\/entry\/3A090\?lists=us-ccl-2026,wa-2025,/);
      expect(d!.apiLink).toMatch(/^\/api\/v1\/control-lists\/entries\/3A090\?lists=/);
    });

    /** The national list of each jurisdiction (keys name jurisdictions, not lists). */
    const listsByJurisdiction = async () =>
      new Map(
        (await f.services.controlLists.lists())
          .filter((l) => !l.isRegimeList)
          .map((l) => [l.jurisdiction, l.id]),
      );

    it('names regime entries a list lacks that the list really lacks', async () => {
      const whole = control.filter(
        (d) => d.kind === 'regime-entry-not-adopted' && /has no entry/.test(d.summary),
      );
      expect(whole.length).toBeGreaterThan(0);
      const listOf = await listsByJurisdiction();
      for (const d of whole.slice(0, 5)) {
        const [, jurisdiction, code] = d.key.split(':');
        const list = listOf.get(jurisdiction!);
        const across = await f.services.controlLists.entry(code!, ['wa-2025', list!]);
        expect(across.missing, d.key).toEqual([list]);
        expect(d.link).toBe(`#/control-lists?member=${list}`);
      }
    });

    it('gives different thresholds only for entries both lists control', async () => {
      const d = control.find((x) => x.kind === 'different-threshold')!;
      const [, ja, jb, code] = d.key.split(':');
      const listOf = await listsByJurisdiction();
      const across = await f.services.controlLists.entry(code!, [
        listOf.get(ja!)!,
        listOf.get(jb!)!,
      ]);
      expect(across.missing).toEqual([]);
      expect(d.evidence.length).toBe(1 + d.measure);
    });
  });

  describe('restricted-party lists', () => {
    it('finds the DoD 1260H companies the EU does not list, naming them', () => {
      checkShape(restricted, 'restricted-parties');
      const d = restricted.find((x) => x.key === 'listed:us-dod-1260h:EU');
      expect(d).toBeDefined();
      expect(d!.kind).toBe('listed-by-one');
      expect(d!.members).toEqual(['EU', 'USA']);
      expect(d!.measure).toBeGreaterThan(0);
      const dodParties = Number(/ of (\d+) parties/.exec(d!.title)![1]);
      expect(d!.measure).toBeLessThanOrEqual(dodParties);
      expect(d!.severity).toBeCloseTo(d!.measure / dodParties, 3);
      // Up to ten parties named, each really in the DoD file.
      const parties = d!.evidence.slice(1);
      expect(parties.length).toBe(Math.min(10, d!.measure));
      const dodFile = readFileSync(DOD, 'utf8');
      for (const p of parties) {
        expect(p.detail).toMatch(/^us-dod-1260h/);
        expect(dodFile, p.label).toContain(p.label);
      }
      expect(d!.link).toBe('#/screening/reconcile?a=us-dod-1260h&b=EU');
      expect(d!.apiLink).toBe('/api/v1/screening/reconcile?a=us-dod-1260h&b=EU');
    });

    it('compares the EU’s list the other way, and never China’s lists', () => {
      expect(restricted.map((d) => d.key).sort()).toEqual([
        'listed:eu-833-annex-iv:US',
        'listed:us-dod-1260h:EU',
      ]);
      expect(restricted.flatMap((d) => d.members)).not.toContain('CHN');
    });
  });

  describe('standards committees', () => {
    it('finds strategic committees a concern economy leads where coalition members are absent', async () => {
      checkShape(standards, 'standards');
      expect(standards.length).toBeGreaterThan(0);
      const watch = await f.services.standards.watch();
      for (const d of standards) {
        expect(d.kind).toBe('absent-from-strategic-committee');
        const reference = d.key.slice('absent:'.length);
        const c = await f.services.standards.committee(reference);
        expect(c.status).toBe('active');
        expect(c.tags.length, reference).toBeGreaterThan(0);
        expect(watch.concern).toContain(c.secretariat);
        // Members other than the secretariat are listed: absence is known.
        expect(c.members.some((m) => m.iso3 !== null && m.iso3 !== c.secretariat)).toBe(true);
        const taking = new Set(
          c.members.filter((m) => m.role !== 'O' && m.iso3 !== null).map((m) => m.iso3!),
        );
        expect(d.members, reference).toEqual(watch.members.filter((m) => !taking.has(m)).sort());
        expect(d.measure).toBe(d.members.length);
        expect(d.severity).toBeCloseTo(d.measure / watch.members.length, 3);
        expect(d.link).toBe(`#/standards/committee?ref=${encodeURIComponent(reference)}`);
        expect(d.apiLink).toBe(`/api/v1/standards/committee?ref=${encodeURIComponent(reference)}`);
      }
    });
  });
});
