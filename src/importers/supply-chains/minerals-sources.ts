// The sources of a USGS world-production table: one per commodity chapter (each its own PDF).
import type { Source } from '../../core/sources/source.ts';
import type { MineralsRow } from './minerals-rows.ts';

const EXTRACTOR = 'pranava0x0/usgs-mineral-commodity-summaries';

/** `usgs-mcs2026-gallium` for edition "MCS 2026"; `usgs-mcs-gallium` when the edition is not given. */
export function mineralsSourceId(row: Pick<MineralsRow, 'edition' | 'commodity'>): string {
  const edition = (row.edition ?? 'MCS').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `usgs-${edition}-${row.commodity}`;
}

/** The source of a commodity's rows, described from its first row. */
export function mineralsSource(row: MineralsRow, commodityName: string): Source {
  const edition = row.edition?.replace(/^MCS\b/, 'Mineral Commodity Summaries');
  const year = /\b(\d{4})\b/.exec(row.edition ?? '')?.[1] ?? null;
  const extracted = row.extracted_json
    ? ` Transcribed from the PDF by ${EXTRACTOR} (${row.extracted_json}${row.extracted_json_commit ? `, commit ${row.extracted_json_commit}` : ''}).`
    : '';
  return {
    id: mineralsSourceId(row),
    citation: `U.S. Geological Survey${edition ? `, ${edition}` : ''}: ${commodityName}${row.world_table_label ? ` — ${row.world_table_label}` : ''}`,
    publisher: 'U.S. Geological Survey',
    licence: 'Public domain (U.S. Government work)',
    url: row.source_pdf_url,
    date: year,
    notes: `Shares computed as production ÷ the table's world total.${extracted}`,
  };
}
