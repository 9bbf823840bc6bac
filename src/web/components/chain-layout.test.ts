// Where chain items go on the graph: grids, lanes from stages, layers by flow, variant families,
// and chains that loop.
import { describe, expect, it } from 'vitest';
import type { Chain, ChainEdge, ChainInput, InputKind } from './chain-model.ts';
import { layoutChain, OTHER_LANE, OUTPUTS_LANE, variantFamilies } from './chain-layout.ts';

const input = (id: string, kind: InputKind = 'tool', stage: string | null = null): ChainInput => ({
  id,
  name: id,
  kind,
  stage,
});
const flow = (from: string, to: string): ChainEdge => ({ from, to, kind: 'goes_into' });
const variant = (from: string, to: string): ChainEdge => ({ from, to, kind: 'is_type_of' });

const chain = (inputs: ChainInput[], edges: ChainEdge[], stages = ['S1', 'S2']): Chain => ({
  code: 'test',
  name: 'Test',
  stages: stages.map((id) => ({ id, name: `Stage ${id}` })),
  inputs,
  edges,
  providers: [],
  provision: [],
});

describe('layoutChain', () => {
  it('draws a chain without stages or flow as a grid, row by row', () => {
    const layout = layoutChain(
      chain(
        ['a', 'b', 'c', 'd', 'e'].map((id) => input(id, 'material')),
        [],
        [],
      ),
      2,
    );
    expect(layout.kind).toBe('grid');
    expect(layout.lanes).toEqual([]);
    const [a, b, c] = layout.inputs;
    expect(a!.y).toBe(b!.y);
    expect(c!.x).toBe(a!.x);
    expect(c!.y).toBeGreaterThan(a!.y);
  });

  it('puts stages left to right and each input in the first stage its flow reaches', () => {
    const layout = layoutChain(
      chain(
        [
          input('tool'),
          input('design', 'process', 'S1'),
          input('fab', 'process', 'S2'),
          input('chip', 'output'),
          input('wafer', 'material'),
        ],
        [flow('tool', 'design'), flow('design', 'fab'), flow('wafer', 'fab'), flow('fab', 'chip')],
      ),
    );
    expect(layout.kind).toBe('lanes');
    expect(layout.lanes.map((l) => l.id)).toEqual(['S1', 'S2', OUTPUTS_LANE]);
    const at = new Map(layout.inputs.map((n) => [n.id, n]));
    expect(at.get('tool')!.lane).toBe('S1');
    expect(at.get('wafer')!.lane).toBe('S2');
    expect(at.get('chip')!.lane).toBe(OUTPUTS_LANE);
    // A tool sits left of the process it goes into; lanes do not overlap.
    expect(at.get('tool')!.x).toBeLessThan(at.get('design')!.x);
    const [s1, s2] = layout.lanes;
    expect(s1!.x + s1!.width).toBeLessThan(s2!.x);
    for (const n of layout.inputs) {
      const lane = layout.lanes.find((l) => l.id === n.lane)!;
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(lane.x);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(lane.x + lane.width);
    }
  });

  it('stacks variants under their parent, indented, in one box and one lane', () => {
    const layout = layoutChain(
      chain(
        [
          input('litho'),
          input('euv'),
          input('duv'),
          input('mask'),
          input('photo', 'process', 'S2'),
        ],
        [
          variant('euv', 'litho'),
          variant('duv', 'litho'),
          variant('mask', 'euv'),
          flow('litho', 'photo'),
        ],
      ),
    );
    const at = new Map(layout.inputs.map((n) => [n.id, n]));
    expect(['litho', 'euv', 'mask', 'duv'].map((id) => at.get(id)!.depth)).toEqual([0, 1, 2, 1]);
    expect(new Set(['litho', 'euv', 'mask', 'duv'].map((id) => at.get(id)!.lane))).toEqual(
      new Set(['S2']),
    );
    expect(at.get('euv')!.y).toBeGreaterThan(at.get('litho')!.y);
    expect(at.get('mask')!.y).toBeGreaterThan(at.get('euv')!.y);
    expect(at.get('mask')!.width).toBeLessThan(at.get('litho')!.width);
    expect(layout.families).toHaveLength(1);
    expect(layout.families[0]!.members).toEqual(['litho', 'euv', 'mask', 'duv']);
  });

  it('places every input once when the flow or the variants loop, and sets lone inputs apart', () => {
    const layout = layoutChain(
      chain(
        [
          input('a', 'process', 'S1'),
          input('b'),
          input('c'),
          input('v1'),
          input('v2'),
          input('lone'),
        ],
        [flow('a', 'b'), flow('b', 'c'), flow('c', 'a'), variant('v1', 'v2'), variant('v2', 'v1')],
      ),
    );
    expect(layout.inputs.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'lone', 'v1', 'v2']);
    expect(layout.inputs.find((n) => n.id === 'lone')!.lane).toBe(OTHER_LANE);
  });
});

describe('variantFamilies', () => {
  it('lists each top-level input with its variants depth-first in chain order', () => {
    const families = variantFamilies(
      chain(
        [input('p'), input('x'), input('y'), input('z')],
        [variant('y', 'p'), variant('x', 'p'), variant('z', 'x')],
      ),
    );
    expect(families.map((f) => f.members.map((m) => `${m.id}:${m.depth}`))).toEqual([
      ['p:0', 'x:1', 'z:2', 'y:1'],
    ]);
  });
});
