// Sign-in state of this tab: who is signed in (GET /api/v1/auth/me, asked once per load), signing
// in and out (the header shows it: components/governance/account-widget.tsx). The session itself
// is an httpOnly cookie the page never sees; the CSRF token that writes made with it must send is kept in this tab's
// sessionStorage, where the API client (api/client.ts) reads it.
import { api, ApiError, CSRF_STORAGE_KEY, data } from './api/client.ts';
import type { LoginAnswer, Me, Role } from './components/governance/api-types.ts';

export type { Me, Role };

const authApi = {
  me: () => data(api.GET('/api/v1/auth/me')),
  login: (email: string, password: string) =>
    data(api.POST('/api/v1/auth/login', { body: { email, password } })),
  logout: () => data(api.POST('/api/v1/auth/logout')),
};

const SESSION_EVENT = 'techalliance:session';
const ANONYMOUS_ME: Me = { signedIn: false, kind: 'anonymous', account: null, csrfToken: null };

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  secretariat: 'secretariat',
  member_delegate: 'member delegate',
  partner_delegate: 'partner delegate',
  observer: 'observer',
  stakeholder: 'stakeholder',
};

/** The CSRF token of this tab's session, or ''. */
export function csrfToken(): string {
  try {
    return window.sessionStorage.getItem(CSRF_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeCsrfToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(CSRF_STORAGE_KEY, token);
    else window.sessionStorage.removeItem(CSRF_STORAGE_KEY);
  } catch {
    // Storage disabled: writes with the session will be refused (403), reads still work.
  }
}

let current: Promise<Me> | null = null;

const notify = (): void => {
  window.dispatchEvent(new CustomEvent(SESSION_EVENT));
};

/** Re-renders the current route (pages read the session when they render). */
const rerender = (): void => {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

async function load(): Promise<Me> {
  try {
    const me = await authApi.me();
    // A tab opened after sign-in has no token yet: the server gives the cookie's own.
    storeCsrfToken(me.kind === 'account' ? (me.csrfToken ?? csrfToken()) : null);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      // The cookie's session has ended: clear the cookie, or every request would answer 401.
      storeCsrfToken(null);
      await authApi.logout().catch(() => undefined);
      window.setTimeout(rerender, 0);
    } else {
      // The server could not be asked: try again on the next call.
      current = null;
    }
    return ANONYMOUS_ME;
  }
}

/** Who is signed in: asked once per page load, and again after signing in or out. */
export function currentUser(): Promise<Me> {
  current ??= load();
  return current;
}

/** True when this tab may write as the signed-in account (it holds the session's CSRF token). */
export function canWrite(me: Me): boolean {
  return me.kind === 'account' && csrfToken() !== '';
}

/** Signs in with e-mail and password; throws the API's error (401, 429) otherwise. */
export async function signIn(email: string, password: string): Promise<LoginAnswer> {
  const answer = await authApi.login(email, password);
  storeCsrfToken(answer.csrfToken);
  const a = answer.account;
  current = Promise.resolve({
    signedIn: true,
    kind: 'account',
    account: { id: a.id, email: a.email, name: a.name, role: a.role, delegation: a.delegation },
    csrfToken: answer.csrfToken,
  });
  notify();
  return answer;
}

/** Ends the session (the server clears the cookie) and forgets the CSRF token. */
export async function signOut(): Promise<void> {
  try {
    await authApi.logout();
  } finally {
    storeCsrfToken(null);
    current = Promise.resolve(ANONYMOUS_ME);
    notify();
  }
}

/** Calls `listener` after every sign-in and sign-out; returns the function that stops it. */
export function onSessionChange(listener: () => void): () => void {
  window.addEventListener(SESSION_EVENT, listener);
  return () => window.removeEventListener(SESSION_EVENT, listener);
}

/** "Anna Berger (member delegate, DEU)". */
export function whoLabel(me: Me): string {
  const a = me.account;
  if (!a) return 'not signed in';
  return `${a.name} (${[ROLE_LABELS[a.role], a.delegation].filter(Boolean).join(', ')})`;
}

/** `#/login?next=…` back to the current route (not from the sign-in pages themselves). */
export function signInHref(): string {
  const { path, query } = currentLocation();
  if (path === '/login' || path === '/setup') return '#/login';
  const q = query.toString();
  return `#/login?next=${encodeURIComponent(`${path}${q ? `?${q}` : ''}`)}`;
}

/** The current hash route split into path and query (`#/economies?q=x`). */
function currentLocation(): { path: string; query: URLSearchParams } {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}
