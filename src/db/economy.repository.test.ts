// Contract of EconomyRepository (and of the migration history), on every test database.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Economy } from '../core/economies/economy.ts';
import { migrateToLatest } from './migrator.ts';

const economy = (iso3: string, name: string, over: Partial<Economy> = {}): Economy => ({
  iso3,
  iso2: iso3.slice(0, 2),
  isoNumeric: null,
  name,
  officialName: null,
  region: null,
  subregion: null,
  incomeCode: null,
  independence: 'Yes',
  ...over,
});

const europe = (sub: string) => ({ region: 'Europe', subregion: sub });
const asia = (sub: string) => ({ region: 'Asia', subregion: sub });

const ECONOMIES: Economy[] = [
  economy('DEU', 'Germany', { ...europe('Western Europe'), incomeCode: 'H', isoNumeric: '276' }),
  economy('FRA', 'France', {
    ...europe('Western Europe'),
    incomeCode: 'H',
    officialName: 'French Republic',
  }),
  economy('POL', 'Poland', { ...europe('Eastern Europe'), incomeCode: 'H' }),
  economy('IND', 'India', { ...asia('Southern Asia'), incomeCode: 'LM' }),
  economy('JPN', 'Japan', { ...asia('Eastern Asia'), incomeCode: 'H' }),
  economy('ATA', 'Antarctica', { iso2: 'AQ', independence: null }),
];

const names = (list: readonly Economy[]): string[] => list.map((e) => e.name);

