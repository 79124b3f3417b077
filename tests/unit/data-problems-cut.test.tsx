// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataProblem } from '../../src/domain/corpus/check-corpus';
import { ProblemList } from '../../src/features/data-problems/ProblemList';
import { i18n } from '../../src/i18n/i18n';

afterEach(cleanup);

describe('ProblemList (issue 14, item 7)', () => {
  it('cuts a huge quoted value and states its full length', async () => {
    await i18n.changeLanguage('en');
    const huge = 'x'.repeat(200_000);
    const problems = Array.from({ length: 150 }, (_, i) => ({
      kind: 'document',
      id: `doc-${i}`,
      field: `mentions.${i}.entity`,
      problem: 'unknown-reference',
      detail: huge,
      action: 'row-dropped',
    })) as unknown as DataProblem[];
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ProblemList problems={problems} lang="en" />
      </I18nextProvider>,
    );
    expect((container.textContent ?? '').length).toBeLessThan(100_000);
    expect(container.textContent).toContain('… (200000 characters in all)');
  });
});
