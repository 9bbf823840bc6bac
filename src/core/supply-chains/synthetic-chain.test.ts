import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.ts';
import { syntheticChain } from './synthetic-chain.ts';
import { validateChain } from './validate-chain.ts';

describe('syntheticChain', () => {
  const chain = syntheticChain({ inputs: 300, economies: 60, random: mulberry32(7) });

  it('builds a valid chain of the size asked for', () => {
    expect(validateChain(chain)).toEqual([]);
    expect(chain.inputs).toHaveLength(300);
    expect(chain.providers.filter((p) => p.kind === 'economy')).toHaveLength(60);
  });

  it('is the same chain for the same seed', () => {
    expect(syntheticChain({ inputs: 300, economies: 60, random: mulberry32(7) })).toEqual(chain);
  });

  it('has one output, stages with shares and variants', () => {
    expect(chain.inputs.filter((i) => i.kind === 'output')).toHaveLength(1);
    expect(
      new Set(chain.provision.filter((p) => p.input.startsWith('S')).map((p) => p.input)),
    ).toEqual(new Set(['S1', 'S2', 'S3']));
    expect(chain.edges.some((e) => e.kind === 'is_type_of')).toBe(true);
  });
});
