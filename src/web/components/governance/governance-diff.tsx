// A proposal's versions and the changes between any two of them: the line diff of the API
// (GET …/diff) shown with removed and added lines marked, the words that changed within a replaced
// line highlighted, long unchanged stretches folded, and the unified diff to copy.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { wordDiff } from '../../../core/governance/text-diff.ts';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import type { DiffAnswer, DiffHunk, ProposalVersion } from './api-types.ts';
import { useWhen } from './governance-tally.tsx';
import './governance.css';

/** Unchanged lines shown around a change. */
const CONTEXT = 3;

type Kind = DiffHunk['kind'];

const SIGN: Readonly<Record<Kind, string>> = { same: ' ', added: '+', removed: '−' };

function Line({
  kind,
  a,
  b,
  children,
}: {
  kind: Kind;
  a: number | null;
  b: number | null;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className={`gov-diff-line gov-diff-${kind}`} data-kind={kind}>
      <span className="gov-diff-num" aria-hidden="true">
        {a ?? ''}
      </span>
      <span className="gov-diff-num" aria-hidden="true">
        {b ?? ''}
      </span>
      <span className="gov-diff-sign" aria-hidden="true">
        {SIGN[kind]}
      </span>
      <span className="gov-diff-text">
        {kind !== 'same' && (
          <span className="visually-hidden">
            {t(kind === 'added' ? 'gov.diff.spokenAdded' : 'gov.diff.spokenRemoved')}
          </span>
        )}
        {children}
      </span>
    </div>
  );
}

/** The words of a replaced line, the changed ones marked, as they read in one side. */
function words(a: string, b: string, side: 'removed' | 'added'): ReactNode[] {
  return wordDiff(a, b)
    .filter((s) => s.kind === 'same' || s.kind === side)
    .map((s, i) =>
      s.kind === 'same' ? (
        s.text
      ) : side === 'added' ? (
        <ins key={i} className="gov-diff-word">
          {s.text}
        </ins>
      ) : (
        <del key={i} className="gov-diff-word">
          {s.text}
        </del>
      ),
    );
}

/** The diff as lines; unchanged stretches longer than twice the context are folded. */
export function DiffView({ diff: d }: { diff: DiffAnswer }) {
  const t = useT();
  const count = (kind: Kind) =>
    d.hunks.filter((x) => x.kind === kind).reduce((n, x) => n + x.lines.length, 0);
  const added = count('added');
  const removed = count('removed');
  if (added === 0 && removed === 0)
    return (
      <p className="gov-diff-summary" id="diff-summary">
        {t('gov.diff.same', { from: d.from, to: d.to })}
      </p>
    );
  const rows: ReactNode[] = [];
  d.hunks.forEach((hunk, i) => {
    if (hunk.kind === 'same') {
      const head = i === 0 ? 0 : CONTEXT;
      const tail = i === d.hunks.length - 1 ? 0 : CONTEXT;
      const n = hunk.lines.length;
      const show = (k: number) =>
        rows.push(
          <Line key={`${i}-${k}`} kind="same" a={hunk.aLine + k} b={hunk.bLine + k}>
            {hunk.lines[k]}
          </Line>,
        );
      if (n <= head + tail + 1) {
        for (let k = 0; k < n; k++) show(k);
        return;
      }
      for (let k = 0; k < head; k++) show(k);
      rows.push(
        <div key={`${i}-fold`} className="gov-diff-line gov-diff-fold">
          <span className="gov-diff-text">⋯ {t('gov.diff.folded', { n: n - head - tail })}</span>
        </div>,
      );
      for (let k = n - tail; k < n; k++) show(k);
      return;
    }
    // A removed run followed by an added one: pair their lines for the word-level changes.
    const partner =
      hunk.kind === 'removed'
        ? d.hunks[i + 1]?.kind === 'added'
          ? d.hunks[i + 1]
          : undefined
        : d.hunks[i - 1]?.kind === 'removed'
          ? d.hunks[i - 1]
          : undefined;
    hunk.lines.forEach((text, k) => {
      const other = partner?.lines[k];
      const content =
        other === undefined
          ? text
          : hunk.kind === 'removed'
            ? words(text, other, 'removed')
            : words(other, text, 'added');
      rows.push(
        hunk.kind === 'removed' ? (
          <Line key={`${i}-${k}`} kind="removed" a={hunk.aLine + k} b={null}>
            {content}
          </Line>
        ) : (
          <Line key={`${i}-${k}`} kind="added" a={null} b={hunk.bLine + k}>
            {content}
          </Line>
        ),
      );
    });
  });
  return (
    <div className="gov-diff-block">
      <p className="gov-diff-summary" id="diff-summary">
        {t('gov.diff.from', { from: d.from, to: d.to })}{' '}
        <span className="gov-diff-count-added">{t('gov.diff.added', { n: added })}</span>,{' '}
        <span className="gov-diff-count-removed">{t('gov.diff.removed', { n: removed })}</span>.
      </p>
      <div
        className="gov-diff"
        role="group"
        aria-label={t('gov.diff.label', { from: d.from, to: d.to })}
      >
        {rows}
      </div>
      <details className="gov-unified">
        <summary>{t('gov.diff.unified')}</summary>
        <pre className="gov-pre">{d.unified}</pre>
      </details>
    </div>
  );
}

