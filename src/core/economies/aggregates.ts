// Codes that sources use for regions and other aggregates: never economies, set aside on import.

/** World Bank WDI aggregate codes (regions, income groups, lending groups, demographic groups). */
const WORLD_BANK_AGGREGATES = new Set(
  (
    'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN ' +
    'LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA ' +
    'TSS UMC WLD'
  ).split(' '),
);

/** Codes some sources give economies that are not in ISO 3166 (set aside, named in the report). */
const NON_ISO_CODES: Record<string, string> = { CHI: 'Channel Islands' };

/** The name of a source's non-ISO economy code (e.g. World Bank `CHI`), or undefined. */
export function nonIsoEconomy(code: string): string | undefined {
  return NON_ISO_CODES[code];
}

/**
 * Tells whether a code names an aggregate rather than an economy: World Bank aggregate codes,
 * Our World in Data's `OWID_*` codes and the World Bank regions it re-exports as `WB_*`, and an empty code (OWID leaves regions without one).
 * Kosovo's `OWID_KOS` is an economy, mapped by {@link canonicalEconomyCode}.
 */
export function isAggregateCode(code: string): boolean {
  if (code === '') return true;
  if (code === 'OWID_KOS') return false;
  return code.startsWith('OWID_') || code.startsWith('WB_') || WORLD_BANK_AGGREGATES.has(code);
}

/** Maps the codes sources use for an economy to the platform's ISO3 (Kosovo: XKX). */
export function canonicalEconomyCode(code: string): string {
  const c = code.trim().toUpperCase();
  if (c === 'OWID_KOS' || c === 'KSV' || c === 'XKO') return 'XKX';
  return c;
}
