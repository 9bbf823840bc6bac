// One message catalogue for the interface (react-intl, ICU MessageFormat) and the reader's
// locale: chosen in the header, else the browser's language; numbers and dates go through Intl
// in that locale (useIntl().formatNumber / formatDate). The catalogue comes in parts: the shell's
// messages (header, navigation, search, tables, errors) load before the first render, and each
// area's (messages/<area>.<locale>.ts) with the pages that use it (routes.tsx says which; the
// production build ships every part compiled: precompile.ts).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  IntlProvider,
  MissingTranslationError,
  useIntl,
  type ResolvedIntlConfig,
} from 'react-intl';
import type { MessageId } from './messages.en.ts';
import { shellEn } from './messages/shell.en.ts';

export const LOCALES = { en: 'English', fr: 'Français' } as const;
export type Locale = keyof typeof LOCALES;

/** Messages by id: the shell's and those of the areas loaded so far. */
export type Catalogue = Partial<Record<MessageId, string>>;
type Part = () => Promise<Catalogue>;

const SHELL: Record<Locale, Part> = {
  en: () => Promise.resolve(shellEn),
  fr: () => import('./messages/shell.fr.ts').then((m) => m.shellFr),
};

/** Each area's messages, one file per locale, fetched when a page of the area is first shown. */
const AREAS = {
  facts: {
    en: () => import('./messages/facts.en.ts').then((m) => m.factsEn),
    fr: () => import('./messages/facts.fr.ts').then((m) => m.factsFr),
  },
  coalitions: {
    en: () => import('./messages/coalitions.en.ts').then((m) => m.coalitionsEn),
    fr: () => import('./messages/coalitions.fr.ts').then((m) => m.coalitionsFr),
  },
  analysis: {
    en: () => import('./messages/analysis.en.ts').then((m) => m.analysisEn),
    fr: () => import('./messages/analysis.fr.ts').then((m) => m.analysisFr),
  },
  chains: {
    en: () => import('./messages/chains.en.ts').then((m) => m.chainsEn),
    fr: () => import('./messages/chains.fr.ts').then((m) => m.chainsFr),
  },
  governance: {
    en: () => import('./messages/governance.en.ts').then((m) => m.governanceEn),
    fr: () => import('./messages/governance.fr.ts').then((m) => m.governanceFr),
  },
  'control-lists': {
    en: () => import('./messages/control-lists.en.ts').then((m) => m.controlListsEn),
    fr: () => import('./messages/control-lists.fr.ts').then((m) => m.controlListsFr),
  },
  standards: {
    en: () => import('./messages/standards.en.ts').then((m) => m.standardsEn),
    fr: () => import('./messages/standards.fr.ts').then((m) => m.standardsFr),
  },
  misuse: {
    en: () => import('./messages/misuse.en.ts').then((m) => m.misuseEn),
    fr: () => import('./messages/misuse.fr.ts').then((m) => m.misuseFr),
  },
  research: {
    en: () => import('./messages/research.en.ts').then((m) => m.researchEn),
    fr: () => import('./messages/research.fr.ts').then((m) => m.researchFr),
  },
  policies: {
    en: () => import('./messages/policies.en.ts').then((m) => m.policiesEn),
    fr: () => import('./messages/policies.fr.ts').then((m) => m.policiesFr),
  },
  divergences: {
    en: () => import('./messages/divergences.en.ts').then((m) => m.divergencesEn),
    fr: () => import('./messages/divergences.fr.ts').then((m) => m.divergencesFr),
  },
  conversations: {
    en: () => import('./messages/conversations.en.ts').then((m) => m.conversationsEn),
    fr: () => import('./messages/conversations.fr.ts').then((m) => m.conversationsFr),
  },
} satisfies Record<string, Record<Locale, Part>>;

/** A part of the catalogue that pages load: messages/<area>.<locale>.ts. */
export type MessageArea = keyof typeof AREAS;
export const MESSAGE_AREAS = Object.keys(AREAS) as MessageArea[];

const STORAGE_KEY = 'techalliance.locale';

