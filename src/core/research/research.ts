// The research model: output by field, co-authorship and joint projects between economies, each
// economy's international total, and the research organisations partners are resolved to. Pure
// data: the parsers in importers/research/ build it, the analyses read it.

/**
 * A research field: NSF's 14 broad fields of science and engineering (SEI 2024, tables SPBS-3…31,
 * Scopus journals classified by Science-Metrix), and AI where NSF's AI tables give it (journals
 * and proceedings classified as AI in Elsevier's All Science Journal Classification — narrower
 * than CSET's AI). The list is closed so that every source's fields map onto it.
 *
 * - `agricultural-sciences`, `astronomy-astrophysics`, `biological-biomedical-sciences`,
 *   `chemistry`, `computer-information-sciences`, `engineering`,
 *   `geosciences-atmospheric-ocean-sciences`, `health-sciences`, `materials-science`,
 *   `mathematics-statistics`, `natural-resources-conservation`, `physics`, `psychology`,
 *   `social-sciences` — NSF's fields, named as NSF names them;
 * - `ai` — artificial intelligence (NSF SPBS-91…99); it overlaps the 14 fields (mostly computer
 *   and information sciences and engineering), so it is never added to them.
 */
export type ResearchField =
  | 'agricultural-sciences'
  | 'astronomy-astrophysics'
  | 'biological-biomedical-sciences'
  | 'chemistry'
  | 'computer-information-sciences'
  | 'engineering'
  | 'geosciences-atmospheric-ocean-sciences'
  | 'health-sciences'
  | 'materials-science'
  | 'mathematics-statistics'
  | 'natural-resources-conservation'
  | 'physics'
  | 'psychology'
  | 'social-sciences'
  | 'ai';

/** A field with its label and, for NSF's 14, the stem of its columns (`whole_<stem>`). */
export interface ResearchFieldInfo {
  code: ResearchField;
  label: string;
  /** The column stem in NSF's articles-by-field table; null for AI (its own tables). */
  nsfColumn: string | null;
}

export const RESEARCH_FIELDS: readonly ResearchFieldInfo[] = [
  {
    code: 'agricultural-sciences',
    label: 'Agricultural sciences',
    nsfColumn: 'agricultural_sciences',
  },
  {
    code: 'astronomy-astrophysics',
    label: 'Astronomy and astrophysics',
    nsfColumn: 'astronomy_astrophysics',
  },
  {
    code: 'biological-biomedical-sciences',
    label: 'Biological and biomedical sciences',
    nsfColumn: 'biological_biomedical_sciences',
  },
  { code: 'chemistry', label: 'Chemistry', nsfColumn: 'chemistry' },
  {
    code: 'computer-information-sciences',
    label: 'Computer and information sciences',
    nsfColumn: 'computer_information_sciences',
  },
  { code: 'engineering', label: 'Engineering', nsfColumn: 'engineering' },
  {
    code: 'geosciences-atmospheric-ocean-sciences',
    label: 'Geosciences, atmospheric sciences and ocean sciences',
    nsfColumn: 'geosciences_atmospheric_ocean_sciences',
  },
  { code: 'health-sciences', label: 'Health sciences', nsfColumn: 'health_sciences' },
  { code: 'materials-science', label: 'Materials science', nsfColumn: 'materials_science' },
  {
    code: 'mathematics-statistics',
    label: 'Mathematics and statistics',
    nsfColumn: 'mathematics_statistics',
  },
  {
    code: 'natural-resources-conservation',
    label: 'Natural resources and conservation',
    nsfColumn: 'natural_resources_conservation',
  },
  { code: 'physics', label: 'Physics', nsfColumn: 'physics' },
  { code: 'psychology', label: 'Psychology', nsfColumn: 'psychology' },
  { code: 'social-sciences', label: 'Social sciences', nsfColumn: 'social_sciences' },
  { code: 'ai', label: 'Artificial intelligence', nsfColumn: null },
];

/** NSF's 14 fields: they partition NSF's S&E articles (fractional counts sum to the total). */
export const NSF_FIELDS: readonly ResearchFieldInfo[] = RESEARCH_FIELDS.filter(
  (f) => f.nsfColumn !== null,
);

export const isResearchField = (code: string): code is ResearchField =>
  RESEARCH_FIELDS.some((f) => f.code === code);

/** The ISO3-like code under which world totals are kept (core/economies/aggregates.ts). */
export const WORLD = 'WLD';

/**
 * Who counted:
 * - `nsf` — NCSES, Science & Engineering Indicators 2024 (Scopus articles; whole counts for
 *   pairs, whole and fractional for output by field);
 * - `openalex` — OpenAlex works of every type (articles, preprints, datasets …), counted once per
 *   pair of countries;
 * - `cordis` — EU Horizon 2020 projects (CORDIS, 2014–2020), counted once per pair of countries.
 */
export type ResearchSourceCode = 'nsf' | 'openalex' | 'cordis';

/** What one unit of a source's counts is. */
export const SOURCE_UNITS: Readonly<Record<ResearchSourceCode, 'articles' | 'works' | 'projects'>> =
  { nsf: 'articles', openalex: 'works', cordis: 'projects' };

/** An economy's articles in one field and year (NSF). `iso3` is {@link WORLD} for the world. */
export interface FieldOutput {
  iso3: string;
  field: ResearchField;
  year: number;
  /** Whole count: each economy with an author address gets 1 per article. */
  wholeArticles: number;
  /** Fractional count: each article shared among economies by author addresses. */
  fractionalArticles: number;
  source: ResearchSourceCode;
}

/** What a pair's count covers: all fields, or AI only. */
export type PairField = 'all' | 'ai';

