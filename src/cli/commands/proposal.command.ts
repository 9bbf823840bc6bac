// `techalliance proposal list|show|create|edit|move|diff|tally`, `techalliance vote` and
// `techalliance workstream list|set`: governance from the terminal, acting for the account
// `techalliance login` saved (or TECHALLIANCE_TOKEN). The same service and checks as the API.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.ts';
import { parseProposalDraft, PROPOSAL_STATES } from '../../core/governance/proposal.ts';
import {
  ballotSchema,
  proposalEditSchema,
  proposalTransitionSchema,
} from '../../core/governance/proposal-record.ts';
import { workstreamSchema } from '../../core/governance/workstream.ts';
import { parseDocument, parseInput } from '../../core/parse-input.ts';
import { cliPrincipal } from '../credentials.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const readText = (file: string, flag: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DomainError(
      'bad_file',
      `${flag} ${file}: cannot read the file (${(e as Error).message})`,
    );
  }
};

const version = (flag: string, text: string): number => {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new DomainError('validation_failed', `${flag}: '${text}' is not a version number`, [
      { path: flag, message: 'expected 1, 2, …' },
    ]);
  return Number(text);
};

export function registerProposalCommands(program: Command, withServices: WithServices): void {
  const proposal = program
    .command('proposal')
    .description('Proposals: list, show, create, edit, move through the lifecycle, diff, tally');

  proposal
    .command('list')
    .description('Proposals you may see, newest first')
    .option('--state <state>', PROPOSAL_STATES.join(', '))
    .option('--workstream <code>', 'only this workstream')
    .option('--search <words>', 'search titles and texts')
    .option('--json', 'print JSON')
    .action(
      async (opts: { state?: string; workstream?: string; search?: string; json?: boolean }) => {
        if (opts.state !== undefined && !PROPOSAL_STATES.includes(opts.state as never))
          throw new DomainError(
            'validation_failed',
            `--state: '${opts.state}' is not one of ${PROPOSAL_STATES.join(', ')}`,
            [{ path: '--state', message: 'unknown state' }],
          );
        await withServices(async (s) => {
          const p = await cliPrincipal(s);
          const items = await s.governance.list(p, {
            ...(opts.state ? { state: opts.state as never } : {}),
            ...(opts.workstream ? { workstream: opts.workstream } : {}),
            ...(opts.search ? { q: opts.search } : {}),
          });
          if (opts.json) return printJson(items.map(({ text: _t, ...rest }) => rest));
          printTable(
            ['Id', 'Title', 'State', 'Workstream', 'Confidentiality', 'Version'],
            items.map((x) => [x.id, x.title, x.state, x.workstream, x.confidentiality, x.version]),
          );
        });
      },
    );

  proposal
    .command('show')
    .description('One proposal with its text')
    .argument('<id>', 'proposal id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const v = await s.governance.get(await cliPrincipal(s), id);
        if (opts.json) return printJson(v);
        process.stdout.write(
          `${v.title}\n${v.state} · ${v.confidentiality} · ${v.workstream ?? 'no workstream'} · version ${v.version}\n\n${v.text}\n`,
        );
      });
    });

  proposal
    .command('create')
    .description('Create a draft from a text file')
    .requiredOption('--title <title>', 'the title')
    .requiredOption('--text-file <file>', 'the text (UTF-8)')
    .option('--workstream <code>', 'the workstream (your delegation needs the propose right there)')
    .option('--confidentiality <level>', 'public, alliance, members or restricted', 'alliance')
    .option(
      '--restricted-to <codes>',
      'delegations that see a restricted proposal, comma-separated',
    )
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        title: string;
        textFile: string;
        workstream?: string;
        confidentiality: string;
        restrictedTo?: string;
        json?: boolean;
      }) => {
        const draft = parseProposalDraft({
          title: opts.title,
          text: readText(opts.textFile, '--text-file'),
          confidentiality: opts.confidentiality,
          ...(opts.workstream ? { workstream: opts.workstream } : {}),
          ...(opts.restrictedTo
            ? { restrictedTo: opts.restrictedTo.split(',').map((c) => c.trim()) }
            : {}),
        });
        await withServices(async (s) => {
          const p = await s.governance.create(await cliPrincipal(s), draft);
          if (opts.json) return printJson(p);
          process.stdout.write(`created ${p.id} (draft, ${p.confidentiality})\n`);
        });
      },
    );

  proposal
    .command('edit')
    .description('A new version of the text')
    .argument('<id>', 'proposal id')
    .requiredOption('--text-file <file>', 'the new text')
    .option('--title <title>', 'a new title')
    .option('--note <note>', 'what changed', '')
    .option('--json', 'print JSON')
    .action(
      async (
        id: string,
        opts: { textFile: string; title?: string; note: string; json?: boolean },
      ) => {
        const change = parseInput(
          proposalEditSchema,
          {
            text: readText(opts.textFile, '--text-file'),
            note: opts.note,
            ...(opts.title ? { title: opts.title } : {}),
          },
          'edit',
        );
        await withServices(async (s) => {
          const v = await s.governance.edit(await cliPrincipal(s), id, change);
          if (opts.json) return printJson(v);
          process.stdout.write(`version ${v.version} of ${id}\n`);
        });
      },
    );

  proposal
    .command('move')
    .description(
      'Move a proposal to another state (secretariat); consultation and voting take a window',
    )
    .argument('<id>', 'proposal id')
    .argument('<state>', PROPOSAL_STATES.join(', '))
    .option('--opens <datetime>', 'window start, ISO 8601 with a zone (2026-12-01T09:00:00Z)')
    .option('--closes <datetime>', 'window end')
    .option('--json', 'print JSON')
    .action(
      async (id: string, to: string, opts: { opens?: string; closes?: string; json?: boolean }) => {
        const move = parseInput(
          proposalTransitionSchema,
          {
            to,
            ...(opts.opens || opts.closes
              ? { window: { opensAt: opts.opens, closesAt: opts.closes } }
              : {}),
          },
          'move',
        );
        await withServices(async (s) => {
          const p = await s.governance.transition(await cliPrincipal(s), id, move);
          if (opts.json) return printJson(p);
          process.stdout.write(`${id} is now ${p.state}\n`);
        });
      },
    );

  proposal
    .command('diff')
    .description('The unified diff between two versions')
    .argument('<id>', 'proposal id')
    .requiredOption('--from <n>', 'older version')
    .requiredOption('--to <n>', 'newer version')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { from: string; to: string; json?: boolean }) => {
      const from = version('--from', opts.from);
      const to = version('--to', opts.to);
      await withServices(async (s) => {
        const d = await s.governance.diff(await cliPrincipal(s), id, from, to);
        if (opts.json) return printJson(d);
        process.stdout.write(d.unified);
      });
    });

  proposal
    .command('tally')
    .description('The tally of the vote, explained')
    .argument('<id>', 'proposal id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const t = await s.governance.tallyView(await cliPrincipal(s), id);
        if (opts.json) return printJson(t);
        process.stdout.write(
          `${t.tally.outcome}${t.tally.decided ? '' : ' (not decided yet)'}${t.open ? ' — voting is open' : ''}\n`,
        );
        for (const line of t.tally.explanation) process.stdout.write(`  ${line}\n`);
      });
    });

  program
    .command('vote')
    .description('Cast or change your delegation’s ballot while the vote is open')
    .argument('<id>', 'proposal id')
    .argument('<choice>', 'yes, no, abstain, or object (under consensus)')
    .option('--json', 'print JSON')
    .action(async (id: string, choice: string, opts: { json?: boolean }) => {
      const ballot = parseInput(ballotSchema, { choice }, 'ballot');
      await withServices(async (s) => {
        const t = await s.governance.vote(await cliPrincipal(s), id, ballot);
        if (opts.json) return printJson(t);
        process.stdout.write(
          `recorded ${choice}; the tally stands at: ${t.tally.outcome}${t.tally.decided ? '' : ' (not decided yet)'}\n`,
        );
        for (const line of t.tally.explanation) process.stdout.write(`  ${line}\n`);
      });
    });

  const workstream = program
    .command('workstream')
    .description('Workstreams: participants, rights and decision rules');

  workstream
    .command('list')
    .description('Workstreams with their rule and participants')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.governance.workstreams();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Rule', 'Participants'],
          items.map((w) => [
            w.code,
            w.name,
            w.decisionRule?.kind ?? null,
            w.participants.map((p) => `${p.delegation}:${p.rights.join('+')}`).join(' '),
          ]),
        );
      });
    });

  workstream
    .command('set')
    .description(
      'Create or replace a workstream from a JSON file (secretariat): {code, name, decisionRule, participants: [{delegation, rights}]}',
    )
    .argument('<file>', 'the workstream as JSON')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      let json: unknown;
      try {
        json = JSON.parse(readText(file, 'workstream'));
      } catch (e) {
        if (e instanceof DomainError) throw e;
        throw new DomainError('bad_file', `${file}: not JSON (${(e as Error).message})`);
      }
      const w = parseDocument(workstreamSchema, json, 'workstream');
      await withServices(async (s) => {
        const r = await s.governance.saveWorkstream(await cliPrincipal(s), w);
        if (opts.json) return printJson(r);
        process.stdout.write(`${r.status} workstream ${r.workstream.code}\n`);
      });
    });
}
