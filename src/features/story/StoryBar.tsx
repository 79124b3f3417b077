import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { isStoryKey } from './is-story-key';
import './StoryBar.css';

interface StoryBarProps {
  story: Story;
  /** The step shown, from 1. */
  step: number;
  lang: Language;
  onGo(step: number): void;
  onExit(): void;
}

/**
 * The story being played, over the explorer: its title, the step's caption (read out when it
 * changes), the step counter, Previous / Next, and a way back to free exploration. The arrow
 * keys step too, unless the focus is in a view that uses them itself.
 */
export function StoryBar({ story, step, lang, onGo, onExit }: StoryBarProps) {
  const { t } = useTranslation('story');
  const total = story.steps.length;
  const current = story.steps[step - 1];
  const latest = useRef({ step, total, onGo, rtl: lang === 'ar' });
  useLayoutEffect(() => {
    latest.current = { step, total, onGo, rtl: lang === 'ar' };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { step, total, onGo, rtl } = latest.current;
      const move = isStoryKey(e, rtl);
      if (move === 0) return;
      const next = step + move;
      if (next < 1 || next > total) return;
      e.preventDefault();
      onGo(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!current) return null;
  return (
    <section className="story-bar" aria-label={t('barLabel', { title: story.title[lang] })}>
      <div className="story-bar__head">
        <h2 className="story-bar__title">
          <bdi>{story.title[lang]}</bdi>
        </h2>
        <p className="story-bar__count">{t('stepOf', { step, total })}</p>
        <div className="story-bar__controls">
          <button type="button" onClick={() => onGo(step - 1)} disabled={step <= 1}>
            {t('previous')}
          </button>
          <button
            type="button"
            className="story-bar__next"
            onClick={() => onGo(step + 1)}
            disabled={step >= total}
          >
            {t('next')}
          </button>
          <button type="button" className="story-bar__exit" onClick={onExit}>
            {t('exit')}
          </button>
        </div>
      </div>
      <p className="story-bar__caption" aria-live="polite" aria-atomic="true">
        <bdi>{current.caption[lang]}</bdi>
      </p>
      <p className="story-bar__hint">{step >= total ? t('end') : t('keys')}</p>
    </section>
  );
}
