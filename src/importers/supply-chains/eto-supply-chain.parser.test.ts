import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { readTable } from '../read-table.ts';
import { parseEtoSupplyChain, type EtoCounts } from './eto-supply-chain.parser.ts';
import type { ParsedSupplyChain } from './parsed-supply-chain.ts';
import { providerEconomy, type SupplyChain } from '../../core/supply-chains/supply-chain.ts';

warnWithoutSharedData('ETO supply-chain parser tests on real data');

const FIXTURE = fileURLToPath(
  new URL('../../../test/fixtures/supply-chains/eto-mini', import.meta.url),
);
const CURRENT = sharedFile('semiconductors');
const HISTORICAL = sharedFile('semiconductors', 'historical', 'v2022-09-13_cset2021report');

/** The reference economies (countries.csv), to check every code the files use. */
const referenceEconomies = () =>
  readTable(sharedFile('countries', 'countries.csv'), ['iso3', 'name']).rows.map(({ record }) => ({
    iso3: record.iso3!,
    name: record.name!,
    officialName: record.official_name_en || null,
  }));

/** Country-level shares (economies and pseudo-providers) of one item, by ISO3 or pseudo name. */
function countryShares(chain: SupplyChain, item: string): Record<string, number | null> {
  const byId = new Map(chain.providers.map((p) => [p.id, p]));
  return Object.fromEntries(
    chain.provision
      .filter((p) => p.input === item && byId.get(p.provider)!.kind !== 'organisation')
      .map((p) => {
        const provider = byId.get(p.provider)!;
        return [providerEconomy(provider) ?? provider.name, p.sharePct];
      }),
  );
}

describe('parseEtoSupplyChain on a hand-made release', () => {
  const r = parseEtoSupplyChain(FIXTURE, { code: 'mini' });
  const { chain } = r;

  it('reads stages, inputs with their kind, and the stage of the processes that have one', () => {
    expect(chain.stages.map((s) => [s.id, s.name])).toEqual([
      ['S1', 'Design'],
      ['S2', 'Fabrication'],
    ]);
    expect(chain.inputs.map((i) => [i.id, i.kind, i.stage])).toEqual([
      ['N1', 'process', 'S1'],
      ['N2', 'tool', null],
      ['N3', 'tool', null],
      ['N4', 'tool', null],
      ['N5', 'process', 'S2'],
      ['N6', 'output', null],
      ['N7', 'material', null],
      ['N8', 'design_resource', null],
    ]);
    expect(chain.inputs[0]!.description).toBe('Specification and\nlayout, on two lines');
  });

  it('reads goes_into edges as the flow and is_type_of edges as variants', () => {
    expect(chain.edges).toContainEqual({ from: 'N3', to: 'N2', kind: 'is_type_of' });
    expect(chain.edges).toContainEqual({ from: 'N2', to: 'N5', kind: 'goes_into' });
    expect(chain.edges).toContainEqual({ from: 'N5', to: 'N6', kind: 'goes_into' });
    expect(r.counts).toMatchObject({ goesIntoEdges: 5, isTypeOfEdges: 2 });
  });

  it('keeps pseudo-providers apart from economies and maps MAL to MYS', () => {
    expect(chain.providers).toEqual([
      { kind: 'economy', id: 'P1', name: 'USA', iso3: 'USA' },
      { kind: 'economy', id: 'P2', name: 'NLD', iso3: 'NLD' },
      { kind: 'economy', id: 'P3', name: 'TWN', iso3: 'TWN' },
      { kind: 'economy', id: 'P4', name: 'MAL', iso3: 'MYS' },
      { kind: 'pseudo', id: 'P5', name: 'Various countries' },
      { kind: 'pseudo', id: 'P6', name: 'EUR' },
      { kind: 'organisation', id: 'P10', name: 'ASML', homeEconomy: 'NLD' },
      { kind: 'organisation', id: 'P11', name: 'Nikon', homeEconomy: 'JPN' },
      { kind: 'organisation', id: 'P12', name: 'Various companies', homeEconomy: null },
    ]);
    expect(r.warnings).toContain(
      `${join(FIXTURE, 'providers.csv')} line 11: organisation P12 'Various companies' has home 'Various countries', not an economy; its share is unattributed`,
    );
  });

  it('reads shares with or without %, and a blank share as a major provider of unknown share', () => {
    expect(countryShares(chain, 'N4')).toEqual({ NLD: 80 });
    expect(countryShares(chain, 'S2')).toEqual({
      TWN: 60,
      USA: null,
      EUR: 10,
      'Various countries': 30,
    });
    const wafers = chain.provision.find((p) => p.input === 'N7')!;
    expect(wafers).toEqual({
      provider: 'P4',
      input: 'N7',
      sharePct: 5,
      year: 2019,
      sourceId: 'eto-mini',
    });
    expect(r.counts).toMatchObject({ provisions: 9, sharesGiven: 8, sharesUnknown: 1 });
  });

  it('cites the dataset, and one source per citation text with a stable id', () => {
    expect(r.sources.map((s) => s.id)).toEqual([
      'eto-mini',
      'eto-mini-22688a35',
      'eto-mini-16bcc7e2',
    ]);
    const euv = chain.provision.find((p) => p.input === 'N3' && p.provider === 'P2')!;
    expect(r.sources.find((s) => s.id === euv.sourceId)).toMatchObject({
      citation: 'Test source, 2025',
      licence: 'CC BY-NC 4.0 (non-commercial use only; attribute CSET/ETO)',
    });
  });

  it('reports no bad rows, and warns about a region and a provider named differently', () => {
    expect(r.issues).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/P5 'Various countries' written 'Various' \(line 9\)/);
    expect(r.warnings.join('\n')).toMatch(/1 share is held by a region \(EUR\)/);
    expect(r.counts).toMatchObject({
      rowsRead: 2 + 8 + 7 + 10 + 9,
      rejectedRows: 0,
      economies: 4,
      pseudoProviders: 2,
    });
  });
});

