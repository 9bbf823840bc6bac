// Imports of the policy registry through the shared guarantees, on a migrated empty store: the real
// files (counts, a second import that changes nothing, the topics from the stored tree), a
// modified record that gets a second version, and a file with a bad record refused whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import { forEachDatabase } from '../../test/test-databases.ts';
import { DomainError } from '../core/errors.ts';
import { OECD_AI_COLUMNS } from './policies/oecd-ai.parser.ts';
import { importPolicies } from './policy-import.ts';

warnWithoutSharedData('policy imports on real data');
const dir = mkdtempSync(join(tmpdir(), 'ta-policies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OECD = sharedFile('policies', 'oecd_ai_policy_corpus_llm_scored_2216.csv');
const STIP = sharedFile(
  'policies',
  'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv',
);
const AGORA = sharedFile('policies', 'eto_agora_us_congress_ai_laws_2020-2025.csv');

forEachDatabase('policy imports', (ctx) => {
  it.skipIf(!hasSharedData)(
    'imports the three files once, and a second time changes nothing',
    async () => {
      const store = await ctx.open();
      expect((await store.policies.topics()).length).toBeGreaterThan(10);
      const oecd = await importPolicies(store, { format: 'oecd-ai', file: OECD }, 'oecd-ai');
      expect(oecd).toMatchObject({
        rowsRead: 2216,
        inserted: 2211,
        updated: 0,
        rejected: 0,
        written: true,
      });
      expect(oecd.setAside).toEqual({ 'no jurisdiction given in the source': 5 });
      const stip = await importPolicies(store, { format: 'stip', file: STIP }, 'stip');
      expect(stip).toMatchObject({ rowsRead: 136, inserted: 108, written: true });
      const agora = await importPolicies(store, { format: 'agora', file: AGORA }, 'agora');
      expect(agora).toMatchObject({ rowsRead: 147, inserted: 147, written: true });

      const again = await importPolicies(store, { format: 'oecd-ai', file: OECD }, 'oecd-ai');
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2211, written: true });
      const stored = await store.policies.instruments();
      expect(stored).toHaveLength(2211 + 108 + 147);
      const gdpr = stored.find((i) => i.id === 'oecd-ai:143dd63b64a0')!;
      expect(gdpr).toMatchObject({
        jurisdiction: 'EU',
        typeModelCoded: true,
        bindingModelCoded: true,
      });
      expect(gdpr.topics).toContain('ai');
    },
    120_000,
  );

  it('gives a changed record a new version, and refuses a file with a bad record unless bad rows are skipped', async () => {
    const store = await ctx.open();
    const write = (name: string, rows: string[]): string => {
      const file = join(dir, name);
      writeFileSync(file, [OECD_AI_COLUMNS.join(','), ...rows].join('\n') + '\n');
      return file;
    };
    const first = write('v1.csv', ['aaa1,AI Strategy,Germany,2019.0,Strategy,Non-binding']);
    expect(
      await importPolicies(store, { format: 'oecd-ai', file: first }, 'oecd-ai'),
    ).toMatchObject({
      inserted: 1,
      written: true,
    });
    const second = write('v2.csv', [
      'aaa1,AI Strategy (revised),Germany,2019.0,Strategy,Non-binding',
    ]);
    expect(
      await importPolicies(store, { format: 'oecd-ai', file: second }, 'oecd-ai'),
    ).toMatchObject({
      updated: 1,
    });
    const versions = await store.policies.versions('oecd-ai:aaa1');
    expect(versions.map((v) => [v.version, v.changedBy])).toEqual([
      [1, 'import:oecd-ai'],
      [2, 'import:oecd-ai'],
    ]);
    expect(versions[1]!.changed).toContain('title');

    const bad = write('bad.csv', [
      'bbb2,Good one,France,2020.0,Program,Non-binding',
      'ccc3,Lost one,Atlantis,2020.0,Program,Non-binding',
    ]);
    const refused = await importPolicies(store, { format: 'oecd-ai', file: bad }, 'oecd-ai');
    expect(refused).toMatchObject({ written: false, inserted: 0, rejected: 1 });
    expect(refused.issues.map((i) => [i.line, i.field])).toEqual([[3, 'jurisdiction']]);
    expect(await store.policies.instrument('oecd-ai:bbb2')).toBeUndefined();
    const skipped = await importPolicies(
      store,
      { format: 'oecd-ai', file: bad, skipBadRows: true },
      'oecd-ai',
    );
    expect(skipped).toMatchObject({ written: true, inserted: 1, rejected: 1 });

    await expect(
      importPolicies(
        store,
        { format: 'oecd-ai', file: first, options: { year: '2020' } },
        'oecd-ai',
      ),
    ).rejects.toThrow(DomainError);
  });
});
