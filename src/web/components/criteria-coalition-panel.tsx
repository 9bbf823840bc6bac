// A coalition against a criteria set: members and partners who fail (and what), partners who
// qualify as members, outsiders who qualify (with their tier), and participants not evaluated.
import type { ReactNode } from 'react';
import type {
  CoalitionCheckReport,
  CriterionEvidence,
  ParticipantFinding,
} from './criteria-shapes.ts';
import type { IndicatorLookup } from './criteria-evidence.tsx';
import {
  RESULT_LABELS,
  comparedText,
  missingShort,
  shortValue,
  statedThreshold,
} from './criteria-format.ts';

const EconomyLink = ({ iso3, name }: { iso3: string; name: string }) => (
  <a href={`#/economies/${iso3}`}>{name}</a>
);

/** "Rule of law: 0.39 in 2023, needs ≥ 0.80" or "GDP …: missing (no value)". */
function CriterionLine({ c, indicator }: { c: CriterionEvidence; indicator: IndicatorLookup }) {
  const unit = indicator(c.indicator).unit;
  let detail: string;
  if (c.outcome === 'missing') detail = `missing (${missingShort(c)})`;
  else {
    const compared = comparedText(c, unit) ?? (c.value === null ? '—' : shortValue(c.value, unit));
    detail = `${compared}${c.year === null ? '' : ` in ${c.year}`}, needs ${statedThreshold(c, unit)}`;
  }
  return (
    <li>
      <strong>{c.label}</strong>: {detail}
    </li>
  );
}

function FindingItem({ f, indicator }: { f: ParticipantFinding; indicator: IndicatorLookup }) {
  return (
    <li data-iso3={f.iso3}>
      <EconomyLink iso3={f.iso3} name={f.name} />
      {f.outcome === 'fail'
        ? ` fails the ${f.tier} tier (result: ${RESULT_LABELS[f.result].toLowerCase()})`
        : ` is undetermined for the ${f.tier} tier (data missing)`}
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

const OutsiderList = ({ items }: { items: readonly Outsider[] }) => (
  <ul className="criteria-inline-list">
    {items.map((o) => (
      <li key={o.iso3} data-iso3={o.iso3}>
        <EconomyLink iso3={o.iso3} name={o.name} />
        {o.result === 'undetermined' && <span className="muted"> (higher tier undetermined)</span>}
      </li>
    ))}
  </ul>
);

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
      <h2 id="criteria-coalition-heading">{`${report.code} against the ${setCode} criteria`}</h2>
      <p className="muted">
        {`${report.name}: its members checked against the member tier and its partners against the partner tier, with data up to ${asOf}.`}
      </p>
      <div className="criteria-findings">
        <Card
          id="finding-members"
          title="Members who fail"
          count={check.members.length}
          empty="Every member meets the member tier."
        >
          <ul className="criteria-finding-list">
            {check.members.map((f) => (
              <FindingItem key={`${f.iso3}-${f.tier}`} f={f} indicator={indicator} />
            ))}
          </ul>
        </Card>
        <Card
          id="finding-partners"
          title="Partners who fail"
          count={check.partners.length}
          empty="No partner fails its tier (partners that pass the member tier meet it too)."
        >
          <ul className="criteria-finding-list">
            {check.partners.map((f) => (
              <FindingItem key={`${f.iso3}-${f.tier}`} f={f} indicator={indicator} />
            ))}
          </ul>
        </Card>
        <Card
          id="finding-upgrades"
          title="Partners qualifying as members"
          count={check.partnersQualifyingAsMembers.length}
          empty="No partner passes the member tier."
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
          title="Not evaluated"
          count={notEvaluated.length}
          empty="Every participant is an economy the criteria evaluate."
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
          title="Outsiders who qualify"
          count={check.outsiders.length}
          empty="No economy outside the coalition passes a tier."
        >
          {asMembers.length > 0 && (
            <>
              <h4>{`As members (${asMembers.length})`}</h4>
              <OutsiderList items={asMembers} />
            </>
          )}
          {asPartners.length > 0 && (
            <>
              <h4>{`As partners (${asPartners.length})`}</h4>
              <OutsiderList items={asPartners} />
            </>
          )}
        </Card>
      </div>
    </section>
  );
}
