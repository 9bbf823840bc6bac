// Parser for EU Horizon 2020 participation from CORDIS (format `cordis-pairs`; tables derived from
// zambujo/eunets, snapshot of December 2020, see the data's PROVENANCE.md). One format, two file
// layouts told apart by their columns:
// - `pairs`: distinct projects with a participant (any role) from each of two countries, in all
//   and per programme part; each row gives one PairCollaboration per part (`all` and six parts);
// - `participation`: per country, participations by role and organisation type, projects, the EC
//   contribution and projects per part.
// Countries are read from the `iso2` columns (CORDIS writes UK and EL; the table adds GB and GR).
import type { HorizonParticipation, HorizonProgrammePart } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  ordered,
  readAmount,
  readCount,
  readLayout,
  type Layout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { CORDIS_H2020 } from './research-sources.ts';

/** Horizon 2020 ran from 2014 to 2020: the span every CORDIS count covers. */
export const H2020_YEARS = { firstYear: 2014, year: 2020 } as const;

/** The programme parts and the suffix of their columns. */
const PARTS: readonly [Exclude<HorizonProgrammePart, 'all'>, string][] = [
  ['leit', 'LEIT'],
  ['fet', 'FET'],
  ['societal-challenges', 'societal_challenges'],
  ['msca', 'MSCA'],
  ['erc', 'ERC'],
  ['innovation-in-smes', 'innovation_in_SMEs'],
];

export const CORDIS_PAIRS_COLUMNS = [
  'iso2_a',
  'iso2_b',
  'joint_projects_all',
  ...PARTS.map(([, c]) => `joint_projects_${c}`),
] as const;

export const CORDIS_PARTICIPATION_COLUMNS = [
  'iso2',
  'eunets_group',
  'participations',
  'distinct_projects',
  'projects_coordinated',
  'participations_as_coordinator',
  'participations_as_participant',
  'participations_as_partner',
  'participations_HES',
  'participations_REC',
  'participations_PRC',
  'participations_PUB',
  'participations_OTH',
  'ec_contribution_eur',
  ...PARTS.map(([, c]) => `projects_${c}`),
] as const;

const LAYOUTS: readonly Layout<'pairs' | 'participation'>[] = [
  { name: 'pairs', key: 'joint_projects_all', required: CORDIS_PAIRS_COLUMNS },
  { name: 'participation', key: 'distinct_projects', required: CORDIS_PARTICIPATION_COLUMNS },
];

const GROUPS = new Set<HorizonParticipation['group']>(['eu15', 'eu13', 'ac', 'tc']);

/**
 * Reads either CORDIS table. Never throws on a bad row (reported with its line and column);
 * throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseCordisPairs(file: string, options: ResearchOptions = {}): ParsedResearch {
  const { layout, csv } = readLayout(file, LAYOUTS);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch(layout, [CORDIS_H2020]);
  const codes = new EconomyCodes(options.economies);
  const seen = new Map<string, number>();
  const first = (line: number, field: string, key: string, value: string): boolean => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, line);
    else log.bad(line, field, `${key} already given on line ${earlier}`, value);
    return earlier === undefined;
  };
  const count = (line: number, r: Record<string, string>, column: string): number | null =>
    readCount(log, line, column, r[column]!);

  for (const { line, record: r } of csv.rows) {
    if (layout === 'pairs') {
      const a = codes.fromIso2(log, line, 'iso2_a', r.iso2_a!);
      const b = codes.fromIso2(log, line, 'iso2_b', r.iso2_b!);
      if (a !== null && a === b) log.bad(line, 'iso2_b', 'is the same economy as iso2_a', r.iso2_b);
      const all = count(line, r, 'joint_projects_all');
      const parts = PARTS.map(
        ([part, c]) => [part, count(line, r, `joint_projects_${c}`)] as const,
      );
      if (log.isRejected(line)) continue;
      const [x, y] = ordered(a!, b!);
      if (!first(line, 'iso2_b', `pair ${x}–${y}`, r.iso2_b!)) continue;
      for (const [programme, works] of [['all', all] as const, ...parts])
        out.pairs.push({
          a: x,
          b: y,
          ...H2020_YEARS,
          works: works!,
          source: 'cordis',
          field: 'all',
          collaborationIndex: null,
          programme,
        });
    } else {
      const iso3 = codes.fromIso2(log, line, 'iso2', r.iso2!);
      const group = r.eunets_group!.trim() as HorizonParticipation['group'];
      if (!GROUPS.has(group)) log.bad(line, 'eunets_group', 'must be eu15, eu13, ac or tc', group);
      const n = (column: string): number => count(line, r, column) ?? 0;
      const p: HorizonParticipation = {
        iso3: iso3 ?? '',
        group,
        participations: n('participations'),
        distinctProjects: n('distinct_projects'),
        projectsCoordinated: n('projects_coordinated'),
        byRole: {
          coordinator: n('participations_as_coordinator'),
          participant: n('participations_as_participant'),
          partner: n('participations_as_partner'),
        },
        byOrganisationType: {
          hes: n('participations_HES'),
          rec: n('participations_REC'),
          prc: n('participations_PRC'),
          pub: n('participations_PUB'),
          oth: n('participations_OTH'),
        },
        ecContributionEur:
          readAmount(log, line, 'ec_contribution_eur', r.ec_contribution_eur!) ?? 0,
        projectsByPart: Object.fromEntries(
          PARTS.map(([part, c]) => [part, n(`projects_${c}`)]),
        ) as HorizonParticipation['projectsByPart'],
      };
      if (log.isRejected(line) || !first(line, 'iso2', `country ${iso3}`, r.iso2!)) continue;
      out.participations.push(p);
    }
  }
  return finish(out, log, csv.records);
}
