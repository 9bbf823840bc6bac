// The illiberal-technology pages' server state: one TanStack Query per API answer. The case
// registry's answers depend on who asks (a case is seen by whom its confidentiality admits), so
// their keys carry the signed-in account; and who may write (open a proposal, edit the technology
// map).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data, type QueryOf, type ResponseOf } from '../../api/client.ts';
import { canWrite, type Me } from '../../session.ts';

export type CaseList = ResponseOf<'/api/v1/misuse/cases'>;
export type CaseSummary = CaseList['items'][number];
export type CaseKind = CaseSummary['kind'];
export type Technology = CaseSummary['technology'];
export type CaseDetail = ResponseOf<'/api/v1/misuse/case'>;
export type Evidence = CaseDetail['evidence'][number];
export type CaseVersion = CaseDetail['versions'][number];
export type Suppliers = ResponseOf<'/api/v1/misuse/suppliers'>;
export type SupplierItem = Suppliers['items'][number];
export type SupplierView = ResponseOf<'/api/v1/misuse/supplier'>;
export type Listing = SupplierView['listing']['listings'][number];
export type CountryView = ResponseOf<'/api/v1/misuse/countries/{iso3}'>;
export type OriginGroup = CountryView['origins'][number]['group'];
export type SupplyMap = ResponseOf<'/api/v1/misuse/map'>;
export type SupplyCountry = SupplyMap['countries'][number];
export type SupplyColour = SupplyCountry['colour'];
export type TechnologyControls = ResponseOf<'/api/v1/misuse/technology-controls'>;
export type TechnologyStatus = TechnologyControls['status'][number];
export type MappedEntry = TechnologyStatus['entries'][number];
export type CaseFilter = QueryOf<'/api/v1/misuse/cases'>;

/** Who a query is asked as: the signed-in account's id, else anonymous. */
export const whoOf = (me: Me | undefined): string => me?.account?.id ?? 'anonymous';

/** The roles that may write proposals (the API's `proposal:write`, core/accounts/access.ts). */
const PROPOSAL_ROLES: ReadonlySet<string> = new Set([
  'secretariat',
  'member_delegate',
  'partner_delegate',
]);

/** Whether this tab may open a proposal as the signed-in account. */
export const mayPropose = (me: Me | undefined): boolean =>
  Boolean(me?.account && PROPOSAL_ROLES.has(me.account.role) && canWrite(me));

/** Whether this tab may edit the technology → control map (the API's `admin`: the secretariat). */
export const mayAdminister = (me: Me | undefined): boolean =>
  Boolean(me?.account && me.account.role === 'secretariat' && canWrite(me));

export const useCases = (filter: CaseFilter, who: string) =>
  useQuery({
    queryKey: ['misuse', 'cases', filter, who],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/misuse/cases', { params: { query: filter }, signal }), signal),
    placeholderData: keepPreviousData,
  });

export const useCase = (id: string | undefined, who: string) =>
  useQuery({
    queryKey: ['misuse', 'case', id, who],
    enabled: id !== undefined,
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/misuse/case', { params: { query: { id: id! } }, signal }), signal),
  });

export const useSuppliers = (q: string | undefined, who: string) =>
  useQuery({
    queryKey: ['misuse', 'suppliers', q ?? '', who],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/misuse/suppliers', {
          params: { query: q ? { q, limit: 25 } : { limit: 25 } },
          signal,
        }),
        signal,
      ),
    placeholderData: keepPreviousData,
  });

export const useSupplier = (name: string | undefined, who: string) =>
  useQuery({
    queryKey: ['misuse', 'supplier', name, who],
    enabled: name !== undefined,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/misuse/supplier', { params: { query: { name: name! } }, signal }),
        signal,
      ),
  });

export const useSupplyMap = (who: string) =>
  useQuery({
    queryKey: ['misuse', 'map', who],
    queryFn: ({ signal }) => data(api.GET('/api/v1/misuse/map', { signal }), signal),
  });

export const useCountryProfile = (iso3: string, who: string) =>
  useQuery({
    queryKey: ['misuse', 'country', iso3, who],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/misuse/countries/{iso3}', { params: { path: { iso3 } }, signal }),
        signal,
      ),
  });

export const useTechnologyControls = () =>
  useQuery({
    queryKey: ['misuse', 'technology-controls'],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/misuse/technology-controls', { signal }), signal),
  });
