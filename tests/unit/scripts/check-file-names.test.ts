// One naming rule for files (scripts/check-file-names.mjs, run by npm test).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { fileNameProblem } from '../../../scripts/check-file-names.mjs';

const problem = fileNameProblem as (path: string) => string | null;

describe('the file-name rule', () => {
  it('takes components in PascalCase, hooks as useFoo and everything else in kebab-case', () => {
    for (const ok of [
      'src/features/events-list/EventList.tsx',
      'src/features/events-list/EventList.css',
      'tests/unit/map/MapView.test.tsx',
      'src/ui/useRowWindow.ts',
      'src/url-state/useViewState.tsx',
      'src/domain/corpus/filter-events.ts',
      'src/app/main.tsx',
      'tests/unit/domain/timeline/timeline-bins.test.ts',
      'tests/e2e/timeline.e2e.ts',
      'src/vite-env.d.ts',
      'scripts/check-file-names.mjs',
    ])
      expect(problem(ok)).toBeNull();
  });

  it('refuses camelCase, SCREAMING_CASE and PascalCase outside a component', () => {
    for (const bad of [
      'src/features/actors/actorEntries.ts',
      'src/features/events-list/CERTAINTY_GLYPH.ts',
      'src/features/actors/ActorEntry.ts',
      'tests/unit/timeline/toBinItem.test.ts',
      'scripts/checkThings.mjs',
    ])
      expect(problem(bad)).toContain(bad);
  });
});