forEachDatabase('economy repository', (ctx) => {
  it('inserts every new economy and counts them as inserted', async () => {
    const store = await ctx.open();
    expect(await store.economies.upsertMany(ECONOMIES)).toEqual({
      inserted: 6,
      updated: 0,
      unchanged: 0,
    });
    expect(await store.economies.count()).toBe(6);
  });

  it('changes nothing when the same economies are written again', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    const before = await store.economies.list();
    expect(await store.economies.upsertMany(ECONOMIES)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 6,
    });
    expect(await store.economies.list()).toEqual(before);
  });

  it('counts a new, a changed and the unchanged economies separately and stores the change', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    const renamed = economy('DEU', 'Germany', {
      ...europe('Western Europe'),
      incomeCode: 'H',
      isoNumeric: '276',
      officialName: 'Federal Republic of Germany',
    });
    const counts = await store.economies.upsertMany([
      renamed,
      economy('CAN', 'Canada'),
      ...ECONOMIES.slice(1),
    ]);
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 5 });
    expect(await store.economies.get('DEU')).toEqual(renamed);
  });

  it('counts a field set back to null as an update', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    const france = { ...ECONOMIES[1]!, officialName: null };
    expect(await store.economies.upsertMany([france])).toEqual({
      inserted: 0,
      updated: 1,
      unchanged: 0,
    });
    expect((await store.economies.get('FRA'))?.officialName).toBeNull();
  });

  it('takes a code given twice in one call as two writes in order, storing the last', async () => {
    const store = await ctx.open();
    const twice = [economy('DEU', 'Germany'), economy('DEU', 'Deutschland')];
    expect(await store.economies.upsertMany(twice)).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 0,
    });
    expect((await store.economies.get('DEU'))?.name).toBe('Deutschland');
    expect(await store.economies.count()).toBe(1);
  });

  it('returns a stored economy with every field as written', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    expect(await store.economies.get('FRA')).toEqual(ECONOMIES[1]);
    expect(await store.economies.get('ATA')).toEqual(ECONOMIES[5]);
  });

  it('returns undefined for an unknown code', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    expect(await store.economies.get('XXX')).toBeUndefined();
    expect(await store.economies.get('fra')).toBeUndefined();
  });

  it('lists every economy ordered by name', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    expect(names(await store.economies.list())).toEqual([
      'Antarctica',
      'France',
      'Germany',
      'India',
      'Japan',
      'Poland',
    ]);
  });

  it('filters by region, matching either the region or the subregion', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    expect(names(await store.economies.list({ region: 'Europe' }))).toEqual([
      'France',
      'Germany',
      'Poland',
    ]);
    expect(names(await store.economies.list({ region: 'Western Europe' }))).toEqual([
      'France',
      'Germany',
    ]);
    expect(await store.economies.list({ region: 'Oceania' })).toEqual([]);
  });

  it('filters by income code, alone and together with a region', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    expect(names(await store.economies.list({ incomeCode: 'LM' }))).toEqual(['India']);
    expect(names(await store.economies.list({ incomeCode: 'H', region: 'Asia' }))).toEqual([
      'Japan',
    ]);
  });

  it('filters by grouping, leaving out supranational members and other groupings', async () => {
    const store = await ctx.open();
    await store.economies.upsertMany(ECONOMIES);
    await store.sources.upsert([
      {
        id: 's',
        citation: 'c',
        publisher: 'p',
        licence: 'CC BY 4.0',
        url: null,
        date: null,
        notes: null,
      },
    ]);
    const member = (code: string, kind: 'economy' | 'supranational' = 'economy') => ({
      code,
      name: code,
      kind,
      status: 'member',
      asOf: null,
      sourceUrls: [],
      notes: null,
    });
    await store.groupings.upsertMany([
      {
        code: 'G7',
        name: 'Group of Seven',
        kind: 'forum',
        sourceId: 's',
        members: [member('DEU'), member('FRA'), member('JPN'), member('EU', 'supranational')],
      },
      {
        code: 'QUAD',
        name: 'Quad',
        kind: 'partnership',
        sourceId: 's',
        members: [member('IND'), member('JPN')],
      },
    ]);
    expect(names(await store.economies.list({ group: 'G7' }))).toEqual([
      'France',
      'Germany',
      'Japan',
    ]);
    expect(names(await store.economies.list({ group: 'QUAD', incomeCode: 'H' }))).toEqual([
      'Japan',
    ]);
    expect(await store.economies.list({ group: 'NOPE' })).toEqual([]);
  });

  it('gives the set of stored codes and their count', async () => {
    const store = await ctx.open();
    expect(await store.economies.count()).toBe(0);
    await store.economies.upsertMany(ECONOMIES);
    expect([...(await store.economies.codes())].sort()).toEqual([
      'ATA',
      'DEU',
      'FRA',
      'IND',
      'JPN',
      'POL',
    ]);
  });

  it('writes more economies than fit in one INSERT', async () => {
    const store = await ctx.open();
    const many = Array.from({ length: 1234 }, (_, i) => {
      const code = String.fromCharCode(
        65 + Math.floor(i / 676),
        65 + (Math.floor(i / 26) % 26),
        65 + (i % 26),
      );
      return economy(code, `Economy ${code}`);
    });
    expect(await store.economies.upsertMany(many)).toEqual({
      inserted: 1234,
      updated: 0,
      unchanged: 0,
    });
    expect(await store.economies.count()).toBe(1234);
  });

  describe('migrations', () => {
    it('applies the history once and nothing the second time', async () => {
      const handle = await ctx.openHandle();
      expect(await migrateToLatest(handle.db as never)).toEqual([
        '0001-foundation',
        '0002-coalitions',
        '0003-criteria-sets',
        '0004-coalition-workstreams',
        '0005-supply-chains',
        '0006-restricted-parties',
        '0007-audit-log',
        '0008-accounts',
        '0009-governance',
        '0010-consultations',
        '0011-audit-checkpoints',
        '0012-login-attempts',
        '0013-data-version',
        '0014-control-lists',
        '0015-standards',
        '0016-misuse',
        '0017-research',
        '0018-divergences',
        '0019-conversations',
      ]);
      expect(await migrateToLatest(handle.db as never)).toEqual([]);
      const tables = (await handle.db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual([
        'accounts',
        'api_tokens',
        'audit_checkpoints',
        'audit_head',
        'audit_keys',
        'audit_log',
        'audit_salts',
        'ballots',
        'coalition_participants',
        'coalition_workstreams',
        'coalitions',
        'consultation_responses',
        'consultations',
        'control_entries',
        'control_input_links',
        'control_lists',
        'conversation_participants',
        'conversation_statements',
        'conversation_votes',
        'conversations',
        'criteria_sets',
        'data_version',
        'divergence_events',
        'divergences',
        'economies',
        'gov_workstreams',
        'group_members',
        'groupings',
        'implementation_reports',
        'import_runs',
        'indicator_values',
        'indicators',
        'login_attempts',
        'misuse_case_countries',
        'misuse_case_suppliers',
        'misuse_case_versions',
        'misuse_cases',
        'misuse_technology_controls',
        'policy_instrument_versions',
        'policy_instruments',
        'policy_issues',
        'policy_positions',
        'policy_topics',
        'proposal_comments',
        'proposal_versions',
        'proposals',
        'research_ai_institution_pairs',
        'research_ai_institutions',
        'research_field_outputs',
        'research_international_totals',
        'research_organisation_names',
        'research_organisations',
        'research_pairs',
        'research_participations',
        'restricted_lists',
        'restricted_parties',
        'screening_decisions',
        'sessions',
        'setup_tokens',
        'sources',
        'standards_changes',
        'standards_committees',
        'standards_coordination',
        'standards_members',
        'standards_snapshots',
        'standards_tag_committees',
        'standards_tags',
        'standards_watch',
        'supply_chains',
        'webhook_deliveries',
        'webhooks',
        'workstream_alerts',
      ]);
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(
        handle.db,
      );
      expect(applied.rows.map((r) => r.name)).toEqual([
        '0001-foundation',
        '0002-coalitions',
        '0003-criteria-sets',
        '0004-coalition-workstreams',
        '0005-supply-chains',
        '0006-restricted-parties',
        '0007-audit-log',
        '0008-accounts',
        '0009-governance',
        '0010-consultations',
        '0011-audit-checkpoints',
        '0012-login-attempts',
        '0013-data-version',
        '0014-control-lists',
        '0015-standards',
        '0016-misuse',
        '0017-research',
        '0018-divergences',
        '0019-conversations',
      ]);
    });
  });
});
