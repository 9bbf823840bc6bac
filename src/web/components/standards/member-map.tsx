// A committee's members on the world map, coloured by role (secretariat, participating,
// observing), with its key; beside it the same members as a table (the keyboard and screen-reader
// way to the same facts, and the CSV). The map is drawn by choropleth-map.ts (d3-geo): each
// country links to its economy.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import type { CountryStyle } from '../choropleth-map.ts';
import { atlasQuery, economiesQuery } from '../facts/queries.ts';
import { useStandardsLabels } from './labels.ts';
import type { CommitteeDetail, CommitteeMember, CommitteeRole } from './queries.ts';
import './standards.css';

/** Each role's fill, darkest for the secretariat (tokens.css's sequential blues). */
export const ROLE_FILL: Readonly<Record<CommitteeRole | 'none', string>> = {
  secretariat: 'var(--color-seq-blue-7)',
  P: 'var(--color-seq-blue-4)',
  O: 'var(--color-seq-blue-2)',
  none: 'var(--color-map-none)',
};

const ROLES: readonly CommitteeRole[] = ['secretariat', 'P', 'O'];

function RoleKey({ counts }: { counts: Readonly<Record<CommitteeRole, number>> }) {
  const t = useT();
  const label = useStandardsLabels();
  return (
    <ul className="map-key standards-role-key" aria-label={t('standards.map.key')}>
      {ROLES.map((r) => (
        <li key={r} data-role={r}>
          <span className="swatch" style={{ background: ROLE_FILL[r] }} aria-hidden="true" />
          {t('standards.map.keyItem', { role: label.role(r), count: counts[r] })}
        </li>
      ))}
    </ul>
  );
}

function MembersMap({ committee }: { committee: CommitteeDetail }) {
  const t = useT();
  const label = useStandardsLabels();
  const atlas = useQuery(atlasQuery);
  const economies = useQuery(economiesQuery);
  const box = useRef<HTMLDivElement>(null);
  const map = useMemo(
    () =>
      atlas.data && economies.data
        ? new atlas.data.Map(
            atlas.data.topology,
            economies.data.items,
            t('standards.map.label', { ref: committee.reference }),
          )
        : null,
    // The map is drawn once per atlas and economy list; its label follows the committee below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [atlas.data, economies.data],
  );
  useEffect(() => {
    const el = box.current;
    if (!el || !map) return;
    el.replaceChildren(map.element);
    return () => el.replaceChildren();
  }, [map]);
  useEffect(() => {
    if (!map || !economies.data) return;
    const roles = new Map<string, CommitteeMember>();
    for (const m of committee.members) if (m.iso3) roles.set(m.iso3, m);
    const styles = new Map<string, CountryStyle>();
    for (const e of economies.data.items) {
      const m = roles.get(e.iso3);
      const what = m
        ? t('standards.map.member', { role: label.role(m.role), body: m.memberBody })
        : t('standards.map.notMember');
      styles.set(e.iso3, {
        colour: ROLE_FILL[m?.role ?? 'none'],
        label: `${e.name}: ${what}`,
        tooltip: { title: e.name, lines: [what] },
      });
    }
    map.paint(styles);
    map.element
      .querySelector('svg')
      ?.setAttribute('aria-label', t('standards.map.label', { ref: committee.reference }));
  }, [map, economies.data, committee, t, label]);
  if (atlas.isError || economies.isError) return null;
  return (
    <div
      ref={box}
      className="standards-map"
      aria-busy={!map || undefined}
      data-members={committee.members.length}
    />
  );
}

export function CommitteeMembers({ committee }: { committee: CommitteeDetail }) {
  const t = useT();
  const label = useStandardsLabels();
  const counts = { secretariat: 0, P: 0, O: 0 };
  for (const m of committee.members) counts[m.role] += 1;
  const order = (r: CommitteeRole) => ROLES.indexOf(r);
  const rows = [...committee.members].sort(
    (a, b) =>
      order(a.role) - order(b.role) ||
      // Bodies not mapped to an economy after the named ones of their role.
      Number(a.name === null) - Number(b.name === null) ||
      (a.name ?? a.memberBody).localeCompare(b.name ?? b.memberBody),
  );
  const columns: Column<CommitteeMember>[] = [
    {
      id: 'economy',
      header: t('standards.members.economy'),
      key: true,
      value: (m) => m.name ?? m.iso3 ?? m.memberBody,
      cell: (m) =>
        m.iso3 ? (
          <a href={`#/economies/${m.iso3}`}>{m.name ?? m.iso3}</a>
        ) : (
          <span className="muted">{t('standards.members.unmapped')}</span>
        ),
    },
    { id: 'iso3', header: 'ISO3', value: (m) => m.iso3, visible: false },
    { id: 'body', header: t('standards.members.body'), value: (m) => m.memberBody },
    {
      id: 'role',
      header: t('standards.members.role'),
      value: (m) => label.role(m.role),
      cell: (m) => (
        <span className="role-cell">
          <span className="swatch" style={{ background: ROLE_FILL[m.role] }} aria-hidden="true" />
          {label.role(m.role)}
        </span>
      ),
    },
  ];
  const slug = committee.reference.replace(/[^A-Za-z0-9]+/g, '-');
  return (
    <div className="standards-members-layout">
      <ChartFrame
        title={t('standards.map.title')}
        description={t('standards.map.description', {
          p: counts.secretariat + counts.P,
          o: counts.O,
        })}
        fileName={`${slug}-members`}
        className="standards-map-frame"
      >
        <MembersMap committee={committee} />
        <RoleKey counts={counts} />
      </ChartFrame>
      <DataTable
        rows={rows}
        columns={columns}
        caption={t('standards.members.caption', { count: rows.length, ref: committee.reference })}
        csvName={`${slug}-members`}
        className="standards-members"
        label={t('standards.members.title')}
        rowKey={(m) => `${m.memberBody}-${m.iso3 ?? ''}`}
        rowProps={(m) => ({ 'data-iso3': m.iso3 ?? '', 'data-role': m.role })}
        filterable={rows.length > 15}
      />
    </div>
  );
}