/** The shell's messages of a locale and those of `areas`, in one new object. */
async function loadCatalogue(
  locale: Locale,
  areas: readonly MessageArea[] = [],
): Promise<Catalogue> {
  const parts = await Promise.all([SHELL[locale](), ...areas.map((a) => AREAS[a][locale]())]);
  return Object.assign({}, ...parts) as Catalogue;
}

/**
 * The catalogue shown now (its locale, its messages, the areas in it). Areas are added to the
 * messages object in place, before the page that needs them renders: react-intl reads a message
 * when it formats it, so the pages already shown keep working and nothing re-renders. A change of
 * language replaces the whole catalogue (I18nProvider).
 */
let shown: { locale: Locale; messages: Catalogue; areas: Set<MessageArea> } = {
  locale: 'en',
  messages: {},
  areas: new Set(),
};
/** Every area a page has asked for: a new language's catalogue is loaded with all of them. */
const wanted = new Set<MessageArea>();

/**
 * Adds the messages of `areas` to the shown catalogue (those not there yet, in its language);
 * resolves once they are in. Page routes call it beside their page's import (routes.tsx).
 */
export async function loadAreas(areas: readonly MessageArea[]): Promise<void> {
  for (const a of areas) wanted.add(a);
  for (;;) {
    const current = shown;
    const missing = areas.filter((a) => !current.areas.has(a));
    if (missing.length === 0) return;
    const parts = await Promise.all(missing.map((a) => AREAS[a][current.locale]()));
    Object.assign(current.messages, ...parts);
    for (const a of missing) current.areas.add(a);
    // Else the language changed meanwhile: the new catalogue needs these areas too.
    if (shown === current) return;
  }
}

/**
 * Starts the catalogue of `locale` (before the first render; areas asked for from now on are
 * fetched in that language) and resolves with it once the shell's messages are in: English when
 * they cannot be fetched.
 */
export async function startCatalogue(
  locale: Locale,
): Promise<{ locale: Locale; messages: Catalogue }> {
  shown = { locale, messages: {}, areas: new Set() };
  const current = shown;
  try {
    Object.assign(current.messages, await SHELL[locale]());
    return { locale, messages: current.messages };
  } catch {
    return { locale: 'en', messages: await switchCatalogue('en') };
  }
}

/** The catalogue of `locale` with every area asked for so far (also those asked for meanwhile). */
async function switchCatalogue(locale: Locale): Promise<Catalogue> {
  let areas: MessageArea[];
  let messages: Catalogue;
  do {
    areas = [...wanted];
    messages = await loadCatalogue(locale, areas);
  } while (wanted.size > areas.length);
  shown = { locale, messages, areas: new Set(areas) };
  return messages;
}

/** The saved choice, else the first of the browser's languages we have, else English. */
export function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved && saved in LOCALES) return saved as Locale;
  } catch {
    // Storage disabled: use the browser's language.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (base in LOCALES) return base as Locale;
  }
  return 'en';
}

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: 'en',
  setLocale: () => undefined,
});

/** How a message missing from the shown catalogue is reported (the browser tests look for it). */
export const MISSING_MESSAGE = '[techalliance] missing message';

const onError: ResolvedIntlConfig['onError'] = (error) => {
  if (error instanceof MissingTranslationError)
    console.error(`${MISSING_MESSAGE}: ${error.message}`);
  else console.error(error);
};

/**
 * The messages of `initial.locale` (startCatalogue's, loaded before the first render, so no page
 * shows in one language and then another); a new choice takes effect once its catalogue,
 * with every area loaded so far, has arrived.
 */
export function I18nProvider({
  initial,
  children,
}: {
  initial: { locale: Locale; messages: Catalogue };
  children: ReactNode;
}) {
  const [{ locale, messages }, setState] = useState(initial);
  const value = useMemo(
    () => ({
      locale,
      setLocale: (l: Locale) => {
        void switchCatalogue(l).then((m) => {
          setState({ locale: l, messages: m });
          document.documentElement.lang = l;
          try {
            window.localStorage.setItem(STORAGE_KEY, l);
          } catch {
            // Not kept across loads.
          }
        });
      },
    }),
    [locale],
  );
  document.documentElement.lang = locale;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="en" messages={messages} onError={onError}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);

/** `t('groups.caption', { count })`: a message of the catalogue, typed by its id. */
export function useT(): (id: MessageId, values?: Record<string, string | number>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
