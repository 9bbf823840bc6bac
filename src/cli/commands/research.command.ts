// `techalliance research strengths|collaboration|network|partners|screen-institution`: research and
// development — strengths by field, collaboration of two economies, the members' network, partner
// suggestions and research security (services/research.service.ts). The CLI acts as the operator.
import type { Command } from 'commander';
import { OPERATOR } from '../../core/accounts/access.ts';
import { oneOf, yearOption } from '../options.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const num = (v: number | null, digits = 2): string => (v === null ? '—' : v.toFixed(digits));

export function registerResearchCommands(program: Command, withServices: WithServices): void {
  const research = program
    .command('research')
    .description(
      'Research and development: strengths by field, collaboration, the members’ network, partner suggestions, research security',
    );

  research
    .command('strengths')
    .description("Each economy's articles, world share and specialisation (RCA) in a field")
    .option('--field <field>', 'a research field, e.g. ai or physics (default: every field)')
    .option('--year <year>', 'default: the latest year with counts')
    .option('--coalition <coalition>', "add a coalition's world share by field")
    .option('--trend <economies>', 'with --field: these economies’ share and RCA year by year')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        field?: string;
        year?: string;
        coalition?: string;
        trend?: string;
        json?: boolean;
      }) => {
        const year = yearOption(opts.year, '--year');
        await withServices(async (s) => {
          const r = await s.research.strengths({
            ...(opts.field !== undefined ? { field: opts.field } : {}),
            ...(year !== undefined ? { year } : {}),
            ...(opts.coalition !== undefined ? { coalition: opts.coalition } : {}),
            ...(opts.trend !== undefined ? { trends: opts.trend } : {}),
          });
          if (opts.json) return printJson(r);
          for (const t of r.trends)
            process.stdout.write(
              `${t.iso3} ${t.field}: ${t.first ? `${num(t.first.sharePct)}% (${t.first.year})` : '—'} → ${t.last ? `${num(t.last.sharePct)}% (${t.last.year})` : '—'}\n`,
            );
          printTable(
            ['Economy', 'Field', 'Year', 'Articles', 'World share %', 'RCA'],
            [...r.items]
              .sort((a, b) => (b.sharePct ?? 0) - (a.sharePct ?? 0))
              .slice(0, 40)
              .map((x) => [
                x.iso3,
                x.field,
                x.year,
                Math.round(x.articles),
                num(x.sharePct),
                num(x.rca),
              ]),
          );
          if (r.coalition) {
            process.stdout.write(`\n${r.coalition.code}'s world share by field\n`);
            printTable(
              ['Field', 'Year', 'Share %', 'RCA'],
              r.coalition.shares
                .filter((x) => x.year === r.year)
                .map((x) => [x.field, x.year, num(x.sharePct), num(x.rca)]),
            );
          }
        });
      },
    );

  research
    .command('collaboration')
    .description('Co-authored works of two economies per source and year, with the index')
    .argument('<a>', 'an economy (ISO3 or name)')
    .argument('<b>', 'another economy')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.research.collaboration(a, b);
        if (opts.json) return printJson(r);
        printTable(
          ['Source', 'Field', 'Part', 'Years', 'Works', 'Index', 'Published index'],
          r.points.map((p) => [
            p.source,
            p.field,
            p.programme ?? '—',
            p.firstYear === p.year ? String(p.year) : `${p.firstYear}–${p.year}`,
            p.works,
            num(p.index),
            num(p.publishedIndex),
          ]),
        );
      });
    });

  research
    .command('network')
    .description("The members' co-authorship network and their share with countries of concern")
    .argument('<coalition>', 'a coalition code or an ISO3 list')
    .option('--source <source>', 'nsf (default), openalex or cordis')
    .option('--field <field>', 'all (default) or ai')
    .option('--year <year>', 'default: the latest year of the source')
    .option('--concern <economies>', 'default CHN,IRN,PRK,RUS')
    .option('--json', 'print JSON')
    .action(
      async (
        coalition: string,
        opts: { source?: string; field?: string; year?: string; concern?: string; json?: boolean },
      ) => {
        const source = oneOf(opts.source, ['nsf', 'openalex', 'cordis'] as const, '--source');
        const field = oneOf(opts.field, ['all', 'ai'] as const, '--field');
        const year = yearOption(opts.year, '--year');
        await withServices(async (s) => {
          const r = await s.research.network({
            coalition,
            ...(source !== undefined ? { source } : {}),
            ...(field !== undefined ? { field } : {}),
            ...(year !== undefined ? { year } : {}),
            ...(opts.concern !== undefined ? { concern: opts.concern } : {}),
          });
          if (opts.json) return printJson(r);
          printTable(
            ['Member', 'Degree', 'Works with members', 'Centrality', 'Within %'],
            r.members.map((m) => [
              m.iso3,
              m.degree,
              m.strength,
              num(m.centrality, 3),
              num(m.withinSharePct, 1),
            ]),
          );
          if (r.underConnected.length > 0)
            process.stdout.write(
              `\nunder-connected: ${r.underConnected.map((l) => `${l.a}–${l.b} (${num(l.index)})`).join(', ')}\n`,
            );
        });
      },
    );

  research
    .command('partners')
    .description(
      'Partner suggestions for a member (economy) in a field, with reasons and screening',
    )
    .argument(
      '<member>',
      'the member economy (ISO3 or name), or an institution (name, acronym or ROR id)',
    )
    .requiredOption('--field <field>', 'a research field, e.g. ai')
    .option('--pool <coalition>', 'the economies to choose among (default T12)')
    .option('--json', 'print JSON')
    .action(async (member: string, opts: { field: string; pool?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.research.partners({
          member,
          field: opts.field,
          ...(opts.pool !== undefined ? { pool: opts.pool } : {}),
          viewer: OPERATOR,
        });
        if (opts.json) return printJson(r);
        printTable(
          ['Partner', 'RCA', 'Share %', 'Works', 'Index', 'Untapped', 'Score'],
          r.suggestions.map((x) => [
            x.iso3,
            num(x.rca),
            num(x.sharePct),
            x.works ?? '—',
            num(x.index),
            x.untappedWorks === null ? '—' : Math.round(x.untappedWorks),
            Math.round(x.score),
          ]),
        );
        if (r.institutions.length > 0) {
          process.stdout.write('\nInstitutions\n');
          printTable(
            ['Rank', 'Institution', 'Country', 'Screening'],
            r.institutions.map((i) => [i.nsfRank, i.name, i.country, i.screening.status]),
          );
        }
      });
    });

  research
    .command('screen-institution')
    .description(
      'An institution resolved to the registry and screened against the restricted-party lists',
    )
    .argument('<name>', 'a name, alias, acronym or ROR id')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.research.institution(name, OPERATOR);
        if (opts.json) return printJson(r);
        const out = process.stdout;
        if (r.organisation)
          out.write(
            `${r.organisation.name} (${r.organisation.rorId}, ${r.organisation.country}) — matched by ${r.matchedBy.join(', ')}\n`,
          );
        else if (r.candidates.length > 0)
          out.write(
            `ambiguous: ${r.candidates.map((c) => `${c.name} (${c.rorId}, ${c.country})`).join('; ')}\n`,
          );
        else out.write(`not in the registry: ${r.notes.join(' ')}\n`);
        out.write(`screening: ${r.screening.status}\n`);
        for (const h of r.screening.hits)
          out.write(
            `- ${h.listId} ${h.name} (${h.entityId}) score ${h.score.toFixed(2)}: ${h.why.join('; ')}\n`,
          );
      });
    });
}
