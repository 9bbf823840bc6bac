// `techalliance criteria list|show|evaluate|import|delete`.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseCriteriaSet } from '../../core/criteria/criteria-set.ts';
import { DomainError } from '../../core/errors.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const year = (v: string | undefined, option: string): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v))
    throw new DomainError('validation_failed', `${option} must be a four-digit year`, [
      { path: option, message: 'expected YYYY' },
    ]);
  return Number(v);
};

const RESULT_LABEL: Record<string, string> = {
  eligible_member: 'eligible member',
  eligible_partner: 'eligible partner',
  not_eligible: 'not eligible',
  undetermined: 'undetermined',
};

export function registerCriteriaCommands(program: Command, withServices: WithServices): void {
  const criteria = program
    .command('criteria')
    .description('Membership criteria: sets, evaluation with evidence');

  criteria
    .command('list')
    .description('List criteria sets (the built-in default and stored ones)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.criteria.list();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Origin', 'Member criteria', 'Partner criteria'],
          items.map((i) => [i.code, i.name, i.origin, i.criteria.member, i.criteria.partner]),
        );
      });
    });

  criteria
    .command('show')
    .description('One criteria set as JSON (the format `criteria import` reads)')
    .argument('[code]', 'set code', 'default')
    .option('--as-of <year>', 'date the year policies at this year')
    .option('--json', 'print JSON (the default output of this command)')
    .action(async (code: string, opts: { asOf?: string }) => {
      const asOf = year(opts.asOf, '--as-of');
      await withServices(async (s) => printJson(await s.criteria.get(code, asOf)));
    });

  criteria
    .command('evaluate')
    .description('Evaluate a set over every economy: tier result and evidence per criterion')
    .option('--set <code>', 'criteria set', 'default')
    .option(
      '--coalition <code>',
      'compare a coalition: who inside fails what, who outside qualifies',
    )
    .option('--as-of <year>', 'latest values no older than the set allows before this year')
    .option('--economies <codes>', 'only these economies, comma-separated ISO3')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        set: string;
        coalition?: string;
        asOf?: string;
        economies?: string;
        json?: boolean;
      }) => {
        const asOf = year(opts.asOf, '--as-of');
        await withServices(async (s) => {
          const r = await s.criteria.evaluate(opts.set, {
            ...(asOf !== undefined ? { asOf } : {}),
            ...(opts.coalition !== undefined ? { coalition: opts.coalition } : {}),
          });
          const only = opts.economies ? new Set(opts.economies.toUpperCase().split(',')) : null;
          const economies = r.evaluation.economies.filter((e) => only === null || only.has(e.iso3));
          if (opts.json) return printJson({ ...r, evaluation: { ...r.evaluation, economies } });
          process.stdout.write(
            `${r.evaluation.set.name} (${r.evaluation.set.code}), data up to ${r.asOf}\n`,
          );
          printTable(
            ['ISO3', 'Economy', 'Result', 'Why'],
            economies.map((e) => [e.iso3, e.name, RESULT_LABEL[e.result] ?? e.result, e.reason]),
          );
          if (r.coalition) {
            const c = r.coalition.check;
            process.stdout.write(`\n${r.coalition.name} (${r.coalition.code}):\n`);
            for (const m of [...c.members, ...c.partners])
              process.stdout.write(`  ${m.iso3} (${m.tier}) ${m.outcome}: ${m.reason}\n`);
            if (c.members.length + c.partners.length === 0)
              process.stdout.write('  every participant meets its tier\n');
            process.stdout.write(
              `  outside, qualifying: ${c.outsiders.map((o) => `${o.iso3} (${o.qualifiesAs})`).join(', ') || '—'}\n`,
            );
            for (const n of r.coalition.notEvaluated)
              process.stdout.write(`  ${n.code}: ${n.reason}\n`);
          }
        });
      },
    );

  criteria
    .command('import')
    .description('Store a criteria set from a JSON file (replaces a set with the same code)')
    .argument('<file>', 'JSON file, as `criteria show` prints')
    .option('--json', 'print the stored set as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch (e) {
        throw new DomainError('bad_file', `${file}: ${(e as Error).message}`);
      }
      const parsed = parseCriteriaSet(input);
      await withServices(async (s) => {
        const { set, status } = await s.criteria.save(parsed);
        if (opts.json) return printJson(set);
        process.stdout.write(`${status} criteria set ${set.code}\n`);
      });
    });

  criteria
    .command('delete')
    .description('Delete a stored criteria set')
    .argument('<code>', 'set code')
    .action(async (code: string) => {
      await withServices(async (s) => {
        await s.criteria.delete(code);
        process.stdout.write(`deleted criteria set ${code}\n`);
      });
    });
}
