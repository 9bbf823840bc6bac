// The sign-in state of this tab for React pages: session.ts's answer to "who is signed in",
// asked again after every sign-in and sign-out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { currentUser, onSessionChange } from '../../session.ts';

export const SESSION_KEY = ['session', 'me'] as const;

export function useSession() {
  const client = useQueryClient();
  useEffect(
    () => onSessionChange(() => void client.invalidateQueries({ queryKey: SESSION_KEY })),
    [client],
  );
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => currentUser(), staleTime: Infinity });
}
