// `techalliance coalition list|show|create|add|remove|copy|delete|leverage|balance|complementarity`.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  coalitionCopySchema,
  parseCoalitionDraft,
  participantDraftSchema,
  type ParticipantDraft,
} from '../../core/coalitions/coalition-draft.ts';
import type { Tier } from '../../core/coalitions/coalition.ts';
import { DomainError } from '../../core/errors.ts';
import { parseInput } from '../../core/parse-input.ts';
import type { AnalysisOptions } from '../../services/leverage.service.ts';
import { humanNumber, printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const analysisOptions = z.object({
  eu: z
    .enum(['enumerated', 'member-states'], {
      message: '--eu must be enumerated or member-states',
    })
    .optional(),
  tier: z.enum(['member', 'all'], { message: '--tier must be member or all' }).optional(),
  year: z
    .string()
    .regex(/^(\d{4}|latest)$/, "--year must be a four-digit year or 'latest'")
    .optional(),
  json: z.boolean().optional(),
});

function parseAnalysis(raw: unknown): AnalysisOptions & { json: boolean } {
  const r = analysisOptions.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new DomainError('validation_failed', i.message, [
      { path: `--${String(i.path[0])}`, message: i.message },
    ]);
  }
  return {
    json: Boolean(r.data.json),
    ...(r.data.tier ? { tier: r.data.tier } : {}),
    ...(r.data.eu ? { supranational: r.data.eu } : {}),
    ...(r.data.year
      ? { year: r.data.year === 'latest' ? ('latest' as const) : { year: Number(r.data.year) } }
      : {}),
  };
}

