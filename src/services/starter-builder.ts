// Derives the bundled starter dataset from ../shared/data: imports the redistributable sources into
// an in-memory database with the ordinary importers, then writes a compact derived layout.
import { toCsv } from '../core/csv.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../core/errors.ts';
import { summaryLine } from '../core/imports/import-report.ts';
import { importChain } from '../importers/chain-import.ts';
import { importFile } from '../importers/import-runner.ts';
import { ISO_COMMITTEES_SOURCE } from '../importers/iso-standards.format.ts';
import { importStandards } from '../importers/standards-import.ts';
import {
  STARTER_BODIES_FILE,
  STARTER_BODY_COLUMNS,
  STARTER_COMMITTEE_COLUMNS,
  STARTER_COMMITTEES_FILE,
  starterCommitteeRows,
} from '../importers/standards/starter-committees.ts';
import { openPlatform } from './platform.ts';

/** Only sources whose licences allow redistribution with attribution (see each PROVENANCE.md). */
export const STARTER_IMPORTS: readonly { format: string; file: string; indicator?: string }[] = [
  { format: 'countries', file: 'countries/countries.csv' },
  { format: 'worldbank', file: 'economy/wb_gdp_current_usd_1960_2023.csv', indicator: 'gdp_usd' },
  { format: 'worldbank', file: 'economy/wb_population_1960_2024.csv', indicator: 'population' },
  { format: 'owid', file: 'economy/owid_wb_gdp_ppp_constant2021_intl_1990_2024.csv' },
  { format: 'owid', file: 'research/owid_wb_unesco_rd_expenditure_pct_gdp_1996_2021.csv' },
  { format: 'owid', file: 'research/owid_wb_unesco_researchers_per_million_1996_2021.csv' },
  { format: 'nsf-sei', file: 'research/nsf_sei2024_gerd_gdp_ppp_oecd_msti_1990_2021.csv' },
  { format: 'nsf-sei', file: 'research/nsf_sei2024_se_articles_by_economy_2003_2022.csv' },
  { format: 'nsf-sei', file: 'research/nsf_sei2024_patents_pct_uspto_by_economy_1998_2022.csv' },
  { format: 'nsf-sei', file: 'technology/nsf_sei2024_kti_value_added_by_economy_2002_2022.csv' },
  { format: 'iso-standards', file: 'standards/iso_committees_opendata.csv' },
  { format: 'vdem', file: 'democracy/vdem_v14_core_indices_2000_2023.csv' },
  { format: 'vdem', file: 'democracy/vdem_ert_v15_regime_polyarchy_2000_2024.csv' },
  { format: 'wgi', file: 'democracy/wgi_2024update_2010_2023_long.csv' },
  { format: 'groupings', file: 'groupings/group_memberships.csv' },
];

/**
 * Indicators imported for the derivation but left out of the bundle to keep it small (under 3 MB):
 * users get them by importing the same files.
 */
export const STARTER_EXCLUDED = new Set([
  'articles_whole',
  'top1pct_cited_share',
  'uspto_patents',
  'wgi_voice_accountability_pctrank',
  'wgi_political_stability_pctrank',
  'wgi_government_effectiveness_pctrank',
  'wgi_regulatory_quality_pctrank',
  'wgi_rule_of_law_pctrank',
  'wgi_control_of_corruption_pctrank',
]);

/** Supply chains in the bundle: only public-domain or CC BY data (USGS: US public domain). */
export const STARTER_CHAIN_IMPORTS: readonly { format: string; file: string; code: string }[] = [
  {
    format: 'minerals',
    file: 'minerals/usgs_mcs2026_world_production_selected.csv',
    code: 'critical-minerals',
  },
];

/**
 * Standards committees in the bundle (ISO Open Data: ODC-By 1.0, attribute ISO), written in the
 * compact layout of importers/standards/starter-committees.ts and loaded as the body's first
 * snapshot.
 */
export const STARTER_STANDARDS_IMPORTS: readonly {
  format: string;
  file: string;
  participation: string;
  bodies: string;
  source: string;
}[] = [
  {
    format: 'iso-committees',
    file: 'standards/iso_committees_opendata.csv',
    participation: 'standards/iso_committee_participation_long.csv',
    bodies: 'standards/iso_member_body_acronym_to_iso3.csv',
    source: ISO_COMMITTEES_SOURCE.id,
  },
];

/** Years kept per indicator, counted back from that indicator's latest year. */
export const STARTER_YEARS = 10;

const csv = (header: string[], rows: (string | number | null)[][]): string =>
  toCsv(header, rows, { eol: '\n' });

export interface StarterBuildResult {
  files: string[];
  economies: number;
  values: number;
  groupings: number;
  log: string[];
}

