// `techalliance control lists|list|entry|diff|unilateral|lag|align|search|link|unlink|links|inputs`:
// item control lists compared at entry, paragraph and parameter level, and tied to supply-chain
// inputs (services/control-list.service.ts).
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { DomainError } from '../../core/errors.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const LIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `--lists a,b`: checked list ids. */
function listIds(value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((s) => s.trim());
  const bad = ids.find((id) => !LIST_ID.test(id));
  if (bad !== undefined)
    throw new DomainError('validation_failed', `${option}: '${bad}' is not a list id`, [
      { path: option, message: 'lower-case letters, digits and hyphens, comma-separated' },
    ]);
  return ids;
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const labels = (ls: readonly string[]): string => (ls.length > 0 ? ls.join(', ') : '—');

export function registerControlListCommands(control: Command, withServices: WithServices): void {
  control
    .command('lists')
    .description('The imported item control lists')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.controlLists.lists();
        if (opts.json) return printJson(items);
        printTable(
          ['Id', 'Jurisdiction', 'Regime', 'Version', 'Entries', 'Active', 'Name'],
          items.map((l) => [
            l.id,
            l.jurisdiction,
            l.isRegimeList ? `${l.regime} (regime list)` : l.regime,
            l.versionDate,
            l.entries,
            l.activeEntries,
            l.name,
          ]),
        );
      });
    });

  control
    .command('list')
    .description("One list's entries in code order")
    .argument('<id>', 'list id')
    .option('--category <c>', 'only this category (0–9, ML)')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { category?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.controlLists.list(id);
        const items = opts.category ? r.items.filter((e) => e.category === opts.category) : r.items;
        if (opts.json) return printJson({ ...r, items });
        process.stdout.write(`${r.name} (${r.id}), ${r.versionDate}\n`);
        printTable(
          ['Code', 'Canonical', 'Status', 'Paragraphs', 'Reasons', 'Heading'],
          items.map((e) => [
            e.code,
            e.canonicalCode,
            e.status,
            e.paragraphs,
            e.reasons.join(' '),
            e.heading.length > 90 ? `${e.heading.slice(0, 89)}…` : e.heading,
          ]),
        );
      });
    });

  control
    .command('entry')
    .description('One entry in each list that has it, with its paragraph tree')
    .argument('<code>', 'entry code: 3B001, 3.B.1., 8B301 or ML1')
    .option('--lists <ids>', 'list ids, comma-separated (default: every list)')
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { lists?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.controlLists.entry(code, listIds(opts.lists, '--lists'));
        if (opts.json) return printJson(r);
        for (const e of r.entries) {
          process.stdout.write(`\n${e.listId}: ${e.code} — ${e.heading}\n`);
          for (const p of e.paragraphs) {
            if (p.kind !== 'item') continue;
            const depth = p.label.split('.').length;
            const mark = p.status === 'controlled' ? '' : ` [${p.status}]`;
            process.stdout.write(
              `${'  '.repeat(depth)}${p.label}${mark} ${p.text.length > 100 ? `${p.text.slice(0, 99)}…` : p.text}\n`,
            );
          }
        }
        if (r.missing.length > 0) process.stdout.write(`\nnot in: ${r.missing.join(', ')}\n`);
      });
    });

  control
    .command('diff')
    .description(
      'Diff two lists: entries only in one, and for shared entries the paragraphs only in one ("not used" counts as absent), changed texts and numbers',
    )
    .argument('<a>', 'list id')
    .argument('<b>', 'list id')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const d = await s.controlLists.diff(a, b);
        if (opts.json) return printJson(d);
        process.stdout.write(
          `${a} vs ${b}: ${d.onlyInA.length} entries only in ${a}, ${d.onlyInB.length} only in ${b}, ` +
            `${d.changed.length} changed, ${d.same} the same, ${d.notCompared.length} compared by code only\n`,
        );
        if (d.onlyInA.length > 0)
          process.stdout.write(`only in ${a}: ${d.onlyInA.map((e) => e.code).join(' ')}\n`);
        if (d.onlyInB.length > 0)
          process.stdout.write(`only in ${b}: ${d.onlyInB.map((e) => e.code).join(' ')}\n`);
        printTable(
          ['Entry', `Only in ${a}`, `Only in ${b}`, 'Texts differ', 'Numbers differ'],
          d.changed.map((c) => [
            c.code,
            labels(c.paragraphsOnlyInA),
            labels(c.paragraphsOnlyInB),
            c.textChanged.length,
            c.parameters.length,
          ]),
        );
      });
    });

  for (const [name, description] of [
    ['unilateral', "A member's entries and paragraphs with no counterpart in the regime's list"],
    ['lag', "The regime's entries and paragraphs a member's list lacks, with both dates"],
  ] as const)
    control
      .command(name)
      .description(description)
      .argument('<list>', "the member's list id")
      .option('--regime <id>', 'regime list (default: the latest regime list imported)')
      .option('--json', 'print JSON')
      .action(async (list: string, opts: { regime?: string; json?: boolean }) => {
        await withServices(async (s) => {
          if (name === 'unilateral') {
            const r = await s.controlLists.unilateral(list, opts.regime);
            if (opts.json) return printJson(r);
            process.stdout.write(
              `${r.list} against ${r.regimeList}: ${r.entries.length} entries, ${r.paragraphs.length} entries with extra paragraphs\n`,
            );
            printTable(
              ['Entry', 'Series', 'Reasons', 'Heading'],
              r.entries.map((e) => [e.code, e.series, e.reasons.join(' '), e.heading.slice(0, 90)]),
            );
            printTable(
              ['Entry', 'Paragraphs only in the member list'],
              r.paragraphs.map((p) => [p.code, labels(p.paragraphs)]),
            );
            const nj = Object.entries(r.notJudged);
            if (nj.length > 0)
              process.stdout.write(
                `not judged (no list of that regime): ${nj.map(([k, n]) => `${n} ${k}`).join(', ')}\n`,
              );
          } else {
            const r = await s.controlLists.lag(list, opts.regime);
            if (opts.json) return printJson(r);
            process.stdout.write(
              `${r.list} (${r.listDate}) against ${r.regimeList} (${r.regimeDate})${r.memberOlder ? ': the member list is older' : ''}\n`,
            );
            printTable(
              ['Entry', 'State', 'Heading'],
              r.entries.map((e) => [e.code, e.state, e.heading.slice(0, 90)]),
            );
            printTable(
              ['Entry', 'Regime paragraphs missing'],
              r.paragraphs.map((p) => [p.code, labels(p.paragraphs)]),
            );
          }
        });
      });

  control
    .command('align')
    .description(
      "Alignment of members' lists with a regime's list, by category, and one score per member",
    )
    .option('--regime <id>', 'regime list (default: the latest regime list imported)')
    .option('--lists <ids>', "members' lists (default: every list that is not a regime list)")
    .option('--json', 'print JSON')
    .action(async (opts: { regime?: string; lists?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const ids = listIds(opts.lists, '--lists');
        const m = await s.controlLists.align({
          ...(opts.regime ? { regime: opts.regime } : {}),
          ...(ids ? { lists: ids } : {}),
        });
        if (opts.json) return printJson(m);
        process.stdout.write(
          `against ${m.regimeList}: share of the regime's paragraphs implemented with the same numbers, by category\n`,
        );
        printTable(
          ['List', ...m.categories, 'Entries', 'Paragraphs', 'Score'],
          m.rows.map((r) => [
            r.list,
            ...m.categories.map((c) => {
              const cell = r.categories[c]!;
              return cell.regimeParagraphs > 0
                ? pct(cell.paragraphsIdentical / cell.regimeParagraphs)
                : '—';
            }),
            pct(r.entryShare),
            pct(r.paragraphShare),
            pct(r.score),
          ]),
        );
      });
    });

  control
    .command('search')
    .description('Search every list’s headings and paragraphs (all words; "a phrase" in quotes)')
    .argument('<query...>', 'words')
    .option('--lists <ids>', 'only these lists')
    .option('--limit <n>', 'hits shown (default 50)')
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { lists?: string; limit?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const limit = opts.limit === undefined ? undefined : Number(opts.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 500))
          throw new DomainError(
            'validation_failed',
            '--limit must be a whole number from 1 to 500',
            [{ path: '--limit', message: `got '${opts.limit}'` }],
          );
        const ids = listIds(opts.lists, '--lists');
        const r = await s.controlLists.search(words.join(' '), {
          ...(ids ? { lists: ids } : {}),
          ...(limit !== undefined ? { limit } : {}),
        });
        if (opts.json) return printJson(r);
        process.stdout.write(
          `${r.total} hits${r.total > r.hits.length ? ` (${r.hits.length} shown)` : ''}\n`,
        );
        printTable(
          ['List', 'Entry', 'Paragraph', 'Text'],
          r.hits.map((h) => [h.listId, h.code, h.label || h.kind, h.snippet.slice(0, 110)]),
        );
      });
    });

  control
    .command('link')
    .description('Link a list entry (or one of its paragraphs) to a supply-chain input')
    .argument('<code>', 'entry code: 3B001, 3.B.1., 8B301')
    .argument('<chain>', 'chain code, e.g. semiconductors')
    .argument('<input>', "the input's id or exact name, e.g. 'Lithography tools'")
    .option('--paragraph <label>', 'a paragraph of the entry, e.g. f or c.1')
    .option('--note <text>', 'why the entry controls the input')
    .option('--by <name>', 'who to record (default: your user name)')
    .option('--json', 'print JSON')
    .action(
      async (
        code: string,
        chain: string,
        input: string,
        opts: { paragraph?: string; note?: string; by?: string; json?: boolean },
      ) => {
        await withServices(async (s) => {
          const link = await s.controlLists.saveLink(
            {
              code,
              chain,
              input,
              ...(opts.paragraph !== undefined ? { paragraph: opts.paragraph } : {}),
              ...(opts.note !== undefined ? { note: opts.note } : {}),
            },
            OPERATOR,
            // Always marked as a shell action: the log must never credit an account with it.
            `cli:${opts.by ?? userInfo().username}`,
          );
          if (opts.json) return printJson(link);
          process.stdout.write(
            `linked ${link.canonicalCode}${link.paragraph ? `.${link.paragraph}` : ''} → ${link.chainCode}/${link.inputId}\n`,
          );
        });
      },
    );

  control
    .command('unlink')
    .description('Remove a link from a list entry to a supply-chain input')
    .argument('<code>', 'entry code')
    .argument('<chain>', 'chain code')
    .argument('<input>', "the input's id")
    .option('--paragraph <label>', 'the paragraph the link names')
    .option('--by <name>', 'who to record (default: your user name)')
    .action(
      async (
        code: string,
        chain: string,
        input: string,
        opts: { paragraph?: string; by?: string },
      ) => {
        await withServices(async (s) => {
          await s.controlLists.deleteLink(
            {
              code,
              chain,
              input,
              ...(opts.paragraph !== undefined ? { paragraph: opts.paragraph } : {}),
            },
            OPERATOR,
            `cli:${opts.by ?? userInfo().username}`,
          );
          process.stdout.write('removed\n');
        });
      },
    );

  control
    .command('links')
    .description('The links from list entries to supply-chain inputs')
    .option('--chain <code>', 'only this chain')
    .option('--json', 'print JSON')
    .action(async (opts: { chain?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.controlLists.links(opts.chain);
        if (opts.json) return printJson(items);
        printTable(
          ['Entry', 'Chain', 'Input', 'Note', 'By', 'At'],
          items.map((l) => [
            l.paragraph ? `${l.canonicalCode}.${l.paragraph}` : l.canonicalCode,
            l.chainCode,
            l.inputId,
            l.note,
            l.createdBy,
            l.createdAt.slice(0, 10),
          ]),
        );
      });
    });

  control
    .command('inputs')
    .description(
      "Per linked input of a chain: the lists that control it, the coalition's suppliers, and where one member controls alone",
    )
    .argument('<chain>', 'chain code')
    .option('--coalition <codes>', 'who counts as a supplier: a coalition code or ISO3 list')
    .option('--json', 'print JSON')
    .action(async (chain: string, opts: { coalition?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.controlLists.inputControls(
          chain,
          opts.coalition ? { coalition: opts.coalition } : {},
        );
        if (opts.json) return printJson(r);
        printTable(
          ['Input', 'Controlled by', 'Regime', 'Suppliers (share %, controls?)', 'Alone'],
          r.items.map((i) => [
            `${i.inputId} ${i.inputName}`,
            i.controlledBy.map((c) => c.listId).join(', ') || '—',
            i.regimeLists.join(', ') || '—',
            i.suppliers
              .map(
                (x) =>
                  `${x.iso3} ${x.sharePct === null ? '?' : x.sharePct.toFixed(0)} ${x.controls === null ? 'no list' : x.controls ? 'yes' : 'no'}`,
              )
              .join('; ') || '—',
            i.controlledAlone ? 'yes' : '',
          ]),
        );
      });
    });
}
