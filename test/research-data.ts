// The files of ../shared/data/research/collaboration the research formats read, imported into a
// platform as `techalliance import` does (for the importer's, the services' and the web tests).
import { existsSync } from 'node:fs';
import type { ImportSummary } from '../src/core/imports/import-report.ts';
import type { Services } from '../src/services/services.ts';
import { sharedFile } from './shared-data.ts';

export const RESEARCH_DIR = sharedFile('research', 'collaboration');

/** A file of the folder, by name. */
export const researchDataFile = (name: string): string =>
  sharedFile('research', 'collaboration', name);

/** The derived crosswalk of NSF's top-100 AI institutions to ROR (option of nsf-ai-institutions). */
export const AI_CROSSWALK_FILE = 'nsf_sei2024_ai_top100_institutions_ror_crosswalk_DERIVED.csv';

/** Each file with its format, in the order they are imported (the registry first). */
export const RESEARCH_FILES = [
  { format: 'ror', file: 'ror_records_research_orgs_subset.csv' },
  {
    format: 'nsf-coauthorship',
    file: 'nsf_sei2024_spbs35_38_intl_coauthorship_country_pairs_2003_2022.csv',
  },
  {
    format: 'nsf-coauthorship',
    file: 'nsf_sei2024_spbs92_94_ai_intl_coauthorship_country_pairs_2003_2022.csv',
  },
  {
    format: 'nsf-articles-by-field',
    file: 'nsf_sei2024_spbs3_31_se_articles_by_field_economy_2003_2022.csv',
  },
  {
    format: 'nsf-ai-articles',
    file: 'nsf_sei2024_spbs91_ai_articles_by_coauthorship_by_economy_2003_2022.csv',
  },
  {
    format: 'nsf-ai-institutions',
    file: 'nsf_sei2024_spbs96_ai_articles_by_institution_top100_2003_2022.csv',
    crosswalk: AI_CROSSWALK_FILE,
  },
  {
    format: 'nsf-ai-institutions',
    file: 'nsf_sei2024_spbs97_ai_coauthored_articles_institution_matrix_2003_2022.csv',
  },
  { format: 'openalex-pairs', file: 'openalex_country_pair_coauthored_works_2010_2023.csv' },
  { format: 'openalex-pairs', file: 'openalex_country_intl_coauthored_works_1990_2023.csv' },
  { format: 'cordis-pairs', file: 'cordis_h2020_country_pair_joint_projects_2014_2020.csv' },
  { format: 'cordis-pairs', file: 'cordis_h2020_country_participation_summary_2014_2020.csv' },
] as const;

/** Whether every file is there (tests on them skip visibly otherwise). */
export const hasResearchData = [...RESEARCH_FILES.map((f) => f.file), AI_CROSSWALK_FILE].every(
  (f) => existsSync(researchDataFile(f)),
);

/** Says on the console that a suite is skipped because the files are absent. */
export function warnWithoutResearchData(suite: string): void {
  if (!hasResearchData)
    console.warn(
      `skipping ${suite}: the research/collaboration files were not found in ${RESEARCH_DIR}`,
    );
}

/**
 * Imports every file (nothing written for a file with a bad record unless `skipBadRows`); the
 * summaries in the order of RESEARCH_FILES.
 */
export async function importResearchFiles(
  services: Services,
  options: { skipBadRows?: boolean } = {},
): Promise<ImportSummary[]> {
  const out: ImportSummary[] = [];
  for (const f of RESEARCH_FILES)
    out.push(
      await services.imports.run({
        format: f.format,
        file: researchDataFile(f.file),
        ...('crosswalk' in f ? { options: { crosswalk: researchDataFile(f.crosswalk) } } : {}),
        ...(options.skipBadRows ? { skipBadRows: true } : {}),
      }),
    );
  return out;
}
