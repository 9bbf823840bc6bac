import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { economyNameResolver } from '../../core/economies/economy-names.ts';
import { DomainError } from '../../core/errors.ts';
import { readTable } from '../read-table.ts';
import { parseMineralsProduction, unitOf, type ParsedMinerals } from './minerals.parser.ts';
import { USGS_COUNTRY_NAMES } from './usgs-country-names.ts';

warnWithoutSharedData('minerals parser tests on real data');

const FIXTURE = fileURLToPath(
  new URL('../../../test/fixtures/supply-chains/minerals-mini.csv', import.meta.url),
);
const USGS = sharedFile('minerals', 'usgs_mcs2026_world_production_selected.csv');

const referenceEconomies = () =>
  readTable(sharedFile('countries', 'countries.csv'), ['iso3', 'name']).rows.map(({ record }) => ({
    iso3: record.iso3!,
    name: record.name!,
    officialName: record.official_name_en || null,
  }));

/** Shares of one input and year, by provider id. */
const shares = (r: ParsedMinerals, input: string, year: number) =>
  Object.fromEntries(
    r.chain.provision
      .filter((p) => p.input === input && p.year === year)
      .map((p) => [p.provider, p.sharePct]),
  );

describe('parseMineralsProduction on a hand-made table', () => {
  const r = parseMineralsProduction(FIXTURE, { code: 'critical-minerals' });

  it('makes each commodity a material input with its unit', () => {
    expect(r.chain.inputs).toEqual([
      {
        id: 'gallium',
        name: 'Gallium',
        kind: 'material',
        stage: null,
        description: 'quantities in kilograms, gallium content',
      },
      {
        id: 'graphite',
        name: 'Graphite',
        kind: 'material',
        stage: null,
        description: 'quantities in metric tons',
      },
      {
        id: 'tin',
        name: 'Tin',
        kind: 'material',
        stage: null,
        description: 'quantities in metric tons, tin content',
      },
    ]);
    expect(r.sources.map((s) => s.id)).toEqual([
      'usgs-mcs-gallium',
      'usgs-mcs-graphite',
      'usgs-mcs-tin',
    ]);
  });

  it('maps USGS spellings to ISO3 and keeps "Other countries" as unattributed supply', () => {
    expect(r.chain.providers).toEqual([
      { kind: 'economy', id: 'CHN', name: 'China', iso3: 'CHN' },
      { kind: 'economy', id: 'KOR', name: 'Korea, Republic of', iso3: 'KOR' },
      { kind: 'economy', id: 'USA', name: 'United States', iso3: 'USA' },
      { kind: 'pseudo', id: 'other-countries', name: 'Other countries' },
      { kind: 'economy', id: 'COD', name: 'Congo (Kinshasa)', iso3: 'COD' },
      { kind: 'economy', id: 'MMR', name: 'Burma', iso3: 'MMR' },
      { kind: 'economy', id: 'BOL', name: 'Bolivia', iso3: 'BOL' },
      { kind: 'economy', id: 'IDN', name: 'Indonesia', iso3: 'IDN' },
    ]);
    expect(r.issues).toEqual([]);
  });

  it('computes shares as production ÷ world total, per commodity and year', () => {
    expect(shares(r, 'gallium', 2025)).toEqual({ CHN: 90, KOR: 5, 'other-countries': 5 });
    // The United States is withheld ("W") in 2024: a producer whose share is unknown.
    expect(shares(r, 'gallium', 2024)).toEqual({
      CHN: 80,
      KOR: 10,
      USA: null,
      'other-countries': 10,
    });
    expect(r.production).toContainEqual({
      provider: 'CHN',
      input: 'gallium',
      year: 2025,
      quantity: 900,
    });
    expect(r.counts).toMatchObject({ years: [2024, 2025], zeroCells: 1, sharesUnknown: 1 });
  });

  it('warns when the rows and the world total differ by more than 2 %', () => {
    expect(shares(r, 'graphite', 2025)).toEqual({ COD: (60 / 110) * 100, MMR: (40 / 110) * 100 });
    expect(r.warnings).toContain(
      `${FIXTURE}: Graphite 2025: the rows sum to 100, the world total (line 9) is 110, 9.091 % apart (more than 2 %)`,
    );
    expect(r.warnings.filter((w) => w.includes('Graphite 2024'))).toEqual([]);
  });

  it('uses the rows’ sum when the world total is missing, and says so', () => {
    expect(shares(r, 'tin', 2025)).toEqual({ BOL: 25, IDN: 75 });
    expect(r.worldTotals).toContainEqual({
      input: 'tin',
      year: 2025,
      worldTotal: null,
      rowsSum: 120,
      basis: 'rows-sum',
    });
    expect(r.warnings).toContain(
      `${FIXTURE}: no world total for Tin 2025; shares are of the rows' sum (120)`,
    );
  });

  it('reads units from the MCS chapter header', () => {
    expect(unitOf('(Data in thousand metric tons unless otherwise specified)')).toBe(
      'thousand metric tons',
    );
    expect(unitOf(null)).toBeNull();
  });
});

