import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story, StoryStep } from '../../domain/corpus/schema';
import type { KnownIds } from '../../url-state';
import { downloadFile } from '../export/download-file';
import { readStoryFile, type StoryFileProblem } from './read-story-file';
import { storyIsComplete } from './story-is-complete';
import './StoryEditor.css';

export interface StoryEditorProps {
  draft: Story;
  known: KnownIds;
  /** What a step shows, in words (its event's title, or its filter). */
  describeStep(step: StoryStep): string;
  onChange(draft: Story): void;
  /** Shows step `index` (from 0) in the explorer. */
  onShow(index: number): void;
  onPrint(story: Story): void;
  onClose(): void;
}

type Pair = 'ar' | 'en';

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Writing a story in the browser: title, summary and each step's caption in both languages;
 * steps reordered or deleted; exported as a story file the pipeline accepts, or imported back.
 * Every change is kept at once (see story-draft-storage.ts).
 */
export function StoryEditor(props: StoryEditorProps) {
  const { draft, known, describeStep, onChange, onShow, onPrint, onClose } = props;
  const { t } = useTranslation('story');
  const id = useId();
  const [problem, setProblem] = useState<StoryFileProblem | null>(null);
  const complete = storyIsComplete(draft);

  const setText = (field: 'title' | 'summary', language: Pair, value: string) =>
    onChange({ ...draft, [field]: { ...draft[field], [language]: value } });
  const setCaption = (index: number, language: Pair, value: string) =>
    onChange({
      ...draft,
      steps: draft.steps.map((s, i) =>
        i === index ? { ...s, caption: { ...s.caption, [language]: value } } : s,
      ),
    });
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const read = readStoryFile(await file.text(), known);
    if ('problem' in read) setProblem(read.problem);
    else {
      setProblem(null);
      onChange({ ...read.story, id: draft.id });
    }
  };
  const field = (label: string, value: string, dir: 'rtl' | 'ltr', set: (v: string) => void) => {
    const fieldId = `${id}-${label}`;
    return (
      <div className="story-editor__field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          id={fieldId}
          dir={dir}
          lang={dir === 'rtl' ? 'ar' : 'en'}
          rows={2}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      </div>
    );
  };

  return (
    <section className="story-editor" role="dialog" aria-label={t('draft.editorLabel')}>
      <div className="story-editor__head">
        <h2>{t('draft.editorLabel')}</h2>
        <button type="button" onClick={onClose}>
          {t('draft.close')}
        </button>
      </div>
      <p className="story-editor__saved">{t('draft.saved')}</p>
      {field(t('draft.titleAr'), draft.title.ar, 'rtl', (v) => setText('title', 'ar', v))}
      {field(t('draft.titleEn'), draft.title.en, 'ltr', (v) => setText('title', 'en', v))}
      {field(t('draft.summaryAr'), draft.summary.ar, 'rtl', (v) => setText('summary', 'ar', v))}
      {field(t('draft.summaryEn'), draft.summary.en, 'ltr', (v) => setText('summary', 'en', v))}
      {draft.steps.length === 0 ? <p>{t('draft.empty')}</p> : null}
      <ol className="story-editor__steps">
        {draft.steps.map((step, i) => {
          const n = i + 1;
          return (
            <li key={i} className="story-editor__step">
              <h3>{t('draft.stepHeading', { step: n })}</h3>
              <p className="story-editor__shows">
                <bdi>{describeStep(step)}</bdi>
              </p>
              {field(`${t('draft.captionAr')} (${String(n)})`, step.caption.ar, 'rtl', (v) =>
                setCaption(i, 'ar', v),
              )}
              {field(`${t('draft.captionEn')} (${String(n)})`, step.caption.en, 'ltr', (v) =>
                setCaption(i, 'en', v),
              )}
              <div className="story-editor__step-actions">
                <button type="button" onClick={() => onShow(i)}>
                  {t('draft.show')}
                </button>
                <button
                  type="button"
                  disabled={i === 0}
                  aria-label={t('draft.up', { step: n })}
                  onClick={() => onChange({ ...draft, steps: moved(draft.steps, i, i - 1) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === draft.steps.length - 1}
                  aria-label={t('draft.down', { step: n })}
                  onClick={() => onChange({ ...draft, steps: moved(draft.steps, i, i + 1) })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('draft.remove', { step: n })}
                  onClick={() =>
                    onChange({ ...draft, steps: draft.steps.filter((_, k) => k !== i) })
                  }
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {!complete && draft.steps.length > 0 ? (
        <p className="story-editor__note">{t('draft.needsCaptions')}</p>
      ) : null}
      <div className="story-editor__actions">
        <button
          type="button"
          disabled={!complete}
          onClick={() =>
            downloadFile(
              `${draft.id}.json`,
              'application/json',
              `${JSON.stringify(draft, null, 2)}\n`,
            )
          }
        >
          {t('draft.export')}
        </button>
        <label className="story-editor__import">
          {t('draft.import')}
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
        </label>
        <button type="button" disabled={!complete} onClick={() => onPrint(draft)}>
          {t('draft.print')}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="story-editor__problem">
          {problem.kind === 'json'
            ? t('importError.json')
            : problem.kind === 'shape'
              ? t('importError.shape', { problem: problem.problem })
              : problem.kind === 'caption'
                ? t('importError.caption', { step: problem.step })
                : t('importError.step', {
                    step: problem.step,
                    key: problem.key,
                    value: problem.value,
                  })}
        </p>
      ) : null}
    </section>
  );
}