describe.each([
  { release: 'the hand-made release', dir: FIXTURE, row: 'NLD,P2,EUV', present: true },
  { release: 'the current ETO release', dir: CURRENT, row: 'NLD,P45,EUV', present: hasSharedData },
])('parseEtoSupplyChain on broken copies of $release', ({ dir, row, present }) => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

  /** A copy of the release with one line of one file changed; returns the copy and the line. */
  function broken(
    file: string,
    match: (line: string) => boolean,
    edit: (line: string) => Buffer | string,
  ) {
    const copy = mkdtempSync(join(tmpdir(), 'ta-eto-broken-'));
    copies.push(copy);
    cpSync(dir, copy, { recursive: true });
    const lines = readFileSync(join(copy, file), 'utf8').split('\n');
    const at = lines.findIndex(match);
    const parts = lines.map((l, i) => (i === at ? edit(l) : l));
    const bytes = parts.flatMap((p, i) => [
      Buffer.from(p),
      ...(i < parts.length - 1 ? [Buffer.from('\n')] : []),
    ]);
    writeFileSync(join(copy, file), Buffer.concat(bytes));
    return { copy, line: at + 1, path: join(copy, file) };
  }
  const cell = (index: number, value: string) => (l: string) =>
    l
      .split(',')
      .map((c, i) => (i === index ? value : c))
      .join(',');
  const euvRow = (l: string) => l.startsWith(row);

  it.skipIf(!present)('reports a negative share with its file, line and field', () => {
    const b = broken('provision.csv', euvRow, cell(4, '-5'));
    const r = parseEtoSupplyChain(b.copy, { code: 'semiconductors' });
    expect(r.issues).toEqual([
      {
        file: b.path,
        line: b.line,
        field: 'share_provided',
        reason: '-5 % is outside 0–100 %',
        value: '-5',
      },
    ]);
    expect(r.counts.rejectedRows).toBe(1);
  });

  it.skipIf(!present)('reports a share that is not a number', () => {
    const b = broken('provision.csv', euvRow, cell(4, 'about half'));
    const r = parseEtoSupplyChain(b.copy, { code: 'semiconductors' });
    expect(r.issues).toEqual([
      {
        file: b.path,
        line: b.line,
        field: 'share_provided',
        reason: "'about half' is not a percentage",
        value: 'about half',
      },
    ]);
  });

  it.skipIf(!present)('reports a provider that providers.csv does not define', () => {
    const b = broken('provision.csv', euvRow, cell(1, 'P9999'));
    const r = parseEtoSupplyChain(b.copy, { code: 'semiconductors' });
    expect(r.issues).toEqual([
      {
        file: b.path,
        line: b.line,
        field: 'provider_id',
        reason: "provider 'P9999' is not in providers.csv",
        value: 'P9999',
      },
    ]);
  });

  it.skipIf(!present)(
    'refuses a file without a required column, naming the file and column',
    () => {
      const b = broken(
        'provision.csv',
        (l) => l.startsWith('provider_name'),
        (l) => l.replace('share_provided', 'share'),
      );
      let error: unknown;
      try {
        parseEtoSupplyChain(b.copy, { code: 'semiconductors' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).message).toMatch(`${b.path}: missing column 'share_provided'`);
      expect((error as DomainError).issues).toEqual([
        { path: 'share_provided', line: 1, message: 'missing column' },
      ]);
    },
  );

  it.skipIf(!present)('reports an invalid UTF-8 byte in provision.csv, which must be UTF-8', () => {
    const b = broken('provision.csv', euvRow, (l) =>
      Buffer.concat([Buffer.from('N'), Buffer.from([0xff]), Buffer.from(l.slice(1))]),
    );
    const r = parseEtoSupplyChain(b.copy, { code: 'semiconductors' });
    expect(r.issues).toEqual([
      {
        file: b.path,
        line: b.line,
        field: 'provider_name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
    ]);
  });

  it.skipIf(!present)('names a missing file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ta-eto-missing-'));
    copies.push(copy);
    cpSync(dir, copy, { recursive: true });
    rmSync(join(copy, 'sequence.csv'));
    expect(() => parseEtoSupplyChain(copy, { code: 'semiconductors' })).toThrow(
      `${copy}: missing file ${join(copy, 'sequence.csv')}`,
    );
  });
});

