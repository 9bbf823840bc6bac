// Supply-chain codes in words: input kinds, control verdicts, what limits an item after a shock.
import type { MessageId } from '../../i18n/messages.en.ts';
import type { ColourMode } from '../chain-paint.ts';
import type { Chain, ControlVerdict, ItemDisruption, ItemKind } from '../chain-model.ts';

export const kindMessage: Record<ItemKind, MessageId> = {
  design_resource: 'chains.kind.design_resource',
  tool: 'chains.kind.tool',
  material: 'chains.kind.material',
  process: 'chains.kind.process',
  output: 'chains.kind.output',
  stage: 'chains.kind.stage',
};

/** What the graph is coloured by, in words. */
export const modeMessage: Record<ColourMode, MessageId> = {
  top1: 'chains.colour.top1',
  hhi: 'chains.colour.hhi',
  coalition: 'chains.colour.coalition',
  concern: 'chains.colour.concern',
  chokepoint: 'chains.colour.chokepoint',
  before: 'chains.colour.before',
  after: 'chains.colour.after',
};

export const verdictMessage: Record<ControlVerdict, MessageId> = {
  effective: 'chains.verdict.effective',
  partial: 'chains.verdict.partial',
  ineffective: 'chains.verdict.ineffective',
  no_data: 'chains.verdict.no_data',
};

type T = (id: MessageId, values?: Record<string, string | number>) => string;

/** An input's or stage's name in the chain; the id when unknown. */
export const itemName = (chain: Chain, id: string): string =>
  chain.inputs.find((i) => i.id === id)?.name ?? chain.stages.find((s) => s.id === id)?.name ?? id;

/** "limited by its own supply", "limited by Testing, which goes into it" … */
export function limitText(t: T, row: ItemDisruption, chain: Chain): string {
  const other = row.limitingId ? itemName(chain, row.limitingId) : t('chains.limit.anInput');
  return t(`chains.limit.${row.limitedBy}`, { other });
}
