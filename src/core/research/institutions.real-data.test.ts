// The institution resolver over the real ROR subset and NSF's top-100 AI institutions with their
// crosswalk (../shared/data/research/collaboration); skipped, with a message, when it is absent.
/* eslint-disable no-restricted-imports -- a test on real data runs the importers' parsers over
   ../shared/data; the module under test imports only core. */
import { parseNsfAiInstitutions } from '../../importers/research/nsf-ai-institutions.parser.ts';
import { economies, once, researchFile } from '../../importers/research/research.test-support.ts';
import { parseRor } from '../../importers/research/ror.parser.ts';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { institutionResolver } from './institutions.ts';

warnWithoutSharedData('institution resolver tests on real data');

describe.skipIf(!hasSharedData)('institution resolver on the real registry', () => {
  const ai = once(
    () =>
      parseNsfAiInstitutions(
        researchFile('nsf_sei2024_spbs96_ai_articles_by_institution_top100_2003_2022.csv'),
        {
          economies: economies(),
          crosswalk: researchFile('nsf_sei2024_ai_top100_institutions_ror_crosswalk_DERIVED.csv'),
        },
      ).aiInstitutions,
  );
  const resolver = once(() =>
    institutionResolver(
      parseRor(researchFile('ror_records_research_orgs_subset.csv'), { economies: economies() })
        .organisations,
      ai(),
    ),
  );
  const idOf = (query: string) => {
    const r = resolver().resolve(query);
    return r.kind === 'found' ? r.organisation.rorId : r.kind;
  };

  it('resolves "Beihang University" and "Beijing University of Aeronautics and Astronautics (BUAA)" to one organisation', () => {
    expect(resolver().size).toBe(22021);
    expect(idOf('Beihang University')).toBe('00wk2mp56');
    const r = resolver().resolve('Beijing University of Aeronautics and Astronautics (BUAA)');
    expect(r).toMatchObject({
      kind: 'found',
      organisation: { rorId: '00wk2mp56', name: 'Beihang University', country: 'CHN' },
      matchedBy: ['alias', 'acronym'],
      notes: [],
    });
  });

  it("resolves Harbin Institute of Technology, fifth among AI institutions by NSF's count, to its ROR record", () => {
    const fifth = ai().find((i) => i.rank === 5)!;
    expect(fifth.name).toBe('Harbin Institute of Technology');
    expect(resolver().resolve(fifth.name)).toMatchObject({
      kind: 'found',
      organisation: { rorId: '01yqg2h08', country: 'CHN', acronyms: ['HIT'] },
      matchedBy: ['name'],
    });
    expect(idOf('哈尔滨工业大学')).toBe('01yqg2h08');
    expect(idOf('HIT')).toBe('ambiguous');
    expect(resolver().resolve('HIT', { country: 'CHN' })).toMatchObject({
      kind: 'found',
      organisation: { rorId: '01yqg2h08' },
    });
  });

  it("resolves every NSF name the crosswalk links to the crosswalk's ROR id", () => {
    const withId = ai().filter((i) => i.rorId !== null);
    expect(withId).toHaveLength(96);
    // Microsoft and State Grid have ROR ids, but companies are not in the subset.
    const outside = withId.filter((i) => !resolver().byId(i.rorId!)).map((i) => i.name);
    expect(outside.sort()).toEqual(['Microsoft USA', 'State Grid Corporation of China']);
    const linked = withId.filter((i) => !outside.includes(i.name));
    const wrong = linked.filter((i) => idOf(i.name) !== i.rorId).map((i) => i.name);
    expect(wrong).toEqual([]);
    expect(idOf('U. C. London')).toBe('02jx3x895');
  });

  it('finds the check records of the provenance notes by their names and ids', () => {
    expect(idOf('Massachusetts Institute of Technology')).toBe('042nb2s44');
    expect(idOf('Tsinghua University')).toBe('03cve4549');
    expect(idOf('National University of Defense Technology')).toBe('05d2yfz11');
    expect(idOf('https://ror.org/02feahw73')).toBe('02feahw73');
    expect(idOf('UTokyo')).toBe('057zh3y96');
    expect(idOf('Tokyo University')).not.toBe('057zh3y96');
  });
});
