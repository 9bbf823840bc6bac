// `techalliance consultation list|show|groups|export`: conversations (Polis-style consultations)
// and their opinion maps (services/conversation.service.ts). Reads see what the operator sees;
// conversations are imported with `techalliance import polis <folder> --code <id>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { DomainError } from '../../core/errors.ts';
import { MAP_WEIGHTS, type MapWeight } from '../../services/conversation.service.ts';
import { oneOf, wholeOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

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
      `stratification: ${MAP_WEIGHTS.join(', ')} (default none; economy: every economy weighs the same)`,
    )
    .option('--seed <n>', 'seed of the projection and clustering (default 1)')
    .option('--json', 'print JSON: {k, participants: [{id, group, x, y}], groups, consensus, …}')
    .action(async (code: string, opts: { weight?: string; seed?: string; json?: boolean }) => {
      const weight = oneOf<MapWeight>(opts.weight, MAP_WEIGHTS, '--weight');
      const seed = wholeOption(opts.seed, '--seed', 0, 4_294_967_295);
      await withServices(async (s) => {
        const m = await s.conversations.groups(OPERATOR, code, {
          ...(weight !== undefined ? { weight } : {}),
          ...(seed !== undefined ? { seed } : {}),
        });
        if (opts.json) return printJson(m);
        const texts = new Map(
          (await s.conversations.get(OPERATOR, code)).statements.map((x) => [x.id, x.text]),
        );
        const out = process.stdout;
        out.write(
          `${m.k} groups (weight ${m.weight}); ${m.participants.length} participants placed, ${m.notPlaced} not (too few votes)\n`,
        );
        for (const g of m.groups) {
          out.write(`\ngroup ${g.id}: ${g.size} participants\n`);
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
    });

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
