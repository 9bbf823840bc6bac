// One message catalogue for the interface (react-intl, ICU MessageFormat) and the reader's
// locale: chosen in the header, else the browser's language; numbers and dates go through Intl
// in that locale (useIntl().formatNumber / formatDate).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { en, type MessageId } from './messages.en.ts';
import { fr } from './messages.fr.ts';

export const LOCALES = { en: 'English', fr: 'Français' } as const;
export type Locale = keyof typeof LOCALES;

const CATALOGUES: Record<Locale, Record<MessageId, string>> = { en, fr };
const STORAGE_KEY = 'techalliance.locale';

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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo(
    () => ({
      locale,
      setLocale: (l: Locale) => {
        setLocaleState(l);
        document.documentElement.lang = l;
        try {
          window.localStorage.setItem(STORAGE_KEY, l);
        } catch {
          // Not kept across loads.
        }
      },
    }),
    [locale],
  );
  document.documentElement.lang = locale;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="en" messages={CATALOGUES[locale]}>
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
