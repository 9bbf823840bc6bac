// One message catalogue for the interface (react-intl, ICU MessageFormat) and the reader's
// locale: chosen in the header, else the browser's language; numbers and dates go through Intl
// in that locale (useIntl().formatNumber / formatDate). English is part of the shell; another
// language's catalogue is loaded when it is chosen (the production build ships every catalogue
// compiled: precompile.ts).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { en, type MessageId } from './messages.en.ts';

export const LOCALES = { en: 'English', fr: 'Français' } as const;
export type Locale = keyof typeof LOCALES;

export type Catalogue = Record<MessageId, string>;
const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./messages.fr.ts').then((m) => m.fr),
};
const STORAGE_KEY = 'techalliance.locale';

/** The catalogue of a locale (English at once, others fetched on first use). */
export const loadCatalogue = (locale: Locale): Promise<Catalogue> => LOADERS[locale]();

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

/**
 * The messages of `initial.locale` (loaded by the caller before the first render, so no page shows
 * in one language and then another); a new choice takes effect once its catalogue has arrived.
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
        void loadCatalogue(l).then((m) => {
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
      <IntlProvider locale={locale} defaultLocale="en" messages={messages}>
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
