import { joinIsolated } from '../../domain/text/isolate';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { Story, StoryStep } from '../../domain/corpus/schema';
import { i18n, type Language } from '../../i18n/i18n';
import {
  DEFAULT_VIEW_STATE,
  stepViewOf,
  stepViewState,
  type KnownIds,
  type ViewState,
} from '../../url-state';
import { StoriesMenu } from './StoriesMenu';
import { StoryBar } from './StoryBar';
import { DRAFT_ID, emptyDraft, loadDraft, saveDraft } from './story-draft-storage';

// The printed report loads when a story is first printed.
const StoryReport = lazy(() => import('./StoryReport').then((m) => ({ default: m.StoryReport })));

interface StoryLayerInput {
  index: CorpusIndex;
  state: ViewState;
  known: KnownIds;
  lang: Language;
  /** Writes a view into the URL (a history entry when the selection or a filter changes). */
  navigate(patch: Partial<ViewState>): void;
}

/** Whether a link names a story step but none of its view (a hand-written `?story=…&step=…`). */
function isBareStepLink(state: ViewState): boolean {
  return Object.keys(stepViewOf({ ...state, story: null, step: null })).length === 0;
}

/**
 * Stories over the explorer: the header's Stories menu (the corpus's stories and the user's
 * own draft), the bar of the story being played, and the printed report. A step is a view:
 * going to it writes its view into the URL with `story` and `step`, so every step is a link.
 */
export function useStoryLayer({ index, state, known, lang, navigate }: StoryLayerInput): {
  menu: ReactNode;
  bar: ReactNode;
  report: ReactNode;
} {
  const corpusId = index.corpus.id;
  const [draft, setDraft] = useState<Story>(
    () =>
      loadDraft(corpusId) ??
      emptyDraft(
        {
          ar: i18n.t('draft.untitled', { ns: 'story', lng: 'ar' }),
          en: i18n.t('draft.untitled', { ns: 'story', lng: 'en' }),
        },
        { ar: index.corpus.name.ar, en: index.corpus.name.en },
      ),
  );
  const [printing, setPrinting] = useState<Story | null>(null);
  const donePrinting = useCallback(() => setPrinting(null), []);
  const changeDraft = useCallback(
    (next: Story) => {
      setDraft(next);
      saveDraft(corpusId, next);
    },
    [corpusId],
  );

  const stories = useMemo(() => index.corpus.stories ?? [], [index]);
  const playing =
    state.story === null
      ? null
      : (stories.find((s) => s.id === state.story) ??
        (state.story === DRAFT_ID && draft.steps.length > 0 ? draft : null));

  const go = useCallback(
    (story: Story, step: number) => {
      const target = story.steps[step - 1];
      if (!target) return;
      const view = stepViewState(target, state, known).state;
      navigate({ ...view, story: story.id, step });
    },
    [state, known, navigate],
  );

  // A link that names a step but carries none of its view opens the step's view.
  const bare = playing !== null && state.step !== null && isBareStepLink(state);
  useEffect(() => {
    if (bare && playing && state.step !== null) go(playing, state.step);
  }, [bare, playing, state.step, go]);

  const describeStep = useCallback(
    (step: StoryStep): string => {
      const view = stepViewState(step, DEFAULT_VIEW_STATE, known).state;
      const event = view.event ? index.eventsById.get(view.event) : undefined;
      if (event) return event.title[lang];
      return joinIsolated(
        view.actors.map((id) => index.actorsById.get(id)?.name[lang] ?? id),
        '، ',
      );
    },
    [index, known, lang],
  );

  const menu = (
    <StoriesMenu
      stories={stories}
      lang={lang}
      draft={draft}
      known={known}
      describeStep={describeStep}
      onStart={(story) => go(story, 1)}
      onAddView={() =>
        changeDraft({
          ...draft,
          steps: [...draft.steps, { view: stepViewOf(state), caption: { ar: '', en: '' } }],
        })
      }
      onChange={changeDraft}
      onShow={(i) => {
        const step = draft.steps[i];
        if (step) navigate(stepViewState(step, state, known).state);
      }}
      onPrint={setPrinting}
    />
  );
  const bar =
    playing && state.step !== null && state.step <= playing.steps.length ? (
      <StoryBar
        story={playing}
        step={state.step}
        lang={lang}
        onGo={(step) => go(playing, step)}
        onExit={() => navigate({ story: null, step: null })}
      />
    ) : null;
  const report = printing ? (
    <Suspense fallback={null}>
      <StoryReport
        story={printing}
        index={index}
        known={known}
        base={state}
        lang={lang}
        today={new Date().toISOString().slice(0, 10)}
        onDone={donePrinting}
      />
    </Suspense>
  ) : null;
  return { menu, bar, report };
}