/**
 * Horizon 2020 programme parts (CORDIS programme codes, as zambujo/eunets groups them); a project
 * with several codes counts in each part, so the parts do not add up to `all`.
 * - `leit` — Leadership in Enabling and Industrial Technologies (ICT, nanotechnologies, advanced
 *   materials, biotechnology, manufacturing, space);
 * - `fet` — Future and Emerging Technologies (including the Quantum Flagship);
 * - `societal-challenges` — SC1–SC7; `msca` — Marie Skłodowska-Curie actions;
 * - `erc` — European Research Council; `innovation-in-smes` — Innovation in SMEs.
 */
export type HorizonProgrammePart =
  'all' | 'leit' | 'fet' | 'societal-challenges' | 'msca' | 'erc' | 'innovation-in-smes';

export const HORIZON_PROGRAMME_PARTS: readonly HorizonProgrammePart[] = [
  'all',
  'leit',
  'fet',
  'societal-challenges',
  'msca',
  'erc',
  'innovation-in-smes',
];

/**
 * Co-authored (or joint) output of two economies over a span of years, as one source counts it.
 * `a < b`; both directions of a source's table make one record. The counts cover `firstYear` to
 * `year` inclusive: one year for NSF's all-field pairs and OpenAlex, 2003–2022 for NSF's AI pairs,
 * 2014–2020 for CORDIS.
 */
export interface PairCollaboration {
  a: string;
  b: string;
  firstYear: number;
  year: number;
  /** Articles (NSF), works (OpenAlex) or projects (CORDIS): see {@link SOURCE_UNITS}. */
  works: number;
  source: ResearchSourceCode;
  field: PairField;
  /**
   * NSF's collaboration index as printed (two decimals): observed co-authorship over what both
   * sides' international output predicts (Cab·Cw / (Ca·Cb)); null where the source gives none.
   */
  collaborationIndex: number | null;
  /** The Horizon 2020 part (CORDIS only); null for other sources. */
  programme: HorizonProgrammePart | null;
}

/**
 * An economy's internationally co-authored output (`iso3` {@link WORLD}: the world's), in all
 * fields or in AI, over `firstYear` to `year` inclusive: one year for NSF's all-field totals and
 * OpenAlex, 2003–2022 for NSF's AI totals (SPBS-91). The base of the collaboration index of the
 * pairs with the same source, field and span.
 */
export interface InternationalTotal {
  iso3: string;
  field: PairField;
  firstYear: number;
  year: number;
  works: number;
  source: ResearchSourceCode;
}

/** An economy's participation in Horizon 2020 (CORDIS, 2014–2020). */
export interface HorizonParticipation {
  iso3: string;
  /** zambujo/eunets: `eu15`, `eu13`, `ac` (associated country), `tc` (third country). */
  group: 'eu15' | 'eu13' | 'ac' | 'tc';
  participations: number;
  distinctProjects: number;
  projectsCoordinated: number;
  byRole: { coordinator: number; participant: number; partner: number };
  /** Participations by organisation type: higher education, research, private, public, other. */
  byOrganisationType: { hes: number; rec: number; prc: number; pub: number; oth: number };
  /** The EC contribution summed where CORDIS gives it (some participations give none). */
  ecContributionEur: number;
  /** Distinct projects per programme part (without `all`: that is `distinctProjects`). */
  projectsByPart: Record<Exclude<HorizonProgrammePart, 'all'>, number>;
}

/** A name of an organisation in one language (ROR `labels`, e.g. `zh:哈尔滨工业大学`). */
export interface OrganisationLabel {
  /** ISO 639 code; null where ROR records none (`:Panteia`). */
  language: string | null;
  name: string;
}

/** An organisation of the Research Organization Registry (ROR), as the registry records it. */
export interface ResearchOrganisation {
  /** The 9-character ROR id, without `https://ror.org/`. */
  rorId: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  labels: OrganisationLabel[];
  /** ISO3 of the registry's country code. */
  country: string;
  city: string | null;
  /** ROR types: `education`, `facility`, `funder`, `government`, `healthcare` … */
  types: string[];
  /** ROR ids of its parents (a record may have several). */
  parents: string[];
  successors: string[];
  /** `active` in the subset read today; `inactive` and `withdrawn` exist in ROR. */
  status: string;
  established: number | null;
  website: string | null;
  domains: string[];
  wikidata: string | null;
  grid: string | null;
  isni: string | null;
  /** The ROR release the record was last changed in (`v2.7`). */
  release: string;
}

/**
 * How NSF's name of an institution was linked to ROR (the derived crosswalk): `automatic` (name or
 * alias after expanding `U.`), `helper-reading` (a person's reading of an abbreviation), or
 * `none` (no ROR record).
 */
export type CrosswalkMethod = 'automatic' | 'helper-reading' | 'none';

/** One of NSF's top-100 AI-producing institutions (SPBS-96), with its ROR link where known. */
export interface AiInstitution {
  rank: number;
  /** NSF's name, with its abbreviations (`Beihang U.`, `U. C. London`). */
  name: string;
  /** NSF's world region (`Asia`, `Europe` …). */
  region: string;
  rorId: string | null;
  /** ISO3 of the ROR record's country; null without a link. */
  country: string | null;
  linkMethod: CrosswalkMethod;
  firstYear: number;
  year: number;
  /** AI articles over the period (whole counts unless said). */
  articles: {
    whole: number;
    fractional: number;
    multiInstitution: number;
    domesticOnly: number;
    international: number;
  };
}

/**
 * AI articles co-authored by two of NSF's top AI institutions, 2003–2022 together (SPBS-97, whole
 * counts), by NSF's names (`a < b`). NSF lists only pairs with at least 50
 * co-written articles: a pair not listed has fewer, not none.
 */
export interface InstitutionPair {
  a: string;
  b: string;
  works: number;
}