describe('parseEtoSupplyChain on a hand-made release with bad rows in every file', () => {
  it('reports each bad row with its file, line and field, and keeps the rest', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ta-eto-bad-'));
    cpSync(FIXTURE, copy, { recursive: true });
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace(from, to));
    edit('inputs.csv', 'N7,Wafers,material_resource', 'N7,Wafers,raw_material');
    edit('providers.csv', 'TWN,Taiwan,P3', 'XX1,Taiwan,P3');
    edit(
      'sequence.csv',
      'Chip design,N1,Photolithography,N5',
      'Chip design,N1,Photolithography,N55',
    );
    const r = parseEtoSupplyChain(copy, { code: 'mini' });
    rmSync(copy, { recursive: true, force: true });
    expect(r.issues.map((i) => [i.file.slice(copy.length + 1), i.line, i.field])).toEqual([
      ['inputs.csv', 9, 'type'],
      ['sequence.csv', 5, 'input_id'],
      ['sequence.csv', 7, 'goes_into_id'],
      ['providers.csv', 4, 'provider_name'],
      ['provision.csv', 6, 'provider_id'],
      ['provision.csv', 10, 'provided_id'],
    ]);
    expect(r.issues[4]!.reason).toBe("provider 'P3' was rejected in providers.csv (line 4)");
    expect(r.counts).toMatchObject({ inputs: 7, rejectedRows: 6 });
  });
});