const codes = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** `CODE=Name` pairs for organisations. */
function organisations(pairs: string[] | undefined, tier: Tier): ParticipantDraft[] {
  return (pairs ?? []).map((pair) => {
    const [code, ...name] = pair.split('=');
    if (!code || name.length === 0)
      throw new DomainError(
        'validation_failed',
        `--${tier} must be CODE=Name, e.g. OECD=OECD (got '${pair}')`,
        [{ path: `--${tier}`, message: 'expected CODE=Name' }],
      );
    return { code: code.trim(), tier, kind: 'organisation', name: name.join('=').trim() };
  });
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const pct = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)}%`);

/** The line that says how the EU was counted. */
const countingNote = (c: 'enumerated' | 'member-states'): string =>
  c === 'enumerated'
    ? 'EU counting: enumerated (each coalition counts the economies it lists; --eu member-states counts the EU as its member states).'
    : 'EU counting: member-states (the EU counts as its member states, each economy once).';

export function registerCoalitionCommands(program: Command, withServices: WithServices): void {
  const coalition = program
    .command('coalition')
    .description(
      'Coalitions: groupings and custom coalitions, their leverage, balance and complementarity',
    );

  coalition
    .command('list')
    .description('List coalitions: custom ones and every grouping')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.coalitions.list();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Origin', 'Members', 'Partners', 'Observers', 'Stakeholders'],
          items.map((c) => [
            c.code,
            c.name,
            c.origin,
            c.tiers.member,
            c.tiers.partner,
            c.tiers.observer,
            c.tiers.stakeholder,
          ]),
        );
      });
    });

  coalition
    .command('show')
    .description(
      'One coalition with its participants (JSON output can be given back to create --file)',
    )
    .argument('<code>', 'coalition or grouping code')
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const c = await s.coalitions.get(code);
        if (opts.json) return printJson(c);
        process.stdout.write(`${c.name} (${c.code}) — ${c.origin}\n${c.description}\n\n`);
        printTable(
          ['Code', 'Name', 'Kind', 'Tier'],
          c.participants.map((p) => [p.code, p.name, p.kind, p.tier]),
        );
        if (c.workstreams && c.workstreams.length > 0) {
          process.stdout.write('\nWorkstreams:\n');
          for (const w of c.workstreams)
            process.stdout.write(
              `  ${w.code} (${w.name}): ${w.tiers.join(', ')}${w.participants ? ` — only ${w.participants.join(', ')}` : ''}\n`,
            );
        }
      });
    });

  coalition
    .command('create')
    .description('Create a custom coalition from options or from a JSON file')
    .argument('[code]', 'new code, e.g. TECH4 (capital letters, digits, _)')
    .option('--name <name>', 'name')
    .option('--description <text>', 'description', '')
    .option('--members <codes>', 'members: ISO3 codes or EU, comma-separated')
    .option('--partners <codes>', 'partners: ISO3 codes, comma-separated')
    .option('--observer <CODE=Name>', 'an observer organisation (repeatable)', collect)
    .option('--stakeholder <CODE=Name>', 'a stakeholder organisation (repeatable)', collect)
    .option(
      '--file <coalition.json>',
      'read the whole coalition from a JSON file (as `show --json` prints)',
    )
    .option('--json', 'print the created coalition as JSON')
    .action(
      async (
        code: string | undefined,
        opts: {
          name?: string;
          description: string;
          members?: string;
          partners?: string;
          observer?: string[];
          stakeholder?: string[];
          file?: string;
          json?: boolean;
        },
      ) => {
        let input: unknown;
        if (opts.file) {
          try {
            const parsed = JSON.parse(readFileSync(opts.file, 'utf8')) as Record<string, unknown>;
            // What `show --json` prints carries read-only fields (origin, timestamps): leave them.
            const { origin: _o, createdAt: _c, updatedAt: _u, ...draft } = parsed;
            input = draft;
          } catch (e) {
            throw new DomainError('bad_file', `${opts.file}: ${(e as Error).message}`);
          }
        } else {
          input = {
            code: code ?? '',
            name: opts.name ?? code ?? '',
            description: opts.description,
            participants: [
              ...codes(opts.members).map((c) => ({ code: c, tier: 'member' })),
              ...codes(opts.partners).map((c) => ({ code: c, tier: 'partner' })),
              ...organisations(opts.observer, 'observer'),
              ...organisations(opts.stakeholder, 'stakeholder'),
            ],
          };
        }
        const draft = parseCoalitionDraft(input);
        await withServices(async (s) => {
          const c = await s.coalitions.create(draft);
          if (opts.json) return printJson(c);
          process.stdout.write(`created ${c.code} with ${c.participants.length} participants\n`);
        });
      },
    );

  coalition
    .command('add')
    .description('Add participants to a custom coalition (or change their tier)')
    .argument('<code>', 'coalition code')
    .argument('<participants...>', 'ISO3 codes (or EU)')
    .option('--tier <tier>', 'member or partner', 'member')
    .option('--json', 'print the coalition as JSON')
    .action(
      async (code: string, participants: string[], opts: { tier: string; json?: boolean }) => {
        // Parsed as the API's body is, so that a problem names the same path (add.0.tier).
        const { add } = parseInput(
          z.object({ add: z.array(participantDraftSchema) }),
          { add: participants.map((p) => ({ code: p, tier: opts.tier })) },
          'participants',
        );
        await withServices(async (s) => {
          const c = await s.coalitions.addParticipants(code, add);
          if (opts.json) return printJson(c);
          process.stdout.write(`${c.code}: ${c.participants.length} participants\n`);
        });
      },
    );

  coalition
    .command('remove')
    .description('Remove participants from a custom coalition')
    .argument('<code>', 'coalition code')
    .argument('<participants...>', 'participant codes')
    .option('--json', 'print the coalition as JSON')
    .action(async (code: string, participants: string[], opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const c = await s.coalitions.removeParticipants(code, participants);
        if (opts.json) return printJson(c);
        process.stdout.write(`${c.code}: ${c.participants.length} participants\n`);
      });
    });

  coalition
    .command('copy')
    .description('Copy a coalition or grouping under a new code, e.g. copy T12 T12_NLD --add NLD')
    .argument('<from>', 'coalition or grouping to copy')
    .argument('<to>', 'new code')
    .option('--name <name>', 'name of the copy')
    .option('--add <codes>', 'members to add, comma-separated')
    .option('--remove <codes>', 'participants to leave out, comma-separated')
    .option('--json', 'print the copy as JSON')
    .action(
      async (
        from: string,
        to: string,
        opts: { name?: string; add?: string; remove?: string; json?: boolean },
      ) => {
        const copy = parseInput(
          coalitionCopySchema,
          {
            code: to,
            ...(opts.name !== undefined ? { name: opts.name } : {}),
            ...(opts.add ? { add: codes(opts.add).map((code) => ({ code, tier: 'member' })) } : {}),
            ...(opts.remove ? { remove: codes(opts.remove) } : {}),
          },
          'coalition',
        );
        await withServices(async (s) => {
          const c = await s.coalitions.copy(from, copy);
          if (opts.json) return printJson(c);
          process.stdout.write(
            `created ${c.code} from ${from.toUpperCase()} with ${c.participants.length} participants\n`,
          );
        });
      },
    );

  coalition
    .command('delete')
    .description('Delete a custom coalition')
    .argument('<code>', 'coalition code')
    .action(async (code: string) => {
      await withServices(async (s) => {
        await s.coalitions.delete(code);
        process.stdout.write(`deleted ${code.toUpperCase()}\n`);
      });
    });

  coalition
    .command('leverage')
    .description(
      "Coalitions' shares of the world per indicator (world = sum of economies, never an aggregate)",
    )
    .argument('<coalitions...>', 'coalition or grouping codes, or ad-hoc lists such as USA,JPN,EU')
    .option('--tier <tier>', 'member (default) or all (members and partners)')
    .option(
      '--eu <counting>',
      'enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
    )
    .option(
      '--year <year>',
      "a year, or 'latest' (default: per indicator the latest well-covered year)",
    )
    .option('--json', 'print JSON')
    .action(async (specs: string[], raw: Record<string, unknown>) => {
      const opts = parseAnalysis(raw);
      await withServices(async (s) => {
        const reports = await s.leverage.leverage(specs, opts);
        if (opts.json)
          return printJson(
            reports.map((r) => ({
              coalition: r.code,
              name: r.name,
              tier: r.tier,
              supranational: r.supranational,
              economies: r.economies,
              warnings: r.warnings,
              items: r.items.map((i) => ({
                indicator: i.indicator,
                year: i.year,
                coalitionValue: i.coalitionValue,
                worldValue: i.worldValue,
                sharePct: i.sharePct,
                economiesWithData: i.economiesWithData,
                coalitionEconomiesMissing: i.coalitionEconomiesMissing,
                sources: i.sources,
                warnings: i.warnings,
              })),
            })),
          );
        const indicators = reports[0]!.items.map((i) => i.indicator);
        printTable(
          ['Indicator', 'Year', ...reports.map((r) => r.code), 'World', 'Economies with data'],
          indicators.map((ind, k) => {
            const first = reports[0]!.items[k]!;
            return [
              ind,
              first.year,
              ...reports.map((r) => pct(r.items[k]!.sharePct)),
              first.worldValue === null ? null : humanNumber(first.worldValue),
              first.economiesWithData,
            ];
          }),
        );
        process.stdout.write(
          'World totals are sums over the economies with data, never regional aggregates.\n',
        );
        process.stdout.write(`${countingNote(reports[0]!.supranational)}\n`);
        for (const r of reports)
          for (const w of [...r.warnings, ...r.items.flatMap((i) => i.warnings)])
            process.stderr.write(`warning (${r.code}): ${w.message}\n`);
      });
    });

  coalition
    .command('balance')
    .description(
      "Inner balance: each member's share of the coalition total, the largest member, HHI, dominance",
    )
    .argument('<coalition>', 'coalition or grouping code, or an ad-hoc list such as USA,JPN,EU')
    .option('--tier <tier>', 'member (default) or all')
    .option(
      '--eu <counting>',
      'enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
    )
    .option('--year <year>', "a year, or 'latest'")
    .option('--json', 'print JSON')
    .action(async (spec: string, raw: Record<string, unknown>) => {
      const opts = parseAnalysis(raw);
      await withServices(async (s) => {
        const b = await s.leverage.balance(spec, opts);
        if (opts.json) return printJson(b);
        printTable(
          ['Indicator', 'Year', 'Largest', 'Share', 'HHI', 'Dominant', 'Missing'],
          b.items.map((i) => [
            i.indicator,
            i.year,
            i.largest?.iso3 ?? null,
            pct(i.largest?.sharePct ?? null),
            i.hhi === null ? null : i.hhi.toFixed(3),
            i.dominant ? 'yes' : 'no',
            i.missing.length,
          ]),
        );
        process.stdout.write(`${countingNote(b.supranational)}\n`);
        for (const w of [...b.warnings, ...b.items.flatMap((i) => i.warnings)])
          process.stderr.write(`warning: ${w.message}\n`);
      });
    });

  coalition
    .command('what-if')
    .description('Shares of the world before and after economies join or leave, in share points')
    .argument('<coalition>', 'coalition or grouping code, or an ad-hoc list such as USA,JPN,EU')
    .option('--add <codes>', 'economies joining, comma-separated ISO3')
    .option('--remove <codes>', 'economies leaving, comma-separated ISO3')
    .option('--tier <tier>', 'member (default) or all')
    .option(
      '--eu <counting>',
      'enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
    )
    .option('--year <year>', "a year, or 'latest'")
    .option('--json', 'print JSON')
    .action(async (spec: string, raw: Record<string, unknown>) => {
      const opts = parseAnalysis(raw);
      const list = (v: unknown): string[] =>
        codes(typeof v === 'string' ? v.toUpperCase() : undefined);
      await withServices(async (s) => {
        const w = await s.leverage.whatIf(
          spec,
          { add: list(raw.add), remove: list(raw.remove) },
          opts,
        );
        if (opts.json) return printJson(w);
        process.stdout.write(
          `${w.code}: +${w.result.added.join(', ') || '—'}  −${w.result.removed.join(', ') || '—'}\n`,
        );
        printTable(
          ['Indicator', 'Year', 'Before', 'After', 'Change (points)'],
          w.result.changes.map((c) => [
            c.indicator,
            c.after.year,
            pct(c.before.sharePct),
            pct(c.after.sharePct),
            c.deltaSharePoints === null ? null : c.deltaSharePoints.toFixed(2),
          ]),
        );
        process.stdout.write(`${countingNote(w.supranational)}\n`);
        // Each indicator's own warnings too (an added economy without a value leaves the share
        // understated): the change would read as zero without them.
        const messages = new Set(
          [
            ...w.warnings,
            ...w.result.warnings,
            ...w.result.changes.flatMap((c) => [...c.before.warnings, ...c.after.warnings]),
          ].map((x) => x.message),
        );
        for (const message of messages) process.stderr.write(`warning: ${message}\n`);
      });
    });

  coalition
    .command('complementarity')
    .description(
      'The members ranked first and second in each capability, and each member’s strengths',
    )
    .argument('<coalition>', 'coalition or grouping code, or an ad-hoc list such as USA,JPN,EU')
    .option('--tier <tier>', 'member (default) or all')
    .option(
      '--eu <counting>',
      'enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
    )
    .option('--year <year>', "a year, or 'latest'")
    .option('--json', 'print JSON')
    .action(async (spec: string, raw: Record<string, unknown>) => {
      const opts = parseAnalysis(raw);
      await withServices(async (s) => {
        const c = await s.leverage.complementarity(spec, opts);
        if (opts.json) return printJson(c);
        printTable(
          ['Capability', 'Year', 'First', 'Second'],
          c.result.indicators.map((i) => [
            i.indicator,
            i.year,
            i.first?.iso3 ?? null,
            i.second?.iso3 ?? null,
          ]),
        );
        process.stdout.write(`${countingNote(c.supranational)}\n`);
      });
    });
}
