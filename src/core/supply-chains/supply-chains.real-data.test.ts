// Supply-chain analytics on the real CSET/ETO Supply Chain Explorer data in
// ../shared/data/semiconductors (CC BY-NC: read in place, never copied). The files are read here
// with a minimal loader of the test's own; the importer (`import eto-supply-chain`) is the
// product's way in. Skipped, with a message, when the folder is absent.
/* eslint-disable no-restricted-imports -- a test on real data reads ../shared/data; the modules
   under test import only core. */
import { readFileSync } from 'node:fs';
/* eslint-enable no-restricted-imports */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { chokepoints } from './chokepoint.ts';
import { controlCoverage } from './control-coverage.ts';
import { disrupt } from './disruption.ts';
import { inputShares } from './input-shares.ts';
import { monteCarlo } from './monte-carlo.ts';
import { monteCarloReference } from './monte-carlo.reference.ts';
import { mulberry32 } from './random.ts';
import type { InputKind, Provider, SupplyChain } from './supply-chain.ts';
import { validateChain } from './validate-chain.ts';

type Row = Record<string, string>;
const read = (dir: string, file: string, encoding: BufferEncoding = 'utf8'): Row[] =>
  parse<Row>(readFileSync(sharedFile('semiconductors', dir, file)).toString(encoding), {
    columns: true,
    bom: true,
    // The 2021 release's stages.csv mixes CRLF and LF line ends.
    record_delimiter: ['\r\n', '\n'],
  });

const KINDS: Record<string, InputKind> = {
  design_resource: 'design_resource',
  tool_resource: 'tool',
  material_resource: 'material',
  process: 'process',
  ultimate_output: 'output',
};

/** A chain from one release of the Supply Chain Explorer files (current, or the 2021 report's). */
function loadChain(
  dir: string,
  code: string,
  inputsEncoding: BufferEncoding,
  defaultYear: number,
): SupplyChain {
  // providers.csv has one row per alias of a provider: the first row of an id stands for it.
  const rows = read(dir, 'providers.csv').filter(
    (p, i, all) => all.findIndex((q) => q.provider_id === p.provider_id) === i,
  );
  const providers: Provider[] = rows.map((p): Provider => {
    const id = p.provider_id!;
    const name = p.provider_name!;
    if (p.provider_type === 'country')
      return /^[A-Z]{3}$/.test(name) && name !== 'EUR'
        ? { kind: 'economy', id, name, iso3: name }
        : { kind: 'pseudo', id, name };
    const home = p.country ?? '';
    return {
      kind: 'organisation',
      id,
      name,
      homeEconomy: /^[A-Z]{3}$/.test(home) && home !== 'EUR' ? home : null,
    };
  });
  const edges = read(dir, 'sequence.csv').flatMap((s) => [
    ...(s.goes_into_id
      ? [{ kind: 'goes_into' as const, from: s.input_id!, to: s.goes_into_id }]
      : []),
    ...(s.is_type_of_id
      ? [{ kind: 'is_type_of' as const, from: s.input_id!, to: s.is_type_of_id }]
      : []),
  ]);
  return {
    code,
    name: code,
    stages: read(dir, 'stages.csv').map((s) => ({ id: s.stage_id!, name: s.stage_name! })),
    inputs: read(dir, 'inputs.csv', inputsEncoding).map((i) => ({
      id: i.input_id!,
      name: i.input_name!,
      kind: KINDS[i.type!]!,
      stage: i.stage_id || null,
    })),
    edges,
    providers,
    provision: read(dir, 'provision.csv').map((r) => ({
      provider: r.provider_id!,
      input: r.provided_id!,
      sharePct: r.share_provided ? Number(r.share_provided.replace('%', '')) : null,
      year: r.year ? Number(r.year) : defaultYear,
      sourceId: `cset-${code}`,
    })),
  };
}

warnWithoutSharedData('supply-chain real-data tests');

describe.runIf(hasSharedData)('supply chains on the CSET data', () => {
  const current = loadChain('.', 'semiconductors', 'utf8', 0);
  // The 2021-report release: its inputs file is Mac Roman, read as latin1 (ids are ASCII).
  const report2021 = loadChain(
    'historical/v2022-09-13_cset2021report',
    'semiconductors-2021',
    'latin1',
    2019,
  );
  const LITHO_CONTROL = { code: 'USA+NLD+JPN', economies: ['USA', 'NLD', 'JPN'] };
  const CHN = { code: 'CHN', economies: ['CHN'] };

  it('loads both releases without errors in the chain', () => {
    for (const chain of [current, report2021])
      expect(validateChain(chain).filter((i) => i.severity === 'error')).toEqual([]);
    expect(current.inputs.length).toBeGreaterThan(100);
  });

  it('finds EUV lithography tools held 100% by NLD', () => {
    const euv = current.inputs.find((i) => i.name === 'EUV lithography tools')!;
    const s = inputShares(current, euv.id);
    expect(s.economies.map((e) => [e.iso3, e.sharePct])).toEqual([['NLD', 100]]);
    const c = chokepoints(current, { coalition: LITHO_CONTROL }).items.find(
      (i) => i.item === euv.id,
    )!;
    expect([c.concentration.hhi, c.chokepoint]).toEqual([1, true]);
  });

  it('gives the 2021 report’s fabrication shares: TWN 47, USA 27, CHN 12, KOR 11', () => {
    const s = inputShares(report2021, 'S2');
    const share = (iso3: string) => s.economies.find((e) => e.iso3 === iso3)?.sharePct;
    expect([share('TWN'), share('USA'), share('CHN'), share('KOR')]).toEqual([47, 27, 12, 11]);
  });

  it('measures the coverage of lithography inputs by USA+NLD+JPN against CHN', () => {
    const litho = current.inputs.filter((i) => /lithography/i.test(i.name)).map((i) => i.id);
    const r = controlCoverage(current, { controlling: LITHO_CONTROL, target: CHN, inputs: litho });
    const row = (name: string) => r.inputs.find((i) => i.name === name)!;
    expect([row('EUV lithography tools').coveredPct, row('EUV lithography tools').verdict]).toEqual(
      [100, 'effective'],
    );
    expect(row('Lithography tools').verdict).toBe('effective');
    // Imprint lithography comes from Austria (EV Group): only adding AUT closes the gap.
    expect([row('Imprint lithography').verdict, row('Imprint lithography').addToReachGoal]).toEqual(
      ['ineffective', ['AUT']],
    );
    for (const i of r.inputs)
      expect(i.coveredPct + i.targetPct + i.foreignAvailabilityPct).toBeGreaterThanOrEqual(99.9);
  });

  it('propagates a loss of Taiwan to the finished chip', () => {
    const r = disrupt(current, [{ provider: 'TWN', input: 'all', fractionLost: 1 }]);
    const chip = r.inputs.find((i) => i.kind === 'output')!;
    expect(chip.availabilityPct).toBeLessThan(100);
    expect(r.mostAffectedOutputs).toEqual([chip.item]);
  });

  it('runs the fast Monte Carlo identical to the reference on the full chain', () => {
    const options = { trials: 200, random: mulberry32(3), defaults: { probability: 0.1 } };
    expect(JSON.stringify(monteCarlo(current, options))).toBe(
      JSON.stringify(monteCarloReference(current, { ...options, random: mulberry32(3) })),
    );
  });
});
