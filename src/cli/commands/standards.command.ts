// `techalliance standards committees|committee|engagement|trend|changes|alerts|tags|tag|watch|
// coordinate|coordination`: standards committees of every imported body, a coalition's engagement
// in them, what each snapshot changed, the strategic tags, and the coordination of meetings
// (services/standards.service.ts).
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import {
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
  type CommitteeStatus,
  type CommitteeType,
} from '../../core/standards/committee.ts';
import {
  COORDINATION_CONFIDENTIALITIES,
  type CoordinationConfidentiality,
} from '../../core/standards/coordination.ts';
import { DomainError } from '../../core/errors.ts';
import type { SupranationalCounting } from '../../core/coalitions/coalition.ts';
import { SUPRANATIONAL_COUNTINGS } from '../../core/coalitions/coalition.ts';
import { oneOf, yearOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const pct = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)}%`);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A snapshot or alert id: a whole number the database's 32-bit ids can hold. */
const isStoredId = (s: string): boolean => /^[1-9]\d{0,9}$/.test(s) && Number(s) <= 2_147_483_647;

const shellActor = (by: string | undefined): string => `cli:${by ?? userInfo().username}`;

export function registerStandardsCommands(program: Command, withServices: WithServices): void {
  const standards = program
    .command('standards')
    .description(
      'Standards committees: committees and their members, a coalition’s engagement, snapshot changes and alerts, tags, coordination',
    );

  standards
    .command('committees')
    .description('Committees of every imported body, filtered')
    .option('--body <body>', 'only this body (ISO, IEC …)')
    .option('--type <type>', `only this type (${COMMITTEE_TYPES.join(', ')})`)
    .option('--status <status>', `only this status (${COMMITTEE_STATUSES.join(', ')})`)
    .option('--tag <tag>', 'only committees with this strategic tag, e.g. ai')
    .option('--secretariat <economy>', 'only committees whose secretariat this economy holds')
    .option('--member <economy>', 'only committees this economy is a member of')
    .option('--search <words>', 'words of the reference or the title')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        body?: string;
        type?: string;
        status?: string;
        tag?: string;
        secretariat?: string;
        member?: string;
        search?: string;
        json?: boolean;
      }) => {
        const type = oneOf<CommitteeType>(opts.type, COMMITTEE_TYPES, '--type');
        const status = oneOf<CommitteeStatus>(opts.status, COMMITTEE_STATUSES, '--status');
        await withServices(async (s) => {
          const r = await s.standards.committees({
            ...(opts.body !== undefined ? { body: opts.body } : {}),
            ...(type !== undefined ? { type } : {}),
            ...(status !== undefined ? { status } : {}),
            ...(opts.tag !== undefined ? { tag: opts.tag } : {}),
            ...(opts.secretariat !== undefined ? { secretariat: opts.secretariat } : {}),
            ...(opts.member !== undefined ? { member: opts.member } : {}),
            ...(opts.search !== undefined ? { q: opts.search } : {}),
          });
          if (opts.json) return printJson(r);
          printTable(
            ['Reference', 'Type', 'Status', 'Secretariat', 'P', 'O', 'Created', 'Tags', 'Title'],
            r.items.map((c) => [
              c.reference,
              c.type,
              c.status,
              c.secretariat ?? '—',
              c.participating,
              c.observing,
              c.created ?? '—',
              c.tags.join(' '),
              clip(c.title, 60),
            ]),
          );
          process.stdout.write(`${r.total} committee${r.total === 1 ? '' : 's'}\n`);
        });
      },
    );

  standards
    .command('committee')
    .description('One committee: members by role, parent, subcommittees, tags, changes')
    .argument('<reference>', 'the committee’s reference, e.g. "ISO/IEC JTC 1/SC 42"')
    .option('--json', 'print JSON')
    .action(async (reference: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const c = await s.standards.committee(reference);
        if (opts.json) return printJson(c);
        const out = process.stdout;
        out.write(`${c.reference} — ${c.title}\n`);
        out.write(
          `${c.body} ${c.type}, ${c.status}, created ${c.created ?? 'unknown'}; secretariat ${c.secretariatName ?? c.secretariat ?? 'none'}${c.secretariatBody ? ` (${c.secretariatBody})` : ''}\n`,
        );
        if (c.parentCommittee) out.write(`parent: ${c.parentCommittee.reference}\n`);
        if (c.tags.length > 0) out.write(`tags: ${c.tags.join(', ')}\n`);
        for (const role of ['secretariat', 'P', 'O'] as const) {
          const ms = c.members.filter((m) => m.role === role);
          if (ms.length > 0)
            out.write(
              `${role === 'P' ? 'participating' : role === 'O' ? 'observing' : 'secretariat'} (${ms.length}): ${ms.map((m) => m.iso3 ?? m.memberBody).join(' ')}\n`,
            );
        }
        if (c.subcommittees.length > 0)
          out.write(`subcommittees: ${c.subcommittees.map((x) => x.reference).join(', ')}\n`);
      });
    });

  standards
    .command('engagement')
    .description(
      "A coalition's secretariats, participation coverage, uncontested committees and strategic areas",
    )
    .argument(
      '<coalition>',
      'a coalition or grouping code, an ISO3 list (USA,JPN,DEU) or one economy',
    )
    .option(
      '--concern <economies>',
      'economies of concern, comma-separated (default CHN,IRN,PRK,RUS)',
    )
    .option('--eu <counting>', `how the EU counts (${SUPRANATIONAL_COUNTINGS.join(', ')})`)
    .option('--json', 'print JSON')
    .action(async (coalition: string, opts: { concern?: string; eu?: string; json?: boolean }) => {
      const supranational = oneOf<SupranationalCounting>(opts.eu, SUPRANATIONAL_COUNTINGS, '--eu');
      await withServices(async (s) => {
        const r = await s.standards.engagement({
          coalition,
          ...(opts.concern !== undefined ? { concern: opts.concern } : {}),
          ...(supranational !== undefined ? { supranational } : {}),
        });
        if (opts.json) return printJson(r);
        const out = process.stdout;
        out.write(
          `${r.coalition.code} (${r.coalition.economies.join(' ')}) against ${r.concern.economies.join(' ')}\n`,
        );
        out.write(
          `active committees ${r.activeCommittees}; secretariats held ${r.secretariats.total} (concern ${r.concernSecretariats.total}); a member participates in ${r.participatedCommittees} (${pct(r.participationCoveragePct)})\n\n`,
        );
        printTable(
          ['Member', 'Secretariats', 'TC', 'SC', 'PC', 'Joint'],
          r.secretariats.byMember.map((m) => [
            m.iso3,
            m.total,
            m.byType.TC,
            m.byType.SC,
            m.byType.PC,
            m.byType.joint,
          ]),
        );
        out.write(
          `\nUncontested (${r.uncontested.length}): led by a concern economy, no member participating\n`,
        );
        printTable(
          ['Reference', 'Secretariat', 'Tags', 'Title'],
          r.uncontested.map((u) => [
            u.reference,
            u.secretariat,
            u.tags.join(' '),
            clip(u.title, 70),
          ]),
        );
        out.write('\nStrategic areas\n');
        printTable(
          ['Tag', 'Active', 'Member secr.', 'Concern secr.', 'Coverage', 'Uncontested'],
          r.byTag.map((t) => [
            t.tag,
            t.activeCommittees,
            t.memberSecretariats,
            t.concernSecretariats,
            pct(t.coveragePct),
            t.uncontested.length,
          ]),
        );
        if (r.uncoveredTags.length > 0)
          out.write(`\nNo member holds a secretariat in: ${r.uncoveredTags.join(', ')}\n`);
      });
    });

  standards
    .command('trend')
    .description(
      'Secretariats of committees by creation year (who has been taking the new committees)',
    )
    .option('--coalition <coalition>', 'a coalition to draw as one series')
    .option('--concern <economies>', 'economies of concern (default CHN,IRN,PRK,RUS)')
    .option('--economies <list>', 'economies to draw one series each for')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        coalition?: string;
        concern?: string;
        economies?: string;
        from?: string;
        to?: string;
        json?: boolean;
      }) => {
        const from = yearOption(opts.from, '--from');
        const to = yearOption(opts.to, '--to');
        await withServices(async (s) => {
          const r = await s.standards.trend({
            ...(opts.coalition !== undefined ? { coalition: opts.coalition } : {}),
            ...(opts.concern !== undefined ? { concern: opts.concern } : {}),
            ...(opts.economies !== undefined ? { economies: opts.economies } : {}),
            ...(from !== undefined ? { from } : {}),
            ...(to !== undefined ? { to } : {}),
          });
          if (opts.json) return printJson(r);
          const shown = r.series.slice(0, 12);
          printTable(
            ['Year', 'All', ...shown.map((x) => x.code)],
            r.years.map((y, i) => [y, r.totals[i] ?? 0, ...shown.map((x) => x.counts[i] ?? 0)]),
          );
        });
      },
    );

  standards
    .command('changes')
    .description(
      'The imported snapshots and what one changed (default: the newest that changed anything)',
    )
    .option('--snapshot <id>', 'a snapshot id')
    .option('--json', 'print JSON')
    .action(async (opts: { snapshot?: string; json?: boolean }) => {
      if (opts.snapshot !== undefined && !isStoredId(opts.snapshot))
        throw new DomainError(
          'validation_failed',
          `--snapshot: '${opts.snapshot}' is not a snapshot id`,
          [{ path: '--snapshot', message: 'a positive whole number' }],
        );
      await withServices(async (s) => {
        const r = await s.standards.changes(
          opts.snapshot !== undefined ? { snapshot: Number(opts.snapshot) } : {},
        );
        if (opts.json) return printJson(r);
        printTable(
          ['Id', 'Body', 'Imported', 'Snapshot date', 'Committees', 'Changes', 'Alerts'],
          r.snapshots.map((x) => [
            x.id,
            x.body,
            x.importedAt.slice(0, 19),
            x.snapshotDate ?? '—',
            x.committees,
            x.changes,
            x.alerts,
          ]),
        );
        if (r.snapshot === null) return;
        if (r.items.length === 0) {
          process.stdout.write(
            `\nSnapshot ${r.snapshot.id} changed nothing (a body's first snapshot is compared with nothing)\n`,
          );
          return;
        }
        process.stdout.write(`\nChanges of snapshot ${r.snapshot.id}\n`);
        printTable(
          ['Reference', 'Change', 'Economy', 'Before', 'After', 'Tags'],
          r.items.map((c) => [
            c.reference,
            c.kind,
            c.iso3 ?? '—',
            c.before ?? '—',
            c.after ?? '—',
            c.tags.join(' '),
          ]),
        );
      });
    });

  standards
    .command('alerts')
    .description("The standards workstream's alerts, newest first")
    .option('--open', 'only alerts nobody has acknowledged')
    .option('--acknowledge <id>', 'mark this alert as seen')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(async (opts: { open?: boolean; acknowledge?: string; by?: string; json?: boolean }) => {
      if (opts.acknowledge !== undefined && !isStoredId(opts.acknowledge))
        throw new DomainError(
          'validation_failed',
          `--acknowledge: '${opts.acknowledge}' is not an alert id`,
          [{ path: '--acknowledge', message: 'a positive whole number' }],
        );
      await withServices(async (s) => {
        if (opts.acknowledge !== undefined) {
          const a = await s.standards.acknowledgeAlert(
            Number(opts.acknowledge),
            OPERATOR,
            shellActor(opts.by),
          );
          if (opts.json) return printJson(a);
          process.stdout.write(`alert ${a.id} acknowledged by ${a.acknowledgedBy}\n`);
          return;
        }
        const items = await s.standards.alerts({ unacknowledged: opts.open ?? false });
        if (opts.json) return printJson(items);
        printTable(
          ['Id', 'Raised', 'Kind', 'Committee', 'Seen by', 'Message'],
          items.map((a) => [
            a.id,
            a.createdAt.slice(0, 10),
            a.kind,
            a.subject,
            a.acknowledgedBy ?? '—',
            clip(a.message, 80),
          ]),
        );
      });
    });

  standards
    .command('tags')
    .description('The strategic technology tags and the committees they cover')
    .option('--reset', 'put back the documented default tags, replacing every edit')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(async (opts: { reset?: boolean; by?: string; json?: boolean }) => {
      await withServices(async (s) => {
        if (opts.reset) await s.standards.resetTags(OPERATOR, shellActor(opts.by));
        const items = await s.standards.tags();
        if (opts.json) return printJson(items);
        printTable(
          ['Tag', 'Label', 'Active', 'Committees named'],
          items.map((t) => [t.code, t.label, t.active, t.committees.join(', ')]),
        );
      });
    });

  standards
    .command('tag')
    .description('Create or replace a strategic tag, or remove it (--remove)')
    .argument('<code>', 'the tag, e.g. ai')
    .option('--label <label>', 'the label shown')
    .option('--description <text>', 'what the area is')
    .option(
      '--committees <refs>',
      'committee references separated by | (a tag covers their subcommittees)',
    )
    .option('--remove', 'remove the tag')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        opts: {
          label?: string;
          description?: string;
          committees?: string;
          remove?: boolean;
          by?: string;
          json?: boolean;
        },
      ) => {
        await withServices(async (s) => {
          if (opts.remove) {
            await s.standards.deleteTag(code, OPERATOR, shellActor(opts.by));
            process.stdout.write(`removed tag ${code}\n`);
            return;
          }
          if (opts.label === undefined || opts.committees === undefined)
            throw new DomainError(
              'validation_failed',
              '--label and --committees are required to save a tag',
              [
                ...(opts.label === undefined ? [{ path: '--label', message: 'required' }] : []),
                ...(opts.committees === undefined
                  ? [{ path: '--committees', message: 'required' }]
                  : []),
              ],
            );
          const tag = await s.standards.saveTag(
            {
              code,
              label: opts.label,
              description: opts.description ?? '',
              committees: opts.committees
                .split('|')
                .map((r) => r.trim())
                .filter((r) => r !== ''),
            },
            OPERATOR,
            shellActor(opts.by),
          );
          if (opts.json) return printJson(tag);
          process.stdout.write(`saved tag ${tag.code}: ${tag.committees.join(', ')}\n`);
        });
      },
    );

  standards
    .command('watch')
    .description('What the alerts of an imported snapshot watch; with options, set it')
    .option('--coalition <coalition>', 'the coalition whose members are watched, e.g. T12')
    .option('--concern <economies>', 'the economies of concern, comma-separated')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(async (opts: { coalition?: string; concern?: string; by?: string; json?: boolean }) => {
      await withServices(async (s) => {
        let w = await s.standards.watch();
        if (opts.coalition !== undefined || opts.concern !== undefined)
          w = await s.standards.setWatch(
            {
              coalition: opts.coalition ?? w.coalition,
              concern:
                opts.concern !== undefined
                  ? opts.concern
                      .split(',')
                      .map((c) => c.trim())
                      .filter((c) => c !== '')
                  : w.concern,
            },
            OPERATOR,
            shellActor(opts.by),
          );
        if (opts.json) return printJson(w);
        process.stdout.write(
          `coalition ${w.coalition} (${w.members.join(' ') || 'no economies'}); concern ${w.concern.join(' ')}\n`,
        );
      });
    });

  standards
    .command('coordinate')
    .description(
      "Record a committee meeting's coordination (members attending, shared position), or with --id change one (e.g. its --outcome)",
    )
    .argument('<reference>', 'the committee’s reference')
    .option('--id <id>', 'change this record instead of creating one')
    .option('--date <date>', 'the meeting’s date (YYYY-MM-DD)')
    .option('--place <place>', 'where it meets')
    .option('--attending <economies>', 'members attending, comma-separated')
    .option('--position <text>', "the alliance's shared position")
    .option('--proposal <id>', 'the governance proposal the position was agreed in')
    .option('--outcome <text>', 'what happened (after the meeting)')
    .option(
      '--confidentiality <c>',
      `who sees it (${COORDINATION_CONFIDENTIALITIES.join(', ')}; default alliance)`,
    )
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(
      async (
        reference: string,
        opts: {
          id?: string;
          date?: string;
          place?: string;
          attending?: string;
          position?: string;
          proposal?: string;
          outcome?: string;
          confidentiality?: string;
          by?: string;
          json?: boolean;
        },
      ) => {
        const confidentiality = oneOf<CoordinationConfidentiality>(
          opts.confidentiality,
          COORDINATION_CONFIDENTIALITIES,
          '--confidentiality',
        );
        const fields = {
          ...(opts.date !== undefined ? { meetingDate: opts.date } : {}),
          ...(opts.place !== undefined ? { meetingPlace: opts.place } : {}),
          ...(opts.attending !== undefined
            ? {
                attending: opts.attending
                  .split(',')
                  .map((c) => c.trim())
                  .filter((c) => c !== ''),
              }
            : {}),
          ...(opts.position !== undefined ? { position: opts.position } : {}),
          ...(opts.proposal !== undefined ? { proposalId: opts.proposal } : {}),
          ...(opts.outcome !== undefined ? { outcome: opts.outcome } : {}),
          ...(confidentiality !== undefined ? { confidentiality } : {}),
        };
        await withServices(async (s) => {
          // The record changed must be one of the committee named (its reference is not changed).
          if (
            opts.id !== undefined &&
            !(await s.standards.coordination(reference, OPERATOR)).some((x) => x.id === opts.id)
          )
            throw new DomainError(
              'not_found',
              `--id: no coordination record '${opts.id}' of committee '${reference}'`,
              [{ path: '--id', message: 'not a record of this committee' }],
            );
          const r =
            opts.id !== undefined
              ? await s.standards.updateCoordination(opts.id, fields, OPERATOR, shellActor(opts.by))
              : await s.standards.addCoordination(
                  {
                    reference,
                    meetingDate: opts.date ?? '',
                    position: opts.position ?? '',
                    ...fields,
                  },
                  OPERATOR,
                  shellActor(opts.by),
                );
          if (opts.json) return printJson(r);
          process.stdout.write(
            `${opts.id !== undefined ? 'changed' : 'recorded'} ${r.id}: ${r.reference} on ${r.meetingDate}, attending ${r.attending.join(' ') || 'nobody yet'}\n`,
          );
        });
      },
    );

  standards
    .command('coordination')
    .description("A committee's coordination history, newest meeting first")
    .argument('<reference>', 'the committee’s reference')
    .option('--json', 'print JSON')
    .action(async (reference: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.standards.coordination(reference, OPERATOR);
        if (opts.json) return printJson(items);
        printTable(
          ['Meeting', 'Place', 'Attending', 'Proposal', 'Position', 'Outcome'],
          items.map((r) => [
            r.meetingDate,
            r.meetingPlace ?? '—',
            r.attending.join(' '),
            r.proposalId ?? '—',
            clip(r.position, 50),
            r.outcome === null ? '—' : clip(r.outcome, 50),
          ]),
        );
      });
    });
}
