// Parser for NSF's international co-authorship between economies (format `nsf-coauthorship`), in
// either of the two long tables derived from SEI 2024 (see the data's PROVENANCE.md):
// - `pairs` (SPBS-35 + SPBS-38): all S&E fields, 46 economies, 2003 and 2022, whole counts, the
//   collaboration index, each side's international articles and the world's;
// - `ai-pairs` (SPBS-92 + SPBS-94): AI, 60 economies, 2003–2022 together, with the AI index.
// Both list each pair in both directions: the two rows make one record (a < b) and must agree.
// The files carry ISO3 codes: they are the authority; a name the economy lookup reads as another
// economy is reported. International totals (each side's and the world's) come from `pairs`.
import { economyLookup } from '../../core/economies/economy-names.ts';
import type { PairCollaboration, PairField } from '../../core/research/research.ts';
import { WORLD } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  ordered,
  readAmount,
  readCount,
  readLayout,
  readYear,
  type Layout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { NSF_SEI_2024 } from './research-sources.ts';

export const NSF_PAIRS_COLUMNS = [
  'year',
  'economy_a',
  'iso3_a',
  'economy_b',
  'iso3_b',
  'coauthored_articles',
  'collaboration_index',
  'intl_articles_a',
  'intl_articles_b',
  'world_intl_articles',
] as const;

export const NSF_AI_PAIRS_COLUMNS = [
  'period',
  'economy_a',
  'iso3_a',
  'economy_b',
  'iso3_b',
  'ai_coauthored_articles',
  'ai_collaboration_index',
] as const;

const LAYOUTS: readonly Layout<'pairs' | 'ai-pairs'>[] = [
  { name: 'pairs', key: 'collaboration_index', required: NSF_PAIRS_COLUMNS },
  { name: 'ai-pairs', key: 'ai_collaboration_index', required: NSF_AI_PAIRS_COLUMNS },
];

const PERIOD = /^(\d{4})-(\d{4})$/;

/** An index cell: a number ≥ 0, or empty/`na` (none given). */
function readIndex(log: PartyLog, line: number, field: string, raw: string): number | null {
  const s = raw.trim();
  if (s === '' || s.toLowerCase() === 'na') return null;
  return readAmount(log, line, field, s);
}

/**
 * Reads either NSF co-authorship table. Never throws on a bad row (reported with its line and
 * column); throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseNsfCoauthorship(file: string, options: ResearchOptions = {}): ParsedResearch {
  const { layout, csv } = readLayout(file, LAYOUTS);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch(layout, [NSF_SEI_2024]);
  const codes = new EconomyCodes(options.economies);
  const lookup = economyLookup(options.economies ?? []);
  const ai = layout === 'ai-pairs';
  const field: PairField = ai ? 'ai' : 'all';
  const countColumn = ai ? 'ai_coauthored_articles' : 'coauthored_articles';
  const indexColumn = ai ? 'ai_collaboration_index' : 'collaboration_index';
  /** Pairs seen: key → the record and the line and direction it was first read from. */
  const seen = new Map<
    string,
    { pair: PairCollaboration; line: number; direction: string; mirrored: boolean }
  >();
  const totals = new Map<string, { works: number; line: number }>();

  const economy = (line: number, side: 'a' | 'b', r: Record<string, string>): string | null => {
    const iso3 = codes.fromIso3(log, line, `iso3_${side}`, r[`iso3_${side}`]!);
    const name = r[`economy_${side}`]!.trim();
    const named = name === '' ? null : lookup(name);
    if (iso3 !== null && named?.kind === 'found' && named.iso3 !== iso3)
      log.bad(line, `economy_${side}`, `names ${named.iso3}, but iso3_${side} is ${iso3}`, name);
    return iso3;
  };
  const total = (line: number, field: string, iso3: string, year: number, works: number): void => {
    const key = `${iso3}|${year}`;
    const earlier = totals.get(key);
    if (!earlier) totals.set(key, { works, line });
    else if (earlier.works !== works)
      log.bad(
        line,
        field,
        `${iso3} ${year}: ${works}, but line ${earlier.line} gives ${earlier.works}`,
        String(works),
      );
  };

  for (const { line, record: r } of csv.rows) {
    let firstYear: number | null;
    let year: number | null;
    if (ai) {
      const m = PERIOD.exec(r.period!.trim());
      [firstYear, year] = m ? [Number(m[1]), Number(m[2])] : [null, null];
      if (!m || firstYear! > year!)
        log.bad(line, 'period', 'is not a span of years (2003-2022)', r.period);
    } else firstYear = year = readYear(log, line, 'year', r.year!, 1990, 2100);
    const a = economy(line, 'a', r);
    const b = economy(line, 'b', r);
    if (a !== null && a === b) log.bad(line, 'iso3_b', 'is the same economy as iso3_a', b);
    const works = readCount(log, line, countColumn, r[countColumn]!);
    const index = readIndex(log, line, indexColumn, r[indexColumn]!);
    const sides = ai
      ? null
      : {
          a: readCount(log, line, 'intl_articles_a', r.intl_articles_a!),
          b: readCount(log, line, 'intl_articles_b', r.intl_articles_b!),
          world: readCount(log, line, 'world_intl_articles', r.world_intl_articles!),
        };
    if (log.isRejected(line)) continue;

    const [x, y] = ordered(a!, b!);
    const key = `${firstYear}|${year}|${x}|${y}`;
    const direction = `${a}>${b}`;
    const earlier = seen.get(key);
    if (!earlier) {
      const pair: PairCollaboration = {
        a: x,
        b: y,
        firstYear: firstYear!,
        year: year!,
        works: works!,
        source: 'nsf',
        field,
        collaborationIndex: index,
        programme: null,
      };
      seen.set(key, { pair, line, direction, mirrored: false });
      out.pairs.push(pair);
    } else if (earlier.direction === direction)
      log.bad(line, 'iso3_b', `pair ${a}–${b} (${year}) already given on line ${earlier.line}`, b!);
    else if (earlier.pair.works !== works)
      log.bad(
        line,
        countColumn,
        `${works}, but the other direction (line ${earlier.line}) gives ${earlier.pair.works}`,
        String(works),
      );
    else if (earlier.pair.collaborationIndex !== index)
      log.bad(
        line,
        indexColumn,
        `${index}, but the other direction (line ${earlier.line}) gives ${earlier.pair.collaborationIndex}`,
        String(index),
      );
    else earlier.mirrored = true;
    if (sides && !log.isRejected(line)) {
      total(line, 'intl_articles_a', a!, year!, sides.a!);
      total(line, 'intl_articles_b', b!, year!, sides.b!);
      total(line, 'world_intl_articles', WORLD, year!, sides.world!);
    }
  }
  for (const [key, { works }] of totals) {
    const [iso3, year] = key.split('|');
    const y = Number(year);
    out.totals.push({ iso3: iso3!, field: 'all', firstYear: y, year: y, works, source: 'nsf' });
  }
  const oneWay = [...seen.values()].filter((s) => !s.mirrored);
  if (oneWay.length > 0)
    log.warn(
      `${file}: ${oneWay.length} pair${oneWay.length > 1 ? 's are' : ' is'} given in one direction only (the table lists both): ` +
        oneWay
          .slice(0, 5)
          .map((s) => `line ${s.line}`)
          .join(', '),
    );
  return finish(out, log, csv.records);
}
