// The import runner on deliberately broken files: every one is rejected with a message that says
// where the problem is, and nothing reaches the database. Small inline CSVs, written to a temp dir.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore, type MemoryStore } from '../../test/memory-store.ts';
import { DomainError } from '../core/errors.ts';
import { summaryLine, type ImportSummary } from '../core/imports/import-report.ts';
import { importFile, type ImportRequest } from './import-runner.ts';

const COUNTRIES = `iso3,iso2,iso_numeric,name,official_name_en,m49_region,wb_income_group_fy25
DNK,DK,208,Denmark,Denmark,Europe,High income
FIN,FI,246,Finland,Finland,Europe,High income
NOR,NO,578,Norway,Norway,Europe,High income
USA,US,840,US,United States of America,Americas,High income
CHN,CN,156,China,China,Asia,Upper middle income
CZE,CZ,203,Czechia,Czechia,Europe,High income
`;

/** A small good file per format; the broken copies below change one thing in it. */
const GOOD: Record<
  string,
  { csv: string; valueField: string; codeField: string; requiredField: string; inserted: number }
> = {
  wgi: {
    csv: `iso3,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper
DNK,Denmark,2023,rl,1.9089,0.15,10,99.528,97.1,100
FIN,Finland,2023,rl,1.9670,0.16,10,100,98.1,100
NOR,Norway,2023,rl,1.8339,0.15,10,99.056,96.2,100
ANT,Netherlands Antilles (former),2023,rl,,,,,,
`,
    valueField: 'estimate',
    codeField: 'iso3',
    requiredField: 'estimate',
    inserted: 6,
  },
  owid: {
    csv: `Entity,Code,Year,Democracy score
Denmark,DNK,2024,9.28
Finland,FIN,2024,9.3
World,OWID_WRL,2024,5.17
Norway,NOR,2024,9.81
`,
    valueField: 'Democracy score',
    codeField: 'Code',
    requiredField: 'Year',
    inserted: 3,
  },
  vdem: {
    csv: `country_name,country_text_id,country_id,year,v2x_regime,v2x_polyarchy,v2x_libdem,v2x_liberal,v2x_civlib,v2x_rule,v2xca_academ
Denmark,DNK,21,2023,3,0.914,0.883,0.976,0.962,0.996,0.957
Finland,FIN,22,2023,3,0.881,0.821,0.954,0.961,0.994,0.963
Somaliland,SML,139,2023,1,0.301,0.183,0.52,0.6,0.55,0.4
Norway,NOR,186,2023,3,0.912,0.836,0.942,0.968,0.995,0.959
`,
    valueField: 'v2x_libdem',
    codeField: 'country_text_id',
    requiredField: 'v2x_libdem',
    inserted: 21,
  },
  'freedom-house': {
    csv: `Country/Territory,Region,C/T,Edition,Status,PR,CL,Total
Denmark,Europe,c,2024,F,40,57,97
Czech Republic,Europe,c,2024,F,36,55,91
Transnistria,Eurasia,t,2024,NF,8,16,24
Finland,Europe,c,2024,F,40,60,100
`,
    valueField: 'Total',
    codeField: 'Country/Territory',
    requiredField: 'Total',
    inserted: 9,
  },
  'nsf-sei': {
    csv: `iso3,entity,path,wb_income_group_ncses,year,articles_whole_count,articles_fractional_count,ai_articles_whole_count,top1pct_cited_share_fractional_pct
USA,United States,World -> North America -> United States,High,2022,606144,457335.25,12642,
CHN,China,World -> Asia -> China,Upper-middle,2022,976141,898949.09,42524,
,World,World,na,2022,3344037,3344037.0,89124,1.0
DNK,Denmark,World -> Europe -> EU-27 -> Denmark,High,2022,23000,11000.5,900,ne
`,
    valueField: 'articles_fractional_count',
    codeField: 'iso3',
    requiredField: 'ai_articles_whole_count',
    inserted: 9,
  },
  groupings: {
    csv: `group_id,group_name,group_kind,member_iso3,member_name,member_type,status,as_of,verified_in_stored_source,sources,notes
NORDIC,Nordic test group,forum,DNK,Denmark,country,member,,yes,https://a.example | https://b.example,
NORDIC,Nordic test group,forum,FIN,Finland,country,member,,yes,https://a.example,
NORDIC,Nordic test group,forum,EU,European Union,supranational,observer,,yes,https://a.example,
NORDIC,Nordic test group,forum,NOR,Norway,country,member,,yes,https://a.example,
`,
    valueField: 'member_type',
    codeField: 'member_iso3',
    requiredField: 'member_type',
    inserted: 4,
  },
};

const FORMATS = Object.keys(GOOD);

