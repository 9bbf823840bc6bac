// The four real control lists of ../shared/data/export-controls/lists, imported into a platform
// under the ids the tests, browser tests and benchmarks use.
import type { ImportSummary } from '../src/core/imports/import-report.ts';
import type { Services } from '../src/services/services.ts';
import { sharedFile } from './shared-data.ts';

export const CONTROL_LISTS_DIR = sharedFile('export-controls', 'lists');

export const CONTROL_LIST_IMPORTS = [
  {
    format: 'wassenaar-list',
    file: 'wassenaar_2025corr_dual_use_and_munitions_list.txt',
    options: { id: 'wa-2025' },
  },
  { format: 'us-ccl', file: 'us_ccl_ecfr_2026-07-23.json', options: { id: 'us-ccl-2026' } },
  {
    format: 'eu-annex-i-text',
    file: 'norway_list_II_dual_use_2022.txt',
    options: { id: 'no-2022', date: '2022-03-01', jurisdiction: 'NOR' },
  },
  {
    format: 'india-scomet',
    file: 'india_scomet_2024-09-02.txt',
    options: { id: 'in-scomet-2024' },
  },
] as const;

/** Imports the four lists, each as `techalliance import` does (nothing written on a bad entry). */
export async function importControlLists(services: Services): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  for (const l of CONTROL_LIST_IMPORTS)
    out.push(
      await services.imports.run({
        format: l.format,
        file: sharedFile('export-controls', 'lists', l.file),
        options: { ...l.options },
      }),
    );
  return out;
}
