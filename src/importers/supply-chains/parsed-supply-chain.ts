// What a supply-chain parser hands back: the chain it read (core model), the sources its rows
// cite, every bad row, warnings and counts.
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';
import type { SupplyChain } from '../../core/supply-chains/supply-chain.ts';

/** The result of parsing a supply chain's files. Bad rows are left out of `chain` and reported. */
export interface ParsedSupplyChain<C> {
  chain: SupplyChain;
  /** Every source a provision row's `sourceId` names. */
  sources: Source[];
  issues: RowIssue[];
  /** What looks wrong in the data without being an error (including `validateChain` findings). */
  warnings: string[];
  counts: C;
}
