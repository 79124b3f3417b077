// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/features/export/ExportMenu';
import { renderInLanguage } from '../actors/render-in-language';
import { exportIndex, LINK } from './fixture';

let blobs: Blob[];
let clicked: { name: string; href: string }[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${n++}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ name: this.download, href: this.href });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('opens a disclosure of four formats, labelled with the number of events', async () => {
    await renderInLanguage(
      <ExportMenu index={exportIndex} events={exportIndex.events} lang="en" link={LINK} />,
      'en',
    );
    const button = screen.getByRole('button', { name: 'Export 3 events' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.setup().click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Export formats' });
    expect(button.getAttribute('aria-controls')).toBe(group.id);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '⤓Export',
      'CSVa table for spreadsheets',
      'GeoJSONpoints for map tools',
      'JSONa corpus Athar can open',
      'iCalendardates for calendar apps',
    ]);
  });

  it('closes on Escape and gives focus back to the button', async () => {
    await renderInLanguage(
      <ExportMenu index={exportIndex} events={exportIndex.events} lang="en" link={LINK} />,
      'en',
    );
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Export 3 events' });
    await user.click(button);
    await user.tab();
    expect(document.activeElement?.textContent).toContain('CSV');
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('downloads the file through a temporary link, named after the corpus and the count', async () => {
    await renderInLanguage(
      <ExportMenu
        index={exportIndex}
        events={exportIndex.events.slice(0, 2)}
        lang="en"
        link={LINK}
      />,
      'en',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export 2 events' }));
    await user.click(screen.getByRole('button', { name: /iCalendar/ }));
    // The writers load with the first export: wait for the download.
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked).toEqual([{ name: 'athar-test-corpus-2-events.ics', href: 'blob:test/0' }]);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/0'));
    expect(screen.getByRole('status').textContent).toBe(
      'Downloaded athar-test-corpus-2-events.ics',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export 2 events' }));
    const text = await blobs[0]!.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('writes the CSV with its byte-order mark, and uses the page address as the link', async () => {
    await renderInLanguage(
      <ExportMenu index={exportIndex} events={exportIndex.events} lang="ar" />,
      'ar',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'تصدير 3 أحداث' }));
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]!.text();
    expect(text).toContain(window.location.href);
    expect(text).toContain('طرابلس');
  });
});
