import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './global.css';
import './layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { i18n } from '../i18n/i18n';
import { App } from './App';

// The curator's review page exists only where `npm run curate` serves the app: its server marks
// the page, and only then is the page's chunk loaded (src/pipeline/curate-server.ts).
const root = document.getElementById('root');
if (root && document.querySelector('meta[name="athar-curate"]')) {
  void import('../features/curate/mount-curate-page').then((m) => m.mountCuratePage(root));
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* A click's update renders at once, in one task with its effects (a transition
            would render in slices and defer the effects: ~40 ms later at 10,000 events). */}
        <BrowserRouter useTransitions={false}>
          <App />
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>,
  );
}
