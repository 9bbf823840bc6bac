import { describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { findFormat } from '../formats.ts';
import { isMisuseFormat, MISUSE_FORMATS } from './misuse-formats.ts';
import { economies, misuseFile } from './misuse.test-support.ts';

warnWithoutSharedData('misuse formats on real data');

const FILES: Record<keyof typeof MISUSE_FORMATS, string> = {
  'carnegie-aigs': 'carnegie_aigs_2022_by_country.csv',
  keepiton: 'accessnow_keepiton_stop_2016_2025.csv',
  netsweeper: 'citizenlab_netsweeper_installations_subset_2018.csv',
  'ooni-blockings': 'sinar_imap_ooni_confirmed_blockings_2022h1.csv',
  'spyware-index': 'spyware_case_index_citizenlab_amnesty_DERIVED.csv',
  'pi-transfers': 'pi_surveillance_industry_index_transfers_PARTIAL_first121.csv',
};

describe('misuse formats', () => {
  it('has the case formats of the issue; fotn and digital-repression are row formats', () => {
    expect(Object.keys(MISUSE_FORMATS).sort()).toEqual([
      'carnegie-aigs',
      'keepiton',
      'netsweeper',
      'ooni-blockings',
      'pi-transfers',
      'spyware-index',
    ]);
    expect(isMisuseFormat('keepiton')).toBe(true);
    expect(isMisuseFormat('fotn')).toBe(false);
    expect(findFormat('fotn')?.name).toBe('fotn');
    expect(findFormat('digital-repression')?.name).toBe('digital-repression');
    for (const name of Object.keys(MISUSE_FORMATS)) expect(findFormat(name)).toBeUndefined();
  });
});

describe.skipIf(!hasSharedData)('misuse formats on the real data', () => {
  it.each(Object.entries(FILES))(
    '%s gives cases with unique ids, known countries and the source it cites',
    (name, file) => {
      const p = MISUSE_FORMATS[name as keyof typeof MISUSE_FORMATS].parse(misuseFile(file), {
        economies: economies(),
      });
      const known = new Set(economies().map((e) => e.iso3));
      const sources = new Set(p.sources.map((s) => s.id));
      expect(p.issues).toEqual([]);
      expect(p.cases.length).toBeGreaterThan(0);
      expect(new Set(p.cases.map((c) => c.id)).size).toBe(p.cases.length);
      expect(p.cases.flatMap((c) => c.countries).filter((c) => !known.has(c))).toEqual([]);
      expect(p.cases.flatMap((c) => c.evidence).filter((e) => !sources.has(e.sourceId))).toEqual(
        [],
      );
      expect(p.cases.flatMap((c) => c.suppliers).filter((s) => s.key === '')).toEqual([]);
    },
  );
});