describe.skipIf(!hasSharedData)('parseEtoSupplyChain on the current ETO release', () => {
  // Parsed in beforeAll: a skipped describe still runs its body.
  let r: ParsedSupplyChain<EtoCounts>;
  let chain: SupplyChain;
  beforeAll(() => {
    r = parseEtoSupplyChain(CURRENT, { code: 'semiconductors', economies: referenceEconomies() });
    chain = r.chain;
  });

  it('finds EUV lithography tools held 100 % by NLD (and by ASML among firms)', () => {
    const euv = chain.inputs.find((i) => i.name === 'EUV lithography tools')!;
    expect(euv).toMatchObject({ id: 'N20', kind: 'tool' });
    expect(countryShares(chain, 'N20')).toEqual({ NLD: 100 });
    const asml = chain.providers.find((p) => p.name === 'ASML')!;
    expect(asml).toMatchObject({ kind: 'organisation', homeEconomy: 'NLD' });
    expect(chain.provision).toContainEqual(
      expect.objectContaining({ provider: asml.id, input: 'N20', sharePct: 100, year: 2025 }),
    );
    expect(chain.edges).toContainEqual({ from: 'N20', to: 'N19', kind: 'is_type_of' });
  });

  it('reads every row, with every country code a known economy', () => {
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({
      rowsRead: 3 + 126 + 139 + 403 + 1300,
      rejectedRows: 0,
      stages: 3,
      inputs: 126,
      goesIntoEdges: 53,
      isTypeOfEdges: 86,
      economies: 21,
      organisations: 373,
      pseudoProviders: 2,
      provisions: 1300,
      sharesGiven: 1054,
      sharesUnknown: 246,
      negligible: 0,
    });
    expect(chain.providers.filter((p) => p.kind === 'pseudo')).toEqual([
      { kind: 'pseudo', id: 'P5', name: 'Various countries' },
      { kind: 'pseudo', id: 'P312', name: 'EUR' },
    ]);
    expect(r.warnings.filter((w) => w.startsWith('chain check'))).toEqual([]);
  });
});

describe.skipIf(!hasSharedData)(
  'parseEtoSupplyChain on the 2021-report release (historical/)',
  () => {
    let r: ParsedSupplyChain<EtoCounts>;
    let chain: SupplyChain;
    beforeAll(() => {
      r = parseEtoSupplyChain(HISTORICAL, {
        code: 'semiconductors-2021',
        economies: referenceEconomies(),
        year: 2019,
      });
      chain = r.chain;
    });

    it('gives the 2021 report’s fabrication shares: TWN 47, USA 27, CHN 12, KOR 11 %', () => {
      const fabrication = chain.stages.find((s) => s.name === 'Fabrication')!;
      expect(fabrication.id).toBe('S2');
      expect(countryShares(chain, 'S2')).toEqual({
        TWN: 47,
        USA: 27,
        CHN: 12,
        KOR: 11,
        ITA: 2,
        JPN: 1,
      });
      expect(chain.provision.filter((p) => p.input === 'S2').every((p) => p.year === 2019)).toBe(
        true,
      );
    });

    it('refuses the release without a year for its provision rows, naming the option', () => {
      expect(() => parseEtoSupplyChain(HISTORICAL, { code: 'semiconductors-2021' })).toThrow(
        `${join(HISTORICAL, 'provision.csv')}: no 'year' column; give the year its shares describe (option 'year'; the 2021-report release describes 2019)`,
      );
    });

    it('decodes the non-UTF-8 inputs.csv as Mac Roman and says so', () => {
      expect(r.warnings).toContain(
        `${join(HISTORICAL, 'inputs.csv')}: not valid UTF-8 (first invalid byte on line 2); decoded as Mac Roman — check its accented letters and quotes`,
      );
      const gpus = chain.inputs.find((i) => i.id === 'N2')!;
      expect(gpus.description).toContain('standalone “discrete GPUs,” the most powerful GPUs');
    });

    it('reads every row, mapping MAL to Malaysia and keeping "Various" as a pseudo-provider', () => {
      expect(r.issues).toEqual([]);
      expect(chain.providers.find((p) => p.id === 'P46')).toMatchObject({
        name: 'MAL',
        iso3: 'MYS',
      });
      expect(chain.providers.find((p) => p.id === 'P5')).toEqual({
        kind: 'pseudo',
        id: 'P5',
        name: 'Various',
      });
      expect(r.counts).toMatchObject({
        stages: 3,
        inputs: 79,
        provisions: 659,
        pseudoProviders: 1,
        negligible: 73,
      });
      expect(r.sources.map((s) => s.id)).toEqual(['eto-semiconductors-2021']);
      expect(r.warnings.join('\n')).toMatch(/line 60: repeats line 54 \(P57 'Powertech'/);
      expect(r.warnings.join('\n')).toMatch(
        /countries in N71 'Dicing tools' \(2019\) sum to 104 %/,
      );
    });
  },
);
