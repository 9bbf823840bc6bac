// The core's tables against the real policy files: every jurisdiction name of the OECD.AI corpus
// and the STIP export resolves (core/policies/jurisdictions.ts), every one of AGORA's 77 tag
// columns and every STIP theme lands on a topic of the default tree (core/policies/taxonomy.ts).
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { resolveJurisdiction } from '../../core/policies/jurisdictions.ts';
import { DEFAULT_POLICY_TOPICS, topicsFor } from '../../core/policies/taxonomy.ts';
import { readTable } from '../read-table.ts';

warnWithoutSharedData('the policy tables against the real files');
const file = (name: string): string => sharedFile('policies', name);
const values = (name: string, column: string, sep?: string): Set<string> =>
  new Set(
    readTable(file(name), [column]).rows.flatMap(({ record }) =>
      (sep === undefined ? [record[column]!] : record[column]!.split(sep))
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  );

describe.skipIf(!hasSharedData)('the policy tables on the real files', () => {
  it('resolves all 80 jurisdiction names of the OECD.AI corpus (5 rows give none)', () => {
    const names = values('oecd_ai_policy_corpus_llm_scored_2216.csv', 'jurisdiction');
    expect(names.size).toBe(80);
    expect([...names].filter((n) => resolveJurisdiction(n) === null)).toEqual([]);
  });

  it('resolves every Country of the STIP Compass export', () => {
    const names = values(
      'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv',
      'Country',
    );
    expect(names.size).toBe(35);
    expect([...names].filter((n) => resolveJurisdiction(n) === null)).toEqual([]);
  });

  it('lands every one of the 77 AGORA tag columns on a topic below the catch-all', () => {
    const columns = readTable(
      file('eto_agora_us_congress_ai_laws_2020-2025.csv'),
      [],
    ).columns.filter((c) => /^(Applications|Harms|Incentives|Risk factors|Strategies): /.test(c));
    expect(columns).toHaveLength(77);
    const unmapped = columns.filter(
      (c) => topicsFor(DEFAULT_POLICY_TOPICS, 'agora', [c]).length < 2,
    );
    expect(unmapped).toEqual([]);
  });

  it('lands every STIP theme of the export on a topic', () => {
    const themes = values(
      'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv',
      'Theme(s)',
      '|',
    );
    expect(themes.size).toBe(16);
    expect(
      [...themes].filter((t) => topicsFor(DEFAULT_POLICY_TOPICS, 'stip', [t]).length === 0),
    ).toEqual([]);
  });
});
