import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import { devStyleNonce } from './scripts/vite/dev-style-nonce';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
const alias = { '@shared': resolve(import.meta.dirname, 'electron/shared') };
const rendererAlias = { ...alias, '@renderer': resolve(import.meta.dirname, 'renderer/src') };

export default defineConfig({
  main: {
    define,
    resolve: { alias },
    build: {
      // Pure-JavaScript libraries are bundled (and tree-shaken) into the main bundle, so the installer does not carry
      // their whole packages (zod alone is 5 MB of builds, locales and types); native and WebAssembly ones stay outside.
      externalizeDeps: { exclude: ['zod', 'ts-fsrs', 'papaparse'] },
      outDir: 'out/main',
      rollupOptions: {
        // The desktop app and the browser host are built together so they always share the same router. The speech
        // engine is its own file (out/main/speech-worker.js): it runs in a utility process or a forked child, never
        // on the main process's thread. So is the job terms extractor (out/main/job-terms-worker.js, a worker thread).
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'web-main': resolve(import.meta.dirname, 'electron/main/web-main.ts'),
          'speech-worker': resolve(import.meta.dirname, 'electron/main/speech/engine/speech-worker.ts'),
          'job-terms-worker': resolve(import.meta.dirname, 'electron/main/stories/job-terms/thread/job-terms-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can require only 'electron', so everything else is bundled in.
      externalizeDeps: false,
      minify: true,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules either.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    define,
    resolve: { alias: rendererAlias },
    plugins: [vue(), devStyleNonce()],
    build: {
      minify: true,
      outDir: 'out/renderer',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        // A feature's index.ts re-exports the components other features use; a component nobody imports must not ride
        // along into the first paint. Single-file components do nothing when imported (their styles are separate
        // modules, still kept), so an unused one may be dropped.
        treeshake: { moduleSideEffects: (id) => !id.endsWith('.vue') },
      },
    },
  },
});
