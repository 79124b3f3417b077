import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../../src/i18n/i18n';

function Providers({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/**
 * Renders `ui` with the app's i18n instance switched to `lang` and <html lang dir> set;
 * `rerender` keeps the provider.
 */
export async function renderInLanguage(ui: ReactElement, lang: 'ar' | 'en') {
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return render(ui, { wrapper: Providers });
}
