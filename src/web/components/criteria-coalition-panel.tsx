// A coalition against a criteria set: members and partners who fail (and what), partners who
// qualify as members, outsiders who qualify (with their tier), and participants not evaluated.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type {
  CoalitionCheckReport,
  CriterionEvidence,
  ParticipantFinding,
} from './criteria-shapes.ts';
import type { IndicatorLookup } from './criteria-evidence.tsx';
import {
  comparedText,
  missingShort,
  resultLabel,
  shortValue,
  statedThreshold,
} from './criteria-format.ts';
import { useT } from '../i18n/i18n.tsx';
import './criteria-table.css';

const EconomyLink = ({ iso3, name }: { iso3: string; name: string }) => (
  <a href={`#/economies/${iso3}`}>{name}</a>
);

/** "Rule of law: 0.39 in 2023, needs ≥ 0.80" or "GDP …: missing (no value)". */
function CriterionLine({ c, indicator }: { c: CriterionEvidence; indicator: IndicatorLookup }) {
  const intl = useIntl();
  const t = useT();
  const unit = indicator(c.indicator).unit;
  const detail =
    c.outcome === 'missing'
      ? t('criteria.finding.missing', { why: missingShort(intl, c) })
      : t('criteria.finding.detail', {
          compared:
            comparedText(intl, c, unit) ?? (c.value === null ? '—' : shortValue(c.value, unit)),
          year: c.year ?? 'none',
          needs: statedThreshold(intl, c, unit),
        });
  return (
    <li>
      <strong>{c.label}</strong>: {detail}
    </li>
  );
}

function FindingItem({ f, indicator }: { f: ParticipantFinding; indicator: IndicatorLookup }) {
  const intl = useIntl();
  const t = useT();
  return (
    <li data-iso3={f.iso3}>
      <EconomyLink iso3={f.iso3} name={f.name} />{' '}
      {f.outcome === 'fail'
        ? t('criteria.finding.fails', {
            tier: f.tier,
            result: resultLabel(intl, f.result).toLocaleLowerCase(intl.locale),
          })
        : t('criteria.finding.undetermined', { tier: f.tier })}
      <ul className="criteria-finding-criteria">
        {f.criteria.map((c) => (
          <CriterionLine key={c.id} c={c} indicator={indicator} />
        ))}
      </ul>
    </li>
  );
}

function Card({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="card criteria-finding" aria-labelledby={id} data-finding={id}>
      <h3 id={id}>{`${title} (${count})`}</h3>
      {count === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

type Outsider = CoalitionCheckReport['check']['outsiders'][number];

function OutsiderList({ items }: { items: readonly Outsider[] }) {
  const t = useT();
  return (
    <ul className="criteria-inline-list">
      {items.map((o) => (
        <li key={o.iso3} data-iso3={o.iso3}>
          <EconomyLink iso3={o.iso3} name={o.name} />
          {o.result === 'undetermined' && (
            <span className="muted"> {t('criteria.panel.higherUndetermined')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The panel "G7 against the default criteria". */
export function CriteriaCoalitionPanel({
  report,
  setCode,
  asOf,
  indicator,
}: {
  report: CoalitionCheckReport;
  setCode: string;
  asOf: number;
  indicator: IndicatorLookup;
}) {
  const t = useT();
  const { check } = report;
  const outsiders = [...check.outsiders].sort((a, b) => a.name.localeCompare(b.name));
  const asMembers = outsiders.filter((o) => o.qualifiesAs === 'member');
  const asPartners = outsiders.filter((o) => o.qualifiesAs === 'partner');
  const notEvaluated = [
    ...report.notEvaluated.map((n) => ({ code: n.code, reason: n.reason })),
    ...check.notChecked.map((n) => ({ code: n.iso3, reason: `${n.tier}: ${n.reason}` })),
  ];
  return (
    <section className="criteria-coalition" aria-labelledby="criteria-coalition-heading">
      <h2 id="criteria-coalition-heading">
        {t('criteria.panel.title', { code: report.code, set: setCode })}
      </h2>
      <p className="muted">{t('criteria.panel.lede', { name: report.name, asOf })}</p>
      <div className="criteria-findings">
        <Card
          id="finding-members"
          title={t('criteria.panel.membersFail')}
          count={check.members.length}
          empty={t('criteria.panel.membersFailNone')}
        >
          <ul className="criteria-finding-list">
            {check.members.map((f) => (
              <FindingItem key={`${f.iso3}-${f.tier}`} f={f} indicator={indicator} />
            ))}
          </ul>
        </Card>
        <Card
          id="finding-partners"
          title={t('criteria.panel.partnersFail')}
          count={check.partners.length}
          empty={t('criteria.panel.partnersFailNone')}
        >
          <ul className="criteria-finding-list">
            {check.partners.map((f) => (
              <FindingItem key={`${f.iso3}-${f.tier}`} f={f} indicator={indicator} />
            ))}
          </ul>
        </Card>
        <Card
          id="finding-upgrades"
          title={t('criteria.panel.upgrades')}
          count={check.partnersQualifyingAsMembers.length}
          empty={t('criteria.panel.upgradesNone')}
        >
          <ul className="criteria-inline-list">
            {check.partnersQualifyingAsMembers.map((p) => (
              <li key={p.iso3} data-iso3={p.iso3}>
                <EconomyLink iso3={p.iso3} name={p.name} />
              </li>
            ))}
          </ul>
        </Card>
        <Card
          id="finding-not-evaluated"
          title={t('criteria.panel.notEvaluated')}
          count={notEvaluated.length}
          empty={t('criteria.panel.notEvaluatedNone')}
        >
          <ul className="criteria-finding-list">
            {notEvaluated.map((n, i) => (
              <li key={`${n.code}-${i}`} data-code={n.code}>
                <strong>{n.code}</strong>
                {` — ${n.reason}`}
              </li>
            ))}
          </ul>
        </Card>
        <Card
          id="finding-outsiders"
          title={t('criteria.panel.outsiders')}
          count={check.outsiders.length}
          empty={t('criteria.panel.outsidersNone')}
        >
          {asMembers.length > 0 && (
            <>
              <h4>{t('criteria.panel.asMembers', { count: asMembers.length })}</h4>
              <OutsiderList items={asMembers} />
            </>
          )}
          {asPartners.length > 0 && (
            <>
              <h4>{t('criteria.panel.asPartners', { count: asPartners.length })}</h4>
              <OutsiderList items={asPartners} />
            </>
          )}
        </Card>
      </div>
    </section>
  );
}
