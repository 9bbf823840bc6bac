// Contract of PolicyRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { PolicyInstrument, PolicyTopic } from '../core/policies/instrument.ts';
import { DEFAULT_POLICY_TOPICS } from '../core/policies/taxonomy.ts';

const AI_ACT: PolicyInstrument = {
  id: 'oecd-ai:143dd63b64a0',
  source: 'oecd-ai',
  sourceId: '143dd63b64a0',
  title: 'Artificial Intelligence Act',
  originalTitle: null,
  description: 'Harmonised rules on artificial intelligence.',
  jurisdiction: 'EU',
  jurisdictionKind: 'eu',
  type: 'regulation',
  typeModelCoded: true,
  binding: 'binding',
  bindingModelCoded: false,
  status: 'in-force',
  dates: { adopted: '2024-05-21', 'in-force': '2024-08-01' },
  year: 2024,
  endYear: null,
  topics: ['ai.safety', 'ai'],
  sourceTags: ['Regulation', 'Risk factors: Safety'],
  responsibleBody: 'European Commission',
  links: ['https://eur-lex.europa.eu/eli/reg/2024/1689/oj'],
  citation: 'OECD.AI Policy Observatory',
  confidentiality: 'public',
  authorDelegation: null,
};

const STRATEGY: PolicyInstrument = {
  ...AI_ACT,
  id: 'stip:https://stip.oecd.org/2021/data/policyInitiatives/99',
  source: 'stip',
  sourceId: 'https://stip.oecd.org/2021/data/policyInitiatives/99',
  title: 'National AI Strategy',
  originalTitle: 'Stratégie nationale pour l’IA',
  jurisdiction: 'FRA',
  jurisdictionKind: 'economy',
  type: 'strategy',
  typeModelCoded: false,
  binding: null,
  status: 'adopted',
  dates: { adopted: '2018' },
  year: 2018,
  endYear: 2025,
  topics: ['ai'],
  sourceTags: [],
  responsibleBody: '',
  links: [],
};

const MANUAL: PolicyInstrument = {
  ...STRATEGY,
  id: 'manual:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  source: 'manual',
  sourceId: null,
  title: 'Draft chip export rule',
  originalTitle: null,
  jurisdiction: 'FRA',
  type: 'export-control-rule',
  status: 'proposed',
  dates: {},
  year: null,
  endYear: null,
  confidentiality: 'members',
  authorDelegation: 'FRA',
};

const ALL_FIELDS = Object.keys(AI_ACT);

const topic = (code: string, parent: string | null = null): PolicyTopic => ({
  code,
  label: `Topic ${code}`,
  parent,
  description: `About ${code}`,
  mappings: { stip: ['Theme A'], agora: [], oecdAi: ['title:chip'] },
});

