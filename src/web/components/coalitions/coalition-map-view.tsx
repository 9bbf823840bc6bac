// The coalition map in React: members, partners and (when the EU counts as its member states)
// those states coloured, with its key and the economies too small to see. Drawn by
// coalition-map.ts (d3) into a box this component owns.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { CoalitionMap, ROLE_COLOURS, type MapMark, type MapRole } from '../coalition-map.ts';
import type { Economy } from './coalition-data.ts';
import { worldAtlasQuery } from './queries.ts';
import './coalitions.css';

export function MapKey({ roles }: { roles: readonly MapRole[] }) {
  const t = useT();
  return (
    <ul className="map-key" aria-label={t('coalitions.map.key')}>
      {roles.map((r) => (
        <li key={r}>
          <span className="swatch" style={{ background: ROLE_COLOURS[r] }} aria-hidden="true" />
          {t(`coalitions.map.role.${r}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The map of `marks`, labelled `label`; economies listed in `named` that the map cannot show are
 * named under it. Without the atlas (it failed to load) nothing is shown: every figure is elsewhere.
 */
export function CoalitionMapView({
  economies,
  marks,
  label,
  roles,
  named,
  onToggle,
}: {
  economies: readonly Economy[];
  marks: Map<string, MapMark>;
  label: string;
  roles: readonly MapRole[];
  /** ISO3 and name of the economies that should be on the map. */
  named: readonly { code: string; name: string }[];
  onToggle?: (iso3: string) => void;
}) {
  const t = useT();
  const atlas = useQuery(worldAtlasQuery);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef(onToggle);
  useEffect(() => {
    toggle.current = onToggle;
  }, [onToggle]);
  const picker = onToggle !== undefined;
  const map = useMemo(
    () =>
      atlas.data
        ? new CoalitionMap(
            atlas.data,
            economies,
            picker ? { onToggle: (iso3) => toggle.current?.(iso3) } : {},
          )
        : null,
    [atlas.data, economies, picker],
  );
  useEffect(() => {
    if (map && box.current) box.current.replaceChildren(map.element);
  }, [map]);
  useEffect(() => {
    map?.paint(marks, label);
  }, [map, marks, label]);
  if (!map) return null;
  const drawn = map.drawnCodes();
  const hidden = named.filter((p) => !drawn.has(p.code)).map((p) => p.name);
  return (
    <div className="coalition-map-block">
      <div ref={box} />
      <MapKey roles={roles} />
      {hidden.length > 0 && (
        <p className="map-note muted">{t('coalitions.map.hidden', { list: hidden.join(', ') })}</p>
      )}
    </div>
  );
}
