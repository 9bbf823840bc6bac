// The supply-chain model: stages, inputs, the edges between inputs, providers and their shares.

/**
 * What an input is, in the Supply Chain Explorer's sense:
 *
 * - `design_resource` — software and IP used to design (EDA tools, core IP);
 * - `tool` — equipment (lithography tools, deposition tools, test tools);
 * - `material` — wafers, gases, chemicals, mined or refined commodities;
 * - `process` — a step of production (photolithography, assembly and packaging);
 * - `output` — what the chain delivers (a finished logic chip); the disruption and Monte Carlo
 *   reports call these the chain's outputs.
 */
export type InputKind = 'design_resource' | 'tool' | 'material' | 'process' | 'output';

/**
 * How two inputs are related:
 *
 * - `goes_into` — `from` flows into `to` (the flow of production): `to` needs `from`;
 * - `is_type_of` — `from` is a variant of `to` (EUV lithography tools are a type of lithography
 *   tools); variants of one parent substitute for each other.
 */
export type EdgeKind = 'goes_into' | 'is_type_of';

/** A stage of the chain (Design, Fabrication, Assembly-testing-packaging). */
export interface Stage {
  id: string;
  name: string;
  description?: string;
}

/** One node of the chain. */
export interface Input {
  id: string;
  name: string;
  kind: InputKind;
  /** The stage the input belongs to; null when the source does not place it in one. */
  stage: string | null;
  description?: string;
}

/** One edge between two inputs (both ids of `SupplyChain.inputs`). */
export interface Edge {
  kind: EdgeKind;
  from: string;
  to: string;
}

/**
 * Who provides:
 *
 * - `economy` — a country or territory, with its ISO3 code (`TWN` included);
 * - `organisation` — a firm, attributed to its home economy (ISO3), or to none when it stands
 *   for many firms ("Various companies"): its share is then unattributed;
 * - `pseudo` — a provider that is not one economy: "Various countries", "EUR" (Europe as a
 *   whole). Reported as such, never counted as an economy (see `input-shares.ts` for "EUR").
 */
export type ProviderKind = 'economy' | 'organisation' | 'pseudo';

/** A provider of inputs. */
export type Provider =
  | { kind: 'economy'; id: string; name: string; iso3: string }
  | { kind: 'organisation'; id: string; name: string; homeEconomy: string | null }
  | { kind: 'pseudo'; id: string; name: string };

/** One provider's share of the world supply of one input (or one stage) in one year. */
export interface Provision {
  /** A `Provider.id`. */
  provider: string;
  /**
   * An `Input.id`, or a `Stage.id` for stage-level shares (the 2021 CSET report gives the
   * fabrication stage's shares by country: TWN 47, USA 27, CHN 12, KOR 11).
   */
  input: string;
  /** Percent of world supply, 0–100; null = a major provider whose share is not known. */
  sharePct: number | null;
  year: number;
  /** The id of the `Source` the row was read from. */
  sourceId: string;
}

/** A supply chain: a graph of inputs in stages, and who provides each input. */
export interface SupplyChain {
  /** Stable code, e.g. `semiconductors`, `critical-minerals`. */
  code: string;
  name: string;
  stages: Stage[];
  inputs: Input[];
  edges: Edge[];
  providers: Provider[];
  provision: Provision[];
}

/** A stored chain as lists show it: its size, and when it was last written. */
export interface SupplyChainSummary {
  code: string;
  name: string;
  stages: number;
  inputs: number;
  providers: number;
  /** Provision rows (provider, input, year). */
  provisions: number;
  updatedAt: string;
}

/** The ISO3 code a provider's share is attributed to, or null (pseudo, or firm of no economy). */
export function providerEconomy(provider: Provider): string | null {
  switch (provider.kind) {
    case 'economy':
      return provider.iso3;
    case 'organisation':
      return provider.homeEconomy;
    case 'pseudo':
      return null;
  }
}

export { validateChain, type ChainIssue, type ChainIssueCode } from './validate-chain.ts';
