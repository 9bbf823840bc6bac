// One input (or stage) in detail: its providers and shares as bar charts — economies, firms by
// home economy, pseudo-providers and the unattributed rest, each labelled as such — and its
// concentration, coalition and concern shares, chokepoint reasons, year and sources.
import type { Source } from '../api-types.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import type {
  Chain,
  ChainMetrics,
  DisruptionResult,
  InputShares,
  ItemDisruption,
} from '../supply-chain-types.ts';
import { hasShares } from './chain-colour.ts';
import { providerChart, type HolderGroup, type ProviderBar } from './provider-chart.ts';
import { concernLabel, kindLabel, limitText } from './supply-chain-labels.ts';
import { citationElement, citationText } from './citation.ts';

export interface DetailContext {
  chain: Chain;
  metrics: ChainMetrics;
  /** ISO3 → economy name. */
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  result: DisruptionResult | null;
}

export interface RenderedDetail {
  element: HTMLElement;
  /** Draws the charts; call once the element is in the page. */
  draw(): void;
}

const economyLabel = (ctx: DetailContext, iso3: string): string => {
  const name = ctx.names.get(iso3);
  return name && name !== iso3 ? `${name} (${iso3})` : iso3;
};

function groupOf(ctx: DetailContext, iso3: string | null): HolderGroup {
  if (iso3 === null) return 'no-home';
  if (ctx.metrics.coalition.economies.includes(iso3)) return 'coalition';
  if (ctx.metrics.concern.economies.includes(iso3)) return 'concern';
  return 'other';
}

/** The bars by economy: economies with a known share, pseudo-providers, the unattributed rest. */
export function economyBars(shares: InputShares, ctx: DetailContext): ProviderBar[] {
  const bars: ProviderBar[] = shares.economies
    .filter((e) => e.sharePct !== null)
    .map((e) => ({
      label: economyLabel(ctx, e.iso3),
      sharePct: e.sharePct!,
      group: groupOf(ctx, e.iso3),
    }));
  for (const p of shares.pseudo)
    if (p.sharePct !== null && p.sharePct > 0)
      bars.push({
        label: p.europe ? `${p.name} — Europe (pseudo-provider)` : `${p.name} (pseudo-provider)`,
        sharePct: p.sharePct,
        group: 'pseudo',
      });
  if (shares.knownPct > 0 && shares.unattributedPct >= 0.05)
    bars.push({
      label: 'Unattributed rest',
      sharePct: shares.unattributedPct,
      group: 'unattributed',
    });
  return bars;
}

function firmBars(shares: InputShares, ctx: DetailContext): ProviderBar[] {
  return shares.organisations
    .filter((o) => o.sharePct !== null)
    .sort((a, b) => b.sharePct! - a.sharePct!)
    .map((o) => ({
      label: `${o.name} · ${o.homeEconomy ?? 'no home economy'}`,
      sharePct: o.sharePct!,
      group: groupOf(ctx, o.homeEconomy),
    }));
}

function fact(term: string, value: string | Node, attrs: Record<string, string> = {}): HTMLElement {
  return h('div', attrs, h('dt', {}, term), h('dd', {}, value));
}

function afterShock(row: ItemDisruption, ctx: DetailContext): HTMLElement {
  return h(
    'p',
    { class: 'notice detail-after', 'data-availability': String(row.availabilityPct) },
    h('strong', {}, `After the shock: ${formatShare(row.availabilityPct)} available`),
    ` — supply left ${formatShare(row.remainingSupplyPct)} (lost ${formatShare(row.lostPct)}); ${limitText(row, ctx.chain)}.`,
  );
}

