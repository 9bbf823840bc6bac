// The ISO committees of ../shared/data/standards (ISO Open Data, spring 2026), parsed once per test
// process: the committees file with its participation file and acronym table.
import { existsSync } from 'node:fs';
import type { Committee } from '../src/core/standards/committee.ts';
import { parseIsoCommittees } from '../src/importers/standards/iso-committees.parser.ts';
import { sharedFile } from './shared-data.ts';

export const STANDARDS_DIR = sharedFile('standards');

/** The three ISO files, as `techalliance import iso-committees` takes them. */
export const ISO_COMMITTEE_FILES = {
  committees: sharedFile('standards', 'iso_committees_opendata.csv'),
  participation: sharedFile('standards', 'iso_committee_participation_long.csv'),
  bodies: sharedFile('standards', 'iso_member_body_acronym_to_iso3.csv'),
} as const;

/** Whether the ISO files are there (tests on them skip visibly otherwise). */
export const hasStandardsData = Object.values(ISO_COMMITTEE_FILES).every((f) => existsSync(f));

/** Says on the console that a suite is skipped because the standards data is absent. */
export function warnWithoutStandardsData(suite: string): void {
  if (!hasStandardsData)
    console.warn(`skipping ${suite}: the ISO committee files were not found in ${STANDARDS_DIR}`);
}

let cached: Committee[] | null = null;

/** The 796 ISO committees with their members (parsed on first use; the same array afterwards). */
export function loadIsoCommittees(): Committee[] {
  if (cached) return cached;
  const parsed = parseIsoCommittees(ISO_COMMITTEE_FILES);
  if (parsed.issues.length > 0)
    throw new Error(
      `the ISO committee files have ${parsed.issues.length} bad rows: ${JSON.stringify(parsed.issues.slice(0, 3))}`,
    );
  return (cached = parsed.committees);
}
