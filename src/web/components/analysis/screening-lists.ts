// The imported restricted-party lists, fetched once per page visit and shared by the screening and
// reconciliation pages.
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../../api/client.ts';

export function useScreeningLists() {
  return useQuery({
    queryKey: ['screening', 'lists'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/screening/lists', { signal }), signal),
  });
}
