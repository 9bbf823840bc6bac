// What the divergence pages show of a divergence's level, state, change and members, in the
// reader's language: the severity level is a badge with its word (never a colour alone).
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { useEconomyNames } from '../chains/chain-hooks.ts';
import type { Divergence } from './queries.ts';
import './divergences.css';

type Level = Divergence['level'];
type State = Divergence['state'];
type Change = Divergence['change'];

export function LevelBadge({ level, severity }: { level: Level; severity?: number }) {
  const t = useT();
  const intl = useIntl();
  return (
    <span className={`badge div-level div-level-${level}`} data-level={level}>
      {t(`div.level.${level}`)}
      {severity !== undefined && (
        <span className="div-severity">
          {' '}
          {intl.formatNumber(severity, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
        </span>
      )}
    </span>
  );
}

export function StateBadge({ state }: { state: State }) {
  const t = useT();
  return (
    <span className={`badge div-state div-state-${state}`} data-state={state}>
      {t(`div.state.${state}`)}
    </span>
  );
}

/** The change the last recomputation found; `unchanged` shows nothing. */
export function ChangeMark({ change }: { change: Change }) {
  const t = useT();
  if (change === 'unchanged') return null;
  return (
    <span className={`badge div-change div-change-${change}`} data-change={change}>
      {t(`div.change.${change}`)}
    </span>
  );
}

/** Members as their names, with the code in the title ("Germany, France"). */
export function useMemberNames(): (codes: readonly string[]) => string {
  const t = useT();
  const names = useEconomyNames();
  return (codes) =>
    codes.length === 0
      ? t('div.members.none')
      : codes.map((c) => (c === 'EU' ? t('div.members.eu') : (names.get(c) ?? c))).join(', ');
}

export function useWhen(): (iso: string) => string {
  const intl = useIntl();
  return (iso) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A link of the data: a hash route opens in the app, an http(s) address in a new tab. */
export function DataLink({ href, children }: { href: string; children: ReactNode }) {
  const t = useT();
  if (href.startsWith('#/')) return <a href={href}>{children}</a>;
  if (/^https?:\/\//i.test(href))
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
        <span className="visually-hidden"> {t('div.external')}</span>
      </a>
    );
  return <>{children}</>;
}
