import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

// The benchmark is a script that prints figures; vitest only hosts it for module resolution (import.meta.glob, aliases).
export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: { include: ['tests/bench/**/*.bench-run.ts'], testTimeout: 30 * 60 * 1000, hookTimeout: 30 * 60 * 1000, pool: 'forks' },
  }),
);
