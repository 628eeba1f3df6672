import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [vue()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'electron/shared'),
      '@renderer': resolve(import.meta.dirname, 'renderer/src'),
    },
  },
  test: {
    // A ceiling, not a speed target: on a busy CI machine a test that takes 1 s alone can take ten times that.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/{main,shared,tooling}/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'renderer', include: ['tests/unit/renderer/**/*.test.ts'], environment: 'happy-dom' } },
      // Real SQLite files in temp folders; forks keep each file's native handles in its own process.
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', pool: 'forks' },
      },
    ],
  },
});
