// The import formats of research data, by the name `techalliance import <format> <file>` takes:
// each a parser of one file into a ParsedResearch (core model). Formats that accept two files of
// one source (NSF's all-field and AI pairs, NSF's AI institutions and their co-authorship matrix,
// OpenAlex's pairs and totals, CORDIS's pairs and participation) tell them apart by their columns. Storage and registration in the import runner
// build on this table.
import { parseCordisPairs } from './cordis-pairs.parser.ts';
import { parseNsfAiArticles } from './nsf-ai-articles.parser.ts';
import { parseNsfAiInstitutions } from './nsf-ai-institutions.parser.ts';
import { parseNsfArticlesByField } from './nsf-articles-by-field.parser.ts';
import { parseNsfCoauthorship } from './nsf-coauthorship.parser.ts';
import { parseOpenAlexPairs } from './openalex-pairs.parser.ts';
import type { ParsedResearch, ResearchOptions } from './parsed-research.ts';
import { parseRor } from './ror.parser.ts';

export type ResearchFormatName =
  | 'nsf-coauthorship'
  | 'nsf-articles-by-field'
  | 'nsf-ai-articles'
  | 'nsf-ai-institutions'
  | 'openalex-pairs'
  | 'cordis-pairs'
  | 'ror';

export interface ResearchFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** Parses one file; never throws on a bad record, throws a DomainError naming a bad file. */
  parse(file: string, options?: ResearchOptions): ParsedResearch;
}

export const RESEARCH_FORMATS: Readonly<Record<ResearchFormatName, ResearchFormat>> = {
  'nsf-coauthorship': {
    description:
      'NSF SEI 2024 international co-authorship between economies: all fields 2003 and 2022 with the collaboration index and international totals (SPBS-35/38), or AI 2003–2022 with the AI index (SPBS-92/94)',
    parse: parseNsfCoauthorship,
  },
  'nsf-articles-by-field': {
    description:
      'NSF SEI 2024 S&E articles by field and economy 2003–2022 (SPBS-3…31): whole and fractional counts in 14 fields, the world under WLD',
    parse: parseNsfArticlesByField,
  },
  'nsf-ai-articles': {
    description:
      'NSF SEI 2024 AI articles by economy 2003–2022 (SPBS-91): whole and fractional AI output and international AI articles (the AI index’s totals), the world under WLD',
    parse: parseNsfAiArticles,
  },
  'nsf-ai-institutions': {
    description:
      'NSF SEI 2024 top-100 AI institutions 2003–2022 (SPBS-96; with --crosswalk, each linked to its ROR record), or their AI co-authorship matrix (SPBS-97)',
    parse: parseNsfAiInstitutions,
  },
  'openalex-pairs': {
    description:
      'OpenAlex country co-authorship (CC0): co-authored works per country pair and year, or each country’s internationally co-authored works per year',
    parse: parseOpenAlexPairs,
  },
  'cordis-pairs': {
    description:
      'CORDIS Horizon 2020 (CC BY 4.0): joint projects per country pair by programme part, or participation per country',
    parse: parseCordisPairs,
  },
  ror: {
    description:
      'Research Organization Registry records (CC0): ids, names, aliases, acronyms, labels, country, types, parents',
    parse: parseRor,
  },
};

export const isResearchFormat = (format: string): format is ResearchFormatName =>
  Object.hasOwn(RESEARCH_FORMATS, format);
