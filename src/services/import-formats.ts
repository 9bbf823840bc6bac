// Every import format the platform reads — row formats, supply chains, restricted-party lists — and
// the one entry point that runs an import by format name. Kept apart from services.ts so that a
// command that imports nothing does not load the importers.
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import { CHAIN_FORMATS, importChain, isChainFormat } from '../importers/chain-import.ts';
import { importControlList } from '../importers/control-list-import.ts';
import {
  CONTROL_LIST_FORMATS,
  isControlListFormat,
} from '../importers/control-lists/control-list-formats.ts';
import { listFormats } from '../importers/formats.ts';
import { importFile, type ImportRequest } from '../importers/import-runner.ts';
import { importMisuse } from '../importers/misuse-import.ts';
import { importPolis, isOpinionFormat, OPINION_FORMATS } from '../importers/opinion-import.ts';
import { isMisuseFormat, MISUSE_FORMATS } from '../importers/misuse/misuse-formats.ts';
import { isPolicyFormat, POLICY_FORMATS } from '../importers/policies/policy-formats.ts';
import { importPolicies } from '../importers/policy-import.ts';
import { importResearch } from '../importers/research-import.ts';
import { isResearchFormat, RESEARCH_FORMATS } from '../importers/research/research-formats.ts';
import {
  importRestrictedList,
  isRestrictedListFormat,
} from '../importers/restricted-list-import.ts';
import { RESTRICTED_LIST_FORMATS } from '../importers/restricted-parties/restricted-list-formats.ts';
import {
  importStandards,
  isStandardsFormat,
  STANDARDS_FORMATS,
  type StandardsWatchEconomies,
} from '../importers/standards-import.ts';
import { CoalitionService } from './coalition.service.ts';
import { SupplyChainService } from './supply-chain.service.ts';
import { inlineHeavyWork } from './worker-pool.ts';

/** Every import format with its description. */
export const importFormats = (): { name: string; description: string }[] => [
  ...listFormats().map((f) => ({ name: f.name, description: f.description })),
  ...Object.entries(CHAIN_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(RESTRICTED_LIST_FORMATS).map(([name, f]) => ({
    name,
    description: f.description,
  })),
  ...Object.entries(CONTROL_LIST_FORMATS).map(([name, f]) => ({
    name,
    description: f.description,
  })),
  ...Object.entries(STANDARDS_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(MISUSE_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(RESEARCH_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(POLICY_FORMATS).map(([name, f]) => ({ name, description: f.description })),
  ...Object.entries(OPINION_FORMATS).map(([name, f]) => ({ name, description: f.description })),
];

/** Names of the import formats `techalliance import` accepts. */
export const importFormatNames = (): string[] => importFormats().map((f) => f.name);

/** The divergence-register source an import in `format` feeds, or null. */
export function divergenceSourceOf(format: string): string | null {
  if (isRestrictedListFormat(format)) return 'restricted-parties';
  if (isControlListFormat(format)) return 'control-lists';
  if (isStandardsFormat(format)) return 'standards';
  return null;
}

/** Runs one import of a file in a named format (one transaction; see importers/). */
export function runImport(store: Store, req: ImportRequest): Promise<ImportSummary> {
  if (isChainFormat(req.format)) return importChain(store, req);
  if (isRestrictedListFormat(req.format)) return importRestrictedList(store, req);
  if (isControlListFormat(req.format)) return importControlList(store, req);
  if (isStandardsFormat(req.format)) return importStandardsWatched(store, req);
  if (isMisuseFormat(req.format)) return importMisuse(store, req);
  if (isResearchFormat(req.format)) return importResearch(store, req);
  if (isPolicyFormat(req.format)) return importPolicies(store, req, req.format);
  if (isOpinionFormat(req.format)) return importPolis(store, req);
  return importFile(store, req);
}

/**
 * A standards import with what its alerts watch (store.standards.watch()): the coalition's
 * members, and the concern economies. An unknown coalition watches no members, and says so.
 */
async function importStandardsWatched(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const watch = await store.standards.watch();
  const economies: StandardsWatchEconomies = { members: [], concern: watch.concern };
  let unknown: string | null = null;
  try {
    const group = await new SupplyChainService(
      store,
      new CoalitionService(store),
      inlineHeavyWork(),
    ).economyGroup(watch.coalition);
    economies.members = group.economies;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    unknown = e.message;
  }
  const summary = await importStandards(store, req, economies);
  if (unknown === null) return summary;
  return {
    ...summary,
    warnings: [
      ...summary.warnings,
      `the watched coalition '${watch.coalition}' could not be resolved (${unknown}): no member alerts were raised`,
    ],
  };
}
