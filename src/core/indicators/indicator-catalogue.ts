// The catalogue of indicator codes the platform knows. Codes are stable: rename never, add freely.
import type { Indicator, IndicatorCategory } from './indicator.ts';

type Entry = [
  code: string,
  name: string,
  unit: string,
  higherIsBetter: boolean,
  description: string,
];

const group = (category: IndicatorCategory, entries: Entry[]): Indicator[] =>
  entries.map(([code, name, unit, higherIsBetter, description]) => ({
    code,
    name,
    unit,
    higherIsBetter,
    description,
    category,
  }));

export const INDICATOR_CATALOGUE: readonly Indicator[] = [
  ...group('economy', [
    [
      'gdp_usd',
      'GDP (current US$)',
      'current US$',
      true,
      'Gross domestic product at purchaser prices, current US dollars (World Bank WDI NY.GDP.MKTP.CD).',
    ],
    [
      'gdp_ppp_2021',
      'GDP, PPP (constant 2021 international $)',
      'constant 2021 international $',
      true,
      'GDP converted at purchasing power parity, constant 2021 prices (World Bank WDI NY.GDP.MKTP.PP.KD).',
    ],
    [
      'population',
      'Population',
      'persons',
      true,
      'Total population, all residents regardless of legal status (World Bank WDI SP.POP.TOTL).',
    ],
    [
      'kti_value_added_usd',
      'Knowledge- and technology-intensive value added',
      'current US$',
      true,
      'Value added of knowledge- and technology-intensive industries (NSF SEI 2024).',
    ],
  ]),
  ...group('research', [
    [
      'gerd_pct_gdp',
      'R&D expenditure (% of GDP)',
      '% of GDP',
      true,
      'Gross domestic expenditure on R&D as a share of GDP (UNESCO UIS via World Bank WDI GB.XPD.RSDV.GD.ZS).',
    ],
    [
      'gerd_ppp_usd',
      'R&D expenditure (current PPP $)',
      'current PPP US$',
      true,
      'Gross domestic expenditure on R&D in current purchasing-power-parity dollars (OECD MSTI via NSF SEI 2024, table SRD-1).',
    ],
    [
      'researchers_per_million',
      'Researchers per million people',
      'researchers per million people',
      true,
      'Researchers in R&D per million people (UNESCO UIS via World Bank WDI SP.POP.SCIE.RD.P6).',
    ],
    [
      'articles_fractional',
      'S&E articles (fractional count)',
      'articles',
      true,
      "Science and engineering articles, fractional counting: an article is shared among its authors' economies (NSF SEI 2024, Scopus).",
    ],
    [
      'articles_whole',
      'S&E articles (whole count)',
      'articles',
      true,
      'Science and engineering articles, whole counting: each co-authoring economy counts the article once (NSF SEI 2024, Scopus).',
    ],
    [
      'ai_articles',
      'AI articles (whole count)',
      'articles',
      true,
      'AI-related science and engineering articles, whole counting (NSF SEI 2024, Scopus).',
    ],
    [
      'top1pct_cited_share',
      'Share of articles in the top 1% most cited',
      'index (world = 1)',
      true,
      "Share of the economy's articles among the world's top 1% most cited, relative to the world (NSF SEI 2024).",
    ],
    [
      'pct_applications',
      'PCT patent applications',
      'applications',
      true,
      'Patent Cooperation Treaty applications by inventor location (NSF SEI 2024, EPO/1790 Analytics).',
    ],
    [
      'uspto_patents',
      'USPTO utility patents granted',
      'patents (fractional)',
      true,
      'USPTO utility patents granted, fractional counting by inventor residence (NSF SEI 2024, PatentsView).',
    ],
    [
      'uspto_semiconductor_patents',
      'USPTO semiconductor patents granted',
      'patents (fractional)',
      true,
      'USPTO utility patents in semiconductors, fractional counting by inventor residence (NSF SEI 2024, PatentsView).',
    ],
  ]),
  ...group('technology', [
    [
      'top500_systems',
      'TOP500 supercomputers',
      'systems',
      true,
      "Systems of the TOP500 list of the world's fastest supercomputers installed in the economy; year = list edition (TOP500.org). China is under-represented: its operators stopped submitting new systems.",
    ],
    [
      'top500_rmax_tflops',
      'TOP500 supercomputing capacity (Rmax)',
      'TFlop/s',
      true,
      "Summed measured Linpack performance (Rmax) of the economy's TOP500 systems, in TFlop/s (1 EFlop/s = 1,000,000 TFlop/s); year = list edition (TOP500.org).",
    ],
    [
      'iso_tc_secretariats',
      'ISO technical committee secretariats',
      'secretariats',
      true,
      "Active ISO technical committees (TC, top level) whose secretariat the economy's national standards body holds (ISO Open Data); year = the snapshot's.",
    ],
    [
      'iso_secretariats_total',
      'ISO committee secretariats (all types)',
      'secretariats',
      true,
      "Active ISO committees of every type (technical committees, subcommittees, project committees, ISO/IEC joint committees) whose secretariat the economy's national standards body holds (ISO Open Data); year = the snapshot's.",
    ],
  ]),
  ...group('democracy', [
    [
      'vdem_libdem',
      'V-Dem liberal democracy index',
      'index 0–1',
      true,
      'V-Dem v2x_libdem: to what extent the ideal of liberal democracy is achieved.',
    ],
    [
      'vdem_polyarchy',
      'V-Dem electoral democracy index',
      'index 0–1',
      true,
      'V-Dem v2x_polyarchy: to what extent the ideal of electoral democracy is achieved.',
    ],
    [
      'vdem_liberal',
      'V-Dem liberal component index',
      'index 0–1',
      true,
      'V-Dem v2x_liberal: protection of individual and minority rights, constraints on the executive.',
    ],
    [
      'vdem_civil_liberties',
      'V-Dem civil liberties index',
      'index 0–1',
      true,
      'V-Dem v2x_civlib: the extent to which civil liberties are respected.',
    ],
    [
      'vdem_rule_of_law',
      'V-Dem rule of law index',
      'index 0–1',
      true,
      'V-Dem v2x_rule: laws are transparent, independently and predictably enforced.',
    ],
    [
      'vdem_academic_freedom',
      'V-Dem academic freedom index',
      'index 0–1',
      true,
      'V-Dem v2xca_academ: freedom of academic research and exchange.',
    ],
    [
      'vdem_regime',
      'V-Dem Regimes of the World',
      'category 0–3',
      true,
      'V-Dem v2x_regime: 0 closed autocracy, 1 electoral autocracy, 2 electoral democracy, 3 liberal democracy.',
    ],
    [
      'fh_total',
      'Freedom in the World total score',
      'score 0–100',
      true,
      'Freedom House aggregate score (political rights 0–40 plus civil liberties 0–60). Year = calendar year covered (edition N covers N−1).',
    ],
    [
      'fh_political_rights',
      'Freedom in the World political rights',
      'score 0–40',
      true,
      'Freedom House political rights aggregate. Year = calendar year covered.',
    ],
    [
      'fh_civil_liberties',
      'Freedom in the World civil liberties',
      'score 0–60',
      true,
      'Freedom House civil liberties aggregate. Year = calendar year covered.',
    ],
    [
      'eiu_democracy',
      'EIU Democracy Index',
      'score 0–10',
      true,
      'Economist Intelligence Unit Democracy Index overall score.',
    ],
  ]),
  ...group('governance', [
    [
      'wgi_voice_accountability',
      'WGI voice and accountability',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: voice and accountability.',
    ],
    [
      'wgi_political_stability',
      'WGI political stability',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: political stability and absence of violence/terrorism.',
    ],
    [
      'wgi_government_effectiveness',
      'WGI government effectiveness',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: government effectiveness.',
    ],
    [
      'wgi_regulatory_quality',
      'WGI regulatory quality',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: regulatory quality.',
    ],
    [
      'wgi_rule_of_law',
      'WGI rule of law',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: rule of law.',
    ],
    [
      'wgi_control_of_corruption',
      'WGI control of corruption',
      'estimate ≈ −2.5…2.5',
      true,
      'Worldwide Governance Indicators estimate: control of corruption.',
    ],
    [
      'wgi_voice_accountability_pctrank',
      'WGI voice and accountability (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_voice_accountability estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
    [
      'wgi_political_stability_pctrank',
      'WGI political stability (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_political_stability estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
    [
      'wgi_government_effectiveness_pctrank',
      'WGI government effectiveness (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_government_effectiveness estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
    [
      'wgi_regulatory_quality_pctrank',
      'WGI regulatory quality (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_regulatory_quality estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
    [
      'wgi_rule_of_law_pctrank',
      'WGI rule of law (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_rule_of_law estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
    [
      'wgi_control_of_corruption_pctrank',
      'WGI control of corruption (percentile rank)',
      'percentile rank 0–100',
      true,
      'Worldwide Governance Indicators percentile rank of the wgi_control_of_corruption estimate among all economies the WGI cover that year (0 lowest, 100 highest).',
    ],
  ]),
];

const BY_CODE = new Map(INDICATOR_CATALOGUE.map((i) => [i.code, i]));

/** The catalogue entry for a code, or undefined when the code is not in the catalogue. */
export function findIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}
