// Hand-made chains for the tests: a compact notation, and the four shapes every graph rule is
// tested on — a chain, a diamond, variants and a cycle.
import type { Edge, Input, Provider, Provision, SupplyChain } from './supply-chain.ts';

/** A compact chain: `'A>B'` = A goes into B, `'A~B'` = A is a type of B. */
export interface ChainSpec {
  code?: string;
  /** Input ids (kind `tool`, no stage) or full inputs. */
  inputs: (string | (Partial<Input> & { id: string }))[];
  edges?: string[];
  stages?: string[];
  /**
   * Shares: item → provider → percent (null = unknown). A provider key of three capital letters
   * is an economy (its own id); a key in `organisations` is a firm; any other key a pseudo-provider.
   */
  shares?: Record<string, Record<string, number | null>>;
  /** Firm id → home economy (or null). */
  organisations?: Record<string, string | null>;
  year?: number;
}

export function chainOf(spec: ChainSpec): SupplyChain {
  const inputs: Input[] = spec.inputs.map((x) =>
    typeof x === 'string'
      ? { id: x, name: x, kind: 'tool', stage: null }
      : { name: x.id, kind: 'tool', stage: null, ...x },
  );
  const edges: Edge[] = (spec.edges ?? []).map((e) => {
    const [from, to] = e.split(/[>~]/) as [string, string];
    return { kind: e.includes('>') ? 'goes_into' : 'is_type_of', from, to };
  });
  const organisations = spec.organisations ?? {};
  const providerIds = new Set<string>();
  for (const byProvider of Object.values(spec.shares ?? {}))
    for (const p of Object.keys(byProvider)) providerIds.add(p);
  for (const p of Object.keys(organisations)) providerIds.add(p);
  const providers: Provider[] = [...providerIds].map((id) =>
    id in organisations
      ? { kind: 'organisation', id, name: id, homeEconomy: organisations[id]! }
      : /^[A-Z]{3}$/.test(id) && id !== 'EUR'
        ? { kind: 'economy', id, name: id, iso3: id }
        : { kind: 'pseudo', id, name: id },
  );
  const provision: Provision[] = Object.entries(spec.shares ?? {}).flatMap(([input, byProvider]) =>
    Object.entries(byProvider).map(([provider, sharePct]) => ({
      provider,
      input,
      sharePct,
      year: spec.year ?? 2025,
      sourceId: 'test',
    })),
  );
  return {
    code: spec.code ?? 'test',
    name: spec.code ?? 'test',
    stages: (spec.stages ?? []).map((id) => ({ id, name: id })),
    inputs,
    edges,
    providers,
    provision,
  };
}

/** A → B → C: A from USA 60 / CHN 40, B from JPN 100, C made of B. */
export const STRAIGHT = chainOf({
  inputs: ['A', 'B', { id: 'C', kind: 'output' }],
  edges: ['A>B', 'B>C'],
  shares: { A: { USA: 60, CHN: 40 }, B: { JPN: 100 } },
});

/** A diamond: A goes into B and C, both go into D (the output). */
export const DIAMOND = chainOf({
  inputs: ['A', 'B', 'C', { id: 'D', kind: 'output' }],
  edges: ['A>B', 'A>C', 'B>D', 'C>D'],
  shares: { A: { USA: 100 }, B: { JPN: 50, KOR: 50 }, C: { CHN: 70, TWN: 30 } },
});

/** Variants V1 and V2 of P, which goes into O: V1 from NLD, V2 from JPN. */
export const VARIANTS = chainOf({
  inputs: ['V1', 'V2', 'P', { id: 'O', kind: 'output' }],
  edges: ['V1~P', 'V2~P', 'P>O'],
  shares: { V1: { NLD: 100 }, V2: { JPN: 100 } },
});

/** A cycle: X → Y → Z → X, and W feeding into it. */
export const CYCLE = chainOf({
  inputs: ['W', 'X', 'Y', 'Z'],
  edges: ['W>X', 'X>Y', 'Y>Z', 'Z>X'],
});

/**
 * EUV and DUV are variants of lithography tools; with gallium they go into fabrication (stage
 * S2, whose fab capacity TWN holds 60%), which makes the chip.
 */
export const LITHO_CHAIN = chainOf({
  inputs: [
    'EUV',
    'DUV',
    'LITHO',
    { id: 'GA', kind: 'material' },
    { id: 'FAB', kind: 'process', stage: 'S2' },
    { id: 'CHIP', kind: 'output' },
  ],
  stages: ['S1', 'S2'],
  edges: ['EUV~LITHO', 'DUV~LITHO', 'LITHO>FAB', 'GA>FAB', 'FAB>CHIP'],
  shares: {
    EUV: { NLD: 100 },
    DUV: { NLD: 60, JPN: 30, CHN: 10 },
    LITHO: { NLD: 80, JPN: 15, 'Various countries': 5 },
    GA: { CHN: 98, JPN: 1, RUS: 1 },
    S2: { TWN: 60, KOR: 20, CHN: 10, USA: 10 },
  },
});
