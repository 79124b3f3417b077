import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../i18n/i18n';
import { CuratePage } from './CuratePage';

/** Renders the review page of `npm run curate` in place of the explorer. */
export function mountCuratePage(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <CuratePage />
      </I18nextProvider>
    </StrictMode>,
  );
}
