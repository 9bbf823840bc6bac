// The result of a disruption: before/after toggle for the graph, the affected items (supply lost
// and left, availability, what limits it), coalition members losing most, warnings, CSV.
import { useIntl } from 'react-intl';
import { downloadCsv, toCsv } from '../../csv-file.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Chain, DisruptionResult, ItemDisruption } from '../chain-model.ts';
import { useShare } from './chain-hooks.ts';
import { itemName, kindMessage, limitText } from './chain-words.ts';
import './chains.css';

type T = ReturnType<typeof useT>;

export function disruptionCsv(chain: Chain, result: DisruptionResult): string {
  return toCsv(
    [
      'chain',
      'shocks',
      'item',
      'name',
      'kind',
      'stage',
      'year',
      'lost_pct',
      'remaining_supply_pct',
      'availability_before_pct',
      'availability_pct',
      'limited_by',
      'limiting_item',
    ],
    [...result.stages, ...result.inputs].map((r) => [
      chain.code,
      result.shocks.map((s) => `${s.provider}:${s.input}:${s.fractionLost}`).join(' '),
      r.item,
      r.name,
      r.kind,
      r.stage ? itemName(chain, r.stage) : '',
      r.year,
      r.lostPct,
      r.remainingSupplyPct,
      100,
      r.availabilityPct,
      r.limitedBy,
      r.limitingId ?? '',
    ]),
  );
}

/** "China (CHN) loses 100.0% of all inputs" */
export function shockSentence(
  t: T,
  share: (pct: number) => string,
  shock: { provider: string; input: string; fractionLost: number },
  chain: Chain,
  names: ReadonlyMap<string, string>,
): string {
  const who = names.has(shock.provider)
    ? `${names.get(shock.provider)} (${shock.provider})`
    : shock.provider;
  const what =
    shock.input === 'all' ? t('chains.scenario.allInputsLower') : itemName(chain, shock.input);
  return t('chains.scenario.sentence', { who, share: share(shock.fractionLost * 100), what });
}

