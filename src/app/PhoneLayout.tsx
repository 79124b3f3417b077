import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExplorerView } from './useExplorerView';

interface PhoneLayoutProps {
  view: ExplorerView;
  onView(view: ExplorerView): void;
  views: Record<ExplorerView, ReactNode>;
}

const ORDER: ExplorerView[] = ['map', 'timeline', 'list', 'source'];

/**
 * Narrow screens: one view at a time, filling the screen, and a tab bar to reach every other
 * view in one tap. Only the view in front is rendered.
 */
export function PhoneLayout({ view, onView, views }: PhoneLayoutProps) {
  const { t } = useTranslation('layout');
  return (
    <div className="phone">
      <div
        className={`phone__view phone__view--${view}`}
        role="tabpanel"
        id={`phone-panel-${view}`}
        aria-labelledby={`phone-tab-${view}`}
      >
        {views[view]}
      </div>
      <div className="phone__tabs" role="tablist" aria-label={t('views')}>
        {ORDER.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`phone-tab-${name}`}
            aria-controls={`phone-panel-${name}`}
            aria-selected={view === name}
            tabIndex={view === name ? 0 : -1}
            className="phone__tab"
            onClick={() => onView(name)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              const rtl = document.documentElement.dir === 'rtl';
              const forward = (e.key === 'ArrowRight') !== rtl;
              const next =
                ORDER[(ORDER.indexOf(view) + (forward ? 1 : ORDER.length - 1)) % ORDER.length] ??
                view;
              onView(next);
              document.getElementById(`phone-tab-${next}`)?.focus();
            }}
          >
            <span className="phone__tab-icon" aria-hidden="true">
              {ICON[name]}
            </span>
            <span className="phone__tab-label">{t(`phoneTab.${name}`)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}

const ICON: Record<ExplorerView, string> = {
  map: '◎',
  timeline: '↔',
  list: '☰',
  source: '❝',
};
