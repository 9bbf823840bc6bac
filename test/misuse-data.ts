// The files of ../shared/data/illiberal-tech the case registry is built from: every case file in
// its format, and the Freedom on the Net and Digital Repression Index indicator files, imported into
// a platform as `techalliance import` does (for the importer's, the services' and the web tests).
import { existsSync } from 'node:fs';
import type { ImportSummary } from '../src/core/imports/import-report.ts';
import type { Services } from '../src/services/services.ts';
import { sharedFile } from './shared-data.ts';

export const MISUSE_DIR = sharedFile('illiberal-tech');

/** Each case format with its file, in the order they are imported. */
export const MISUSE_CASE_FILES = [
  { format: 'carnegie-aigs', file: 'carnegie_aigs_2022_by_country.csv' },
  { format: 'keepiton', file: 'accessnow_keepiton_stop_2016_2025.csv' },
  { format: 'netsweeper', file: 'citizenlab_netsweeper_installations_subset_2018.csv' },
  { format: 'ooni-blockings', file: 'sinar_imap_ooni_confirmed_blockings_2022h1.csv' },
  { format: 'spyware-index', file: 'spyware_case_index_citizenlab_amnesty_DERIVED.csv' },
  {
    format: 'pi-transfers',
    file: 'pi_surveillance_industry_index_transfers_PARTIAL_first121.csv',
  },
] as const;

/** The indicator files (row formats) beside them. */
export const MISUSE_INDICATOR_FILES = [
  { format: 'fotn', file: 'freedomhouse_fotn_2024_scores.csv' },
  { format: 'digital-repression', file: 'carnegie_digital_repression_index_2021_vdem.csv' },
] as const;

/** A file of the folder, by name. */
export const misuseDataFile = (name: string): string => sharedFile('illiberal-tech', name);

/** Whether every file is there (tests on them skip visibly otherwise). */
export const hasMisuseData = [...MISUSE_CASE_FILES, ...MISUSE_INDICATOR_FILES].every((f) =>
  existsSync(misuseDataFile(f.file)),
);

/** Says on the console that a suite is skipped because the files are absent. */
export function warnWithoutMisuseData(suite: string): void {
  if (!hasMisuseData)
    console.warn(`skipping ${suite}: the illiberal-tech files were not found in ${MISUSE_DIR}`);
}

/**
 * Imports every case file and the two indicator files (nothing written for a file with a bad
 * record); the summaries in the order of MISUSE_CASE_FILES, then MISUSE_INDICATOR_FILES.
 */
export async function importMisuseFiles(services: Services): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  for (const f of [...MISUSE_CASE_FILES, ...MISUSE_INDICATOR_FILES])
    out.push(await services.imports.run({ format: f.format, file: misuseDataFile(f.file) }));
  return out;
}
