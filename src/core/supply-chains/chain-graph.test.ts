import { describe, expect, it } from 'vitest';
import { chainGraph, chainOutputs } from './chain-graph.ts';
import { chainOf, CYCLE, DIAMOND, STRAIGHT, VARIANTS } from './test-chains.ts';

const ids = (chain: Parameters<typeof chainGraph>[0]): string[] | null => {
  const g = chainGraph(chain);
  return g.order === null ? null : g.order.map((i) => g.ids[i]!);
};

describe('chainGraph', () => {
  it.each([
    ['orders a straight chain from its source', STRAIGHT, ['A', 'B', 'C']],
    ['orders a diamond with both middle nodes before the sink', DIAMOND, ['A', 'B', 'C', 'D']],
    ['puts variants before their parent', VARIANTS, ['V1', 'V2', 'P', 'O']],
    [
      'puts a node after an input listed later in the chain',
      chainOf({ inputs: ['B', 'A'], edges: ['A>B'] }),
      ['A', 'B'],
    ],
    ['has no order for a cycle', CYCLE, null],
  ])('%s', (_, chain, expected) => {
    expect(ids(chain)).toEqual(expected);
  });

  it('reports the cycle with its ids in flow order', () => {
    expect(chainGraph(CYCLE).cycles).toEqual([
      { ids: ['X', 'Y', 'Z'], kinds: ['goes_into', 'goes_into', 'goes_into'] },
    ]);
  });

  it('reports a self-loop as a cycle of one', () => {
    expect(chainGraph(chainOf({ inputs: ['A'], edges: ['A>A'] })).cycles).toEqual([
      { ids: ['A'], kinds: ['goes_into'] },
    ]);
  });

  it('reports one cycle per strongly connected component', () => {
    const g = chainGraph(
      chainOf({ inputs: ['A', 'B', 'C', 'D'], edges: ['A>B', 'B>A', 'C>D', 'D>C'] }),
    );
    expect(g.cycles.map((c) => c.ids)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('reports a cycle mixing variants and flow, with both edge kinds', () => {
    const g = chainGraph(chainOf({ inputs: ['P', 'V'], edges: ['V~P', 'P>V'] }));
    expect(g.cycles).toEqual([{ ids: ['P', 'V'], kinds: ['goes_into', 'is_type_of'] }]);
  });

  it('ignores edges naming unknown inputs and counts a repeated edge once', () => {
    const g = chainGraph(chainOf({ inputs: ['A', 'B'], edges: ['A>B', 'A>B', 'Q>B'] }));
    expect(g.predecessors).toEqual([[], [0]]);
    expect(g.order).toEqual([0, 1]);
  });
});

describe('chainOutputs', () => {
  it('takes the inputs of kind output', () => {
    expect(chainOutputs(DIAMOND, chainGraph(DIAMOND))).toEqual({ indices: [3], fallback: false });
  });

  it('falls back to the sinks when no input is an output', () => {
    const chain = chainOf({ inputs: ['GA', 'GR', 'X'], edges: ['X>GR'] });
    expect(chainOutputs(chain, chainGraph(chain))).toEqual({ indices: [0, 1], fallback: true });
  });
});
