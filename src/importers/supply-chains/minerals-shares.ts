// Shares of world production per commodity and year, cross-checked against the "World total" row.
import type { Provision } from '../../core/supply-chains/supply-chain.ts';
import type { IssueLog } from './issue-log.ts';
import type { ParsedMineralsRow } from './minerals-rows.ts';
import { mineralsSourceId } from './minerals-sources.ts';

/** How far the rows' sum may stray from the table's world total before a warning (2 %). */
export const WORLD_TOTAL_TOLERANCE = 0.02;

/** The world total of one commodity and year, and what the shares were computed against. */
export interface WorldTotal {
  input: string;
  year: number;
  /** The table's "World total" row; null when the table has none (or it is empty or zero). */
  worldTotal: number | null;
  /** Sum of the rows: economies and "Other countries" (the world total covers both). */
  rowsSum: number;
  /**
   * `world-total`: shares are production ÷ the world total. `rows-sum`: the world total is
   * missing, or smaller than the rows' sum (a rounded total), so shares are production ÷ the rows'
   * sum (and then add up to 100 % by construction).
   */
  basis: 'world-total' | 'rows-sum';
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** One producer's production of one input in one year, in the input's unit. */
export interface MineralProduction {
  provider: string;
  input: string;
  year: number;
  quantity: number;
}

/** The provider id of "Other countries" rows. */
export const UNATTRIBUTED_ID = 'other-countries';

interface Cell {
  row: ParsedMineralsRow;
  quantity: number | null;
  raw: string | null;
}

/**
 * Turns the rows' year cells into provisions: one per producer and year with a quantity (share =
 * quantity ÷ basis × 100) or with an unknown quantity (withheld "W", "NA": share null). Zero cells
 * ("—") make no provision. Warns when the rows' sum and the world total differ by more than
 * {@link WORLD_TOTAL_TOLERANCE}, and when the world total is missing.
 */
export function mineralsShares(
  rows: readonly ParsedMineralsRow[],
  file: string,
  log: IssueLog,
  names: ReadonlyMap<string, string>,
): {
  provisions: Provision[];
  production: MineralProduction[];
  worldTotals: WorldTotal[];
  zeroCells: number;
} {
  const groups = new Map<string, { world: Cell | null; producers: Cell[] }>();
  let zeroCells = 0;
  for (const row of rows)
    for (const c of row.cells) {
      const key = `${c.inputId}|${c.year}`;
      const g = groups.get(key) ?? { world: null, producers: [] };
      groups.set(key, g);
      const cell = { row, quantity: c.quantity, raw: c.raw };
      if (row.subject.kind === 'world') g.world = cell;
      else if (c.quantity === 0) zeroCells++;
      else g.producers.push(cell);
    }

  const provisions: Provision[] = [];
  const production: MineralProduction[] = [];
  const worldTotals: WorldTotal[] = [];
  for (const [key, { world, producers }] of groups) {
    const [inputId, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const what = `${names.get(inputId) ?? inputId} ${year}`;
    const rowsSum = producers.reduce((s, c) => s + (c.quantity ?? 0), 0);
    const total = world?.quantity ? world.quantity : null;
    const unknown = producers.filter((c) => c.quantity === null);
    const unknownNote =
      unknown.length > 0
        ? `; not in the sum: ${unknown.map((c) => `${c.row.name} (${c.raw ?? 'empty'})`).join(', ')}`
        : '';
    if (total === null)
      log.warn(
        `${file}: no world total for ${what}; shares are of the rows' sum (${fmt(rowsSum)})${unknownNote}`,
      );
    else if (Math.abs(rowsSum - total) / total > WORLD_TOTAL_TOLERANCE)
      log.warn(
        `${file}: ${what}: the rows sum to ${fmt(rowsSum)}, the world total (line ${world!.row.line}) is ${fmt(total)}, ` +
          `${fmt((Math.abs(rowsSum - total) / total) * 100)} % apart (more than ${WORLD_TOTAL_TOLERANCE * 100} %)${unknownNote}`,
      );
    // A rounded world total can be smaller than its rows (gallium 2025: China alone equals it):
    // shares of it would add up past 100 %, so they are taken of the rows' sum instead.
    const overTotal = total !== null && rowsSum > total;
    if (overTotal)
      log.warn(
        `${file}: ${what}: the rows sum to ${fmt(rowsSum)}, more than the world total ${fmt(total)} (line ${world!.row.line}); shares are of the rows' sum`,
      );
    const basis = total !== null && !overTotal ? total : rowsSum > 0 ? rowsSum : null;
    worldTotals.push({
      input: inputId,
      year,
      worldTotal: total,
      rowsSum,
      basis: total !== null && !overTotal ? 'world-total' : 'rows-sum',
    });
    for (const c of producers) {
      let sharePct = c.quantity === null || basis === null ? null : (c.quantity / basis) * 100;
      if (sharePct !== null && sharePct > 100) {
        log.warn(
          `${file} line ${c.row.line}: ${c.row.name} produces ${fmt(c.quantity!)} of ${what}, more than the world total ${fmt(basis!)}; its share is set to 100 %`,
        );
        sharePct = 100;
      }
      const s = c.row.subject;
      const provider = s.kind === 'economy' ? s.iso3 : UNATTRIBUTED_ID;
      provisions.push({
        provider,
        input: inputId,
        sharePct,
        year,
        sourceId: mineralsSourceId(c.row.row),
      });
      if (c.quantity !== null)
        production.push({ provider, input: inputId, year, quantity: c.quantity });
    }
  }
  return { provisions, production, worldTotals, zeroCells };
}