export async function buildStarterDataset(
  sharedDir: string,
  outDir: string,
): Promise<StarterBuildResult> {
  const platform = await openPlatform('sqlite::memory:', { loadStarter: false });
  const log: string[] = [];
  try {
    for (const step of STARTER_IMPORTS) {
      const s = await importFile(platform.store, {
        format: step.format,
        file: join(sharedDir, step.file),
        options: step.indicator ? { indicator: step.indicator } : {},
      });
      log.push(summaryLine(s));
      if (!s.written) {
        const first = s.issues[0];
        throw new DomainError(
          'import_rejected',
          `${step.file}: ${s.rejected} bad rows${first ? `; first: line ${first.line}, ${first.field}: ${first.reason}` : ''}`,
        );
      }
    }
    for (const step of STARTER_CHAIN_IMPORTS) {
      const s = await importChain(platform.store, {
        format: step.format,
        file: join(sharedDir, step.file),
        options: { code: step.code },
      });
      log.push(summaryLine(s));
      if (!s.written)
        throw new DomainError('import_rejected', `${step.file}: ${s.rejected} bad rows`);
    }
    for (const step of STARTER_STANDARDS_IMPORTS) {
      const s = await importStandards(
        platform.store,
        {
          format: step.format,
          file: join(sharedDir, step.file),
          options: {
            participation: join(sharedDir, step.participation),
            bodies: join(sharedDir, step.bodies),
          },
        },
        { members: [], concern: [] },
      );
      log.push(summaryLine(s));
      if (!s.written)
        throw new DomainError('import_rejected', `${step.file}: ${s.rejected} bad rows`);
    }
    const store = platform.store;
    const standards = starterCommitteeRows(await store.standards.committees());
    const chains = await Promise.all(
      (await store.supplyChains.list()).map(async (c) => (await store.supplyChains.get(c.code))!),
    );
    const economies = await store.economies.list();
    const catalogue = await store.indicators.catalogue();
    const valueRows: (string | number)[][] = [];
    for (const ind of catalogue) {
      if (ind.lastYear === null || STARTER_EXCLUDED.has(ind.code)) continue;
      for (let year = ind.lastYear - STARTER_YEARS + 1; year <= ind.lastYear; year++) {
        for (const v of await store.indicators.values({ code: ind.code, year }))
          valueRows.push([v.indicatorCode, v.iso3, v.year, v.value, v.sourceId]);
      }
    }
    const groupRows: (string | null)[][] = [];
    const groups = await store.groupings.list();
    for (const summary of groups) {
      const g = (await store.groupings.get(summary.code))!;
      for (const m of g.members)
        groupRows.push([
          g.code,
          g.name,
          g.kind,
          g.sourceId,
          m.code,
          m.name,
          m.kind,
          m.status,
          m.asOf,
          m.sourceUrls.join(' | '),
          m.notes,
        ]);
    }
    const usedSources = new Set([
      ...valueRows.map((r) => String(r[4])),
      ...groups.map((g) => g.sourceId),
      ...chains.flatMap((c) => c.provision.map((p) => p.sourceId)),
      ...(standards.committees.length > 0 ? STARTER_STANDARDS_IMPORTS.map((s) => s.source) : []),
    ]);
    const sources = (await store.sources.list()).filter(
      (s) => usedSources.has(s.id) || s.id === 'iso-un-m49-country-codes',
    );

    mkdirSync(outDir, { recursive: true });
    const files: Record<string, string> = {
      'economies.csv': csv(
        [
          'iso3',
          'iso2',
          'iso_numeric',
          'name',
          'official_name',
          'region',
          'subregion',
          'income_code',
          'independence',
        ],
        economies.map((e) => [
          e.iso3,
          e.iso2,
          e.isoNumeric,
          e.name,
          e.officialName,
          e.region,
          e.subregion,
          e.incomeCode,
          e.independence,
        ]),
      ),
      'values.csv': csv(['indicator', 'iso3', 'year', 'value', 'source'], valueRows),
      'groupings.csv': csv(
        [
          'group_code',
          'group_name',
          'group_kind',
          'source',
          'member_code',
          'member_name',
          'member_kind',
          'status',
          'as_of',
          'source_urls',
          'notes',
        ],
        groupRows,
      ),
      'chains.json': JSON.stringify(chains) + '\n',
      [STARTER_COMMITTEES_FILE]: csv([...STARTER_COMMITTEE_COLUMNS], standards.committees),
      [STARTER_BODIES_FILE]: csv([...STARTER_BODY_COLUMNS], standards.bodies),
      'sources.json': JSON.stringify(sources, null, 2) + '\n',
      'SOURCES.md': sourcesMarkdown(sources),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
    return {
      files: Object.keys(files),
      economies: economies.length,
      values: valueRows.length,
      groupings: groups.length,
      log,
    };
  } finally {
    await platform.close();
  }
}

function sourcesMarkdown(
  sources: {
    id: string;
    citation: string;
    publisher: string;
    licence: string;
    url: string | null;
    date: string | null;
  }[],
): string {
  const lines = [
    '# Starter dataset — sources and licences',
    '',
    'Generated by `npm run data:starter` from the public files in `../shared/data`; do not edit by hand.',
    'A compact derived table of values (indicator, economy, year, value, source), never a copy of a source file.',
    `Each indicator keeps its last ${STARTER_YEARS} years. Only sources that allow redistribution with attribution are included;`,
    'Freedom House and EIU scores, CSET supply-chain data and OpenSanctions lists are imported by users (see README).',
    '',
    '## Standards committees',
    '',
    '`standards-committees.csv` and `standards-bodies.csv` hold the ISO committees (secretariats, participating and',
    'observing member bodies) derived from ISO Open Data (`iso_technical_committees`), © ISO, under the Open Data',
    'Commons Attribution License (ODC-By 1.0): attribute ISO when sharing them. The member-body acronym to ISO3',
    'mapping was compiled for this project (see `../shared/data/standards/PROVENANCE.md`).',
    '',
    '## Share-alike notice',
    '',
    'The V-Dem values (`vdem_*` indicators) are derived from the V-Dem dataset (Coppedge, Michael, John Gerring et al.,',
    '"V-Dem Country-Year Dataset v14" and "v15", Varieties of Democracy Project) and are licensed CC BY-SA 4.0:',
    'the rows of `values.csv` whose source starts with `vdem-` may be shared and adapted only under the same licence,',
    'with this attribution.',
    '',
    '## Sources',
    '',
    '| id | citation | publisher | licence | link |',
    '| --- | --- | --- | --- | --- |',
    ...sources.map(
      (s) =>
        `| \`${s.id}\` | ${s.citation.replace(/\|/g, '/')} | ${s.publisher} | ${s.licence} | ${s.url ?? ''} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
