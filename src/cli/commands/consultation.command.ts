// `techalliance consultation list|show|groups|export`: conversations (Polis-style consultations)
// and their opinion maps (services/conversation.service.ts). Reads see what the operator sees;
// conversations are imported with `techalliance import polis <folder> --code <id>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { DomainError } from '../../core/errors.ts';
import { MAP_WEIGHTS, type MapWeight } from '../../services/conversation.service.ts';
import { oneOf, wholeOption, yearOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const refused = (option: string, message: string): DomainError =>
  new DomainError('validation_failed', `${option}: ${message}`, [{ path: option, message }]);

export function registerConsultationCommands(program: Command, withServices: WithServices): void {
  const consultation = program
    .command('consultation')
    .description(
      'Conversations (Polis-style consultations): list, show, the opinion map with its groups and consensus, export',
    );

  consultation
    .command('list')
    .description('The conversations, with their participants, votes and statements')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.conversations.list(OPERATOR);
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Open', 'Participants', 'Votes', 'Statements', 'Confidentiality', 'Title'],
          items.map((c) => [
            c.code,
            c.open ? 'yes' : 'no',
            c.counts.participants,
            c.counts.votes,
            c.counts.statements.accepted,
            c.confidentiality,
            clip(c.title, 60),
          ]),
        );
      });
    });

  consultation
    .command('show')
    .description('One conversation with its statements')
    .argument('<code>', 'conversation code')
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const c = await s.conversations.get(OPERATOR, code);
        if (opts.json) return printJson(c);
        process.stdout.write(
          `${c.title} (${c.code}) — ${c.open ? 'open' : 'closed'}, ${c.counts.participants} participants, ${c.counts.votes} votes\n`,
        );
        printTable(
          ['Id', 'Moderation', 'Language', 'Statement'],
          c.statements.map((x) => [x.id, x.moderation, x.language ?? '—', clip(x.text, 90)]),
        );
      });
    });

  consultation
    .command('groups')
    .description(
      'The opinion map: the groups (k by silhouette), each participant’s group and place, representative statements, consensus',
    )
    .argument('<code>', 'conversation code')
    .option(
      '--weight <scheme>',
      `stratification: ${MAP_WEIGHTS.join(', ')} (default none; economy: every economy weighs the same; indicator: each economy in proportion to --indicator)`,
    )
    .option('--indicator <code>', 'with --weight indicator: the indicator, e.g. population')
    .option(
      '--year <n>',
      "with --weight indicator: the indicator's year (default: each economy's latest)",
    )
    .option('--seed <n>', 'seed of the projection and clustering (default 1)')
    .option(
      '--json',
      'print JSON: the whole map {k, participants: [{id, group, x, y}], groups (with economies, constituencies), consensus, indicator, unweighted, …}',
    )
    .action(
      async (
        code: string,
        opts: { weight?: string; indicator?: string; year?: string; seed?: string; json?: boolean },
      ) => {
        const weight = oneOf<MapWeight>(opts.weight, MAP_WEIGHTS, '--weight');
        const seed = wholeOption(opts.seed, '--seed', 0, 4_294_967_295);
        const year = yearOption(opts.year, '--year');
        if (weight === 'indicator' && opts.indicator === undefined)
          throw refused('--indicator', 'an indicator code is required with --weight indicator');
        if (weight !== 'indicator' && opts.indicator !== undefined)
          throw refused('--indicator', 'only with --weight indicator');
        if (weight !== 'indicator' && year !== undefined)
          throw refused('--year', 'only with --weight indicator');
        await withServices(async (s) => {
          const m = await s.conversations.groups(OPERATOR, code, {
            ...(weight !== undefined ? { weight } : {}),
            ...(seed !== undefined ? { seed } : {}),
            ...(opts.indicator !== undefined ? { indicator: opts.indicator } : {}),
            ...(year !== undefined ? { year } : {}),
          });
          if (opts.json) return printJson(m);
          const texts = new Map(
            (await s.conversations.get(OPERATOR, code)).statements.map((x) => [x.id, x.text]),
          );
          const out = process.stdout;
          const weighting = m.indicator
            ? `indicator ${m.indicator.code}, ${m.indicator.year ?? 'latest'}: ${m.indicator.economies} economies with a value, ${m.unweighted} participants unweighted`
            : m.weight;
          out.write(
            `${m.k} groups (weight ${weighting}); ${m.participants.length} participants placed, ${m.notPlaced} not (too few votes)\n`,
          );
          const by = (rows: { key: string | null; participants: number }[]): string =>
            rows.map((r) => `${r.key ?? '—'} ${r.participants}`).join(', ');
          for (const g of m.groups) {
            out.write(`\ngroup ${g.id}: ${g.size} participants\n`);
            out.write(
              `  economies: ${by(g.economies.map((e) => ({ key: e.economy, participants: e.participants })))}\n`,
            );
            out.write(
              `  constituencies: ${by(g.constituencies.map((c) => ({ key: c.constituency, participants: c.participants })))}\n`,
            );
            for (const r of g.representative.slice(0, 5))
              out.write(
                `  ${r.direction === 'agree' ? '+' : '−'} ${Math.round(r.share * 100)}%  ${clip(texts.get(r.statement) ?? r.statement, 90)}\n`,
              );
          }
          out.write('\nconsensus across groups:\n');
          for (const x of m.consensus.slice(0, 5))
            out.write(
              `  ${x.direction} ${x.consensus.toFixed(2)}  ${clip(texts.get(x.statement) ?? x.statement, 90)}\n`,
            );
          if (m.consensusAcrossMembers.length > 0) {
            out.write('\nagreed by a majority in every member economy:\n');
            for (const x of m.consensusAcrossMembers.slice(0, 5))
              out.write(
                `  ${Math.round(x.minShare * 100)}%  ${clip(texts.get(x.statement) ?? x.statement, 90)}\n`,
              );
          }
        });
      },
    );

  consultation
    .command('export')
    .description('Write a conversation in Polis’s export layout (four CSV files) into a folder')
    .argument('<code>', 'conversation code')
    .argument('<folder>', 'the folder to write (created if missing)')
    .action(async (code: string, folder: string) => {
      await withServices(async (s) => {
        const files = await s.conversations.exportPolis(OPERATOR, code);
        try {
          mkdirSync(folder, { recursive: true });
          for (const [name, text] of Object.entries(files) as [string, string][])
            writeFileSync(join(folder, name), text);
        } catch (e) {
          throw new DomainError(
            'bad_file',
            `<folder>: cannot write ${folder}: ${(e as Error).message}`,
            [{ path: '<folder>', message: 'cannot write' }],
          );
        }
        process.stdout.write(`wrote ${Object.keys(files).join(', ')} to ${folder}\n`);
      });
    });
}
