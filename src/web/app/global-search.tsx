// One search box for the whole platform: economies (names and ISO3 codes), groupings, coalitions,
// supply chains and proposals (searched by the server in titles and texts, with the caller's
// rights). The lists are fetched once, when the box is first used, and cached.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, data } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageId } from '../i18n/messages.en.ts';
import { useDebounced } from '../ui/use-debounced.ts';
import './global-search.css';

export interface SearchHit {
  kind: 'economy' | 'group' | 'coalition' | 'chain' | 'proposal';
  label: string;
  detail: string;
  href: string;
}

const KIND_LABEL: Record<SearchHit['kind'], MessageId> = {
  economy: 'search.kind.economy',
  group: 'search.kind.group',
  coalition: 'search.kind.coalition',
  chain: 'search.kind.chain',
  proposal: 'search.kind.proposal',
};

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function loadIndex(signal: AbortSignal): Promise<SearchHit[]> {
  const [economies, groups, coalitions, chains] = await Promise.all([
    data(api.GET('/api/v1/economies', { signal }), signal),
    data(api.GET('/api/v1/groups', { signal }), signal),
    data(api.GET('/api/v1/coalitions', { signal }), signal),
    data(api.GET('/api/v1/chains', { signal }), signal),
  ]);
  return [
    ...economies.items.map((e) => ({
      kind: 'economy' as const,
      label: e.name,
      detail: e.iso3,
      href: `#/economies/${e.iso3}`,
    })),
    ...groups.items.map((g) => ({
      kind: 'group' as const,
      label: g.name,
      detail: g.code,
      href: `#/groups/${encodeURIComponent(g.code)}`,
    })),
    ...coalitions.items.map((c) => ({
      kind: 'coalition' as const,
      label: c.name,
      detail: c.code,
      href: `#/coalitions/${encodeURIComponent(c.code)}`,
    })),
    ...chains.items.map((c) => ({
      kind: 'chain' as const,
      label: c.name,
      detail: c.code,
      href: `#/chains/${encodeURIComponent(c.code)}`,
    })),
  ];
}

/** The hits for a query: exact codes first, then names that start with it, then the rest. */
export function rankHits(index: readonly SearchHit[], query: string, limit = 12): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const hit of index) {
    const label = fold(hit.label);
    const detail = fold(hit.detail);
    const score =
      detail === q
        ? 0
        : label.startsWith(q)
          ? 1
          : label.includes(q)
            ? 2
            : detail.includes(q)
              ? 3
              : -1;
    if (score >= 0) scored.push({ hit, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label))
    .slice(0, limit)
    .map((s) => s.hit);
}

export function GlobalSearch() {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const debounced = useDebounced(query.trim(), 200);
  const index = useQuery({
    queryKey: ['search-index'],
    queryFn: ({ signal }) => loadIndex(signal),
    enabled: used,
    staleTime: 5 * 60_000,
  });
  const proposals = useQuery({
    queryKey: ['search-proposals', debounced],
    queryFn: async ({ signal }) =>
      (
        await data(
          api.GET('/api/v1/proposals', { params: { query: { q: debounced } }, signal }),
          signal,
        )
      ).items.map((p): SearchHit => ({
        kind: 'proposal',
        label: p.title,
        detail: p.state,
        href: `#/proposals/${encodeURIComponent(p.id)}`,
      })),
    enabled: debounced.length >= 3,
  });
  const hits = useMemo(
    () => [
      ...rankHits(index.data ?? [], query),
      ...(debounced.length >= 3 ? (proposals.data ?? []).slice(0, 5) : []),
    ],
    [index.data, proposals.data, query, debounced],
  );
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    // The page opened takes the focus (its heading).
    input.current?.blur();
    window.location.hash = hit.href.slice(1);
    setOpen(false);
    setQuery('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const expanded = open && query.trim() !== '';
  return (
    <div className="global-search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-hit-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        onFocus={() => setUsed(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() =>
          // Later, so a click on a hit lands first; not if the box has the focus again by then.
          window.setTimeout(() => {
            if (document.activeElement !== input.current) setOpen(false);
          }, 150)
        }
      />
      <ul id={listId} role="listbox" className="global-search-hits" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={`${hit.kind}:${hit.href}`}
            id={`${id}-hit-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              go(hit);
            }}
          >
            <span className="hit-label">{hit.label}</span>{' '}
            <span className="hit-kind">
              {t(KIND_LABEL[hit.kind])} · {hit.detail}
            </span>
          </li>
        ))}
        {expanded && hits.length === 0 && !index.isLoading && (
          <li role="option" aria-selected={false} aria-disabled="true" className="hit-none">
            {t('search.none', { query: query.trim() })}
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status">
        {expanded ? t('search.results', { count: hits.length }) : ''}
      </span>
    </div>
  );
}
