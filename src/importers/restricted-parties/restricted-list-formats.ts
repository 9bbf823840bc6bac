// The import formats of restricted-party lists, by the name `techalliance import <format> <file>`
// will take: each a parser of one file into a ParsedRestrictedList. Storage and registration in
// the import runner build on this table.
import { parseBisExtract } from './bis-extract.parser.ts';
import { parseCnExportControl } from './cn-export-control.parser.ts';
import { parseDod1260h } from './dod-1260h.parser.ts';
import { parseEu833AnnexIv } from './eu-833-annex-iv.parser.ts';
import { parseFccCovered } from './fcc-covered.parser.ts';
import { parseFtm } from './ftm.parser.ts';
import { parseInksna } from './inksna.parser.ts';
import { parseJpMeti } from './jp-meti.parser.ts';
import type { RestrictedListOptions } from './list-options.ts';
import { parseNdaa } from './ndaa.parser.ts';
import { parseOfacSdn } from './ofac-sdn.parser.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';

export type RestrictedListFormatName =
  | 'ofac-sdn'
  | 'dod-1260h'
  | 'fcc-covered'
  | 'ndaa'
  | 'inksna'
  | 'eu-833-annex-iv'
  | 'cn-export-control'
  | 'jp-meti'
  | 'bis-extract'
  | 'ftm';

export interface RestrictedListFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** Parses one file; never throws on a bad row, throws a DomainError naming a bad file. */
  parse(file: string, options?: RestrictedListOptions): ParsedRestrictedList;
}

export const RESTRICTED_LIST_FORMATS: Readonly<
  Record<RestrictedListFormatName, RestrictedListFormat>
> = {
  'ofac-sdn': {
    description:
      "OFAC's SDN list, legacy sdn.csv (no header; a.k.a.s, DOBs, IDs read from Remarks)",
    parse: parseOfacSdn,
  },
  'dod-1260h': {
    description: 'DoD list of Chinese military companies (NDAA FY2021 §1260H), OpenSanctions CSV',
    parse: parseDod1260h,
  },
  'fcc-covered': {
    description:
      'FCC Covered List (Secure Networks Act), OpenSanctions CSV; names read from the items',
    parse: parseFccCovered,
  },
  ndaa: {
    description:
      'NDAA section lists (§889, §5949, §154, §1286), OpenSanctions us_special_leg CSV, one list per section',
    parse: parseNdaa,
  },
  inksna: {
    description:
      'State Department INKSNA nonproliferation measures, OpenSanctions us_special_leg CSV',
    parse: parseInksna,
  },
  'eu-833-annex-iv': {
    description:
      'EU Reg. 833/2014 Annex IV (Russia military-industrial end users), OpenSanctions CSV',
    parse: parseEu833AnnexIv,
  },
  'cn-export-control': {
    description:
      'China MOFCOM export-control lists and Unreliable Entity List, OpenSanctions cn/sanctions CSV',
    parse: parseCnExportControl,
  },
  'jp-meti': {
    description:
      'Japan METI/MOFA export-ban entity lists (Russia, Belarus, third countries), PDF text dumps',
    parse: parseJpMeti,
  },
  'bis-extract': {
    description: 'BIS Entity List extract (.json) or Military-Intelligence End-User list (.csv)',
    parse: parseBisExtract,
  },
  ftm: {
    description: 'FollowTheMoney entities as JSON lines (any OpenSanctions dataset export)',
    parse: parseFtm,
  },
};