export function inputDetail(id: string, ctx: DetailContext): RenderedDetail {
  const input = ctx.chain.inputs.find((i) => i.id === id);
  const stage = ctx.chain.stages.find((s) => s.id === id);
  const name = input?.name ?? stage?.name ?? id;
  const shares = ctx.metrics.shares.find((s) => s.item === id);
  const item = ctx.metrics.chokepoints.items.find((i) => i.item === id);
  const year = shares?.year ?? null;
  const yearText = year === null ? 'no year (no share rows)' : String(year);
  const coalition = ctx.metrics.coalition.code;
  const concern = concernLabel(ctx.metrics);
  const row = ctx.result
    ? [...ctx.result.inputs, ...ctx.result.stages].find((r) => r.item === id)
    : undefined;
  const inStage = input?.stage ? ctx.chain.stages.find((s) => s.id === input.stage)?.name : null;
  const description = input?.description ?? stage?.description ?? null;

  const byEconomy = h('div', { class: 'chart provider-chart', 'data-chart': 'economies' });
  const byFirm = h('div', { class: 'chart provider-chart', 'data-chart': 'firms' });
  const economies = shares ? economyBars(shares, ctx) : [];
  const firms = shares ? firmBars(shares, ctx) : [];
  const unknownEconomies = shares?.economies.filter((e) => e.sharePct === null) ?? [];
  const unknownFirms = shares?.organisations.filter((o) => o.sharePct === null) ?? [];

  const c = item?.concentration;
  const known = hasShares(item);
  const facts = h(
    'dl',
    { class: 'facts detail-facts' },
    fact('Year of the shares', yearText),
    fact(
      'Basis',
      shares?.basis === 'economies'
        ? 'Economy rows'
        : shares?.basis === 'organisations'
          ? 'Firms, summed by home economy'
          : 'No known share',
    ),
    fact('HHI', known && c?.hhi != null ? c.hhi.toFixed(3) : '—', { 'data-fact': 'hhi' }),
    fact(
      'Top economy',
      c?.top1 ? `${economyLabel(ctx, c.top1.iso3)} ${formatShare(c.top1.sharePct)}` : '—',
      { 'data-fact': 'top1' },
    ),
    fact('Top 3 economies', known ? formatShare(c?.top3Pct) : '—'),
    fact(
      `Economies to reach ${c?.reachPct ?? 75}%`,
      known && c?.economiesToReach != null ? String(c.economiesToReach) : 'not reached',
    ),
    fact(`${coalition} share`, known ? formatShare(item?.coalitionPct) : '—', {
      'data-fact': 'coalition',
    }),
    fact(`Concern share (${concern})`, known ? formatShare(item?.concernPct) : '—', {
      'data-fact': 'concern',
    }),
    fact('Held by neither', known ? formatShare(item?.neitherPct) : '—'),
    fact('Unattributed', shares ? formatShare(shares.unattributedPct) : '—'),
    fact(
      'Chokepoint',
      item?.chokepoint
        ? h(
            'span',
            {},
            h('strong', { class: 'chokepoint-yes' }, 'Yes'),
            h(
              'ul',
              { class: 'reason-list' },
              item.reasons.map((r) => h('li', {}, r.message)),
            ),
          )
        : known
          ? 'No'
          : 'Unknown (no known share)',
      { 'data-fact': 'chokepoint', class: item?.chokepoint ? 'fact-wide' : '' },
    ),
  );

  const usedSources = (shares?.sources ?? [])
    .map((sid) => ctx.sources.get(sid))
    .filter((x): x is Source => x !== undefined);
  const warnings = shares?.warnings ?? [];

  const element = h(
    'section',
    { class: 'item-detail', 'data-item': id, 'aria-labelledby': 'item-detail-heading' },
    h('h2', { id: 'item-detail-heading', tabindex: '-1' }, name),
    h(
      'p',
      { class: 'lede' },
      stage ? 'Stage' : kindLabel(input?.kind ?? 'material'),
      inStage ? ` · ${inStage} stage` : '',
      ` · shares of ${yearText}`,
    ),
    description
      ? description.length > 320
        ? h(
            'details',
            { class: 'item-description' },
            h('summary', {}, `${description.slice(0, 200).replace(/\s+\S*$/, '')} …`),
            h('p', {}, description),
          )
        : h('p', { class: 'item-description' }, description)
      : null,
    row ? afterShock(row, ctx) : null,
    facts,
    h(
      'div',
      { class: 'detail-charts' },
      h('h3', {}, `Providers by economy, ${yearText}`),
      economies.length
        ? byEconomy
        : h('p', { class: 'muted' }, 'No provider of this item has a known share.'),
      unknownEconomies.length
        ? h(
            'p',
            { class: 'note unknown-shares' },
            'Major providers with unknown share: ',
            unknownEconomies.map((e) => economyLabel(ctx, e.iso3)).join(', '),
            '.',
          )
        : null,
      firms.length || unknownFirms.length
        ? h('h3', {}, `Firms, with their home economy, ${yearText}`)
        : null,
      firms.length ? byFirm : null,
      unknownFirms.length
        ? h(
            'p',
            { class: 'note unknown-shares' },
            'Firms with unknown share: ',
            unknownFirms.map((o) => `${o.name} (${o.homeEconomy ?? 'no home economy'})`).join(', '),
            '.',
          )
        : null,
    ),
    warnings.length
      ? h(
          'ul',
          { class: 'warning-list' },
          warnings.map((w) => h('li', {}, w.message)),
        )
      : null,
    usedSources.length
      ? h(
          'p',
          { class: 'source-line' },
          'Source: ',
          usedSources.map((s, i) => [
            i ? '; ' : '',
            s.url
              ? h(
                  'a',
                  { href: s.url, rel: 'noopener' },
                  citationText(s.citation).replace(/\.$/, ''),
                )
              : citationElement(s.citation.replace(/\.$/, ''), 'citation-inline'),
          ]),
          '.',
        )
      : null,
  );

  const draw = (): void => {
    const width = (box: HTMLElement): number =>
      Math.max(280, Math.min(720, box.clientWidth || 520));
    if (economies.length)
      byEconomy.replaceChildren(
        providerChart(economies, {
          width: width(byEconomy),
          title: `${name}: providers by economy, ${yearText}`,
          coalition,
          concern,
        }),
      );
    if (firms.length)
      byFirm.replaceChildren(
        providerChart(firms, {
          width: width(byFirm),
          title: `${name}: firms by share, ${yearText}`,
          coalition,
          concern,
        }),
      );
  };
  return { element, draw };
}