describe.each([
  { table: 'the hand-made table', file: FIXTURE, present: true },
  { table: 'the USGS MCS 2026 table', file: USGS, present: hasSharedData },
])('parseMineralsProduction on broken copies of $table', ({ file, present }) => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

  /**
   * A copy with cells of China's gallium row changed (by column name; a value may hold \u0001,
   * written as the invalid UTF-8 byte 0xE9); `extra` adds rows after it. Returns the copy and line.
   */
  function broken(cells: Record<string, string>, extra: Record<string, string>[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'ta-minerals-broken-'));
    copies.push(dir);
    const copy = join(dir, 'minerals.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = parse(lines[0]!);
    const columns = header[0]!;
    const at = lines.findIndex((l) => {
      const [row] = parse(l);
      return (
        row?.[columns.indexOf('commodity')] === 'gallium' &&
        row[columns.indexOf('country')] === 'China'
      );
    });
    const [china] = parse(lines[at]!);
    const line = (edit: Record<string, string>) =>
      china!
        .map((c, i) => edit[columns[i]!] ?? c)
        .map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(',');
    lines[at] = [line(cells), ...extra.map(line)].join('\n');
    writeFileSync(
      copy,
      Buffer.concat(
        lines
          .join('\n')
          .split('\u0001')
          .flatMap((p, i) => (i === 0 ? [Buffer.from(p)] : [Buffer.from([0xe9]), Buffer.from(p)])),
      ),
    );
    return { copy, line: at + 1 };
  }
  const latest = (value: string) => ({
    production_latest_year: value,
    production_latest_raw: value,
  });

  it.skipIf(!present)('reports a negative production with file, line and field', () => {
    const b = broken(latest('-900000'));
    const r = parseMineralsProduction(b.copy, { code: 'critical-minerals' });
    expect(r.issues).toEqual([
      {
        file: b.copy,
        line: b.line,
        field: 'production_latest_year',
        reason: 'must not be negative',
        value: '-900000',
      },
    ]);
  });

  it.skipIf(!present)('reports a production that is not a number', () => {
    const b = broken(latest('lots'));
    const r = parseMineralsProduction(b.copy, { code: 'critical-minerals' });
    expect(r.issues).toEqual([
      {
        file: b.copy,
        line: b.line,
        field: 'production_latest_year',
        reason: "'lots' is not a number",
        value: 'lots',
      },
    ]);
  });

  it.skipIf(!present)('reports a country it cannot map to an economy', () => {
    const b = broken({ country: 'Cathay' });
    const r = parseMineralsProduction(b.copy, { code: 'critical-minerals' });
    expect(r.issues).toEqual([
      {
        file: b.copy,
        line: b.line,
        field: 'country',
        reason: "'Cathay' matches no economy (add its spelling to USGS_COUNTRY_NAMES)",
        value: 'Cathay',
      },
    ]);
    expect(r.chain.provision.some((p) => p.provider === 'CHN' && p.input === 'gallium')).toBe(
      false,
    );
  });

  it.skipIf(!present)('reports a second row for the same economy and commodity', () => {
    const b = broken({}, [{ country: 'china' }]);
    const r = parseMineralsProduction(b.copy, { code: 'critical-minerals' });
    expect(r.issues).toEqual([
      {
        file: b.copy,
        line: b.line + 1,
        field: 'country',
        reason: `a second row for 'china' in gallium (line ${b.line} has 'China')`,
        value: 'china',
      },
    ]);
  });

  it.skipIf(!present)('reports an invalid UTF-8 byte: this file must be UTF-8', () => {
    const b = broken({ country: 'Chin\u0001' });
    const r = parseMineralsProduction(b.copy, { code: 'critical-minerals' });
    expect(r.issues).toEqual([
      {
        file: b.copy,
        line: b.line,
        field: 'country',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
    ]);
  });

  it.skipIf(!present)('refuses a file without a required column, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-minerals-col-'));
    copies.push(dir);
    const copy = join(dir, 'minerals.csv');
    writeFileSync(copy, readFileSync(file, 'utf8').replace('year_latest', 'year_last'));
    expect(() => parseMineralsProduction(copy, { code: 'critical-minerals' })).toThrow(DomainError);
    expect(() => parseMineralsProduction(copy, { code: 'critical-minerals' })).toThrow(
      `${copy}: missing column 'year_latest'`,
    );
  });
});

