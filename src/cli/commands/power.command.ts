// `techalliance power`: the voting-power audit of a rule and a member set.
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.ts';
import { powerRequestSchema } from '../../core/governance/power-request.ts';
import { parseInput } from '../../core/parse-input.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

interface PowerOptions {
  rule: string;
  weights?: string;
  members?: string;
  weight?: string;
  quota?: string;
  quotaPct?: string;
  cap?: string;
  membersPct?: string;
  weightPct?: string;
  maxPower?: string;
  json?: boolean;
}

const num = (flag: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new DomainError('validation_failed', `${flag}: '${text}' is not a number`, [
      { path: flag, message: 'expected a number' },
    ]);
  return n;
};

/** `USA=3,DEU=2` → members with weights. */
export function parseWeights(text: string): { member: string; weight: number }[] {
  return text.split(',').map((pair, i) => {
    const [member, weight, ...rest] = pair.split('=');
    const w = Number(weight);
    if (
      !member?.trim() ||
      weight === undefined ||
      rest.length > 0 ||
      weight.trim() === '' ||
      !Number.isFinite(w)
    )
      throw new DomainError(
        'validation_failed',
        `--weights: '${pair}' is not MEMBER=WEIGHT (e.g. USA=3,DEU=2,FRA=1)`,
        [{ path: `--weights[${i}]`, message: 'expected MEMBER=WEIGHT' }],
      );
    return { member: member.trim(), weight: w };
  });
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function registerPowerCommand(program: Command, withServices: WithServices): void {
  program
    .command('power')
    .description(
      'Voting-power audit: Banzhaf and Shapley–Shubik indices per member, blocking, warnings',
    )
    .option('--rule <rule>', 'weighted or double-majority', 'weighted')
    .option('--weights <list>', 'members and weights: USA=3,DEU=2,FRA=1,ITA=1')
    .option('--members <codes>', 'members (ISO3) whose weights --weight looks up: USA,DEU,FRA')
    .option('--weight <basis>', 'population, gdp or equal (with --members)')
    .option('--quota <n>', 'weighted: least summed weight that wins')
    .option('--quota-pct <p>', 'weighted: least share of the total weight that wins, in %')
    .option(
      '--cap <p>',
      'weighted: no member above this % of the total weight (excess redistributed)',
    )
    .option('--members-pct <p>', 'double majority: least share of members, in %')
    .option('--weight-pct <p>', 'double majority: least share of the weight, in %')
    .option('--max-power <share>', 'warn when a member’s power exceeds this share (default 0.4)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  techalliance power --weights USA=3,DEU=2,FRA=1,ITA=1 --quota 4\n' +
        '  techalliance power --rule double-majority --members USA,DEU,FRA,ITA,JPN,CAN,GBR --weight population --members-pct 55 --weight-pct 65',
    )
    .action(async (opts: PowerOptions) => {
      if (opts.weights !== undefined && opts.members !== undefined)
        throw new DomainError('validation_failed', 'give --weights or --members, not both', [
          { path: '--weights', message: 'or --members' },
        ]);
      if (opts.weights === undefined && opts.members === undefined)
        throw new DomainError(
          'validation_failed',
          'give the members: --weights USA=3,DEU=2 or --members USA,DEU --weight population',
          [{ path: '--weights', message: 'missing' }],
        );
      const members =
        opts.weights !== undefined
          ? parseWeights(opts.weights)
          : opts.members!.split(',').map((m) => ({ member: m.trim() }));
      const request = parseInput(
        powerRequestSchema,
        {
          rule: opts.rule,
          members,
          ...(opts.weight !== undefined ? { weight: opts.weight } : {}),
          ...(opts.quota !== undefined ? { quota: num('--quota', opts.quota) } : {}),
          ...(opts.quotaPct !== undefined ? { quotaPct: num('--quota-pct', opts.quotaPct) } : {}),
          ...(opts.cap !== undefined ? { capPct: num('--cap', opts.cap) } : {}),
          ...(opts.membersPct !== undefined
            ? { membersPct: num('--members-pct', opts.membersPct) }
            : {}),
          ...(opts.weightPct !== undefined
            ? { weightPct: num('--weight-pct', opts.weightPct) }
            : {}),
          ...(opts.maxPower !== undefined
            ? { maxPowerShare: num('--max-power', opts.maxPower) }
            : {}),
        },
        'arguments',
      );
      await withServices(async (s) => {
        const r = await s.power.audit(request);
        if (opts.json) return printJson(r);
        process.stdout.write(
          `${r.rule}\na coalition wins with ${r.thresholds.members > 0 ? `${r.thresholds.members} members and ` : ''}` +
            `${r.thresholds.weight} of ${r.totalUnits} weight units${r.scaled ? ' (weights scaled to whole units)' : ''}\n`,
        );
        printTable(
          ['Member', 'Weight', 'Weight share', 'Banzhaf', 'Shapley–Shubik', 'Power/weight'],
          r.members.map((m) => [
            m.member,
            m.weight,
            pct(m.weightShare),
            pct(m.banzhaf),
            pct(m.shapleyShubik),
            m.powerToWeight === null ? null : m.powerToWeight.toFixed(2),
          ]),
        );
        for (const w of r.warnings) process.stdout.write(`warning: ${w.message}\n`);
      });
    });
}
