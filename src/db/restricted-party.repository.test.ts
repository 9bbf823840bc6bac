// Contract of RestrictedPartyRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type {
  RestrictedList,
  RestrictedParty,
} from '../core/restricted-parties/restricted-party.ts';
import type { ScreeningDecision } from '../core/screening/screening-decision.ts';

const LIST: RestrictedList = {
  id: 'us-test',
  name: 'A test list',
  jurisdiction: 'US',
  publisher: 'Tests',
  licence: 'public domain',
  date: '2026-01-01',
  url: null,
};

const party = (n: number, name: string, over: Partial<RestrictedParty> = {}): RestrictedParty => ({
  id: `us-test:${n}`,
  schema: 'Company',
  name,
  aliases: [],
  originalScriptNames: [],
  identifiers: [],
  addresses: [],
  countries: ['CHN'],
  birthDates: [],
  birthPlaces: [],
  programs: ['TEST'],
  listingDate: '2020-05-01',
  endDate: null,
  listId: 'us-test',
  jurisdiction: 'US',
  listEntityId: String(n),
  ...over,
});

const ORIGIN = { format: 'ftm', file: 'test.jsonl' };
const NOW = '2026-11-29T10:00:00.000Z';

forEachDatabase('restricted-party repository', (ctx) => {
  it('stores a list and its parties, and reads them back whole in the list order', async () => {
    const store = await ctx.open();
    const parties = [
      party(2, 'Beta Ltd', { aliases: ['B Co'] }),
      party(1, 'Alpha Ltd', { schema: 'Person' }),
    ];
    expect(await store.restrictedParties.saveList(LIST, parties, ORIGIN, NOW)).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
    expect(await store.restrictedParties.parties()).toEqual(parties);
    expect(await store.restrictedParties.lists()).toEqual([
      {
        ...LIST,
        format: 'ftm',
        file: 'test.jsonl',
        importedAt: NOW,
        parties: 2,
        bySchema: { Company: 1, Person: 1 },
      },
    ]);
    expect(await store.restrictedParties.getParties(['us-test:1', 'nope'])).toEqual([parties[1]]);
  });

  it('changes nothing on a second save of the same list, and replaces what changed', async () => {
    const store = await ctx.open();
    const parties = [party(1, 'Alpha Ltd'), party(2, 'Beta Ltd'), party(3, 'Gamma Ltd')];
    await store.restrictedParties.saveList(LIST, parties, ORIGIN, NOW);
    expect(await store.restrictedParties.saveList(LIST, parties, ORIGIN, NOW)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    // Beta renamed, Gamma delisted, Delta new.
    const next = [party(1, 'Alpha Ltd'), party(2, 'Beta Holdings Ltd'), party(4, 'Delta Ltd')];
    expect(await store.restrictedParties.saveList(LIST, next, ORIGIN, NOW)).toEqual({
      inserted: 1,
      updated: 2,
      unchanged: 1,
      removed: 1,
    });
    expect((await store.restrictedParties.parties()).map((p) => p.name)).toEqual([
      'Alpha Ltd',
      'Beta Holdings Ltd',
      'Delta Ltd',
    ]);
  });

  it('reads the parties of chosen lists only', async () => {
    const store = await ctx.open();
    await store.restrictedParties.saveList(LIST, [party(1, 'Alpha Ltd')], ORIGIN, NOW);
    const eu = { ...LIST, id: 'eu-test', jurisdiction: 'EU' };
    const euParty = {
      ...party(1, 'Euro GmbH'),
      id: 'eu-test:1',
      listId: 'eu-test',
      jurisdiction: 'EU',
    };
    await store.restrictedParties.saveList(eu, [euParty], ORIGIN, NOW);
    expect((await store.restrictedParties.parties(['eu-test'])).map((p) => p.id)).toEqual([
      'eu-test:1',
    ]);
    expect(await store.restrictedParties.parties([])).toEqual([]);
    expect((await store.restrictedParties.lists()).map((l) => l.id)).toEqual([
      'eu-test',
      'us-test',
    ]);
  });

  it('remembers one decision per name and party, the latest replacing the earlier', async () => {
    const store = await ctx.open();
    await store.restrictedParties.saveList(LIST, [party(1, 'Alpha Ltd')], ORIGIN, NOW);
    const d: ScreeningDecision = {
      queryName: 'Alpha Limited',
      queryKey: 'alpha',
      entityId: 'us-test:1',
      decision: 'match',
      note: 'same registration number',
      decidedBy: 'analyst@example.org',
      decidedAt: NOW,
    };
    expect(await store.restrictedParties.decide(d)).toBe('created');
    expect(
      await store.restrictedParties.decide({
        ...d,
        decision: 'no_match',
        decidedAt: '2026-11-30T00:00:00.000Z',
      }),
    ).toBe('updated');
    expect(await store.restrictedParties.decisionsFor(['alpha', 'other'])).toEqual([
      { ...d, decision: 'no_match', decidedAt: '2026-11-30T00:00:00.000Z' },
    ]);
    expect(await store.restrictedParties.decisions()).toHaveLength(1);
  });
});