/** Replaces the cell of `column` on line `line` (header = 1) of a CSV without quoted commas. */
function withCell(csv: string, line: number, column: string, value: string): string {
  const lines = csv.split('\n');
  const header = lines[0]!.split(',');
  const at = header.indexOf(column);
  if (at < 0) throw new Error(`no column ${column}`);
  const cells = lines[line - 1]!.split(',');
  cells[at] = value;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}

function withoutColumn(csv: string, column: string): string {
  const lines = csv.split('\n');
  const at = lines[0]!.split(',').indexOf(column);
  return lines
    .map((l) =>
      l === ''
        ? l
        : l
            .split(',')
            .filter((_, i) => i !== at)
            .join(','),
    )
    .join('\n');
}

const where = (i: { file: string; line: number; field: string; reason: string }): string =>
  `${i.file}:${i.line}: ${i.field}: ${i.reason}`;

describe('import runner', () => {
  let m: MemoryStore;
  let dir: string;
  let n = 0;

  const write = (content: string | Uint8Array, name = `file-${++n}.csv`): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  /** Rows in every table and every stored value, to prove a rejected import changed nothing. */
  const snapshot = async () => ({
    counts: await m.rowCounts(),
    values: await m.db
      .selectFrom('indicator_values')
      .selectAll()
      .orderBy(['indicator_code', 'iso3', 'year'])
      .execute(),
    members: await m.db
      .selectFrom('group_members')
      .selectAll()
      .orderBy(['group_code', 'member_code'])
      .execute(),
  });

  /** Runs an import that must be rejected; checks nothing was written and returns what it said. */
  async function rejected(req: ImportRequest): Promise<ImportSummary | DomainError> {
    const before = await snapshot();
    const outcome = await importFile(m.store, req).catch((e: unknown) => {
      if (e instanceof DomainError) return e;
      throw e;
    });
    if (!(outcome instanceof DomainError)) {
      expect(outcome.written).toBe(false);
      expect(outcome.issues.length).toBeGreaterThan(0);
      expect(outcome.inserted + outcome.updated).toBe(0);
      expect(summaryLine(outcome)).toMatch(/nothing written$/);
    }
    expect(await snapshot()).toEqual(before);
    return outcome;
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'techalliance-runner-'));
    m = await memoryStore();
    const s = await importFile(m.store, { format: 'countries', file: write(COUNTRIES) });
    expect(s.inserted).toBe(6);
    // Something stored already, so "nothing written" also means "nothing changed".
    await importFile(m.store, { format: 'wgi', file: write(GOOD.wgi!.csv) });
  });
  afterEach(async () => {
    await m.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(FORMATS)('imports the good %s file the broken copies are made from', async (format) => {
    const s = await importFile(m.store, { format, file: write(GOOD[format]!.csv) });
    expect(s.issues).toEqual([]);
    expect(s.written).toBe(true);
    expect(s.inserted + s.unchanged).toBe(GOOD[format]!.inserted);
  });

  it.each(FORMATS)(
    'rejects a non-numeric or invalid cell in a %s file naming file, line and field',
    async (format) => {
      const { csv, valueField } = GOOD[format]!;
      const file = write(withCell(csv, 3, valueField, 'lots'));
      const out = await rejected({ format, file });
      expect(out).not.toBeInstanceOf(DomainError);
      const [issue] = (out as ImportSummary).issues;
      expect(resolve(issue!.file)).toBe(file);
      expect(issue).toMatchObject({ line: 3, field: valueField, value: 'lots' });
      expect(where(issue!)).toMatch(new RegExp(`${file.split('/').pop()}:3: ${valueField}: `));
    },
  );

  it.each(FORMATS)(
    'rejects a %s file that lacks a required column, naming it and the file',
    async (format) => {
      const { csv, requiredField } = GOOD[format]!;
      const file = write(withoutColumn(csv, requiredField));
      const out = await rejected({ format, file });
      expect(out).toBeInstanceOf(DomainError);
      expect((out as DomainError).message).toContain(file.split('/').pop());
      expect((out as DomainError).message).toMatch(
        new RegExp(`missing column.*'${requiredField}'`),
      );
    },
  );

  it('rejects an OWID file without its value column, naming the file', async () => {
    const file = write(withoutColumn(GOOD.owid!.csv, 'Democracy score'));
    const out = (await rejected({ format: 'owid', file })) as DomainError;
    expect(out.message).toContain(file.split('/').pop());
    expect(out.message).toMatch(/missing the value column/);
  });

  it('rejects an NSF file whose header is none of the tables it knows, naming the file', async () => {
    const file = write(withoutColumn(GOOD['nsf-sei']!.csv, 'articles_fractional_count'));
    const out = (await rejected({ format: 'nsf-sei', file })) as DomainError;
    expect(out.message).toContain(file.split('/').pop());
    expect(out.message).toMatch(/not an NSF SEI 2024 table this format reads/);
  });

  it.each(FORMATS.filter((f) => f !== 'freedom-house'))(
    'rejects an unknown ISO code in a %s file naming its column',
    async (format) => {
      const { csv, codeField } = GOOD[format]!;
      const file = write(withCell(csv, 2, codeField, 'ZZZ'));
      const out = (await rejected({ format, file })) as ImportSummary;
      expect(out.issues).toEqual([
        {
          file: out.file,
          line: 2,
          field: codeField,
          reason: "unknown ISO3 code 'ZZZ'",
          value: 'ZZZ',
        },
      ]);
    },
  );

  it('rejects a Freedom House country whose name matches no economy', async () => {
    const file = write(withCell(GOOD['freedom-house']!.csv, 2, 'Country/Territory', 'Freedonia'));
    const out = (await rejected({ format: 'freedom-house', file })) as ImportSummary;
    expect(out.issues).toMatchObject([{ line: 2, field: 'Country/Territory', value: 'Freedonia' }]);
  });

  it.each(FORMATS)(
    'rejects a %s file with invalid UTF-8 bytes, naming the line',
    async (format) => {
      const text = Buffer.from(GOOD[format]!.csv, 'utf-8');
      const third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
      const bytes = Buffer.concat([
        text.subarray(0, third),
        Buffer.from([0xff, 0xfe]),
        text.subarray(third),
      ]);
      const out = await rejected({ format, file: write(bytes) });
      expect(out).toBeInstanceOf(DomainError);
      expect((out as DomainError).message).toMatch(
        /not valid UTF-8 \(first invalid byte on line 3\)/,
      );
    },
  );

  it.each(FORMATS)('rejects an empty %s file', async (format) => {
    const out = await rejected({ format, file: write('') });
    expect((out as DomainError).message).toMatch(/the file is empty/);
  });

  it.each(FORMATS)('rejects a %s file with a header and no rows', async (format) => {
    const header = GOOD[format]!.csv.split('\n')[0]!;
    const out = await rejected({ format, file: write(`${header}\n`) });
    expect((out as DomainError).message).toMatch(/has a header but no data rows/);
  });

  it('writes the good rows with skipBadRows and still reports the bad ones', async () => {
    const csv = withCell(withCell(GOOD.owid!.csv, 2, 'Democracy score', 'n/a?'), 5, 'Code', 'ZZZ');
    const s = await importFile(m.store, { format: 'owid', file: write(csv), skipBadRows: true });
    expect(s.written).toBe(true);
    expect(s).toMatchObject({
      inserted: 1,
      rejected: 2,
      setAside: { 'regional or income aggregate': 1 },
    });
    expect(s.issues.map((i) => [i.line, i.field])).toEqual([
      [2, 'Democracy score'],
      [5, 'Code'],
    ]);
    expect(await m.value('eiu_democracy', 2024, 'FIN')).toBe(9.3);
    expect(await m.value('eiu_democracy', 2024, 'DNK')).toBeUndefined();
  });

  it('reports 1 updated when a newer file changes one value', async () => {
    const newer = withCell(GOOD.wgi!.csv, 3, 'estimate', '1.9701');
    const s = await importFile(m.store, { format: 'wgi', file: write(newer) });
    expect(s).toMatchObject({ written: true, inserted: 0, updated: 1, unchanged: 5 });
    expect(await m.value('wgi_rule_of_law', 2023, 'FIN')).toBe(1.9701);
  });

  it('gives every issue a file, line, field and reason', async () => {
    const lines = GOOD.wgi!.csv.split('\n');
    const csv = [
      lines[0],
      'DNK,Denmark,2023,xx,1.9,0.1,10,99,97,100', // unknown indicator letter
      'FIN,Finland,twenty,rl,1.9,0.1,10,99,97,100', // bad year
      'QQQ,Nowhere,2023,rl,1.9,0.1,10,99,97,100', // unknown ISO3
      'NOR,Norway,2023,rl,1.8', // too few cells
      'NOR,Norway,2022,rl,1.8,0.1,10,180,97,100', // rank out of range
      '',
    ].join('\n');
    const out = (await rejected({ format: 'wgi', file: write(csv) })) as ImportSummary;
    expect(out.issues.map((i) => [i.line, i.field])).toEqual([
      [2, 'indicator'],
      [3, 'year'],
      [4, 'iso3'],
      [5, '(row)'],
      [6, 'pctrank'],
    ]);
    for (const i of out.issues) {
      expect(i.file).toBe(out.file);
      expect(i.line).toBeGreaterThan(1);
      expect(i.field).not.toBe('');
      expect(i.reason).not.toBe('');
    }
    expect(out.rejected).toBe(5);
  });
});
