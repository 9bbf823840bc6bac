// The sources the research imports cite, with their licences as the data's PROVENANCE.md states
// them. OpenAlex and ROR are CC0 and CORDIS CC BY 4.0: they may go into the starter dataset with
// attribution; NSF's tables are US federal works (public domain), cited as NCSES asks.
import type { Source } from '../../core/sources/source.ts';

export const NSF_SEI_2024: Source = {
  id: 'nsf-sei-2024-publications',
  citation:
    'National Center for Science and Engineering Statistics (NCSES), Science and Engineering Indicators 2024, "Publications Output: U.S. Trends and International Comparisons" (NSB-2023-33), tables SPBS-3…38 and SPBS-91…99',
  publisher: 'NCSES, U.S. National Science Foundation',
  licence:
    'US federal government work (public domain); counts are NCSES/Science-Metrix tabulations of Elsevier Scopus — cite NCSES, SEI 2024',
  url: 'https://ncses.nsf.gov/pubs/nsb202333',
  date: '2023-12',
  notes:
    'Scopus articles (accessed April 2023). Pairs: whole counts. Articles by field: whole and fractional counts; year and partner labels reconstructed by position (checked: symmetric matrices, field sums). AI = journals classified as AI in the ASJC.',
};

export const OPENALEX_COUNTRY_PAIRS: Source = {
  id: 'openalex-country-coauthorship-2024',
  citation:
    'Batagelj, V., OpenAlex country co-authorship networks 1990–2023 (bavla/OpenAlex, Countries/27aug24, commit 98ca3dc), from the OpenAlex API, 2024-08-27',
  publisher: 'OpenAlex (OurResearch); networks by Vladimir Batagelj',
  licence: 'CC0 1.0 (OpenAlex data); attribute OpenAlex and V. Batagelj',
  url: 'https://github.com/bavla/OpenAlex',
  date: '2024-08-27',
  notes:
    'Works of every type with authors in both countries, counted once per pair. 2023 counted in August 2024 (indexing lag); at most 200 partners per country query; affiliation countries incomplete.',
};

export const CORDIS_H2020: Source = {
  id: 'cordis-h2020-eunets-2020',
  citation:
    'European Commission, CORDIS Horizon 2020 projects and organisations (updated 2020-12-14), as prepared by J. Martins, zambujo/eunets (commit 53b09e6)',
  publisher: 'European Commission (CORDIS)',
  licence: 'CC BY 4.0 — © European Union, CORDIS; eunets code MIT',
  url: 'https://cordis.europa.eu/',
  date: '2020-12-14',
  notes:
    'Distinct H2020 projects with a participant (any role) from each country. Snapshot of December 2020: late grants missing. Horizon Europe not included.',
};

export const ROR_SUBSET: Source = {
  id: 'ror-research-orgs-subset-v2.9',
  citation:
    'Research Organization Registry, records of ror-community/ror-records up to release v2.9 (2026-06-23), active education and facility organisations and their umbrella bodies',
  publisher: 'Research Organization Registry (ROR)',
  licence: 'CC0 1.0 (ROR IDs and metadata)',
  url: 'https://ror.org/',
  date: '2026-06-23',
  notes:
    'Not the whole registry: organisations unchanged since release v1.0 are missing (e.g. IBM, Islamic Azad University). Crosswalk of NSF top-100 AI institutions: derived (helper readings marked).',
};
