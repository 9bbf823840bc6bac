// Export-control tables: coverage per input (covered, target, foreign availability, verdict, who
// to add to reach the goal) and retaliation exposure, each with its CSV.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import type { ControlCoverage, RetaliationReport } from '../chain-model.ts';
import { useShare } from './chain-hooks.ts';
import { kindMessage, verdictMessage } from './chain-words.ts';
import './chains.css';

type Names = ReadonlyMap<string, string>;
type Coverage = ControlCoverage['inputs'][number];
type Exposure = RetaliationReport['exposures'][number];

/** ISO3 codes, each with the economy's name on hover. */
function Codes({ codes, names }: { codes: readonly string[]; names: Names }) {
  return codes.map((c, i) => (
    <span key={c}>
      {i ? ', ' : ''}
      <abbr title={names.get(c) ?? c} className="code">
        {c}
      </abbr>
    </span>
  ));
}

function Warnings({ warnings }: { warnings: readonly { message: string }[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <details className="scenario-warnings">
      <summary>{t('chains.warnings', { count: warnings.length })}</summary>
      <ul className="warning-list">
        {warnings.map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </ul>
    </details>
  );
}

/** Whether an item has a known share: without one its percentages mean nothing ("—"). */
const known = (i: Coverage): boolean => i.verdict !== 'no_data';

export function CoverageTable({ report, names }: { report: ControlCoverage; names: Names }) {
  const t = useT();
  const share = useShare();
  const count = (v: Coverage['verdict']) => report.inputs.filter((i) => i.verdict === v).length;
  const joint = report.jointAddition;
  const addCell = (i: Coverage): ReactNode =>
    i.verdict === 'no_data' ? (
      <span className="codes-cell muted">—</span>
    ) : i.addToReachGoal === null ? (
      <span className="codes-cell muted">{t('chains.controls.unreachable')}</span>
    ) : i.addToReachGoal.length === 0 ? (
      <span className="codes-cell">{t('chains.controls.noneNeeded')}</span>
    ) : (
      <span className="codes-cell">
        <Codes codes={i.addToReachGoal} names={names} />
        {i.coveredPctWithAdditions !== null ? ` → ${share(i.coveredPctWithAdditions)}` : ''}
      </span>
    );
  const columns: Column<Coverage>[] = [
    { id: 'input', header: t('chains.controls.input'), key: true, value: (i) => i.name },
    {
      id: 'year',
      header: t('chains.year'),
      value: (i) => i.year,
      cell: (i) => i.year ?? '—',
      numeric: true,
    },
    {
      id: 'covered',
      header: t('chains.controls.covered'),
      numeric: true,
      value: (i) => (known(i) ? i.coveredPct : null),
      cell: (i) => <strong>{known(i) ? share(i.coveredPct) : '—'}</strong>,
    },
    {
      id: 'target',
      header: t('chains.controls.target'),
      numeric: true,
      value: (i) => (known(i) ? i.targetPct : null),
      cell: (i) => (known(i) ? share(i.targetPct) : '—'),
    },
    {
      id: 'foreign',
      header: t('chains.controls.foreign'),
      numeric: true,
      value: (i) => (known(i) ? i.foreignAvailabilityPct : null),
      cell: (i) => (
        <>
          {known(i) ? share(i.foreignAvailabilityPct) : '—'}
          {known(i) && i.unattributedPct >= 0.05 && (
            <span className="sub">
              {t('chains.controls.unattributed', { share: share(i.unattributedPct) })}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'verdict',
      header: t('chains.controls.verdict'),
      value: (i) => i.verdict,
      cell: (i) => (
        <span className={`badge verdict verdict-${i.verdict}`}>{t(verdictMessage[i.verdict])}</span>
      ),
    },
    {
      id: 'add',
      header: t('chains.controls.add', { goal: report.goalPct }),
      value: (i) =>
        !known(i) ? null : i.addToReachGoal === null ? 'unreachable' : i.addToReachGoal.join(' '),
      cell: addCell,
    },
  ];
  return (
    <div className="coverage-body">
      <p className="coverage-summary">
        {t('chains.controls.summary', {
          controlling: report.controlling,
          target: report.target,
          goal: report.goalPct,
        })}{' '}
        <strong>
          {t('chains.controls.verdicts', {
            effective: count('effective'),
            partial: count('partial'),
            ineffective: count('ineffective'),
          })}
        </strong>
        {count('no_data') ? t('chains.controls.noData', { count: count('no_data') }) : ''}{' '}
        {t('chains.controls.thresholds', {
          effective: report.thresholds.effectivePct,
          ineffective: report.thresholds.ineffectivePct,
        })}
      </p>
      <p className="note joint-addition">
        {joint === null ? (
          t('chains.controls.jointNone')
        ) : joint.economies.length === 0 ? (
          t('chains.controls.jointReached')
        ) : (
          <>
            {t('chains.controls.jointAdd', { goal: report.goalPct })}{' '}
            <strong>
              <Codes codes={joint.economies} names={names} />
            </strong>{' '}
            {t(joint.optimal ? 'chains.controls.jointOptimal' : 'chains.controls.jointBound', {
              method: joint.method,
              candidates: joint.candidates,
              bound: joint.lowerBound,
            })}
          </>
        )}
      </p>
      <DataTable
        rows={report.inputs}
        columns={columns}
        caption={t('chains.controls.coverageCaption', {
          count: report.inputs.length,
          chain: report.chain,
        })}
        csvName={`${report.chain}-coverage-${report.controlling}-vs-${report.target}`.replace(
          /,/g,
          '+',
        )}
        className="coverage-table"
        label={t('chains.controls.coverageHeading')}
        rowKey={(i) => i.input}
        rowProps={(i) => ({ 'data-input': i.input, 'data-verdict': i.verdict })}
      />
      <Warnings warnings={report.warnings} />
      <p className="source-line">
        {t('chains.controls.sourcesAt')}{' '}
        <a href={`#/chains/${encodeURIComponent(report.chain)}`}>
          {t('chains.controls.chainPage', { chain: report.chain })}
        </a>
      </p>
    </div>
  );
}

export function RetaliationTable({ report }: { report: RetaliationReport }) {
  const t = useT();
  const share = useShare();
  const columns: Column<Exposure>[] = [
    { id: 'rank', header: t('chains.controls.rank'), value: (x) => x.rank, numeric: true },
    {
      id: 'item',
      header: t('chains.controls.item'),
      key: true,
      value: (x) => x.name,
      cell: (x) => (
        <>
          <a href={`#/chains/${encodeURIComponent(x.chain)}?item=${encodeURIComponent(x.item)}`}>
            {x.name}
          </a>
          <span className="sub">{t(kindMessage[x.kind])}</span>
        </>
      ),
    },
    {
      id: 'chain',
      header: t('chains.controls.chain'),
      value: (x) => x.chain,
      cell: (x) => <span className="code">{x.chain}</span>,
    },
    {
      id: 'year',
      header: t('chains.year'),
      value: (x) => x.year,
      cell: (x) => x.year ?? '—',
      numeric: true,
    },
    {
      id: 'target',
      header: t('chains.controls.holds', { who: report.target }),
      value: (x) => x.targetPct,
      cell: (x) => <strong>{share(x.targetPct)}</strong>,
      numeric: true,
    },
    {
      id: 'coalition',
      header: t('chains.controls.holds', { who: report.controlling }),
      value: (x) => x.coalitionPct,
      cell: (x) => share(x.coalitionPct),
      numeric: true,
    },
    {
      id: 'neither',
      header: t('chains.controls.neither'),
      value: (x) => x.neitherPct,
      cell: (x) => share(x.neitherPct),
      numeric: true,
    },
  ];
  return (
    <div className="retaliation-body">
      {report.exposures.length === 0 ? (
        <p className="empty">
          {t('chains.controls.noExposure', { target: report.target, min: report.minTargetPct })}
        </p>
      ) : (
        <DataTable
          rows={report.exposures}
          columns={columns}
          caption={t('chains.controls.retaliationCaption', {
            target: report.target,
            min: report.minTargetPct,
            controlling: report.controlling,
          })}
          csvName={`retaliation-${report.controlling}-vs-${report.target}`.replace(/,/g, '+')}
          className="retaliation-table"
          label={t('chains.controls.retaliationHeading')}
          rowKey={(x) => `${x.chain}:${x.item}`}
          rowProps={(x) => ({ 'data-item': x.item, 'data-chain': x.chain })}
        />
      )}
      <Warnings warnings={report.warnings} />
    </div>
  );
}
