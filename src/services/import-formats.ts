// Every import format the platform reads — row formats, supply chains, restricted-party lists — and
// the one entry point that runs an import by format name. Kept apart from services.ts so that a
// command that imports nothing does not load the importers.
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import { CHAIN_FORMATS, importChain, isChainFormat } from '../importers/chain-import.ts';
import { importControlList } from '../importers/control-list-import.ts';
import {
  CONTROL_LIST_FORMATS,
  isControlListFormat,
} from '../importers/control-lists/control-list-formats.ts';
import { listFormats } from '../importers/formats.ts';
import { importFile, type ImportRequest } from '../importers/import-runner.ts';
import {
  importRestrictedList,
  isRestrictedListFormat,
} from '../importers/restricted-list-import.ts';
import { RESTRICTED_LIST_FORMATS } from '../importers/restricted-parties/restricted-list-formats.ts';

/** Every import format with its description. */
export const importFormats = (): { name: string; description: string }[] => [
  ...listFormats().map((f) => ({ name: f.name, description: f.description })),
  ...Object.entries(CHAIN_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(RESTRICTED_LIST_FORMATS).map(([name, f]) => ({
    name,
    description: f.description,
  })),
  ...Object.entries(CONTROL_LIST_FORMATS).map(([name, f]) => ({
    name,
    description: f.description,
  })),
];

/** Names of the import formats `techalliance import` accepts. */
export const importFormatNames = (): string[] => importFormats().map((f) => f.name);

/** Runs one import of a file in a named format (one transaction; see importers/). */
export function runImport(store: Store, req: ImportRequest): Promise<ImportSummary> {
  if (isChainFormat(req.format)) return importChain(store, req);
  if (isRestrictedListFormat(req.format)) return importRestrictedList(store, req);
  if (isControlListFormat(req.format)) return importControlList(store, req);
  return importFile(store, req);
}
