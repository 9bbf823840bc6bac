// `techalliance chain list|show|metrics`, `scenario disrupt|montecarlo`, `control coverage|retaliation`
// (and the control-list subcommands of `control`, control-list.command.ts).
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.ts';
import type { Shock } from '../../core/supply-chains/shock.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';
import { registerControlListCommands } from './control-list.command.ts';

const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${v.toFixed(1)}%`;
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const yearOption = (v: string | undefined): 'latest' | { year: number } => {
  if (v === undefined || v === 'latest') return 'latest';
  if (!/^\d{4}$/.test(v))
    throw new DomainError('validation_failed', "--year must be a four-digit year or 'latest'", [
      { path: '--year', message: 'expected YYYY or latest' },
    ]);
  return { year: Number(v) };
};

/** `--eu`: how a supranational participant (the EU) of a coalition counts. */
const euOption = (v: string | undefined): { supranational?: 'enumerated' | 'member-states' } => {
  if (v === undefined) return {};
  if (v !== 'enumerated' && v !== 'member-states')
    throw new DomainError('validation_failed', '--eu must be enumerated or member-states', [
      { path: '--eu', message: `got '${v}'` },
    ]);
  return { supranational: v };
};
const EU_HELP =
  'enumerated (default): the economies a coalition lists; member-states: the EU as its member states';

/** `TWN:1.0` (all inputs) or `CHN:Gallium:0.9`. */
export function parseShock(text: string, index: number): Shock {
  const parts = text.split(':');
  const fraction = Number(parts[parts.length - 1]);
  if (parts.length < 2 || parts.length > 3 || parts[0] === '' || !Number.isFinite(fraction))
    throw new DomainError(
      'validation_failed',
      `--shock '${text}': expected PROVIDER:FRACTION or PROVIDER:INPUT:FRACTION, e.g. TWN:1.0 or CHN:Gallium:0.9`,
      [{ path: `--shock[${index}]`, message: 'malformed' }],
    );
  return {
    provider: parts[0]!,
    input: parts.length === 3 ? parts[1]! : 'all',
    fractionLost: fraction,
  };
}

export function registerSupplyChainCommands(program: Command, withServices: WithServices): void {
  const chain = program
    .command('chain')
    .description('Supply chains: list, show, metrics per input');

  chain
    .command('list')
    .description('List the supply chains loaded')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.supplyChains.list();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Stages', 'Inputs', 'Providers', 'Share rows'],
          items.map((c) => [c.code, c.name, c.stages, c.inputs, c.providers, c.provisions]),
        );
      });
    });

  chain
    .command('show')
    .description('A chain: its stages, inputs and providers (JSON: the whole model with sources)')
    .argument('<chain>', 'chain code, e.g. semiconductors')
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.supplyChains.get(code);
        if (opts.json) return printJson(r);
        process.stdout.write(`${r.chain.name} (${r.chain.code})\n`);
        printTable(
          ['Id', 'Input', 'Kind', 'Stage'],
          r.chain.inputs.map((i) => [i.id, i.name, i.kind, i.stage]),
        );
      });
    });

  chain
    .command('metrics')
    .description(
      'Per input: shares, HHI, top-1/top-3, economies to 75%, coalition and concern shares, chokepoints',
    )
    .argument('<chain>', 'chain code')
    .option('--coalition <code>', 'coalition code or ISO3 list', 'G7')
    .option('--concern <codes>', 'countries of concern (default CHN,RUS,IRN,PRK)')
    .option('--year <year>', "a year, or 'latest'")
    .option('--eu <counting>', EU_HELP)
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        opts: { coalition: string; concern?: string; year?: string; eu?: string; json?: boolean },
      ) => {
        const eu = euOption(opts.eu);
        await withServices(async (s) => {
          const m = await s.supplyChains.metrics(code, {
            coalition: opts.coalition,
            ...(opts.concern ? { concern: opts.concern } : {}),
            year: yearOption(opts.year),
            ...eu,
          });
          if (opts.json) return printJson(m);
          printTable(
            [
              'Input',
              'Year',
              'Top economy',
              'HHI',
              'To 75%',
              m.coalition.code,
              'Concern',
              'Chokepoint',
            ],
            m.chokepoints.items.map((i) => [
              i.name,
              i.year,
              i.concentration.top1
                ? `${i.concentration.top1.iso3} ${pct(i.concentration.top1.sharePct)}`
                : null,
              i.concentration.hhi === null ? null : i.concentration.hhi.toFixed(3),
              i.concentration.economiesToReach,
              pct(i.coalitionPct),
              pct(i.concernPct),
              i.chokepoint ? i.reasons.map((r) => r.code).join(', ') : '',
            ]),
          );
        });
      },
    );

  const scenario = program
    .command('scenario')
    .description('Supply-chain scenarios: disruption, Monte Carlo');

  scenario
    .command('disrupt')
    .description(
      'Apply shocks and propagate them downstream: --shock TWN:1.0 --shock CHN:Gallium:0.9',
    )
    .argument('<chain>', 'chain code')
    .option('--shock <PROVIDER[:INPUT]:FRACTION>', 'a shock (repeatable)', collect)
    .option('--coalition <code>', 'rank these members by what they lose')
    .option('--year <year>', "a year, or 'latest'")
    .option('--eu <counting>', EU_HELP)
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        opts: { shock?: string[]; coalition?: string; year?: string; eu?: string; json?: boolean },
      ) => {
        const eu = euOption(opts.eu);
        const shocks = (opts.shock ?? []).map(parseShock);
        if (shocks.length === 0)
          throw new DomainError(
            'validation_failed',
            'give at least one --shock, e.g. --shock TWN:1.0',
            [{ path: '--shock', message: 'required' }],
          );
        await withServices(async (s) => {
          const r = await s.supplyChains.disrupt(code, shocks, {
            ...(opts.coalition ? { coalition: opts.coalition } : {}),
            year: yearOption(opts.year),
            ...eu,
          });
          if (opts.json) return printJson(r);
          const affected = [...r.inputs, ...r.stages].filter((i) => i.availabilityPct < 100);
          affected.sort((a, b) => a.availabilityPct - b.availabilityPct);
          printTable(
            ['Item', 'Kind', 'Supply left', 'Available', 'Limited by'],
            affected.map((i) => [
              i.name,
              i.kind,
              pct(i.remainingSupplyPct),
              pct(i.availabilityPct),
              i.limitedBy,
            ]),
          );
          if (affected.length === 0) process.stdout.write('no input or stage is affected\n');
        });
      },
    );

  scenario
    .command('montecarlo')
    .description(
      'Random disruptions per economy → availability per stage and output (mean, p5, p50, p95)',
    )
    .argument('<chain>', 'chain code')
    .option('--trials <n>', 'number of trials', '100000')
    .option('--seed <n>', 'random seed (the same seed gives the same output)', '1')
    .option('--probability <p>', 'default probability that an economy is disrupted (0–1)')
    .option('--severity <s>', 'default fraction of its supply lost when disrupted (0–1)')
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        opts: {
          trials: string;
          seed: string;
          probability?: string;
          severity?: string;
          json?: boolean;
        },
      ) => {
        const int = (v: string, name: string): number => {
          if (!/^\d+$/.test(v))
            throw new DomainError('validation_failed', `--${name} must be a whole number`, [
              { path: `--${name}`, message: v },
            ]);
          return Number(v);
        };
        const frac = (v: string | undefined, name: string): number | undefined => {
          if (v === undefined) return undefined;
          const n = Number(v);
          if (!Number.isFinite(n) || n < 0 || n > 1)
            throw new DomainError('validation_failed', `--${name} must be between 0 and 1`, [
              { path: `--${name}`, message: v },
            ]);
          return n;
        };
        const probability = frac(opts.probability, 'probability');
        const severity = frac(opts.severity, 'severity');
        await withServices(async (s) => {
          const r = await s.supplyChains.monteCarlo(code, {
            trials: int(opts.trials, 'trials'),
            seed: int(opts.seed, 'seed'),
            defaults: {
              ...(probability !== undefined ? { probability } : {}),
              ...(severity !== undefined ? { severity } : {}),
            },
          });
          if (opts.json) return printJson(r);
          printTable(
            ['Item', 'Kind', 'Mean', 'p5', 'p50', 'p95'],
            [...r.stages, ...r.outputs].map((i) => [
              i.name,
              i.kind,
              pct(i.meanPct),
              pct(i.p5Pct),
              pct(i.p50Pct),
              pct(i.p95Pct),
            ]),
          );
        });
      },
    );

  const control = program
    .command('control')
    .description(
      'Export controls: item control lists compared (lists, entry, diff, unilateral, lag, align, search), tied to supply-chain inputs (link, inputs), coverage and retaliation exposure',
    );
  registerControlListCommands(control, withServices);

  control
    .command('coverage')
    .description(
      'How much supply of controlled inputs lies inside a controlling coalition, and who would close the gap',
    )
    .argument('<chain>', 'chain code')
    .requiredOption(
      '--coalition <codes>',
      'controlling coalition: a code or ISO3 list, e.g. USA,NLD,JPN',
    )
    .requiredOption('--target <codes>', 'target, e.g. CHN')
    .option(
      '--input <name>',
      'an input or stage id or name (repeatable; default: every input)',
      collect,
    )
    .option('--goal <pct>', 'coverage goal in %', '90')
    .option('--year <year>', "a year, or 'latest'")
    .option('--eu <counting>', EU_HELP)
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        opts: {
          coalition: string;
          target: string;
          input?: string[];
          goal: string;
          year?: string;
          eu?: string;
          json?: boolean;
        },
      ) => {
        const eu = euOption(opts.eu);
        const goal = Number(opts.goal);
        if (!Number.isFinite(goal) || goal <= 0 || goal > 100)
          throw new DomainError(
            'validation_failed',
            '--goal must be a percentage above 0 and at most 100',
            [{ path: '--goal', message: opts.goal }],
          );
        await withServices(async (s) => {
          const r = await s.supplyChains.coverage(code, {
            coalition: opts.coalition,
            target: opts.target,
            ...(opts.input ? { inputs: opts.input } : {}),
            goalPct: goal,
            year: yearOption(opts.year),
            ...eu,
          });
          if (opts.json)
            return printJson({
              ...r,
              inputs: r.inputs.map((i) => ({
                ...i,
                input: i.input,
                year: i.year,
                coveredPct: i.coveredPct,
                targetPct: i.targetPct,
                foreignAvailabilityPct: i.foreignAvailabilityPct,
                verdict: i.verdict,
                addToReachGoal: i.addToReachGoal,
              })),
            });
          printTable(
            ['Input', 'Year', 'Covered', 'Target', 'Foreign', 'Verdict', 'Add to reach goal'],
            r.inputs.map((i) => [
              i.name,
              i.year,
              pct(i.coveredPct),
              pct(i.targetPct),
              pct(i.foreignAvailabilityPct),
              i.verdict,
              i.addToReachGoal === null ? '—' : i.addToReachGoal.join(', ') || '(none needed)',
            ]),
          );
        });
      },
    );

  control
    .command('retaliation')
    .description(
      "Inputs in every loaded chain where the coalition depends on the target's supply, ranked",
    )
    .requiredOption('--coalition <codes>', 'the controlling coalition')
    .requiredOption('--target <codes>', 'the target')
    .option('--eu <counting>', EU_HELP)
    .option('--json', 'print JSON')
    .action(async (opts: { coalition: string; target: string; eu?: string; json?: boolean }) => {
      const eu = euOption(opts.eu);
      await withServices(async (s) => {
        const r = await s.supplyChains.retaliation({
          coalition: opts.coalition,
          target: opts.target,
          ...eu,
        });
        if (opts.json) return printJson(r);
        printTable(
          ['Rank', 'Chain', 'Item', 'Year', 'Target', 'Coalition'],
          r.exposures.map((e) => [
            e.rank,
            e.chain,
            e.name,
            e.year,
            pct(e.targetPct),
            pct(e.coalitionPct),
          ]),
        );
      });
    });
}
