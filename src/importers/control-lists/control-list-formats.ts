// The import formats of item control lists, by the name `techalliance import <format> <file>`
// takes: each a parser of one file into a ParsedControlList.
import { parseEuAnnexIText } from './eu-annex-i-text.parser.ts';
import { parseIndiaScomet } from './india-scomet.parser.ts';
import type { ControlListOptions, ParsedControlList } from './parsed-control-list.ts';
import { parseUsCcl } from './us-ccl.parser.ts';
import { parseWassenaarList } from './wassenaar-list.parser.ts';

export type ControlListFormatName =
  'us-ccl' | 'wassenaar-list' | 'eu-annex-i-text' | 'india-scomet';

export interface ControlListFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** Parses one file; never throws on a bad entry, throws a DomainError naming a bad file. */
  parse(file: string, options: ControlListOptions & { jurisdiction?: string }): ParsedControlList;
}

export const CONTROL_LIST_FORMATS: Readonly<Record<ControlListFormatName, ControlListFormat>> = {
  'us-ccl': {
    description:
      'US Commerce Control List (15 CFR 774 Supp. 1) as eCFR-derived JSON, with paragraphs for categories 1, 3, 4, 5 (--id)',
    parse: parseUsCcl,
  },
  'wassenaar-list': {
    description:
      'Wassenaar Arrangement dual-use and munitions list, text extracted from the PDF (--id)',
    parse: parseWassenaarList,
  },
  'eu-annex-i-text': {
    description:
      'An EU Annex I–style dual-use list in text form (EU numbering, e.g. Norway List II) (--id, --date, --jurisdiction)',
    parse: parseEuAnnexIText,
  },
  'india-scomet': {
    description:
      "India's SCOMET list, text extracted from the PDF; Category 8 mapped to Wassenaar codes (--id)",
    parse: parseIndiaScomet,
  },
};

export const isControlListFormat = (format: string): format is ControlListFormatName =>
  Object.hasOwn(CONTROL_LIST_FORMATS, format);
