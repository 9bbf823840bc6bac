import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DEFAULT_POLICY_TOPICS } from '../../core/policies/taxonomy.ts';
import { OECD_AI_SET_ASIDE, parseOecdAi, POLICY_TYPES } from './oecd-ai.parser.ts';

const HEADER =
  'entry_id,title,jurisdiction,year,text_quality,n_models,policy_type,binding_nature,is_international';

describe('parseOecdAi on a small file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oecd-ai-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an unknown jurisdiction, an unprintable title, a bad year and bindingness by line; good rows still parse', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'aaa111,Semiconductor Strategy,Germany,2021.0,good,3,Strategy,Non-binding,False',
        'bbb222,Some law,Atlantis,2020.0,good,3,Legislation,Hard law,False',
        'ccc333,"Bad \u202etitle",France,2020.0,good,3,Program,Non-binding,False',
        'ddd444,Plan,France,20x1,good,3,Action Plan,Soft law,False',
        'eee555,Binding thing,France,2022.0,good,3,Regulation,Maybe,False',
        'fff666,UN report,,2024.0,good,3,Report,Non-binding,True',
        'ggg777,"Tabbed\ttitle",Korea,,thin,3,Made-up type,Binding regulation,False',
      ].join('\n') + '\n',
    );
    const p = parseOecdAi(file, DEFAULT_POLICY_TOPICS);
    expect(p.rows).toBe(7);
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [
        3,
        'jurisdiction',
        "unknown jurisdiction 'Atlantis' (not in the table of src/core/policies/jurisdictions.ts)",
      ],
      [4, 'title', 'contains control or bidirectional characters'],
      [5, 'year', 'is not a year (1900–2100)'],
      [
        6,
        'binding_nature',
        "'Maybe' is not a bindingness of the corpus (Hard law, Binding regulation, Soft law, Non-binding)",
      ],
    ]);
    expect(p.issues.every((i) => i.file === file)).toBe(true);
    expect(p.setAside).toEqual({ [OECD_AI_SET_ASIDE.noJurisdiction]: 1 });
    expect(
      p.instruments.map((i) => [i.id, i.jurisdiction, i.type, i.binding, i.year, i.title]),
    ).toEqual([
      ['oecd-ai:aaa111', 'DEU', 'strategy', 'non-binding', 2021, 'Semiconductor Strategy'],
      ['oecd-ai:ggg777', 'KOR', 'other', 'binding', null, 'Tabbed title'],
    ]);
    expect(p.instruments[0]!.topics).toEqual(['critical-technologies.semiconductors', 'ai']);
    expect(p.warnings).toEqual([
      '1 title cell held tabs or line breaks, read as spaces',
      "1 record with policy_type 'Made-up type' (not in the mapping) typed 'other'",
    ]);
  });

  it('refuses a file without the columns it needs, naming them', () => {
    const file = join(dir, 'cols.csv');
    writeFileSync(file, 'entry_id,title\nx,y\n');
    expect(() => parseOecdAi(file, DEFAULT_POLICY_TOPICS)).toThrow(
      /missing columns 'jurisdiction', 'year'/,
    );
  });
});

describe('parseOecdAi on the OECD.AI corpus', () => {
  warnWithoutSharedData('the OECD.AI corpus parser');
  const file = sharedFile('policies', 'oecd_ai_policy_corpus_llm_scored_2216.csv');

  it.skipIf(!hasSharedData)(
    'reads 2,216 rows: 2,211 records, the 5 without a jurisdiction set aside',
    () => {
      const p = parseOecdAi(file, DEFAULT_POLICY_TOPICS);
      expect(p.rows).toBe(2216);
      expect(p.issues).toEqual([]);
      expect(p.setAside).toEqual({ [OECD_AI_SET_ASIDE.noJurisdiction]: 5 });
      expect(p.instruments).toHaveLength(2211);
      const count: Record<string, number> = {};
      for (const i of p.instruments) count[i.jurisdiction] = (count[i.jurisdiction] ?? 0) + 1;
      expect(count).toMatchObject({
        DEU: 93,
        USA: 84,
        GBR: 72,
        FRA: 68,
        EU: 60,
        AUS: 43,
        IND: 39,
        ITA: 38,
        JPN: 29,
        KOR: 21,
        CAN: 15,
      });
      expect(Object.keys(count)).toHaveLength(80);
      // Type and bindingness are the project's model outputs: flagged on every record.
      expect(p.instruments.every((i) => i.typeModelCoded && i.bindingModelCoded)).toBe(true);
      expect(p.instruments.every((i) => i.status === 'adopted' && i.topics.includes('ai'))).toBe(
        true,
      );
      // Every policy_type of the corpus is in the mapping (no record typed 'other' by default).
      expect(p.warnings.filter((w) => w.includes('policy_type'))).toEqual([]);
      const gdpr = p.instruments.find((i) => i.id === 'oecd-ai:143dd63b64a0')!;
      expect(gdpr).toMatchObject({
        title: 'General Data Protection Regulation (GDPR)',
        jurisdiction: 'EU',
        jurisdictionKind: 'eu',
        type: 'regulation',
        binding: 'binding',
        year: 2018,
        sourceTags: ['policy_type: Regulation', 'binding_nature: Hard law'],
      });
      expect(gdpr.topics).toContain('data-digital.privacy');
      const kinds = new Set(
        p.instruments
          .filter((i) => i.jurisdictionKind === 'organisation')
          .map((i) => i.jurisdiction),
      );
      expect([...kinds].sort()).toEqual(['ASEAN', 'AU', 'G7', 'IDB', 'OECD', 'UN', 'UNESCO']);
      expect(p.instruments.filter((i) => i.year === null)).toHaveLength(0);
      expect(Object.values(POLICY_TYPES).length).toBeGreaterThan(50);
    },
  );
});
