// `techalliance screen`, `screen-batch`, `lists list|reconcile` and `decision record|list`:
// restricted-party screening from the terminal.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { DomainError } from '../../core/errors.ts';
import { isPartialIsoDate } from '../../core/restricted-parties/restricted-party.ts';
import { DECISION_VALUES, type DecisionValue } from '../../core/screening/screening-decision.ts';
import { entityTypeOf } from '../../core/screening/screening-entity.ts';
import { batchRowsCsv } from '../../core/screening/batch-row.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const collectLists = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];

/** `--threshold`: a number in [0, 1]. */
export function thresholdOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = Number(text);
  if (text.trim() === '' || !Number.isFinite(t) || t < 0 || t > 1)
    throw new DomainError(
      'validation_failed',
      `--threshold: '${text}' is not a number from 0 to 1`,
      [{ path: '--threshold', message: 'expected a number in [0, 1], e.g. 0.7' }],
    );
  return t;
}

const positiveInt = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new DomainError(
      'validation_failed',
      `${name}: '${text}' is not a positive whole number`,
      [{ path: name, message: 'expected a positive whole number' }],
    );
  return Number(text);
};

const readInput = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new DomainError('bad_file', `${file}: cannot read the file (${(e as Error).message})`);
  }
};

export function registerScreeningCommands(program: Command, withServices: WithServices): void {
  program
    .command('screen')
    .description('Screen one name against the imported restricted-party lists')
    .argument('<name>', 'the name to screen, in any script')
    .option('--type <type>', 'person, organization, vessel or aircraft')
    .option('--country <code>', 'ISO 3166 alpha-2 or alpha-3 code the name is linked to')
    .option('--birth-date <date>', 'birth (or incorporation) date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option(
      '--lists <ids>',
      'list ids or jurisdictions (US, EU …), comma-separated; default all',
      collectLists,
    )
    .option('--threshold <t>', 'least score of a hit, 0 to 1 (default 0.7)')
    .option('--limit <n>', 'most hits shown (default 10)')
    .option('--explain', "print each hit's feature contributions")
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  techalliance screen "Abdulhai Salek" --type person\n  techalliance screen "Huawei Technologies Co., Ltd." --lists US --json',
    )
    .action(
      async (
        name: string,
        opts: {
          type?: string;
          country?: string;
          birthDate?: string;
          lists?: string[];
          threshold?: string;
          limit?: string;
          explain?: boolean;
          json?: boolean;
        },
      ) => {
        const type = opts.type === undefined ? undefined : entityTypeOf(opts.type);
        if (opts.type !== undefined && !type)
          throw new DomainError(
            'validation_failed',
            `--type: '${opts.type}' is not person, organization, vessel or aircraft`,
            [{ path: '--type', message: 'expected person, organization, vessel or aircraft' }],
          );
        if (opts.country !== undefined && !/^[A-Za-z]{2,3}$/.test(opts.country))
          throw new DomainError(
            'validation_failed',
            `--country: '${opts.country}' is not an ISO 3166 code`,
            [{ path: '--country', message: 'expected an alpha-2 or alpha-3 code, e.g. CN or CHN' }],
          );
        if (opts.birthDate !== undefined && !isPartialIsoDate(opts.birthDate))
          throw new DomainError(
            'validation_failed',
            `--birth-date: '${opts.birthDate}' is not an ISO date`,
            [{ path: '--birth-date', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }],
          );
        if (name.trim() === '')
          throw new DomainError('validation_failed', 'name: the name to screen is empty', [
            { path: 'name', message: 'is empty' },
          ]);
        const threshold = thresholdOption(opts.threshold);
        const limit = positiveInt('--limit', opts.limit);
        await withServices(async (s) => {
          const r = await s.screening.screen(
            {
              name,
              ...(type ? { type } : {}),
              ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
              ...(opts.birthDate ? { birthDate: opts.birthDate } : {}),
            },
            {
              viewer: OPERATOR,
              ...(opts.lists ? { lists: opts.lists } : {}),
              ...(threshold !== undefined ? { threshold } : {}),
              ...(limit !== undefined ? { limit } : {}),
            },
          );
          if (opts.json) return printJson(r);
          for (const w of r.warnings) process.stderr.write(`warning: ${w.message}\n`);
          process.stdout.write(
            `${r.hits.length} hit${r.hits.length === 1 ? '' : 's'} for '${name}' at threshold ${r.threshold} ` +
              `(${r.candidatesScored} candidates scored, lists: ${r.lists.join(', ')})\n`,
          );
          if (r.hits.length === 0) return;
          printTable(
            ['Score', 'Entity', 'Name', 'Matched name', 'List', 'Countries', 'Decision'],
            r.hits.map((h) => [
              h.score,
              h.entityId,
              h.entity.name,
              h.explanation.matchedName,
              h.entity.listId,
              h.entity.countries.join(' '),
              h.decision ? h.decision.decision : '',
            ]),
          );
          if (opts.explain)
            for (const h of r.hits) {
              process.stdout.write(`\n${h.entityId} — ${h.explanation.matchedName} (${h.score})\n`);
              for (const c of h.explanation.contributions)
                process.stdout.write(
                  `  ${c.contribution >= 0 ? '+' : ''}${c.contribution.toFixed(4)}  ${c.feature}: ${c.detail}\n`,
                );
            }
        });
      },
    );

  program
    .command('screen-batch')
    .description(
      'Screen a CSV of names (id,name[,type,country,birth_date]); malformed rows are reported, the rest screened',
    )
    .argument('<in>', 'CSV file with the columns id and name, optionally type, country, birth_date')
    .requiredOption('--out <file>', 'where to write the hits: .csv or .json')
    .option('--threshold <t>', 'least score of a hit, 0 to 1 (default 0.7)')
    .option(
      '--lists <ids>',
      'list ids or jurisdictions, comma-separated; default all',
      collectLists,
    )
    .option('--limit <n>', 'most hits per name (default 10)')
    .option('--all', 'also write a row with empty hit fields for each name without a hit')
    .option('--json', 'print the summary as JSON')
    .action(
      async (
        input: string,
        opts: {
          out: string;
          threshold?: string;
          lists?: string[];
          limit?: string;
          all?: boolean;
          json?: boolean;
        },
      ) => {
        const ext = extname(opts.out).toLowerCase();
        if (ext !== '.csv' && ext !== '.json')
          throw new DomainError(
            'validation_failed',
            `--out: '${opts.out}' must end in .csv or .json`,
            [{ path: '--out', message: 'expected a .csv or .json file name' }],
          );
        const threshold = thresholdOption(opts.threshold);
        const limit = positiveInt('--limit', opts.limit);
        const text = readInput(input);
        await withServices(async (s) => {
          const r = await s.screening.screenBatch(text, input, {
            viewer: OPERATOR,
            ...(opts.lists ? { lists: opts.lists } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(limit !== undefined ? { limit } : {}),
            all: Boolean(opts.all),
          });
          writeFileSync(
            opts.out,
            ext === '.json' ? JSON.stringify(r.rows, null, 2) + '\n' : batchRowsCsv(r.rows),
          );
          const { rows: _, ...summary } = r;
          if (opts.json) return printJson({ ...summary, out: opts.out });
          for (const i of r.issues)
            process.stderr.write(
              `${basename(i.file)}:${i.line}: ${i.field}: ${i.reason}${i.value ? ` ('${i.value}')` : ''}\n`,
            );
          process.stdout.write(
            `${input}: ${r.rowsRead} rows read, ${r.screened} screened, ${r.issues.length > 0 ? `${new Set(r.issues.map((i) => i.line)).size} malformed (not screened), ` : ''}` +
              `${r.withHits} with hits, ${r.hits} hits at threshold ${r.threshold} → ${opts.out}\n`,
          );
        });
      },
    );

  const lists = program
    .command('lists')
    .description('Restricted-party lists: the imported lists, reconciliation');

  lists
    .command('list')
    .description('The imported restricted-party lists with their counts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.screening.lists();
        if (opts.json) return printJson(items);
        if (items.length === 0) {
          process.stdout.write(
            'no list imported yet: e.g. techalliance import ofac-sdn <sdn.csv> (see docs/importing.md)\n',
          );
          return;
        }
        printTable(
          ['Id', 'Jurisdiction', 'Name', 'Edition', 'Parties', 'Imported'],
          items.map((l) => [
            l.id,
            l.jurisdiction,
            l.name,
            l.date,
            l.parties,
            l.importedAt.slice(0, 10),
          ]),
        );
      });
    });

  lists
    .command('reconcile')
    .description(
      'Parties listed by one side and not the other, matched with the screening engine, counted by country',
    )
    .requiredOption(
      '--a <lists>',
      'jurisdictions or list ids of side A, comma-separated (e.g. US)',
      collectLists,
    )
    .requiredOption(
      '--b <lists>',
      'jurisdictions or list ids of side B, comma-separated (e.g. EU)',
      collectLists,
    )
    .option('--threshold <t>', 'least score linking two parties, 0 to 1 (default 0.7)')
    .option('--country <iso3>', 'show only the parties of this country (counts are for all)')
    .option('--limit <n>', 'most parties shown per side (default 200)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExample:\n  techalliance lists reconcile --a us-dod-1260h --b EU --country CHN',
    )
    .action(
      async (opts: {
        a: string[];
        b: string[];
        threshold?: string;
        country?: string;
        limit?: string;
        json?: boolean;
      }) => {
        const threshold = thresholdOption(opts.threshold);
        const limit = positiveInt('--limit', opts.limit);
        if (opts.country !== undefined && !/^[A-Za-z]{3}$/.test(opts.country))
          throw new DomainError(
            'validation_failed',
            `--country: '${opts.country}' is not an ISO3 code`,
            [{ path: '--country', message: 'expected an alpha-3 code, e.g. CHN' }],
          );
        await withServices(async (s) => {
          const r = await s.screening.reconcile({
            a: opts.a,
            b: opts.b,
            ...(threshold !== undefined ? { threshold } : {}),
            ...(opts.country ? { country: opts.country } : {}),
            ...(limit !== undefined ? { limit } : {}),
          });
          if (opts.json) return printJson(r);
          const label = (side: typeof r.a): string =>
            `${side.spec.join(',')} (${side.lists.map((l) => l.id).join(', ')}; ${side.parties} parties)`;
          process.stdout.write(
            `A: ${label(r.a)}\nB: ${label(r.b)}\nthreshold ${r.threshold}: ${r.sameAs.count} pairs named by both\n\n`,
          );
          for (const [title, gap] of [
            [`Listed by A, not by B: ${r.onlyA.count}`, r.onlyA],
            [`Listed by B, not by A: ${r.onlyB.count}`, r.onlyB],
          ] as const) {
            process.stdout.write(`${title}\n`);
            printTable(
              ['Country', 'Parties'],
              gap.byCountry.slice(0, 15).map((c) => [c.country ?? '(none)', c.count]),
            );
            if (r.country) {
              process.stdout.write(`\n${r.country}:\n`);
              printTable(
                ['Entity', 'Name', 'List'],
                gap.parties.map((p) => [p.id, p.name, p.listId]),
              );
            }
            process.stdout.write('\n');
          }
        });
      },
    );

  const decision = program
    .command('decision')
    .description("Analysts' decisions on screening hits (match or no match)");

  decision
    .command('record')
    .description('Mark a hit: the name screened and the listed party it hit, as match or no_match')
    .argument('<name>', 'the name as screened')
    .argument('<entity>', "the listed party's id, e.g. us-ofac-sdn:7201")
    .argument('<decision>', DECISION_VALUES.join(' or '))
    .option('--note <text>', 'why')
    .option(
      '--by <who>',
      'who decides, recorded as cli:<who> (default: the system user name); an account decides by signing in',
    )
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        entity: string,
        value: string,
        opts: { note?: string; by?: string; json?: boolean },
      ) => {
        const normalised = value.replace('-', '_');
        if (!DECISION_VALUES.includes(normalised as DecisionValue))
          throw new DomainError(
            'validation_failed',
            `decision: '${value}' is not ${DECISION_VALUES.join(' or ')}`,
            [{ path: 'decision', message: `expected ${DECISION_VALUES.join(' or ')}` }],
          );
        await withServices(async (s) => {
          const r = await s.screening.decide(
            {
              queryName: name,
              entityId: entity,
              decision: normalised as DecisionValue,
              ...(opts.note ? { note: opts.note } : {}),
            },
            OPERATOR,
            // Always marked as a shell action: the log must never credit an account with it.
            `cli:${opts.by ?? userInfo().username}`,
          );
          if (opts.json) return printJson(r);
          process.stdout.write(
            `${r.status}: '${r.decision.queryName}' × ${r.decision.entityId} = ${r.decision.decision}\n`,
          );
        });
      },
    );

  decision
    .command('list')
    .description('Decisions taken, latest first')
    .option(
      '--name <name>',
      'only the decisions on this name (any spelling that normalises the same)',
    )
    .option('--json', 'print JSON')
    .action(async (opts: { name?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.screening.decisions(OPERATOR, opts.name);
        if (opts.json) return printJson(items);
        printTable(
          ['Name', 'Entity', 'Decision', 'By', 'At', 'Note'],
          items.map((d) => [
            d.queryName,
            d.entityId,
            d.decision,
            d.decidedBy,
            d.decidedAt.slice(0, 16),
            d.note,
          ]),
        );
      });
    });
}
