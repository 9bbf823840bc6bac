// Screening hits for review: per hit the listed party, the score against the threshold, why it
// scored that (each feature's contribution), and the analyst's decision with buttons to record one.
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ResponseOf } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageId } from '../../i18n/messages.en.ts';
import { errorText } from '../../ui/error-text.ts';
import './screening.css';

export type ScreenResult = ResponseOf<'/api/v1/screening/screen'>;
export type Hit = ScreenResult['hits'][number];
export type Decision = NonNullable<Hit['decision']>;
export type DecisionValue = Decision['decision'];
type Feature = Hit['explanation']['contributions'][number]['feature'];

export const DECISION_LABELS: Readonly<Record<DecisionValue, MessageId>> = {
  match: 'screening.decision.match',
  no_match: 'screening.decision.no_match',
};

const FEATURE_LABELS: Readonly<Record<Feature, MessageId>> = {
  token_overlap: 'screening.feature.token_overlap',
  edit_similarity: 'screening.feature.edit_similarity',
  phonetic: 'screening.feature.phonetic',
  token_conflict: 'screening.feature.token_conflict',
  initials: 'screening.feature.initials',
  legal_form: 'screening.feature.legal_form',
  country: 'screening.feature.country',
  birth_date: 'screening.feature.birth_date',
  type: 'screening.feature.type',
};

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(3)}`;

function DecisionText({ d }: { d: Decision | null }) {
  const t = useT();
  const intl = useIntl();
  if (!d) return <span className="muted">{t('screening.notReviewed')}</span>;
  const who =
    d.decidedByName ?? (d.decidedBy === 'operator' ? t('screening.operator') : d.decidedBy);
  return (
    <span>
      <span className={`badge badge-decision-${d.decision}`}>{t(DECISION_LABELS[d.decision])}</span>
      <span className="field-hint">
        {' '}
        {t('screening.decidedBy', {
          who,
          when: intl.formatDate(d.decidedAt, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </span>
      {d.note && <span className="field-hint decision-note">{` — “${d.note}”`}</span>}
    </span>
  );
}

function Explanation({ hit, id }: { hit: Hit; id: string }) {
  const t = useT();
  const e = hit.explanation;
  const forms = [...e.legalForms.query, ...e.legalForms.candidate];
  return (
    <details className="hit-why">
      <summary>{t('screening.why')}</summary>
      <p className="field-hint">
        {t('screening.matchedName', {
          name: e.matchedName,
          primary: e.nameIndex === 0 ? 'yes' : 'no',
          query: e.queryNormalised,
          candidate: e.candidateNormalised,
        })}
        {forms.length > 0 && ` ${t('screening.legalForms', { forms: forms.join(', ') })}`}
      </p>
      <table className="data-table hit-features" aria-describedby={id}>
        <thead>
          <tr>
            <th scope="col">{t('screening.feature')}</th>
            <th scope="col">{t('screening.evidence')}</th>
            <th scope="col" className="num">
              {t('screening.adds')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.contributions.map((c) => (
            <tr key={c.feature} className={c.contribution < 0 ? 'negative' : ''}>
              <th scope="row">{t(FEATURE_LABELS[c.feature])}</th>
              <td>{c.detail}</td>
              <td className="num">{signed(c.contribution)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('screening.scoreSum', { threshold: e.threshold })}
            </th>
            <td className="num">{hit.score.toFixed(3)}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  );
}

export interface HitsOptions {
  /** Records a decision; resolves with the stored decision or throws an ApiError. */
  decide: (hit: Hit, value: DecisionValue, note: string) => Promise<Decision>;
  /** Called after a decision is stored (to update other views of the same pair). */
  decided?: (hit: Hit, decision: Decision) => void;
}

function HitCard({ hit, index, options }: { hit: Hit; index: number; options: HitsOptions }) {
  const t = useT();
  const [decision, setDecision] = useState(hit.decision);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = hit.entity;
  const id = `hit-${index}`;
  const record = async (value: DecisionValue) => {
    setBusy(true);
    setError(null);
    try {
      const d = await options.decide(hit, value, note.trim());
      setDecision(d);
      options.decided?.(hit, d);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const facts = [
    p.schema,
    `${p.listName} (${p.jurisdiction})`,
    p.countries.length ? p.countries.join(', ') : null,
    p.birthDates.length ? t('screening.born', { dates: p.birthDates.join(' / ') }) : null,
    p.programs.length ? t('screening.programmes', { programmes: p.programs.join(', ') }) : null,
    p.listingDate ? t('screening.listedOn', { date: p.listingDate }) : null,
  ].filter(Boolean);
  return (
    <li className="hit card" data-entity={hit.entityId} aria-labelledby={`${id}-name`}>
      <div className="hit-head">
        <div
          className="hit-score"
          title={t('screening.scoreTitle', {
            score: hit.score,
            threshold: hit.explanation.threshold,
          })}
        >
          <span className="hit-score-value">{hit.score.toFixed(2)}</span>
          <meter min={0} max={1} low={0.7} high={0.85} optimum={0} value={hit.score}>
            {Math.round(hit.score * 100)}%
          </meter>
        </div>
        <div className="hit-party">
          <h3 id={`${id}-name`}>{p.name}</h3>
          <p className="field-hint" id={id}>
            {facts.join(' · ')}
          </p>
          {p.aliases.length > 0 && (
            <p className="field-hint">
              {t('screening.aliases', {
                aliases: p.aliases.slice(0, 6).join('; ') + (p.aliases.length > 6 ? ' …' : ''),
              })}
            </p>
          )}
          <p className="field-hint code">{hit.entityId}</p>
        </div>
      </div>
      <Explanation hit={hit} id={id} />
      <div className="hit-decision">
        <div className="hit-decision-state" aria-live="polite">
          <DecisionText d={decision} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-note`}>{t('screening.note')}</label>
          <input
            type="text"
            id={`${id}-note`}
            maxLength={2000}
            autoComplete="off"
            placeholder={t('screening.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div
          className="button-row"
          role="group"
          aria-label={t('screening.decisionOn', { name: p.name })}
        >
          {(['match', 'no_match'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={`button button-small ${value === 'match' ? 'button-danger' : 'button-quiet'}`}
              data-decision={value}
              disabled={busy}
              onClick={() => void record(value)}
            >
              {t(DECISION_LABELS[value])}
            </button>
          ))}
        </div>
        {error && <p className="field-error">{error}</p>}
      </div>
    </li>
  );
}

/** The hits of one screening, best first, or a sentence saying there were none. */
export function HitsList({ result, options }: { result: ScreenResult; options: HitsOptions }) {
  const t = useT();
  const values = {
    count: result.hits.length,
    name: result.query.name,
    threshold: result.threshold,
    lists: result.lists.length,
    scored: result.candidatesScored,
  };
  return (
    <div className="hits">
      <p className="result-count">
        {result.hits.length === 0 ? t('screening.noHit', values) : t('screening.hitCount', values)}
      </p>
      {result.warnings.map((w) => (
        <p key={w.code} className="note">
          {w.message}
        </p>
      ))}
      {result.hits.length > 0 && (
        <ol className="hit-list">
          {result.hits.map((hit, i) => (
            <HitCard
              key={`${hit.entityId} ${hit.decision?.decidedAt ?? ''}`}
              hit={hit}
              index={i}
              options={options}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
