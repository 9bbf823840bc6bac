// The side-by-side view of one entry: a column per list, a row per paragraph label. A paragraph
// some of the lists control and others do not is marked in words ("Only in us-ccl-2026"); "not
// used" and "reserved" paragraphs are greyed with their status written out; notes fold under their
// item; each number is a chip, marked where the same quantity has another value in another list;
// a paragraph worded differently from the column before it shows the word differences on demand.
import type { CSSProperties } from 'react';
import { useIntl } from 'react-intl';
import { wordDiff } from '../../../core/governance/text-diff.ts';
import { hasParagraphText } from '../../../core/control-lists/compare.ts';
import { useT } from '../../i18n/i18n.tsx';
import { entryRows, type EntryCell, type EntryRow } from './entry-rows.ts';
import { formatParameter } from './format.ts';
import { KIND_LABELS, STATUS_LABELS } from './labels.ts';
import type { ListEntry, Paragraph, Parameter } from './queries.ts';
import './control-lists.css';

const depthStyle = (depth: number): CSSProperties => ({ '--depth': depth }) as CSSProperties;

function Chips({
  parameters,
  differing,
}: {
  parameters: Parameter[];
  differing: Map<Parameter, string[]>;
}) {
  const t = useT();
  const intl = useIntl();
  if (parameters.length === 0) return null;
  return (
    <ul className="param-chips" aria-label={t('controlLists.entry.numbers')}>
      {parameters.map((p, i) => {
        const others = differing.get(p);
        const value = formatParameter(p, intl.locale);
        return (
          <li
            key={i}
            className={`param-chip${others ? ' param-chip-differs' : ''}`}
            title={t('controlLists.entry.readFrom', { text: p.text })}
            data-differs={others ? 'true' : undefined}
          >
            {p.quantity && <span className="param-quantity">{p.quantity}</span>}{' '}
            <span className="param-value">{value}</span>
            {others && (
              <span className="param-differs">
                <span aria-hidden="true"> ≠</span>
                <span className="visually-hidden">
                  {t('controlLists.entry.valueDiffers', { lists: others.join(', ') })}
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function WordDiff({ a, b }: { a: string; b: string }) {
  const t = useT();
  return (
    <p className="word-diff">
      {wordDiff(a, b).map((w, i) =>
        w.kind === 'same' ? (
          <span key={i}>{w.text}</span>
        ) : w.kind === 'added' ? (
          <ins key={i} className="gov-diff-word">
            <span className="visually-hidden">{t('controlLists.entry.added')}</span>
            {w.text}
          </ins>
        ) : (
          <del key={i} className="gov-diff-word">
            <span className="visually-hidden">{t('controlLists.entry.removed')}</span>
            {w.text}
          </del>
        ),
      )}
    </p>
  );
}

function ItemText({ p, differing }: { p: Paragraph; differing: Map<Parameter, string[]> }) {
  const t = useT();
  const off = p.status !== 'controlled';
  return (
    <div className={`paragraph${off ? ' paragraph-off' : ''}`} data-status={p.status}>
      {off && <span className="badge badge-not-used">{t(STATUS_LABELS[p.status])}</span>}{' '}
      <span className="paragraph-text">{p.text}</span>
      <Chips parameters={p.parameters} differing={differing} />
    </div>
  );
}

function Cell({
  cell,
  row,
  index,
  entries,
}: {
  cell: EntryCell | null;
  row: EntryRow;
  index: number;
  entries: readonly ListEntry[];
}) {
  const t = useT();
  const entry = entries[index]!;
  if (cell === null)
    return (
      <td className="entry-cell entry-cell-missing">
        <span className="not-in-list">{t('controlLists.entry.notInList')}</span>
      </td>
    );
  const items =
    row.label === ''
      ? cell.items.filter((p) => p.text.trim() !== entry.heading.trim())
      : cell.items;
  const reference = row.wordingDiffersFrom[index];
  const refItem =
    reference !== null && reference !== undefined ? row.cells[reference]?.items[0] : undefined;
  return (
    <td className="entry-cell" style={depthStyle(row.depth)}>
      {row.label === '' && <p className="entry-heading">{entry.heading}</p>}
      {items.map((p, i) => (
        <ItemText key={i} p={p} differing={row.differing} />
      ))}
      {refItem && items[0] && (
        <details className="wording">
          <summary>
            {t('controlLists.entry.wordingDiffers', { list: entries[reference!]!.listId })}
          </summary>
          <WordDiff a={refItem.text} b={items[0].text} />
        </details>
      )}
      {cell.notes.length > 0 && (
        <details className="notes">
          <summary>{t('controlLists.entry.notes', { count: cell.notes.length })}</summary>
          {cell.notes.map((n, i) => (
            <p key={i} className="note-text">
              <span className="note-kind">{t(KIND_LABELS[n.kind])}:</span> {n.text}
            </p>
          ))}
        </details>
      )}
    </td>
  );
}

export function EntryGrid({ code, entries }: { code: string; entries: readonly ListEntry[] }) {
  const t = useT();
  const rows = entryRows(entries);
  const lists = entries.map((e) => e.listId).join(', ');
  return (
    <div
      className="table-scroll entry-grid-scroll"
      role="region"
      aria-label={t('app.scrollable', { what: t('controlLists.entry.gridLabel', { code }) })}
      tabIndex={0}
    >
      <table
        className="data-table entry-grid"
        style={{ '--columns': entries.length } as CSSProperties}
      >
        <caption>{t('controlLists.entry.caption', { code, lists })}</caption>
        <thead>
          <tr>
            <th scope="col" className="entry-label-col">
              {t('controlLists.entry.paragraph')}
            </th>
            {entries.map((e) => (
              <th key={e.listId} scope="col" data-list={e.listId}>
                <span className="code">{e.listId}</span>
                <span className="sub">
                  {e.code}
                  {e.reasons.length > 0 && ` · ${e.reasons.join(' ')}`}
                  {e.status !== 'controlled' && ` · ${t(STATUS_LABELS[e.status])}`}
                </span>
                {!hasParagraphText(e) && (
                  <span className="sub">{t('controlLists.entry.noParagraphs')}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.label}
              data-label={r.label}
              data-only={r.onlyIn.length > 0 ? r.onlyIn.join(',') : undefined}
              className={r.onlyIn.length > 0 ? 'only-some' : undefined}
            >
              <th scope="row" className="entry-label" style={depthStyle(r.depth)}>
                <span className="code">
                  {r.label === '' ? t('controlLists.entry.entryRow') : r.label}
                </span>
                {r.onlyIn.length > 0 && (
                  <span className="only-marker">
                    {t('controlLists.entry.onlyIn', { lists: r.onlyIn.join(', ') })}
                  </span>
                )}
              </th>
              {r.cells.map((c, i) => (
                <Cell key={entries[i]!.listId} cell={c} row={r} index={i} entries={entries} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
