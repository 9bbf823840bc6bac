// The opinion map against Polis's own group assignments on three real conversations
// (../shared/data/consultations/polis, CC BY 4.0, The Computational Democracy Project): k equal
// to Polis's and the adjusted Rand index on the participants both sides grouped.
import { describe, expect, it } from 'vitest';
/* eslint-disable no-restricted-imports -- a test on real data reads ../shared/data with the
   importer; the modules under test import only core. */
import { parsePolisExport } from '../../importers/opinion/polis-export.parser.ts';
/* eslint-enable no-restricted-imports */
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { adjustedRandIndex } from './ari.ts';
import { opinionMap } from './opinion-map.ts';

warnWithoutSharedData('opinion map on real Polis conversations');

function compare(name: string) {
  const parsed = parsePolisExport(sharedFile('consultations', 'polis', name));
  const map = opinionMap(parsed.conversation, { weight: 'none', seed: 1 });
  const polis: string[] = [];
  const ours: number[] = [];
  for (const p of map.participants) {
    const g = parsed.polisGroups.get(p.id);
    if (g === null || g === undefined) continue;
    polis.push(g);
    ours.push(p.group);
  }
  const polisK = new Set([...parsed.polisGroups.values()].filter((g) => g !== null)).size;
  const ari = adjustedRandIndex(polis, ours);
  console.info(
    `${name}: k ${map.k} (Polis ${polisK}), ARI ${ari.toFixed(3)} on ${polis.length} participants grouped by both ` +
      `(ours ${map.participants.length}, Polis ${[...parsed.polisGroups.values()].filter((g) => g !== null).length}); ` +
      `silhouettes ${map.silhouettes.map((s) => `${s.k}:${s.silhouette.toFixed(3)}`).join(' ')}`,
  );
  return { parsed, map, polisK, ari };
}

describe.skipIf(!hasSharedData)('opinion map against Polis', () => {
  for (const name of ['brexit-consensus', 'canadian-electoral-reform']) {
    it(`${name}: same k as Polis and ARI ≥ 0.8`, () => {
      const { parsed, map, polisK, ari } = compare(name);
      expect(parsed.issues).toEqual([]);
      expect(map.k).toBe(polisK);
      expect(ari).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('scoop-hivemind.ubi (older Polis, k = 4): figures reported, a map produced', () => {
    const { map } = compare('scoop-hivemind.ubi');
    expect(map.groups.reduce((n, g) => n + g.size, 0)).toBe(map.participants.length);
  });
});
