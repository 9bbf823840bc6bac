// `techalliance policy list|show|compare|topics`, `issue list|create|show|agree`,
// `position set|withdraw|list|history` and `divergence matrix|outliers|register|show|recompute|
// open-proposal|link|accept|reopen|alerts|webhook`: the policy registry, members' positions and
// the divergence register (services/policy.service.ts, position.service.ts,
// divergence.service.ts). Reads see everything, as the operator does; writes act for the
// signed-in account (techalliance login), which the governance log records.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { DIVERGENCE_STATES, type DivergenceState } from '../../core/divergences/divergence.ts';
import { DomainError } from '../../core/errors.ts';
import {
  BINDINGNESS,
  INSTRUMENT_SOURCES,
  INSTRUMENT_STATUSES,
  INSTRUMENT_TYPES,
  type Bindingness,
  type InstrumentSource,
  type InstrumentStatus,
  type InstrumentType,
} from '../../core/policies/instrument.ts';
import { POSITION_STATUSES, type PositionStatus } from '../../core/positions/position.ts';
import { cliPrincipal } from '../credentials.ts';
import { oneOf, wholeOption, yearOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const list = (s: string | undefined): string[] | undefined =>
  s === undefined
    ? undefined
    : s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
const fixed = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** Every item of a comma-separated option is one of `allowed`. */
function listOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T[] | undefined {
  const items = list(value);
  return items?.map((v) => oneOf<T>(v, allowed, option)!);
}

/** A JSON file given to a command, read and parsed; errors name the option and the file. */
function jsonFile(path: string, option: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DomainError('bad_file', `${option}: cannot read ${path}: ${(e as Error).message}`, [
      { path: option, message: 'cannot read the file' },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DomainError('bad_file', `${option}: ${path} is not JSON: ${(e as Error).message}`, [
      { path: option, message: 'not JSON' },
    ]);
  }
}

const divergenceId = (text: string): number => {
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new DomainError('validation_failed', `<id>: '${text}' is not a divergence id`, [
      { path: '<id>', message: 'a whole number from 1' },
    ]);
  return Number(text);
};

export function registerDivergenceCommands(program: Command, withServices: WithServices): void {
  // ——— policy ———
  const policy = program
    .command('policy')
    .description(
      'The policy registry: search, one instrument with its versions, comparison by topic, the taxonomy',
    );

  policy
    .command('list')
    .description('Search the registry (words in titles, descriptions and tags) with filters')
    .option('--search <words>', 'words that must all occur; "a phrase" in quotes')
    .option('--jurisdiction <codes>', 'ISO3 codes, EU or organisations, comma-separated')
    .option('--topic <codes>', 'topics (their sub-topics included), comma-separated')
    .option('--type <types>', `types: ${INSTRUMENT_TYPES.join(', ')}`)
    .option('--status <statuses>', `statuses: ${INSTRUMENT_STATUSES.join(', ')}`)
    .option('--binding <values>', `bindingness: ${BINDINGNESS.join(', ')}`)
    .option('--source <source>', `only records from ${INSTRUMENT_SOURCES.join(', ')}`)
    .option('--from <year>', 'from this year')
    .option('--to <year>', 'to this year')
    .option('--limit <n>', 'records shown (default 50)')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        search?: string;
        jurisdiction?: string;
        topic?: string;
        type?: string;
        status?: string;
        binding?: string;
        source?: string;
        from?: string;
        to?: string;
        limit?: string;
        json?: boolean;
      }) => {
        const types = listOf<InstrumentType>(opts.type, INSTRUMENT_TYPES, '--type');
        const statuses = listOf<InstrumentStatus>(opts.status, INSTRUMENT_STATUSES, '--status');
        const binding = listOf<Bindingness>(opts.binding, BINDINGNESS, '--binding');
        const source = oneOf<InstrumentSource>(opts.source, INSTRUMENT_SOURCES, '--source');
        const yearFrom = yearOption(opts.from, '--from');
        const yearTo = yearOption(opts.to, '--to');
        const limit = wholeOption(opts.limit, '--limit', 1, 1000);
        const jurisdictions = list(opts.jurisdiction)?.map((j) => j.toUpperCase());
        const topics = list(opts.topic);
        await withServices(async (s) => {
          const r = await s.policies.search(OPERATOR, {
            ...(opts.search !== undefined ? { q: opts.search } : {}),
            ...(jurisdictions ? { jurisdictions } : {}),
            ...(topics ? { topics } : {}),
            ...(types ? { types } : {}),
            ...(statuses ? { statuses } : {}),
            ...(binding ? { binding } : {}),
            ...(source ? { source } : {}),
            ...(yearFrom !== undefined ? { yearFrom } : {}),
            ...(yearTo !== undefined ? { yearTo } : {}),
            ...(limit !== undefined ? { limit } : {}),
          });
          if (opts.json) return printJson(r);
          printTable(
            ['Id', 'Jurisdiction', 'Year', 'Type', 'Binding', 'Status', 'Title'],
            r.items.map((i) => [
              i.id,
              i.jurisdiction,
              i.year,
              `${i.type}${i.typeModelCoded ? '*' : ''}`,
              i.binding === null ? '—' : `${i.binding}${i.bindingModelCoded ? '*' : ''}`,
              i.status,
              clip(i.title, 70),
            ]),
          );
          process.stdout.write(
            `${r.total} record${r.total === 1 ? '' : 's'}${r.items.some((i) => i.typeModelCoded || i.bindingModelCoded) ? ' (* assigned by a model, not an official source)' : ''}\n`,
          );
        });
      },
    );

  policy
    .command('show')
    .description('One instrument with its versions')
    .argument('<id>', 'instrument id, e.g. oecd-ai:143dd63b64a0')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const i = await s.policies.instrument(OPERATOR, id);
        if (opts.json) return printJson(i);
        const out = process.stdout;
        out.write(`${i.title}${i.originalTitle ? ` (${i.originalTitle})` : ''}\n`);
        out.write(
          `${i.jurisdiction} · ${i.type}${i.typeModelCoded ? ' (model-coded)' : ''} · ${i.binding ?? 'bindingness unknown'}${i.bindingModelCoded ? ' (model-coded)' : ''} · ${i.status}${i.year !== null ? ` · ${i.year}` : ''}\n`,
        );
        if (i.topics.length > 0)
          out.write(`topics: ${i.topics.map((t) => i.topicLabels[t] ?? t).join(', ')}\n`);
        if (i.responsibleBody) out.write(`responsible: ${i.responsibleBody}\n`);
        for (const l of i.links) out.write(`link: ${l}\n`);
        out.write(`source: ${i.citation}\n`);
        if (i.description) out.write(`\n${clip(i.description, 1500)}\n`);
        out.write(
          `\nversions: ${i.versions.map((v) => `${v.version} (${v.changedAt.slice(0, 10)}, ${v.changedBy})`).join('; ')}\n`,
        );
      });
    });

  policy
    .command('compare')
    .description('The instruments of several jurisdictions on one topic, side by side and by year')
    .argument('<jurisdictions>', 'comma-separated, e.g. USA,DEU,EU')
    .option('--topic <code>', 'one topic (its sub-topics included), e.g. ai.safety')
    .option('--from <year>', 'from this year')
    .option('--to <year>', 'to this year')
    .option('--json', 'print JSON')
    .action(
      async (
        jurisdictions: string,
        opts: { topic?: string; from?: string; to?: string; json?: boolean },
      ) => {
        const yearFrom = yearOption(opts.from, '--from');
        const yearTo = yearOption(opts.to, '--to');
        await withServices(async (s) => {
          const c = await s.policies.compare(OPERATOR, {
            jurisdictions: (list(jurisdictions) ?? []).map((j) => j.toUpperCase()),
            ...(opts.topic !== undefined ? { topic: opts.topic } : {}),
            ...(yearFrom !== undefined ? { yearFrom } : {}),
            ...(yearTo !== undefined ? { yearTo } : {}),
          });
          if (opts.json) return printJson(c);
          const codes = c.columns.map((x) => x.jurisdiction);
          process.stdout.write(`${c.topicLabel ?? 'every topic'}\n`);
          printTable(
            ['Year', ...codes],
            c.timeline.map((row) => [row.year, ...codes.map((j) => row.counts[j] ?? 0)]),
          );
          for (const col of c.columns) {
            process.stdout.write(`\n${col.name} (${col.instruments.length})\n`);
            for (const i of col.instruments.slice(0, 15))
              process.stdout.write(
                `  ${i.year ?? '—'}  ${i.type.padEnd(18)} ${clip(i.title, 80)}\n`,
              );
            if (col.instruments.length > 15)
              process.stdout.write(`  … ${col.instruments.length - 15} more\n`);
          }
        });
      },
    );

  policy
    .command('topics')
    .description('The topic taxonomy with the records on each topic')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const topics = await s.policies.topics(OPERATOR);
        if (opts.json) return printJson(topics);
        printTable(
          ['Code', 'Label', 'Records'],
          topics.map((t) => [t.code, t.label, t.instruments]),
        );
      });
    });

  // ——— issue ———
  const issue = program
    .command('issue')
    .description(
      'Policy issues: the questions members take positions on, with ordered options and the agreed option',
    );

  issue
    .command('list')
    .description('The issues, with members answered and how far apart they are')
    .option('--workstream <code>', 'only this workstream')
    .option('--json', 'print JSON')
    .action(async (opts: { workstream?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.positions.issues(
          OPERATOR,
          opts.workstream !== undefined ? { workstream: opts.workstream } : {},
        );
        if (opts.json) return printJson(items);
        printTable(
          [
            'Id',
            'Workstream',
            'Options',
            'Agreed',
            'Answered',
            'Pending',
            'Mean divergence',
            'Title',
          ],
          items.map((i) => [
            i.id,
            i.workstream,
            i.options.length,
            i.agreedOption === null ? '—' : i.options[i.agreedOption]!,
            i.answered,
            i.pending,
            fixed(i.meanDivergence),
            clip(i.title, 60),
          ]),
        );
      });
    });

  issue
    .command('create')
    .description(
      'Create or replace an issue from a JSON file (id, workstream, title, description, options, confidentiality)',
    )
    .argument('<file>', 'the issue as JSON')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const input = jsonFile(file, '<file>');
      await withServices(async (s) => {
        const i = await s.positions.saveIssue(await cliPrincipal(s), input);
        if (opts.json) return printJson(i);
        process.stdout.write(`saved issue ${i.id}: ${i.options.join(' < ')}\n`);
      });
    });

  issue
    .command('show')
    .description("One issue with every member's position and the agreed option")
    .argument('<id>', 'issue id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const i = await s.positions.issue(OPERATOR, id);
        if (opts.json) return printJson(i);
        const out = process.stdout;
        out.write(`${i.title} (${i.workstream})\n`);
        out.write(
          `options: ${i.options.map((o, n) => `${n}: ${o}${n === i.agreedOption ? ' [agreed]' : ''}`).join('; ')}\n`,
        );
        printTable(
          ['Member', 'Status', 'Option', 'From agreed', 'Expected', 'Evidence'],
          i.positions.map((p) => [
            p.member,
            p.status,
            p.optionLabel,
            fixed(p.fromAgreed),
            p.expectedDate ?? '—',
            p.evidence.length,
          ]),
        );
        for (const w of i.warnings)
          out.write(
            `warning: ${w.member}'s pending position moves away from the agreed option (${fixed(w.currentDistance)} → ${w.pendingDistance.toFixed(2)})\n`,
          );
      });
    });

  issue
    .command('agree')
    .description('Record the option the alliance agreed, from an adopted proposal')
    .argument('<id>', 'issue id')
    .argument('<option>', 'the option: its number or its text')
    .requiredOption('--proposal <id>', 'the adopted proposal')
    .option('--json', 'print JSON')
    .action(async (id: string, option: string, opts: { proposal: string; json?: boolean }) => {
      await withServices(async (s) => {
        const i = await s.positions.setAgreed(await cliPrincipal(s), id, {
          option: /^\d+$/.test(option) ? Number(option) : option,
          proposalId: opts.proposal,
        });
        if (opts.json) return printJson(i);
        process.stdout.write(`agreed on ${i.id}: ${i.options[i.agreedOption!]}\n`);
      });
    });

  // ——— position ———
  const position = program
    .command('position')
    .description("Members' positions on policy issues: record, withdraw, list, history");

  position
    .command('set')
    .description("Record a position: your delegation's (the secretariat names --member)")
    .argument('<issue>', 'issue id')
    .argument('<option>', 'the option: its number or its text')
    .option('--member <code>', 'the member (secretariat only): ISO3 or EU')
    .option('--pending <date>', 'a pending position expected on this date (YYYY-MM-DD)')
    .option('--evidence <ids>', 'registry instrument ids, comma-separated')
    .option('--note <text>', 'a note')
    .option('--confidentiality <level>', 'public, alliance or members (default: the issue’s)')
    .option('--json', 'print JSON')
    .action(
      async (
        issueId: string,
        option: string,
        opts: {
          member?: string;
          pending?: string;
          evidence?: string;
          note?: string;
          confidentiality?: string;
          json?: boolean;
        },
      ) => {
        await withServices(async (s) => {
          const i = await s.positions.setPosition(await cliPrincipal(s), issueId, {
            option: /^\d+$/.test(option) ? Number(option) : option,
            status: opts.pending !== undefined ? 'pending' : 'current',
            ...(opts.member !== undefined ? { member: opts.member.toUpperCase() } : {}),
            ...(opts.pending !== undefined ? { expectedDate: opts.pending } : {}),
            ...(opts.evidence !== undefined ? { evidence: list(opts.evidence) } : {}),
            ...(opts.note !== undefined ? { note: opts.note } : {}),
            ...(opts.confidentiality !== undefined
              ? { confidentiality: opts.confidentiality }
              : {}),
          });
          if (opts.json) return printJson(i);
          process.stdout.write(`recorded on ${i.id}\n`);
          for (const w of i.warnings)
            process.stdout.write(
              `warning: ${w.member}'s pending position moves away from the agreed option\n`,
            );
        });
      },
    );

  position
    .command('withdraw')
    .description("Withdraw a member's current or pending position")
    .argument('<issue>', 'issue id')
    .argument('<member>', 'ISO3 or EU')
    .option('--status <status>', `${POSITION_STATUSES.join(' or ')} (default current)`)
    .action(async (issueId: string, member: string, opts: { status?: string }) => {
      const status = oneOf<PositionStatus>(opts.status, POSITION_STATUSES, '--status') ?? 'current';
      await withServices(async (s) => {
        await s.positions.withdrawPosition(
          await cliPrincipal(s),
          issueId,
          member.toUpperCase(),
          status,
        );
        process.stdout.write(`withdrawn\n`);
      });
    });

  position
    .command('list')
    .description('Live positions, by issue or member')
    .option('--issue <id>', 'only this issue')
    .option('--member <code>', 'only this member')
    .option('--json', 'print JSON')
    .action(async (opts: { issue?: string; member?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.positions.positions(OPERATOR, {
          ...(opts.issue !== undefined ? { issueId: opts.issue } : {}),
          ...(opts.member !== undefined ? { member: opts.member.toUpperCase() } : {}),
        });
        if (opts.json) return printJson(items);
        printTable(
          ['Issue', 'Member', 'Status', 'Option', 'Expected', 'Recorded', 'Confidentiality'],
          items.map((p) => [
            p.issueId,
            p.member,
            p.status,
            p.option,
            p.expectedDate ?? '—',
            p.recordedAt.slice(0, 10),
            p.confidentiality,
          ]),
        );
      });
    });

  position
    .command('history')
    .description('Every position recorded on an issue, newest first')
    .argument('<issue>', 'issue id')
    .option('--member <code>', 'only this member')
    .option('--json', 'print JSON')
    .action(async (issueId: string, opts: { member?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.positions.history(OPERATOR, issueId, opts.member?.toUpperCase());
        if (opts.json) return printJson(items);
        printTable(
          ['Recorded', 'Member', 'Status', 'Option', 'Withdrawn', 'By'],
          items.map((p) => [
            p.recordedAt,
            p.member,
            p.status,
            p.option,
            p.withdrawn ? 'yes' : '',
            p.recordedBy,
          ]),
        );
      });
    });

  // ——— divergence ———
  const divergence = program
    .command('divergence')
    .description(
      'The divergence register: the matrix of positions, every divergence from every source, its path to a decision, alerts and webhooks',
    );

  divergence
    .command('matrix')
    .description("Members' pairwise divergence on the issues, ordered by similarity")
    .option('--workstream <code>', 'only this workstream’s issues')
    .option('--members <codes>', 'members to show, comma-separated')
    .option('--pending', "use a member's pending position where it has one")
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        workstream?: string;
        members?: string;
        pending?: boolean;
        json?: boolean;
      }) => {
        const members = list(opts.members)?.map((m) => m.toUpperCase());
        await withServices(async (s) => {
          const m = await s.positions.matrix(OPERATOR, {
            ...(opts.workstream !== undefined ? { workstream: opts.workstream } : {}),
            ...(members ? { members } : {}),
            use: opts.pending ? 'pending-first' : 'current',
          });
          if (opts.json) return printJson(m);
          const index = new Map(m.members.map((x, i) => [x, i]));
          printTable(
            ['', ...m.order],
            m.order.map((a) => [
              a,
              ...m.order.map((b) => fixed(m.cells[index.get(a)!]![index.get(b)!] ?? null)),
            ]),
          );
          process.stdout.write(`\n${m.issues} issue${m.issues === 1 ? '' : 's'}; most divisive:\n`);
          for (const x of m.splitting.slice(0, 5))
            process.stdout.write(`  ${fixed(x.meanPairwise)}  ${x.title}\n`);
        });
      },
    );

  divergence
    .command('outliers')
    .description('The issues where a member stands furthest from the others')
    .argument('<member>', 'ISO3 or EU')
    .option('--workstream <code>', 'only this workstream’s issues')
    .option('--json', 'print JSON')
    .action(async (member: string, opts: { workstream?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.positions.outliers(OPERATOR, member.toUpperCase(), opts.workstream);
        if (opts.json) return printJson(r);
        printTable(
          ['Issue', 'Option', 'Others (median)', 'Distance', 'From agreed', 'Title'],
          r.items.map((x) => [
            x.issueId,
            x.option,
            x.othersMedian,
            fixed(x.distance),
            fixed(x.fromAgreed),
            clip(x.title, 50),
          ]),
        );
      });
    });

  divergence
    .command('register')
    .description('Every divergence the sources find, most severe first')
    .option(
      '--source <id>',
      'only this source (positions, control-lists, restricted-parties, standards)',
    )
    .option('--state <state>', `only this state (${DIVERGENCE_STATES.join(', ')})`)
    .option('--workstream <code>', 'only this workstream')
    .option('--member <code>', 'only divergences involving this member')
    .option('--search <words>', 'words of the title or summary')
    .option('--closed', 'also divergences no longer found')
    .option('--limit <n>', 'divergences shown (default 100)')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        source?: string;
        state?: string;
        workstream?: string;
        member?: string;
        search?: string;
        closed?: boolean;
        limit?: string;
        json?: boolean;
      }) => {
        const state = oneOf<DivergenceState>(opts.state, DIVERGENCE_STATES, '--state');
        const limit = wholeOption(opts.limit, '--limit', 1, 100_000);
        await withServices(async (s) => {
          const r = await s.divergences.register(OPERATOR, {
            ...(opts.source !== undefined ? { source: opts.source } : {}),
            ...(state !== undefined ? { state } : {}),
            ...(opts.workstream !== undefined ? { workstream: opts.workstream } : {}),
            ...(opts.member !== undefined ? { member: opts.member } : {}),
            ...(opts.search !== undefined ? { q: opts.search } : {}),
            ...(opts.closed ? { includeClosed: true } : {}),
            ...(limit !== undefined ? { limit } : {}),
          });
          if (opts.json) return printJson(r);
          printTable(
            ['Id', 'Source', 'Level', 'Severity', 'State', 'Change', 'Members', 'Title'],
            r.items.map((d) => [
              d.id,
              d.source,
              d.level,
              d.severity.toFixed(2),
              d.state,
              d.change,
              clip(d.members.join(' '), 30),
              clip(d.title, 70),
            ]),
          );
          process.stdout.write(`${r.total} divergence${r.total === 1 ? '' : 's'}\n`);
        });
      },
    );

  divergence
    .command('show')
    .description('One divergence: evidence, links, history, what its resolution waits for')
    .argument('<id>', 'divergence id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const n = divergenceId(id);
      await withServices(async (s) => {
        const d = await s.divergences.get(OPERATOR, n);
        if (opts.json) return printJson(d);
        const out = process.stdout;
        out.write(`${d.title}\n${d.summary}\n`);
        out.write(
          `${d.source} · ${d.kind} · ${d.level} (${d.severity.toFixed(2)}) · ${d.state}${d.proposal ? ` · proposal ${d.proposal.id} (${d.proposal.state})` : ''}\n`,
        );
        out.write(`members: ${d.members.join(', ')}\n`);
        for (const e of d.evidence)
          out.write(`- ${e.label}: ${e.detail}${e.link ? ` <${e.link}>` : ''}\n`);
        out.write(`data: ${d.link}${d.apiLink ? ` · ${d.apiLink}` : ''}\n`);
        if (d.resolution) out.write(`resolution: ${d.resolution.reason}\n`);
      });
    });

  divergence
    .command('recompute')
    .description('Recompute the register from its sources (all, or those named)')
    .option('--source <ids>', 'sources, comma-separated')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(async (opts: { source?: string; by?: string; json?: boolean }) => {
      const sources = list(opts.source);
      await withServices(async (s) => {
        const r = await s.divergences.recompute({
          ...(sources ? { sources } : {}),
          // Always marked as a shell action: the log must never credit an account with it.
          actor: `cli:${opts.by ?? userInfo().username}`,
        });
        if (opts.json) return printJson(r);
        printTable(
          ['Source', 'Found', 'New', 'Grown', 'Shrunk', 'Closed', 'Back', 'Error'],
          r.sources.map((x) => [
            x.id,
            x.detected,
            x.new,
            x.grown,
            x.shrunk,
            x.closed,
            x.reappeared,
            x.error ?? '',
          ]),
        );
        if (r.resolved > 0) process.stdout.write(`${r.resolved} resolved\n`);
      });
    });

  divergence
    .command('open-proposal')
    .description(
      'Open a proposal from a divergence and put it under discussion (as the signed-in account)',
    )
    .argument('<id>', 'divergence id')
    .option('--title <text>', 'the proposal’s title (default: Resolve: <divergence>)')
    .option('--confidentiality <level>', 'public, alliance or members')
    .option('--json', 'print JSON')
    .action(
      async (id: string, opts: { title?: string; confidentiality?: string; json?: boolean }) => {
        const n = divergenceId(id);
        const confidentiality = oneOf(
          opts.confidentiality,
          ['public', 'alliance', 'members'] as const,
          '--confidentiality',
        );
        await withServices(async (s) => {
          const d = await s.divergences.openProposal(await cliPrincipal(s), n, {
            ...(opts.title !== undefined ? { title: opts.title } : {}),
            ...(confidentiality !== undefined ? { confidentiality } : {}),
          });
          if (opts.json) return printJson(d);
          process.stdout.write(
            `opened proposal ${d.proposal?.id ?? d.proposalId}; divergence ${d.id} is ${d.state}\n`,
          );
        });
      },
    );

  divergence
    .command('link')
    .description('Link an existing proposal to a divergence')
    .argument('<id>', 'divergence id')
    .argument('<proposal>', 'proposal id')
    .action(async (id: string, proposal: string) => {
      const n = divergenceId(id);
      await withServices(async (s) => {
        const d = await s.divergences.linkProposal(await cliPrincipal(s), n, proposal);
        process.stdout.write(`divergence ${d.id} is ${d.state}\n`);
      });
    });

  for (const [name, description] of [
    ['accept', 'Record that the alliance lives with a divergence (the secretariat’s)'],
    ['reopen', 'Open an accepted or resolved divergence again (the secretariat’s)'],
  ] as const)
    divergence
      .command(name)
      .description(description)
      .argument('<id>', 'divergence id')
      .requiredOption('--note <text>', 'why')
      .action(async (id: string, opts: { note: string }) => {
        const n = divergenceId(id);
        await withServices(async (s) => {
          const p = await cliPrincipal(s);
          const d =
            name === 'accept'
              ? await s.divergences.accept(p, n, opts.note)
              : await s.divergences.reopen(p, n, opts.note);
          process.stdout.write(`divergence ${d.id} is ${d.state}\n`);
        });
      });

  divergence
    .command('alerts')
    .description("The workstreams' alerts, newest first")
    .option('--workstream <code>', 'only this workstream')
    .option('--unacknowledged', 'only alerts nobody acknowledged')
    .option('--json', 'print JSON')
    .action(async (opts: { workstream?: string; unacknowledged?: boolean; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.alerts.list(OPERATOR, {
          ...(opts.workstream !== undefined ? { workstream: opts.workstream } : {}),
          ...(opts.unacknowledged ? { unacknowledged: true } : {}),
        });
        if (opts.json) return printJson(items);
        printTable(
          ['Id', 'Created', 'Workstream', 'Source', 'Kind', 'Seen', 'Message'],
          items.map((a) => [
            a.id,
            a.createdAt.slice(0, 16),
            a.workstream,
            a.source,
            a.kind,
            a.acknowledgedAt ? 'yes' : '',
            clip(a.message, 80),
          ]),
        );
      });
    });

  const webhook = divergence
    .command('webhook')
    .description('Webhooks that receive the alerts (signed POSTs)');

  webhook
    .command('add')
    .description('Register a receiver; prints its secret once')
    .argument('<url>', 'http(s) address')
    .option('--workstream <code>', 'only this workstream’s alerts')
    .option('--description <text>', 'what it is')
    .option('--json', 'print JSON')
    .action(
      async (url: string, opts: { workstream?: string; description?: string; json?: boolean }) => {
        await withServices(async (s) => {
          const w = await s.alerts.addWebhook(await cliPrincipal(s), {
            url,
            workstream: opts.workstream ?? null,
            ...(opts.description !== undefined ? { description: opts.description } : {}),
          });
          if (opts.json) return printJson(w);
          process.stdout.write(`webhook ${w.id}\nsecret (shown once): ${w.secret}\n`);
        });
      },
    );

  webhook
    .command('list')
    .description('The registered receivers')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.alerts.webhooks();
        if (opts.json) return printJson(items);
        printTable(
          ['Id', 'Workstream', 'Active', 'Url'],
          items.map((w) => [w.id, w.workstream ?? 'all', w.active ? 'yes' : 'no', w.url]),
        );
      });
    });

  webhook
    .command('remove')
    .description('Remove a receiver')
    .argument('<id>', 'webhook id')
    .action(async (id: string) => {
      await withServices(async (s) => {
        await s.alerts.removeWebhook(await cliPrincipal(s), id);
        process.stdout.write('removed\n');
      });
    });
}