function Compare({ proposalId, from, to }: { proposalId: string; from: number; to: number }) {
  const t = useT();
  const query = useQuery({
    queryKey: ['proposal', proposalId, 'diff', from, to],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals/{id}/diff', {
          params: { path: { id: proposalId }, query: { from: String(from), to: String(to) } },
          signal,
        }),
        signal,
      ),
  });
  return (
    <QueryState query={query} what={t('gov.diff.what')} errorTitle={t('gov.diff.failed')}>
      {(d) => <DiffView diff={d} />}
    </QueryState>
  );
}

/** Every version with its note, and a comparison of any two. */
export function VersionsSection({
  proposalId,
  versions,
}: {
  proposalId: string;
  versions: readonly ProposalVersion[];
}) {
  const t = useT();
  const when = useWhen();
  const last = versions.at(-1)?.version ?? 1;
  const before = versions.at(-2)?.version ?? last;
  const [from, setFrom] = useState(String(before));
  const [to, setTo] = useState(String(last));
  const [shown, setShown] = useState<[number, number]>([before, last]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShown([Number(from), Number(to)]);
  };
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {t('gov.diff.version', { version: v.version })}
    </option>
  ));
  return (
    <section className="gov-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('gov.diff.versions')}</h2>
      <ol className="gov-versions" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.version} data-version={v.version}>
            <strong>{t('gov.diff.version', { version: v.version })}</strong> · {when(v.createdAt)}
            {v.note && <span className="gov-version-note"> — {v.note}</span>}
            <div className="field-hint">{v.title}</div>
          </li>
        ))}
      </ol>
      {versions.length < 2 ? (
        <p className="muted">{t('gov.diff.onlyOne')}</p>
      ) : (
        <>
          <h3>{t('gov.diff.compare')}</h3>
          <form
            className="controls gov-diff-form"
            aria-label={t('gov.diff.compare')}
            onSubmit={submit}
          >
            <div className="field field-narrow">
              <label htmlFor="diff-from">{t('gov.diff.fromLabel')}</label>
              <select id="diff-from" value={from} onChange={(e) => setFrom(e.target.value)}>
                {options}
              </select>
            </div>
            <div className="field field-narrow">
              <label htmlFor="diff-to">{t('gov.diff.toLabel')}</label>
              <select id="diff-to" value={to} onChange={(e) => setTo(e.target.value)}>
                {options}
              </select>
            </div>
            <div className="field field-action">
              <button type="submit" className="button button-quiet">
                {t('gov.diff.show')}
              </button>
            </div>
          </form>
          <div className="gov-diff-out" aria-live="polite">
            {shown[0] === shown[1] ? (
              <p className="field-error">{t('gov.diff.twoDifferent')}</p>
            ) : (
              <Compare proposalId={proposalId} from={shown[0]} to={shown[1]} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
