// The import formats of cases of the illiberal use of technology, by the name
// `techalliance import <format> <file>` takes: each a parser of one file into a ParsedMisuse
// (cases, and indicator values where the file gives them). Storage and registration in the import
// runner build on this table. Freedom on the Net (`fotn`) and the Digital Repression Index
// (`digital-repression`) give indicator values only: they are row formats (importers/formats.ts).
import { parseCarnegieAigs } from './carnegie-aigs.parser.ts';
import { parseKeepItOn } from './keepiton.parser.ts';
import { parseNetsweeper } from './netsweeper.parser.ts';
import { parseOoniBlockings } from './ooni-blockings.parser.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';
import { parsePiTransfers } from './pi-transfers.parser.ts';
import { parseSpywareIndex } from './spyware-index.parser.ts';

export type MisuseFormatName =
  'carnegie-aigs' | 'keepiton' | 'netsweeper' | 'ooni-blockings' | 'spyware-index' | 'pi-transfers';

export interface MisuseFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** Parses one file; never throws on a bad record, throws a DomainError naming a bad file. */
  parse(file: string, options?: MisuseOptions): ParsedMisuse;
}

export const MISUSE_FORMATS: Readonly<Record<MisuseFormatName, MisuseFormat>> = {
  'carnegie-aigs': {
    description:
      'Carnegie AI & Big Data Global Surveillance Index 2022 by country: one surveillance case per country and technology, suppliers named per country',
    parse: parseCarnegieAigs,
  },
  keepiton: {
    description:
      "Access Now #KeepItOn STOP shutdowns 2016–2025: one case per event, and internet_shutdowns per economy and Access Now's count_year",
    parse: parseKeepItOn,
  },
  netsweeper: {
    description:
      'Citizen Lab Planet Netsweeper installations (2018, ALL or SUBSET file): one censorship case per country, supplier Netsweeper',
    parse: parseNetsweeper,
  },
  'ooni-blockings': {
    description:
      'Sinar Project iMAP confirmed blockings from OONI (2022 H1, 8 countries): one censorship case per country',
    parse: parseOoniBlockings,
  },
  'spyware-index': {
    description:
      'DERIVED index of Citizen Lab and Amnesty spyware investigations: one spyware case per investigation, flagged derived',
    parse: parseSpywareIndex,
  },
  'pi-transfers': {
    description:
      'PARTIAL, TRANSCRIBED extract of the Privacy International Surveillance Industry Index transfers: one transfer case per record, flagged',
    parse: parsePiTransfers,
  },
};

export const isMisuseFormat = (format: string): format is MisuseFormatName =>
  Object.hasOwn(MISUSE_FORMATS, format);
