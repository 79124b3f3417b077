// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSearchIndexReady } from '../../../src/app/useSearchIndexReady';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { searchIndexBuilder } from '../../../src/domain/search/search-index';
import { fixtureCorpus } from '../actors/fixture';

describe('useSearchIndexReady', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('builds nothing while no search is wanted', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback'] });
    const index = buildCorpusIndex(fixtureCorpus);
    const { result } = renderHook(() => useSearchIndexReady(index, false));
    // Every task the hook could have scheduled runs now.
    act(() => vi.runAllTimers());
    expect(vi.getTimerCount()).toBe(0);
    expect(result.current).toBe(false);
    expect(searchIndexBuilder(index).done).toBe(false);
  });

  it('when a search is wanted, finishes the index in later tasks and then says so', async () => {
    const index = buildCorpusIndex(fixtureCorpus);
    const { result, rerender } = renderHook(({ wanted }) => useSearchIndexReady(index, wanted), {
      initialProps: { wanted: false },
    });
    rerender({ wanted: true });
    // Not during the render that asked: the work waits for a task of its own.
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    expect(searchIndexBuilder(index).done).toBe(true);
  });

  it('is ready at once when the background build has finished', () => {
    const index = buildCorpusIndex(fixtureCorpus);
    searchIndexBuilder(index).step(() => false);
    const { result } = renderHook(() => useSearchIndexReady(index, true));
    expect(result.current).toBe(true);
  });
});
