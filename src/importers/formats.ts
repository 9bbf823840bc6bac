// The registry of import formats: `techalliance import <format> <file>` looks names up here.
import { countriesFormat } from './countries.format.ts';
import { freedomHouseFormat } from './freedom-house.format.ts';
import { groupingsFormat } from './groupings.format.ts';
import type { ImportFormat } from './import-format.ts';
import { isoStandardsFormat } from './iso-standards.format.ts';
import { digitalRepressionFormat } from './misuse/digital-repression.format.ts';
import { fotnFormat } from './misuse/fotn.format.ts';
import { nsfSeiFormat } from './nsf-sei.format.ts';
import { owidFormat } from './owid.format.ts';
import {
  starterEconomiesFormat,
  starterGroupingsFormat,
  starterValuesFormat,
} from './starter.format.ts';
import { top500Format } from './top500.format.ts';
import { vdemFormat } from './vdem.format.ts';
import { wgiFormat } from './wgi.format.ts';
import { worldBankFormat } from './worldbank.format.ts';

const FORMATS: readonly ImportFormat[] = [
  countriesFormat,
  worldBankFormat,
  owidFormat,
  vdemFormat,
  wgiFormat,
  freedomHouseFormat,
  fotnFormat,
  digitalRepressionFormat,
  nsfSeiFormat,
  top500Format,
  isoStandardsFormat,
  groupingsFormat,
];

/** Formats of the bundled starter dataset: found by name, not offered by `import`. */
const INTERNAL_FORMATS: readonly ImportFormat[] = [
  starterEconomiesFormat,
  starterValuesFormat,
  starterGroupingsFormat,
];

export function findFormat(name: string): ImportFormat | undefined {
  return [...FORMATS, ...INTERNAL_FORMATS].find((f) => f.name === name);
}

export function formatNames(): string[] {
  return FORMATS.map((f) => f.name);
}

export function listFormats(): readonly ImportFormat[] {
  return FORMATS;
}
