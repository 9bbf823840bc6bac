// One input (or stage) in detail: its providers and shares as bar charts — economies, firms by
// home economy, pseudo-providers and the unattributed rest, each labelled as such — and its
// concentration, coalition and concern shares, chokepoint reasons, year and sources.
import { useCallback, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { citationText } from '../citation.ts';
import { hasShares } from '../chain-colour.ts';
import type {
  Chain,
  ChainMetrics,
  ChainSource,
  DisruptionResult,
  InputShares,
} from '../chain-model.ts';
import { providerChart, type HolderGroup, type ProviderBar } from '../provider-chart.ts';
import { concernLabel } from '../supply-chain-labels.ts';
import { useShare } from './chain-hooks.ts';
import { Citation } from './citation-text.tsx';
import { kindMessage, limitText } from './chain-words.ts';
import { PlotBox } from './plot-box.tsx';
import './chains.css';

export interface DetailContext {
  chain: Chain;
  metrics: ChainMetrics;
  /** ISO3 → economy name. */
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, ChainSource>;
  result: DisruptionResult | null;
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

function Fact({
  term,
  children,
  ...attrs
}: {
  term: string;
  children: ReactNode;
  'data-fact'?: string;
  className?: string;
}) {
  return (
    <div {...attrs}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A provider chart at the width of its box, framed with its downloads. */
function ProviderChart({
  bars,
  title,
  kind,
  fileName,
  coalition,
  concern,
}: {
  bars: readonly ProviderBar[];
  title: string;
  kind: 'economies' | 'firms';
  fileName: string;
  coalition: string;
  concern: string;
}) {
  const draw = useCallback(
    (w: number) =>
      providerChart(bars, {
        width: Math.max(280, Math.min(720, w || 520)),
        title,
        coalition,
        concern,
      }),
    [bars, title, coalition, concern],
  );
  return (
    <ChartFrame title={title} fileName={fileName}>
      <PlotBox draw={draw} className="chart provider-chart" chart={kind} />
    </ChartFrame>
  );
}

export function ItemDetail({ id, ctx }: { id: string; ctx: DetailContext }) {
  const t = useT();
  const share = useShare();
  const input = ctx.chain.inputs.find((i) => i.id === id);
  const stage = ctx.chain.stages.find((s) => s.id === id);
  const name = input?.name ?? stage?.name ?? id;
  const shares: InputShares | undefined = ctx.metrics.shares.find((s) => s.item === id);
  const item = ctx.metrics.chokepoints.items.find((i) => i.item === id);
  const year = shares?.year ?? null;
  const yearText = year === null ? t('chains.detail.noYear') : String(year);
  const coalition = ctx.metrics.coalition.code;
  const concern = concernLabel(ctx.metrics);
  const row = ctx.result
    ? [...ctx.result.inputs, ...ctx.result.stages].find((r) => r.item === id)
    : undefined;
  const inStage = input?.stage ? ctx.chain.stages.find((s) => s.id === input.stage)?.name : null;
  const description = input?.description ?? stage?.description ?? null;

  const economies: ProviderBar[] = [];
  if (shares) {
    for (const e of shares.economies)
      if (e.sharePct !== null)
        economies.push({
          label: economyLabel(ctx, e.iso3),
          sharePct: e.sharePct,
          group: groupOf(ctx, e.iso3),
        });
    for (const p of shares.pseudo)
      if (p.sharePct !== null && p.sharePct > 0)
        economies.push({
          label: t(p.europe ? 'chains.detail.pseudoEurope' : 'chains.detail.pseudo', {
            name: p.name,
          }),
          sharePct: p.sharePct,
          group: 'pseudo',
        });
    if (shares.knownPct > 0 && shares.unattributedPct >= 0.05)
      economies.push({
        label: t('chains.detail.unattributedRest'),
        sharePct: shares.unattributedPct,
        group: 'unattributed',
      });
  }
  const firms: ProviderBar[] = (shares?.organisations ?? [])
    .filter((o) => o.sharePct !== null)
    .sort((a, b) => b.sharePct! - a.sharePct!)
    .map((o) => ({
      label: `${o.name} · ${o.homeEconomy ?? t('chains.detail.noHome')}`,
      sharePct: o.sharePct!,
      group: groupOf(ctx, o.homeEconomy),
    }));
  const unknownEconomies = shares?.economies.filter((e) => e.sharePct === null) ?? [];
  const unknownFirms = shares?.organisations.filter((o) => o.sharePct === null) ?? [];
  const c = item?.concentration;
  const known = hasShares(item);
  const usedSources = (shares?.sources ?? [])
    .map((sid) => ctx.sources.get(sid))
    .filter((x): x is ChainSource => x !== undefined);
  const warnings = shares?.warnings ?? [];

  return (
    <section className="item-detail" data-item={id} aria-labelledby="item-detail-heading">
      <h2 id="item-detail-heading" tabIndex={-1}>
        {name}
      </h2>
      <p className="lede">
        {t(stage ? 'chains.kind.stage' : kindMessage[input?.kind ?? 'material'])}
        {inStage ? ` · ${t('chains.detail.inStage', { stage: inStage })}` : ''}
        {` · ${t('chains.detail.sharesOf', { year: yearText })}`}
      </p>
      {description &&
        (description.length > 320 ? (
          <details className="item-description">
            <summary>{`${description.slice(0, 200).replace(/\s+\S*$/, '')} …`}</summary>
            <p>{description}</p>
          </details>
        ) : (
          <p className="item-description">{description}</p>
        ))}
      {row && (
        <p className="notice detail-after" data-availability={String(row.availabilityPct)}>
          <strong>{t('chains.detail.after', { share: share(row.availabilityPct) })}</strong>{' '}
          {t('chains.detail.afterDetail', {
            left: share(row.remainingSupplyPct),
            lost: share(row.lostPct),
            limit: limitText(t, row, ctx.chain),
          })}
        </p>
      )}
      <dl className="facts detail-facts">
        <Fact term={t('chains.detail.year')}>{yearText}</Fact>
        <Fact term={t('chains.detail.basis')}>
          {t(
            shares?.basis === 'economies'
              ? 'chains.detail.basisEconomies'
              : shares?.basis === 'organisations'
                ? 'chains.detail.basisFirms'
                : 'chains.legend.noData',
          )}
        </Fact>
        <Fact term="HHI" data-fact="hhi">
          {known && c?.hhi != null ? c.hhi.toFixed(3) : '—'}
        </Fact>
        <Fact term={t('chains.detail.top1')} data-fact="top1">
          {c?.top1 ? `${economyLabel(ctx, c.top1.iso3)} ${share(c.top1.sharePct)}` : '—'}
        </Fact>
        <Fact term={t('chains.detail.top3')}>{known ? share(c?.top3Pct) : '—'}</Fact>
        <Fact term={t('chains.detail.toReach', { pct: c?.reachPct ?? 75 })}>
          {known && c?.economiesToReach != null
            ? String(c.economiesToReach)
            : t('chains.detail.notReached')}
        </Fact>
        <Fact term={t('chains.detail.coalitionShare', { coalition })} data-fact="coalition">
          {known ? share(item?.coalitionPct) : '—'}
        </Fact>
        <Fact term={t('chains.detail.concernShare', { concern })} data-fact="concern">
          {known ? share(item?.concernPct) : '—'}
        </Fact>
        <Fact term={t('chains.detail.neither')}>{known ? share(item?.neitherPct) : '—'}</Fact>
        <Fact term={t('chains.detail.unattributed')}>
          {shares ? share(shares.unattributedPct) : '—'}
        </Fact>
        <Fact
          term={t('chains.detail.chokepoint')}
          data-fact="chokepoint"
          className={item?.chokepoint ? 'fact-wide' : undefined}
        >
          {item?.chokepoint ? (
            <span>
              <strong className="chokepoint-yes">{t('chains.yes')}</strong>
              <ul className="reason-list">
                {item.reasons.map((r, i) => (
                  <li key={i}>{r.message}</li>
                ))}
              </ul>
            </span>
          ) : known ? (
            t('chains.no')
          ) : (
            t('chains.detail.chokepointUnknown')
          )}
        </Fact>
      </dl>
      <div className="detail-charts">
        <h3>{t('chains.detail.byEconomy', { year: yearText })}</h3>
        {economies.length ? (
          <ProviderChart
            bars={economies}
            kind="economies"
            title={t('chains.detail.byEconomyChart', { name, year: yearText })}
            fileName={`${ctx.chain.code}-${id}-providers`}
            coalition={coalition}
            concern={concern}
          />
        ) : (
          <p className="muted">{t('chains.detail.noProvider')}</p>
        )}
        {unknownEconomies.length > 0 && (
          <p className="note unknown-shares">
            {t('chains.detail.unknownEconomies', {
              list: unknownEconomies.map((e) => economyLabel(ctx, e.iso3)).join(', '),
            })}
          </p>
        )}
        {(firms.length > 0 || unknownFirms.length > 0) && (
          <h3>{t('chains.detail.byFirm', { year: yearText })}</h3>
        )}
        {firms.length > 0 && (
          <ProviderChart
            bars={firms}
            kind="firms"
            title={t('chains.detail.byFirmChart', { name, year: yearText })}
            fileName={`${ctx.chain.code}-${id}-firms`}
            coalition={coalition}
            concern={concern}
          />
        )}
        {unknownFirms.length > 0 && (
          <p className="note unknown-shares">
            {t('chains.detail.unknownFirms', {
              list: unknownFirms
                .map((o) => `${o.name} (${o.homeEconomy ?? t('chains.detail.noHome')})`)
                .join(', '),
            })}
          </p>
        )}
      </div>
      {warnings.length > 0 && (
        <ul className="warning-list">
          {warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      )}
      {usedSources.length > 0 && (
        <p className="source-line">
          {t('chains.detail.source')}{' '}
          {usedSources.map((s, i) => (
            <span key={s.id}>
              {i ? '; ' : ''}
              {s.url ? (
                <a href={s.url} rel="noopener">
                  {citationText(s.citation).replace(/\.$/, '')}
                </a>
              ) : (
                <Citation text={s.citation.replace(/\.$/, '')} className="citation-inline" />
              )}
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
