import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { parseInksna } from './inksna.parser.ts';
import {
  copyWithLine,
  scratchDir,
  screeningList,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('INKSNA parser tests on real data');

const economies = starterEconomies();
const INKSNA = screeningList('us_state_inksna_nonproliferation.csv');

describe.skipIf(!hasSharedData)('parseInksna on the 2026 INKSNA determinations', () => {
  const r = once(() => parseInksna(INKSNA, { economies }));

  it('reads the 28 rows (PROVENANCE.md): 14 persons and 14 companies', () => {
    expect(r().list).toMatchObject({
      id: 'us-state-inksna',
      jurisdiction: 'US',
      date: '2026-08-04',
    });
    expect(r().counts).toMatchObject({
      rowsRead: 28,
      parties: 28,
      bySchema: { Person: 14, Company: 14 },
    });
    expect(r().issues).toEqual([]);
    expect(r().warnings).toEqual([]);
  });

  it('resolves country spellings (DPRK, Russian, UAE, ROK) and keeps the two-year end date', () => {
    expect(r().parties.find((p) => p.name === "Ch'oe Ch'o'l-min")).toMatchObject({
      schema: 'Person',
      countries: ['PRK'],
      listingDate: '2026-01-27',
      endDate: '2028-01-22',
    });
    const countries = new Set(r().parties.flatMap((p) => p.countries));
    expect([...countries].sort()).toEqual([
      'ARE',
      'CHN',
      'IRN',
      'KOR',
      'LBN',
      'MYS',
      'PRK',
      'RUS',
      'SYR',
      'TWN',
    ]);
  });
});

describe.skipIf(!hasSharedData)('parseInksna on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('reports a malformed start date with its line and column', () => {
    const file = copyWithLine(INKSNA, tmp.path('bad.csv'), 28, (l) =>
      l.replace('2026-07-24', '2026-07-32'),
    );
    const r = parseInksna(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 28,
        field: 'start-date',
        reason: 'is not a date (YYYY, YYYY-MM-DD or "October 1, 2027")',
        value: '2026-07-32',
      },
    ]);
    expect(r.counts.parties).toBe(27);
  });
});
