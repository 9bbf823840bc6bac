// Supply-chain codes in words: input kinds, what limits an item after a shock, verdicts.
import type {
  Chain,
  ChainMetrics,
  ControlVerdict,
  ItemDisruption,
  ItemKind,
} from '../supply-chain-types.ts';

export function kindLabel(kind: ItemKind): string {
  switch (kind) {
    case 'design_resource':
      return 'Design resource';
    case 'tool':
      return 'Tool';
    case 'material':
      return 'Material';
    case 'process':
      return 'Process';
    case 'output':
      return 'Final output';
    case 'stage':
      return 'Stage';
  }
}

/** An input's or stage's name in the chain; the id when unknown. */
export function itemName(chain: Chain, id: string): string {
  return (
    chain.inputs.find((i) => i.id === id)?.name ?? chain.stages.find((s) => s.id === id)?.name ?? id
  );
}

/** "limited by its own supply", "limited by Testing" … */
export function limitText(row: ItemDisruption, chain: Chain): string {
  const other = row.limitingId ? itemName(chain, row.limitingId) : 'an input';
  switch (row.limitedBy) {
    case 'none':
      return 'nothing is short';
    case 'own_supply':
      return 'limited by its own supply';
    case 'stage_supply':
      return `limited by the supply of its stage (${other})`;
    case 'input':
      return `limited by ${other}, which goes into it`;
    case 'variants':
      return `limited by its variants (best: ${other})`;
  }
}

export function verdictLabel(verdict: ControlVerdict): string {
  switch (verdict) {
    case 'effective':
      return 'effective';
    case 'partial':
      return 'partial';
    case 'ineffective':
      return 'ineffective';
    case 'no_data':
      return 'no data';
  }
}

/** The countries of concern in words: their code, or their ISO3 codes for the default group. */
export const concernLabel = (metrics: Pick<ChainMetrics, 'concern'>): string =>
  metrics.concern.code === 'CONCERN' ? metrics.concern.economies.join(', ') : metrics.concern.code;
