// The control-list pages' server state: one TanStack Query per API answer, keyed so that every
// page shares what another has already asked for (the imported lists, an entry, a diff).
import { useQuery } from '@tanstack/react-query';
import { api, data, type ResponseOf } from '../../api/client.ts';

export type StoredList = ResponseOf<'/api/v1/control-lists'>['items'][number];
export type ListDetail = ResponseOf<'/api/v1/control-lists/{id}'>;
export type EntrySummary = ListDetail['items'][number];
export type EntryAcross = ResponseOf<'/api/v1/control-lists/entries/{code}'>;
export type ListEntry = EntryAcross['entries'][number];
export type Paragraph = ListEntry['paragraphs'][number];
export type Parameter = Paragraph['parameters'][number];
export type ListDiff = ResponseOf<'/api/v1/control-lists/diff'>;
export type Alignment = ResponseOf<'/api/v1/control-lists/alignment'>;
export type AlignmentRow = Alignment['rows'][number];
export type AlignmentCell = AlignmentRow['total'];
export type Unilateral = ResponseOf<'/api/v1/control-lists/unilateral'>;
export type Lag = ResponseOf<'/api/v1/control-lists/lag'>;
export type SearchResult = ResponseOf<'/api/v1/control-lists/search'>;
export type SearchHit = SearchResult['hits'][number];
export type InputControls = ResponseOf<'/api/v1/control-lists/inputs'>;
export type InputControl = InputControls['items'][number];
export type InputSupplier = InputControl['suppliers'][number];
export type InputLink = InputControl['links'][number];

/** Hits asked for per search (the API's maximum is 500). */
export const SEARCH_LIMIT = 200;

export const useControlLists = () =>
  useQuery({
    queryKey: ['control-lists'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/control-lists', { signal }), signal),
  });

export const useControlList = (id: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'list', id],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/{id}', { params: { path: { id: id! } }, signal }),
        signal,
      ),
  });

/** One entry in the given lists (comma-separated), or in every list that has it. */
export const useControlEntry = (code: string, lists: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'entry', code, lists ?? ''],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/entries/{code}', {
          params: { path: { code }, query: lists ? { lists } : {} },
          signal,
        }),
        signal,
      ),
  });

export const useControlDiff = (a: string | undefined, b: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'diff', a, b],
    enabled: a !== undefined && b !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/diff', { params: { query: { a: a!, b: b! } }, signal }),
        signal,
      ),
  });

export const useAlignment = (enabled: boolean) =>
  useQuery({
    queryKey: ['control-lists', 'alignment'],
    enabled,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/control-lists/alignment', { params: { query: {} }, signal }), signal),
  });

export const useUnilateral = (list: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'unilateral', list],
    enabled: list !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/unilateral', { params: { query: { list: list! } }, signal }),
        signal,
      ),
  });

export const useLag = (list: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'lag', list],
    enabled: list !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/lag', { params: { query: { list: list! } }, signal }),
        signal,
      ),
  });

export const useControlSearch = (q: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'search', q],
    enabled: q !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/search', {
          params: { query: { q: q!, limit: SEARCH_LIMIT } },
          signal,
        }),
        signal,
      ),
  });

/** Per linked input of a chain, which lists control it and who supplies it. */
export const useInputControls = (chain: string, coalition: string | undefined) =>
  useQuery({
    queryKey: ['control-lists', 'inputs', chain, coalition ?? ''],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/control-lists/inputs', {
          params: { query: coalition ? { chain, coalition } : { chain } },
          signal,
        }),
        signal,
      ),
  });

/** The address of an entry's side-by-side view. */
export const entryHref = (code: string, lists?: readonly string[]): string =>
  `#/control-lists/entry/${encodeURIComponent(code)}${
    lists && lists.length > 0 ? `?lists=${lists.join(',')}` : ''
  }`;

/** The address of the diff of two lists. */
export const diffHref = (a: string, b: string): string =>
  `#/control-lists/diff?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