forEachDatabase('policy repository', (ctx) => {
  it('stores new records as version 1 with every field changed, and reads them back as given', async () => {
    const store = await ctx.open();
    const r = await store.policies.saveInstruments(
      [STRATEGY, AI_ACT, MANUAL],
      'import:7',
      '2026-12-07T10:00:00.000Z',
    );
    expect(r).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(await store.policies.instruments()).toEqual([MANUAL, AI_ACT, STRATEGY]);
    expect(await store.policies.instrument(AI_ACT.id)).toEqual(AI_ACT);
    expect(await store.policies.instrument('oecd-ai:nope')).toBeUndefined();
    expect(await store.policies.versions(AI_ACT.id)).toEqual([
      {
        instrumentId: AI_ACT.id,
        version: 1,
        record: AI_ACT,
        changedBy: 'import:7',
        changedAt: '2026-12-07T10:00:00.000Z',
        changed: ALL_FIELDS,
      },
    ]);
    expect(await store.policies.versions('oecd-ai:nope')).toEqual([]);
  });

  it('filters by source and by jurisdiction', async () => {
    const store = await ctx.open();
    await store.policies.saveInstruments([AI_ACT, STRATEGY, MANUAL], 'import:1', 't1');
    expect((await store.policies.instruments({ source: 'stip' })).map((i) => i.id)).toEqual([
      STRATEGY.id,
    ]);
    expect((await store.policies.instruments({ jurisdiction: 'FRA' })).map((i) => i.id)).toEqual([
      MANUAL.id,
      STRATEGY.id,
    ]);
    expect(await store.policies.instruments({ source: 'manual', jurisdiction: 'EU' })).toEqual([]);
  });

  it('leaves equal records alone and versions changed ones with the fields that differ', async () => {
    const store = await ctx.open();
    await store.policies.saveInstruments([AI_ACT, STRATEGY], 'import:1', 't1');
    // The same content, its dates' keys in another order: unchanged.
    const reordered: PolicyInstrument = {
      ...AI_ACT,
      dates: { 'in-force': '2024-08-01', adopted: '2024-05-21' },
    };
    expect(await store.policies.saveInstruments([reordered, STRATEGY], 'import:2', 't2')).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    const amended: PolicyInstrument = {
      ...AI_ACT,
      status: 'in-force',
      topics: ['ai'],
      dates: { ...AI_ACT.dates, pending: '2024-07-12' },
      typeModelCoded: false,
    };
    expect(
      await store.policies.saveInstruments([amended, STRATEGY, MANUAL], 'import:3', 't3'),
    ).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    expect(await store.policies.instrument(AI_ACT.id)).toEqual(amended);
    const versions = await store.policies.versions(AI_ACT.id);
    expect(versions.map((v) => [v.version, v.changedBy, v.changedAt, v.changed])).toEqual([
      [1, 'import:1', 't1', ALL_FIELDS],
      [2, 'import:3', 't3', ['typeModelCoded', 'dates', 'topics']],
    ]);
    expect(versions[0]!.record).toEqual(AI_ACT);
    expect(versions[1]!.record).toEqual(amended);
    // The other fields of the stored row changed with it, the untouched record kept version 1.
    expect((await store.policies.versions(STRATEGY.id)).map((v) => v.version)).toEqual([1]);
  });

  it('saves one record and says what it did', async () => {
    const store = await ctx.open();
    expect(await store.policies.saveInstrument(MANUAL, 'account:a1', 't1')).toBe('created');
    expect(await store.policies.saveInstrument(MANUAL, 'account:a1', 't2')).toBe('unchanged');
    const edited = { ...MANUAL, title: 'Chip export rule', status: 'pending' as const };
    expect(await store.policies.saveInstrument(edited, 'account:a2', 't3')).toBe('updated');
    expect(await store.policies.instrument(MANUAL.id)).toEqual(edited);
    expect(
      (await store.policies.versions(MANUAL.id)).map((v) => [v.version, v.changedBy, v.changed]),
    ).toEqual([
      [1, 'account:a1', ALL_FIELDS],
      [2, 'account:a2', ['title', 'status']],
    ]);
  });

  it('stores a registry-sized import in batches and finds it unchanged the second time', async () => {
    const store = await ctx.open();
    const records = Array.from({ length: 2216 }, (_, i): PolicyInstrument => ({
      ...AI_ACT,
      id: `oecd-ai:${String(i).padStart(6, '0')}`,
      sourceId: String(i),
      title: `Instrument ${i}`,
      jurisdiction: i % 2 === 0 ? 'USA' : 'JPN',
      jurisdictionKind: 'economy',
    }));
    expect(await store.policies.saveInstruments(records, 'import:1', 't1')).toEqual({
      inserted: 2216,
      updated: 0,
      unchanged: 0,
    });
    const changed = records.map((r, i) => (i % 100 === 0 ? { ...r, year: 2025 } : r));
    expect(await store.policies.saveInstruments(changed, 'import:2', 't2')).toEqual({
      inserted: 0,
      updated: 23,
      unchanged: 2193,
    });
    expect(await store.policies.instruments({ jurisdiction: 'JPN' })).toHaveLength(1108);
    expect((await store.policies.instrument('oecd-ai:000100'))!.year).toBe(2025);
    expect((await store.policies.instrument('oecd-ai:000101'))!.year).toBe(2024);
    expect(
      (await store.policies.versions('oecd-ai:002200')).map((v) => [v.version, v.changed]),
    ).toEqual([
      [1, ALL_FIELDS],
      [2, ['year']],
    ]);
  });

  it('counts a record given twice once, the last one winning', async () => {
    const store = await ctx.open();
    const later = { ...AI_ACT, title: 'AI Act (corrected)' };
    expect(await store.policies.saveInstruments([AI_ACT, later], 'import:1', 't1')).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await store.policies.instrument(AI_ACT.id))!.title).toBe('AI Act (corrected)');
  });

  it('seeds the default topics in their order', async () => {
    const store = await ctx.open();
    expect(DEFAULT_POLICY_TOPICS.length).toBeGreaterThan(1);
    expect(await store.policies.topics()).toEqual(DEFAULT_POLICY_TOPICS);
  });

  it('adds topics last, replaces them in place, deletes and resets them', async () => {
    const store = await ctx.open();
    await store.policies.replaceTopics([topic('a'), topic('b'), topic('a.x', 'a')]);
    expect((await store.policies.topics()).map((t) => t.code)).toEqual(['a', 'b', 'a.x']);
    expect(await store.policies.saveTopic(topic('c'))).toBe('created');
    const renamed = {
      ...topic('a'),
      label: 'Renamed',
      mappings: { stip: [], agora: ['X'], oecdAi: [] },
    };
    expect(await store.policies.saveTopic(renamed)).toBe('updated');
    expect(await store.policies.topics()).toEqual([
      renamed,
      topic('b'),
      topic('a.x', 'a'),
      topic('c'),
    ]);
    expect(await store.policies.deleteTopic('b')).toBe(true);
    expect(await store.policies.deleteTopic('b')).toBe(false);
    expect((await store.policies.topics()).map((t) => t.code)).toEqual(['a', 'a.x', 'c']);
    await store.policies.replaceTopics(DEFAULT_POLICY_TOPICS);
    expect(await store.policies.topics()).toEqual(DEFAULT_POLICY_TOPICS);
    await store.policies.replaceTopics([]);
    expect(await store.policies.topics()).toEqual([]);
  });
});
