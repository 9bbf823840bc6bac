// Parser for NSF's AI articles by economy, 2003–2022 together (format `nsf-ai-articles`; SEI 2024
// table SPBS-91): per economy (and the world) its AI articles in whole and fractional counts and
// its AI articles with an international co-author — the totals NSF's AI collaboration index
// (SPBS-94) is computed from. The table names economies without codes: names are read through the
// platform's economies; the world is kept as WLD, NSF's regions and units without a code are set
// aside, and a name that is unknown or could be several economies is reported, never guessed.
import { economyLookup, economyLookupMessage } from '../../core/economies/economy-names.ts';
import { WORLD } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { NSF_NON_ECONOMIES, NSF_SET_ASIDE } from './nsf-articles-by-field.parser.ts';
import {
  emptyResearch,
  finish,
  readAmount,
  readCount,
  readLayout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { NSF_SEI_2024 } from './research-sources.ts';

export const NSF_AI_ARTICLES_COLUMNS = [
  'region_country_or_economy',
  'number_of_papers_whole_',
  'number_of_papers_fractional_',
  'papers_involving_international_institutions_whole_',
] as const;

/** The years SPBS-91 counts together. */
export const NSF_AI_ARTICLES_YEARS = { firstYear: 2003, year: 2022 } as const;

/**
 * NSF's spellings the economy lookup cannot read ("Congo, Republic of the" for the Republic of the
 * Congo); every other name of SPBS-91 is read by the lookup.
 */
const NSF_NAMES: Readonly<Record<string, string>> = {
  'Congo, Democratic Republic of the': 'COD',
  'Congo, Republic of the': 'COG',
};

/**
 * Reads SPBS-91 into international AI totals (field `ai`, 2003–2022) and AI output (FieldOutput,
 * field `ai`, filed under the span's last year, 2022). Never throws on a bad row (reported with its
 * line and column); throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseNsfAiArticles(file: string, options: ResearchOptions = {}): ParsedResearch {
  const { layout, csv } = readLayout(file, [
    { name: 'economies', key: 'region_country_or_economy', required: NSF_AI_ARTICLES_COLUMNS },
  ]);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch(layout, [NSF_SEI_2024]);
  const economies = options.economies ?? [];
  const codes = new Set(economies.map((e) => e.iso3));
  const lookup = economyLookup(economies);
  const seen = new Map<string, number>();
  const { firstYear, year } = NSF_AI_ARTICLES_YEARS;

  for (const { line, record: r } of csv.rows) {
    const name = r.region_country_or_economy!.trim();
    let iso3: string | null = null;
    if (name === 'World') iso3 = WORLD;
    else if (NSF_NON_ECONOMIES.has(name)) {
      log.aside(NSF_SET_ASIDE);
      continue;
    } else if (name === '') log.bad(line, 'region_country_or_economy', 'is empty');
    else if (NSF_NAMES[name] !== undefined && codes.has(NSF_NAMES[name])) iso3 = NSF_NAMES[name];
    else {
      const found = lookup(name);
      if (found.kind === 'found') iso3 = found.iso3;
      else log.bad(line, 'region_country_or_economy', economyLookupMessage(name, found), name);
    }
    const whole = readCount(log, line, 'number_of_papers_whole_', r.number_of_papers_whole_!);
    const fractional = readAmount(
      log,
      line,
      'number_of_papers_fractional_',
      r.number_of_papers_fractional_!,
    );
    const international = readCount(
      log,
      line,
      'papers_involving_international_institutions_whole_',
      r.papers_involving_international_institutions_whole_!,
    );
    if (iso3 !== null && seen.has(iso3))
      log.bad(
        line,
        'region_country_or_economy',
        `${iso3} already given on line ${seen.get(iso3)}`,
        name,
      );
    if (log.isRejected(line)) continue;
    seen.set(iso3!, line);
    out.totals.push({
      iso3: iso3!,
      field: 'ai',
      firstYear,
      year,
      works: international!,
      source: 'nsf',
    });
    out.fieldOutputs.push({
      iso3: iso3!,
      field: 'ai',
      year,
      wholeArticles: whole!,
      fractionalArticles: fractional!,
      source: 'nsf',
    });
  }
  return finish(out, log, csv.records);
}