describe.skipIf(!hasSharedData)('parseMineralsProduction on the USGS MCS 2026 table', () => {
  // Parsed in beforeAll: a skipped describe still runs its body.
  let r: ParsedMinerals;
  beforeAll(() => {
    r = parseMineralsProduction(USGS, { code: 'critical-minerals' });
  });

  it("gives China's share of gallium production, as the file's own figures do", () => {
    const file = readTable(USGS, ['commodity', 'country']).rows.map((x) => x.record);
    const cell = (country: string, column: string) =>
      Number(file.find((x) => x.commodity === 'gallium' && x.country === country)![column]);
    for (const [year, column] of [
      [2024, 'production_prev_year'],
      [2025, 'production_latest_year'],
    ] as const) {
      const share = shares(r, 'gallium', year).CHN!;
      const producers = file
        .filter((x) => x.commodity === 'gallium' && !x.country!.startsWith('World total'))
        .reduce((sum, x) => sum + (Number(x[column]) || 0), 0);
      // Shares are of the world total, or of the producers' sum when that is larger (rounding).
      const basis = Math.max(cell('World total (rounded)', column), producers);
      const own = (cell('China', column) / basis) * 100;
      console.log(
        `China's share of gallium (low-purity) production, ${year}: ${share.toFixed(2)} % ` +
          `(file: ${cell('China', column)} kg of a world total of ${cell('World total (rounded)', column)} kg)`,
      );
      expect(share).toBeCloseTo(own, 10);
    }
    // 2025: China's production equals the rounded world total; Russia and Japan add to it, so
    // the shares are of the producers' sum and add up to 100 %, not past it.
    const g2025 = shares(r, 'gallium', 2025);
    expect(g2025.CHN).toBeCloseTo(99.0, 1);
    expect(Object.values(g2025).reduce((a: number, b) => a + (b ?? 0), 0)).toBeCloseTo(100, 10);
    expect(
      r.warnings.some((w) =>
        /Gallium.*2025: the rows sum to .* more than the world total/i.test(w),
      ),
    ).toBe(true);
    expect(shares(r, 'gallium', 2024).CHN).toBeCloseTo(98.94, 2);
  });

  it('reads every row, keeping 2024 and 2025, and warns only where the world total is off by over 2 %', () => {
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({
      rowsRead: 164,
      rejectedRows: 0,
      inputs: 13,
      economies: 56,
      years: [2024, 2025],
      worldTotalRows: 12,
      unattributedRows: 8,
      provisions: 284,
      sharesUnknown: 6,
      zeroCells: 37,
    });
    const offBy = r.warnings.filter((w) => w.includes('% apart'));
    expect(offBy.map((w) => w.replace(`${USGS}: `, ''))).toEqual([
      'Graphite 2025: the rows sum to 1,752,880, the world total (line 27) is 1,800,000, 2.618 % apart (more than 2 %)',
      'Silicon (ferrosilicon) 2025: the rows sum to 4,868, the world total (line 144) is 5,000, 2.64 % apart (more than 2 %); not in the sum: United States (W)',
    ]);
  });

  it('gives the same chain when the reference economies are passed', () => {
    const withEconomies = parseMineralsProduction(USGS, {
      code: 'critical-minerals',
      economies: referenceEconomies(),
    });
    expect(withEconomies.chain).toEqual(r.chain);
  });

  it("agrees with the reference table's economies wherever both know a name", () => {
    const economies = referenceEconomies();
    const known = new Set(economies.map((e) => e.iso3));
    const resolve = economyNameResolver(economies);
    for (const [name, iso3] of Object.entries(USGS_COUNTRY_NAMES)) {
      expect(known.has(iso3), `${name} → ${iso3}`).toBe(true);
      const reference = resolve(name);
      if (reference) expect(reference, name).toBe(iso3);
    }
  });
});
