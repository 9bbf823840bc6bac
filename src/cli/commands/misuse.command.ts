// `techalliance misuse cases|case|suppliers|supplier|country|map|technologies`: the registry of
// the illiberal use of technology — cases, a supplier's footprint and listing status, a country's
// profile, the surveillance supply map, the technology → control-list map
// (services/misuse.service.ts). The CLI acts as the operator, who sees every case.
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import {
  CASE_KINDS,
  TECHNOLOGY_CATEGORIES,
  type CaseKind,
  type TechnologyCategory,
} from '../../core/misuse/case.ts';
import { oneOf, wholeOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function registerMisuseCommands(program: Command, withServices: WithServices): void {
  const misuse = program
    .command('misuse')
    .description(
      'The illiberal use of technology: cases, suppliers and their listing status, country profiles, the technology → control map',
    );

  misuse
    .command('cases')
    .description('Cases, latest first, filtered')
    .option('--country <economy>', 'a country (ISO3 or name)')
    .option('--kind <kind>', `one of ${CASE_KINDS.join(', ')}`)
    .option('--technology <t>', `one of ${TECHNOLOGY_CATEGORIES.join(', ')}`)
    .option('--year <year>', 'the year a case counts in')
    .option('--supplier <name>', 'cases naming this supplier')
    .option('--source <format>', 'cases of one source (an import format, or manual)')
    .option('--limit <n>', 'cases shown (default 100)')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        country?: string;
        kind?: string;
        technology?: string;
        year?: string;
        supplier?: string;
        source?: string;
        limit?: string;
        json?: boolean;
      }) => {
        const kind = oneOf<CaseKind>(opts.kind, CASE_KINDS, '--kind');
        const technology = oneOf<TechnologyCategory>(
          opts.technology,
          TECHNOLOGY_CATEGORIES,
          '--technology',
        );
        const year = wholeOption(opts.year, '--year', 1900, 2100);
        const limit = wholeOption(opts.limit, '--limit', 1, 10_000);
        await withServices(async (s) => {
          const r = await s.misuse.cases(
            {
              ...(opts.country !== undefined ? { country: opts.country } : {}),
              ...(kind !== undefined ? { kind } : {}),
              ...(technology !== undefined ? { technology } : {}),
              ...(year !== undefined ? { year } : {}),
              ...(opts.supplier !== undefined ? { supplier: opts.supplier } : {}),
              ...(opts.source !== undefined ? { source: opts.source } : {}),
              ...(limit !== undefined ? { limit } : {}),
            },
            OPERATOR,
          );
          if (opts.json) return printJson(r);
          printTable(
            ['Year', 'Kind', 'Countries', 'Technology', 'Suppliers', 'Title'],
            r.items.map((c) => [
              c.year ?? '—',
              c.kind,
              c.countries.join(' '),
              c.technology,
              clip(c.suppliers.join(', '), 40),
              clip(c.title, 60),
            ]),
          );
          process.stdout.write(`${r.items.length} of ${r.total} cases\n`);
        });
      },
    );

  misuse
    .command('case')
    .description('One case with its evidence and versions')
    .argument('<id>', 'the case id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const c = await s.misuse.case(id, OPERATOR);
        if (opts.json) return printJson(c);
        const out = process.stdout;
        out.write(
          `${c.title}\n${c.kind}, ${c.countries.join(' ') || 'no country'}, ${c.year ?? 'undated'}; ${c.technology}\n`,
        );
        if (c.suppliers.length > 0)
          out.write(`suppliers: ${c.suppliers.map((x) => x.name).join(', ')}\n`);
        for (const e of c.evidence)
          out.write(
            `evidence: ${e.sourceId} ${e.reference}${e.url ? ` <${e.url}>` : ''} (${e.confidence}${e.partial ? ', partial' : ''}${e.transcribed ? ', transcribed' : ''}${e.derived ? ', derived' : ''})\n`,
          );
        out.write(`version ${c.version}, ${c.versions.length} kept\n`);
      });
    });

  misuse
    .command('suppliers')
    .description('The suppliers the cases name, most named first')
    .option('--search <words>', 'words of a name')
    .option('--json', 'print JSON')
    .action(async (opts: { search?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.misuse.suppliers(OPERATOR, opts.search);
        if (opts.json) return printJson(items);
        printTable(
          ['Supplier', 'Cases', 'Other spellings'],
          items
            .slice(0, 100)
            .map((x) => [x.names[0] ?? x.key, x.cases, x.names.slice(1).join(', ')]),
        );
      });
    });

  misuse
    .command('supplier')
    .description(
      "A supplier's footprint and its listing status in every imported restricted-party list (listed by, not listed by)",
    )
    .argument('<name>', 'the supplier, e.g. Hikvision')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.misuse.supplier(name, OPERATOR);
        if (opts.json) {
          // The documented shape first ({supplier, countries, listings, notListedBy}), then the rest.
          const { supplier: names, listing, countries, ...rest } = r;
          return printJson({
            supplier: names[0],
            countries,
            listings: listing.listings,
            notListedBy: listing.notListedBy,
            listedBy: listing.listedBy,
            names,
            ...rest,
            listing,
          });
        }
        const out = process.stdout;
        out.write(
          `${r.supplier.join(' / ')}: ${r.cases} cases in ${r.countries.length} countries\n\n`,
        );
        printTable(
          ['Country', 'Technologies', 'Years'],
          r.countries.map((c) => [c.iso3, c.technologies.join(', '), c.years.join(' ')]),
        );
        out.write('\n');
        printTable(
          ['Jurisdiction', 'List', 'Entity', 'Score', 'Confirmed'],
          r.listing.listings.map((l) => [
            l.jurisdiction,
            l.list,
            clip(l.entityName, 50),
            l.score.toFixed(2),
            l.confirmed ? 'yes' : '—',
          ]),
        );
        out.write(
          `\nlisted by: ${r.listing.listedBy.join(', ') || 'none'}; not listed by: ${r.listing.notListedBy.join(', ') || 'none'}${r.listing.undecided.length ? `; hits to review: ${r.listing.undecided.join(', ')}` : ''}\n`,
        );
        if (r.lists.length === 0)
          out.write('no restricted-party list is imported: import one to see the listing status\n');
      });
    });

  misuse
    .command('country')
    .description("A country's cases over time, technologies, suppliers by origin and indicators")
    .argument('<iso3>', 'the country (ISO3 or name)')
    .option('--json', 'print JSON')
    .action(async (iso3: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.misuse.country(iso3, OPERATOR);
        if (opts.json) return printJson(r);
        const out = process.stdout;
        out.write(`${r.name} (${r.iso3}): ${r.cases} cases\n\n`);
        printTable(
          ['Year', 'Cases', 'Surveillance', 'Transfers', 'Spyware', 'Shutdowns', 'Blocking'],
          r.years.map((y) => [
            y.year,
            y.total,
            y.byKind['surveillance-deployment'],
            y.byKind['technology-transfer'],
            y.byKind['spyware-operation'],
            y.byKind['internet-shutdown'],
            y.byKind['censorship-blocking'],
          ]),
        );
        out.write('\n');
        printTable(
          ['Origin', 'Cases', 'Suppliers'],
          r.origins.map((o) => [o.group, o.cases, o.suppliers]),
        );
        for (const i of r.indicators) {
          const last = i.values.at(-1);
          if (last) out.write(`${i.name}: ${last.value} (${last.year})\n`);
        }
      });
    });

  misuse
    .command('map')
    .description('Per country, the origins of its surveillance supply')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.misuse.supplyMap(OPERATOR);
        if (opts.json) return printJson(r);
        printTable(
          ['Colour', 'Countries'],
          Object.entries(r.totals).map(([k, v]) => [k, v]),
        );
      });
    });

  misuse
    .command('technologies')
    .description('The technology → control-list map and which imported lists control each entry')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.misuse.technologyControls();
        if (opts.json) return printJson(r);
        printTable(
          ['Technology', 'Entry', 'Controlled by', 'Not controlled by'],
          r.status.flatMap((t) =>
            t.entries.length === 0
              ? [[t.technology, '—', '—', '—']]
              : t.entries.map((e) => [
                  t.technology,
                  `${e.canonicalCode}${e.paragraph ? `.${e.paragraph}` : ''}`,
                  e.controlledBy.map((l) => l.jurisdiction).join(' ') || '—',
                  e.notControlledBy.map((l) => l.jurisdiction).join(' ') || '—',
                ]),
          ),
        );
      });
    });
}
