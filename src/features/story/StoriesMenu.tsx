import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../../ui/useDismiss';
import type { Story } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import type { StoryEditorProps } from './StoryEditor';
import { storyIsComplete } from './story-is-complete';
import './StoriesMenu.css';

// The editor loads when it is first opened, not with the page.
const StoryEditor = lazy(() => import('./StoryEditor').then((m) => ({ default: m.StoryEditor })));

interface StoriesMenuProps extends Omit<StoryEditorProps, 'onClose'> {
  stories: readonly Story[];
  lang: Language;
  onStart(story: Story): void;
  /** Adds the view on screen to the draft as its last step. */
  onAddView(): void;
}

/**
 * The header's Stories button: the corpus's stories, each with a Start button, and the story
 * the user is writing (add the view on screen, play it, edit it).
 */
export function StoriesMenu({ stories, lang, onStart, onAddView, ...editor }: StoriesMenuProps) {
  const { t } = useTranslation('story');
  const [open, setOpen] = useState(false);
  const [top, setTop] = useState(0);
  const [editing, setEditing] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { draft } = editor;

  useDismiss(
    open,
    () => setOpen(false),
    button,
    (target) => !!panel.current?.contains(target) || !!button.current?.contains(target),
  );

  const start = (story: Story) => {
    setOpen(false);
    onStart(story);
  };
  return (
    <div className="stories-menu">
      <button
        ref={button}
        type="button"
        className="header__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setTop(button.current?.getBoundingClientRect().bottom ?? 0);
          setOpen((o) => !o);
        }}
      >
        {t('menu')}
      </button>
      <div
        ref={panel}
        id={panelId}
        className="stories-menu__panel"
        role="region"
        aria-label={t('menuLabel')}
        hidden={!open}
        style={{ insetBlockStart: `${String(Math.round(top) + 6)}px` }}
      >
        {stories.length > 0 ? (
          <ul className="stories-menu__list">
            {stories.map((story) => (
              <li key={story.id} className="stories-menu__story">
                <h3 className="stories-menu__title">
                  <bdi>{story.title[lang]}</bdi>
                </h3>
                <p className="stories-menu__summary">
                  <bdi>{story.summary[lang]}</bdi>
                </p>
                <p className="stories-menu__steps">{t('steps', { count: story.steps.length })}</p>
                <div className="stories-menu__actions">
                  <button type="button" onClick={() => start(story)}>
                    {t('start')}
                  </button>
                  <button
                    type="button"
                    aria-label={`${t('draft.print')}: ${story.title[lang]}`}
                    onClick={() => {
                      setOpen(false);
                      editor.onPrint(story);
                    }}
                  >
                    {t('printShort')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        <section className="stories-menu__draft" aria-labelledby={`${panelId}-draft`}>
          <h3 id={`${panelId}-draft`} className="stories-menu__title">
            {t('draft.heading')}
          </h3>
          <p role="status">
            {draft.steps.length === 0
              ? t('draft.empty')
              : t('draft.added', { count: draft.steps.length })}
          </p>
          <div className="stories-menu__actions">
            <button type="button" onClick={onAddView}>
              {t('draft.add')}
            </button>
            <button type="button" disabled={!storyIsComplete(draft)} onClick={() => start(draft)}>
              {t('draft.play')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setEditing(true);
              }}
            >
              {t('draft.edit')}
            </button>
          </div>
        </section>
      </div>
      {editing ? (
        <Suspense fallback={null}>
          <StoryEditor
            {...editor}
            onClose={() => {
              setEditing(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
