// @vitest-environment jsdom
/**
 * Issue 14, item 6: exports blocked the page (100,000 events: iCalendar 6.9 s on the main
 * thread). They are now built in a Web Worker from parts sent one task at a time, with
 * progress shown and a way to cancel. (That no task takes over 200 ms at 100,000 events is
 * measured in the benchmark: `npm run bench:hardening`.)
 */
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportContent } from '../../../src/domain/export/export-content';
import {
  EVENTS_PER_PART,
  exportCollector,
  exportParts,
  type ExportHeader,
  type ExportPart,
} from '../../../src/domain/export/export-job';
import type { ExportFormat } from '../../../src/domain/export/export-formats';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import { realIndex } from '../search/real-index';
import { renderInLanguage } from '../actors/render-in-language';
import { exportIndex, LINK } from './fixture';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('exportParts and exportCollector (what the worker is sent and builds)', () => {
  it('rebuild exactly the file the main thread would write, in every format', () => {
    for (const index of [exportIndex, realIndex])
      for (const format of ['csv', 'geojson', 'json', 'ics'] as ExportFormat[])
        for (const lang of ['ar', 'en'] as const) {
          const events = index.corpus.events;
          const parts = [...exportParts(format, index, events, lang, LINK)];
          const collector = exportCollector(parts[0] as ExportHeader);
          for (const part of parts.slice(1)) collector.add(part);
          expect(collector.text()).toBe(exportContent(format, index, events, lang, LINK));
        }
  });

  it('send events in parts of at most EVENTS_PER_PART', () => {
    const half = EVENTS_PER_PART / 2;
    const events = Array.from({ length: 2 * EVENTS_PER_PART + half }, (_, i) => ({
      ...exportIndex.corpus.events[0]!,
      id: `e${i}`,
    }));
    const sizes = [...exportParts('csv', exportIndex, events, 'en', LINK)]
      .filter((p): p is Extract<ExportPart, { kind: 'events' }> => p.kind === 'events')
      .map((p) => p.events.length);
    expect(sizes).toEqual([EVENTS_PER_PART, EVENTS_PER_PART, half]);
  });
});

/** A Worker that keeps what it is sent and answers only when told. */
class FakeWorker {
  static last: FakeWorker | null = null;
  sent: ExportPart[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(part: ExportPart) {
    this.sent.push(part);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('ExportMenu with a worker', () => {
  it('shows progress while the worker builds the file, and can cancel it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderInLanguage(
      <ExportMenu index={exportIndex} events={exportIndex.events} lang="en" link={LINK} />,
      'en',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export 3 events' }));
    await user.click(screen.getByRole('button', { name: /iCalendar/ }));
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.sent.at(-1)?.kind).toBe('end'));
    expect(worker.sent[0]?.kind).toBe('header');
    act(() => worker.onmessage?.({ data: { kind: 'received', events: 3 } }));
    const progress = screen.getByRole('progressbar', { name: 'Preparing the iCalendar file…' });
    expect(Number(progress.getAttribute('value'))).toBeCloseTo(0.9);
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(worker.terminated).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Export cancelled');
    expect(click).not.toHaveBeenCalled();
  });

  it('downloads the Blob the worker answers', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:test/0');
    URL.revokeObjectURL = vi.fn();
    await renderInLanguage(
      <ExportMenu index={exportIndex} events={exportIndex.events} lang="ar" link={LINK} />,
      'ar',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^تصدير/ }));
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    const worker = FakeWorker.last!;
    await vi.waitFor(() => expect(worker.sent.at(-1)?.kind).toBe('end'));
    act(() => worker.onmessage?.({ data: { kind: 'done', blob: new Blob(['x']) } }));
    await vi.waitFor(() => expect(names).toEqual(['athar-test-corpus-3-events.csv']));
    expect(worker.terminated).toBe(true);
  });
});
