// The renderer's room rule (eslint.config.js) run for real: a feature reaches another only through its index.ts.
import { describe, expect, it } from 'vitest';
import { boundaryErrors } from './boundary-errors';

// ESLint loads its whole config on the first lint: seconds on a busy machine, so these tests get room.
describe('renderer boundaries', { timeout: 60_000 }, () => {
  it('lets a feature import another feature through its index, and ui, shared, api and the contract', async () => {
    const code = [
      "import { gradeLabel } from '@renderer/features/practice';",
      "import AppIcon from '@renderer/ui/AppIcon.vue';",
      "import { formatDay } from '@renderer/shared/format/format-day';",
      "import { useApi } from '@renderer/api/inject-api';",
      "import type { Plan } from '@shared/plan-schemas';",
      "import { usePlanStore } from './plan-store';",
      'export const used = [gradeLabel, AppIcon, formatDay, useApi, usePlanStore] as const;',
      'export type P = Plan;',
    ].join('\n');
    expect(await boundaryErrors('renderer/src/features/plan/probe.ts', code)).toEqual([]);
  });

  it("refuses a feature reaching into another feature's files, by alias or by a climbing relative path", async () => {
    const byAlias = "import { gradeLabel } from '@renderer/features/practice/grades';\nexport const g = gradeLabel;";
    const byPath = "import { gradeLabel } from '../../practice/grades';\nexport const g = gradeLabel;";
    expect(await boundaryErrors('renderer/src/features/plan/probe.ts', byAlias)).toEqual([
      expect.stringContaining('only through its index.ts'),
    ]);
    expect(await boundaryErrors('renderer/src/features/plan/components/Probe.ts', byPath)).toEqual([
      expect.stringContaining('leaves its folder'),
    ]);
  });

  it('refuses ui and shared importing a feature, and a feature importing the app frame', async () => {
    const feature = "import { useAppStore } from '@renderer/features/settings';\nexport const s = useAppStore;";
    expect(await boundaryErrors('renderer/src/ui/Probe.ts', feature)).toHaveLength(1);
    expect(await boundaryErrors('renderer/src/shared/format/probe.ts', feature)).toHaveLength(1);
    const frame = "import { NAV_ITEMS } from '@renderer/app/nav-items';\nexport const n = NAV_ITEMS;";
    expect(await boundaryErrors('renderer/src/features/journal/probe.ts', frame)).toEqual([
      expect.stringContaining('features do not use the frame'),
    ]);
  });
});
