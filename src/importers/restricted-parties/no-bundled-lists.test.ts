// The restricted-party lists are imported by users, never bundled (DESIGN.md, PROVENANCE.md): the
// starter dataset must not mention them — neither their files, nor the list IDs the parsers give,
// nor the lists' names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const STARTER = fileURLToPath(new URL('../../../data/starter', import.meta.url));

/** Files of the shared list folders, list IDs of the parsers, and the lists' own names. */
const MENTIONS = [
  'us_ofac_sdn',
  'us_dod_1260h',
  'us_fcc_covered',
  'us_ndaa_',
  'us_state_inksna',
  'eu_reg_833',
  'cn_countersanctions',
  'jp_meti_',
  'us_bis_',
  'opensanctions_fixtures',
  '.ftm.json',
  'us-ofac-sdn',
  'us-dod-1260h',
  'us-fcc-covered',
  'us-ndaa-',
  'us-state-inksna',
  'eu-833-annex-iv',
  'cn-mofcom-export-control',
  'cn-sanctions',
  'jp-meti-',
  'us-bis-entity-list',
  'us-bis-mieu',
  'Specially Designated Nationals',
  'Chinese military compan',
  '1260H',
  'Covered List',
  'INKSNA',
  'Nonproliferation Act',
  'Annex IV',
  'Unreliable Entity',
  'Entity List',
  'End-User',
  'export ban',
  'FollowTheMoney',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the starter dataset', () => {
  it('bundles no restricted-party list', () => {
    const files = filesUnder(STARTER);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      return MENTIONS.filter((m) => text.includes(m.toLowerCase())).map((m) => `${file}: ${m}`);
    });
    expect(found).toEqual([]);
  });
});