function ItemsTable({
  rows,
  chain,
  onSelect,
}: {
  rows: readonly ItemDisruption[];
  chain: Chain;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const share = useShare();
  return (
    <div
      className="table-scroll table-scroll-tall"
      role="region"
      aria-labelledby="affected-items-caption"
      tabIndex={0}
    >
      <table className="data-table disruption-table" id="affected-items">
        <caption id="affected-items-caption">
          {t('chains.results.affectedCaption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('chains.controls.item')}</th>
            <th scope="col">{t('chains.results.kind')}</th>
            <th scope="col" className="num">
              {t('chains.year')}
            </th>
            <th scope="col" className="num">
              {t('chains.results.before')}
            </th>
            <th scope="col" className="num wrap">
              {t('chains.results.lost')}
            </th>
            <th scope="col" className="num wrap">
              {t('chains.results.left')}
            </th>
            <th scope="col" className="num">
              {t('chains.results.availability')}
            </th>
            <th scope="col">{t('chains.results.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.item} data-item={r.item} data-availability={String(r.availabilityPct)}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(r.item)}>
                  {r.name}
                </button>
              </th>
              <td>
                {t(kindMessage[r.kind])}
                {r.stage && <span className="sub">{itemName(chain, r.stage)}</span>}
              </td>
              <td className="num">{r.year ?? '—'}</td>
              <td className="num muted">{intl.formatNumber(1, { style: 'percent' })}</td>
              <td className="num">{share(r.lostPct)}</td>
              <td className="num">{share(r.remainingSupplyPct)}</td>
              <td className="num availability">
                <strong>{share(r.availabilityPct)}</strong>
              </td>
              <td className="notes-cell">{limitText(t, r, chain)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MembersTable({
  result,
  chain,
  names,
}: {
  result: DisruptionResult;
  chain: Chain;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const intl = useIntl();
  const share = useShare();
  const points = (v: number) =>
    intl.formatNumber(v, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
  const top = result.members.slice(0, 10);
  return (
    <div className="table-scroll" role="region" aria-labelledby="members-loss-caption" tabIndex={0}>
      <table className="data-table members-loss-table">
        <caption id="members-loss-caption">
          {t('chains.results.membersCaption', { shown: top.length, count: result.members.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('chains.results.member')}</th>
            <th scope="col" className="num wrap">
              {t('chains.results.dependentLoss')}
            </th>
            <th scope="col" className="num wrap">
              {t('chains.results.inputsHit')}
            </th>
            <th scope="col" className="num wrap">
              {t('chains.results.ownLoss')}
            </th>
            <th scope="col">{t('chains.results.worst')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((m) => (
            <tr key={m.iso3}>
              <th scope="row">
                {names.get(m.iso3) ?? m.iso3}
                <span className="sub">{m.iso3}</span>
              </th>
              <td className="num" data-member-loss={m.iso3}>
                {points(m.dependentLossPctPoints)}
              </td>
              <td className="num">{m.inputsHit}</td>
              <td className="num">{points(m.ownLossPctPoints)}</td>
              <td className="shares-cell">
                {m.worstInputs
                  .map((w) =>
                    w.ownSharePct > 0
                      ? t('chains.results.worstMakes', {
                          name: itemName(chain, w.item),
                          loss: points(w.dependentLossPct),
                          own: share(w.ownSharePct),
                        })
                      : t('chains.results.worstInput', {
                          name: itemName(chain, w.item),
                          loss: points(w.dependentLossPct),
                        }),
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ScenarioResults({
  chain,
  result,
  names,
  yearLabel,
  view,
  onView,
  onSelect,
}: {
  chain: Chain;
  result: DisruptionResult;
  names: ReadonlyMap<string, string>;
  /** Year of the shares, in words ("latest per input"). */
  yearLabel: string;
  view: 'before' | 'after';
  onView: (view: 'before' | 'after') => void;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const share = useShare();
  const all = [...result.stages, ...result.inputs];
  const affected = all
    .filter((r) => r.availabilityPct < 100)
    .sort((a, b) => a.availabilityPct - b.availabilityPct);
  const outputs = result.mostAffectedOutputs
    .map((id) => all.find((r) => r.item === id))
    .filter((r): r is ItemDisruption => r !== undefined);
  return (
    <div className="scenario-results" aria-labelledby="scenario-result-heading">
      <h3 id="scenario-result-heading" tabIndex={-1}>
        {t('chains.results.title')}
      </h3>
      <p className="scenario-summary">
        {result.shocks.map((s) => shockSentence(t, share, s, chain, names)).join('; ')}
        {'. '}
        {t('chains.results.summary', {
          affected: affected.length,
          count: all.length,
          year: yearLabel,
        })}
        {outputs.length > 0 &&
          ` ${t('chains.results.outputs', {
            list: outputs
              .slice(0, 5)
              .map((r) => `${r.name} ${share(r.availabilityPct)}`)
              .join(', '),
          })}`}
      </p>
      <div className="button-row" role="group" aria-label={t('chains.results.viewGroup')}>
        {(['before', 'after'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="button button-quiet button-small view-toggle"
            data-view={v}
            aria-pressed={view === v}
            onClick={() => onView(v)}
          >
            {t(v === 'before' ? 'chains.results.viewBefore' : 'chains.results.viewAfter')}
          </button>
        ))}
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => downloadCsv(`${chain.code}-disruption.csv`, disruptionCsv(chain, result))}
        >
          {t('chains.csv')}
        </button>
      </div>
      {affected.length ? (
        <ItemsTable rows={affected} chain={chain} onSelect={onSelect} />
      ) : (
        <p className="muted">{t('chains.results.none')}</p>
      )}
      {result.members.length > 0 && <MembersTable result={result} chain={chain} names={names} />}
      {result.warnings.length > 0 && (
        <details className="scenario-warnings">
          <summary>{t('chains.warnings', { count: result.warnings.length })}</summary>
          <ul className="warning-list">
            {result.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
