// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataProblem } from '../../../src/domain/corpus/check-corpus';
import { DataProblems } from '../../../src/features/data-problems/DataProblems';
import { CorpusDropZone } from '../../../src/features/open-corpus/CorpusDropZone';
import { OpenCorpus } from '../../../src/features/open-corpus/OpenCorpus';
import { ViewBoundary } from '../../../src/features/view-boundary/ViewBoundary';
import { i18n } from '../../../src/i18n/i18n';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const show = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);

const problems: DataProblem[] = [
  {
    kind: 'event',
    id: 'a',
    field: 'actors.2',
    problem: 'unknown-actor',
    action: 'part-dropped',
    detail: 'nobody',
  },
  {
    kind: 'event',
    id: 'a',
    field: 'evidence.0',
    problem: 'outside-text',
    action: 'part-dropped',
    detail: '',
  },
  {
    kind: 'actor',
    id: 'x',
    field: 'kind',
    problem: 'not-allowed',
    action: 'row-dropped',
    detail: 'Invalid option',
  },
  {
    kind: 'document',
    id: 'd',
    field: 'mentions.4',
    problem: 'unknown-entity',
    action: 'part-dropped',
    detail: 'x',
  },
];

describe('DataProblems', () => {
  it('counts the rows, not the problems, and lists each problem when opened', () => {
    show(<DataProblems problems={problems} lang="en" />);
    const region = screen.getByRole('region', { name: 'Problems in the data' });
    expect(region.textContent).toContain('3 rows of this corpus had problems');
    fireEvent.click(screen.getByText('Show the problems'));
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe(
      'Event a · actors.2: it names an actor the corpus does not have nobodythis part was left out',
    );
    expect(items[2]).toContain('the row was left out');
  });

  it('uses the Arabic plural forms', () => {
    show(<DataProblems problems={problems.slice(0, 1)} lang="ar" />);
    expect(screen.getByRole('region').textContent).toContain('كانت في صف واحد');
  });

  it('is nothing when there is no problem', () => {
    const { container } = show(<DataProblems problems={[]} lang="en" />);
    expect(container.innerHTML).toBe('');
  });
});

function Boom({ when }: { when: { fail: boolean } }): ReactNode {
  if (when.fail) throw new Error('the canvas is gone');
  return <p>{'drawn'}</p>;
}

describe('ViewBoundary', () => {
  it.each([
    ['en', 'The timeline could not be shown: the canvas is gone.', 'Try again'],
    ['ar', 'تعذّر عرض الخط الزمني: the canvas is gone.', 'أعد المحاولة'],
  ] as const)(
    'shows a message in %s in place of the view, and Retry renders it again',
    (lang, message, retry) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const when = { fail: true };
      show(
        <>
          <ViewBoundary view="timeline" lang={lang}>
            <Boom when={when} />
          </ViewBoundary>
          <p>{'other view'}</p>
        </>,
      );
      expect(screen.getByRole('alert').textContent).toContain(message);
      expect(screen.getByText('other view')).toBeTruthy();
      expect(errors).toHaveBeenCalledTimes(1); // React reports it once; the boundary adds nothing
      when.fail = false;
      fireEvent.click(screen.getByRole('button', { name: retry }));
      expect(screen.getByText('drawn')).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});

describe('OpenCorpus', () => {
  it('hands over the chosen file', () => {
    const onOpen = vi.fn();
    show(<OpenCorpus lang="en" status={{ state: 'idle' }} onOpen={onOpen} />);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toBe('.json,application/json');
    const file = new File(['{}'], 'c.json');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onOpen).toHaveBeenCalledWith(file);
  });

  it('shows a drop zone while files are dragged over the page, and takes the dropped file', () => {
    const onOpen = vi.fn();
    show(<CorpusDropZone lang="en" onOpen={onOpen} />);
    const file = new File(['{}'], 'c.json');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.assign(event, { dataTransfer });
      act(() => void window.dispatchEvent(event));
      return event;
    };
    drag('dragenter');
    expect(screen.getByText('Drop a corpus file to explore it')).toBeTruthy();
    drag('dragenter');
    drag('dragleave');
    expect(screen.queryByText('Drop a corpus file to explore it')).toBeTruthy();
    expect(drag('dragover').defaultPrevented).toBe(true);
    expect(drag('drop').defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop a corpus file to explore it')).toBeNull();
    expect(onOpen).toHaveBeenCalledWith(file);
  });

  it('ignores drags of text', () => {
    show(<CorpusDropZone lang="en" onOpen={vi.fn()} />);
    const event = new Event('dragenter', { bubbles: true, cancelable: true });
    Object.assign(event, { dataTransfer: { types: ['text/plain'], files: [] } });
    act(() => void window.dispatchEvent(event));
    expect(screen.queryByText('Drop a corpus file to explore it')).toBeNull();
  });

  it('says which file it is reading', () => {
    show(
      <OpenCorpus lang="ar" status={{ state: 'reading', fileName: 'c.json' }} onOpen={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toBe('جارٍ قراءة c.json…');
    expect(screen.getByRole('button', { name: 'افتح ملف مدوّنة…' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
