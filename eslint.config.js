import pluginVue from 'eslint-plugin-vue';
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript';

// The renderer's rooms (see README, Layout): a feature reaches another feature only through its index.ts, and
// ui/, shared/ and api/ know no feature at all. Inside a room imports are relative; leaving it goes through
// the @renderer alias, so a relative path that climbs out of its room is refused too.
const FEATURE_FILES = 'renderer/src/features/*';
const deepFeature = {
  regex: '^@renderer/features/[^/]+/.+',
  message:
    "Import another feature only through its index.ts ('@renderer/features/<name>'); inside a feature use a relative path.",
};
const anyFeature = {
  regex: '^@renderer/(features|app)(/|$)',
  message: 'ui/, shared/ and api/ serve every feature and import none of them.',
};
const appFrame = { regex: '^@renderer/app(/|$)', message: 'The app frame uses features; features do not use the frame.' };
const climbOut = (depth) => ({
  regex: `^(\\.\\./){${depth}}`,
  message: 'This relative path leaves its folder of the renderer; use @renderer/… (and a feature only through its index.ts).',
});
const rendererRooms = [
  [`${FEATURE_FILES}/*.{ts,vue}`, [deepFeature, appFrame, climbOut(1)]],
  [`${FEATURE_FILES}/*/*.{ts,vue}`, [deepFeature, appFrame, climbOut(2)]],
  [`${FEATURE_FILES}/*/*/*.{ts,vue}`, [deepFeature, appFrame, climbOut(3)]],
  ['renderer/src/{ui,shared,api}/*.{ts,vue}', [anyFeature, climbOut(1)]],
  ['renderer/src/{ui,shared,api}/*/*.{ts,vue}', [anyFeature, climbOut(2)]],
  ['renderer/src/app/*.{ts,vue}', [deepFeature, climbOut(1)]],
].map(([files, patterns]) => ({ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }));

// The main process's rooms (see docs/architecture.md): db/, ipc/ and security/ serve every domain; a domain reaches
// another domain only through its face, `<domain>/<domain>-domain.ts`, which builds the domain and re-exports what
// others may use. The entry points and core.ts wire the domains through the same faces, and may also take a
// domain's Electron adapter (`*-electron.ts`), which no face carries so the browser host never loads Electron.
const SERVICE_ROOMS = '(?:db|ipc|security)';
const throughFace = (climb, extra = '') => ({
  regex: `^${climb}(?!${SERVICE_ROOMS}/)([a-z-]+)/(?!\\1-domain$)${extra}`,
  message: "Import another main-process domain only through its face ('../<domain>/<domain>-domain').",
});
const serviceRoom = {
  regex: `^\\.\\./(?!${SERVICE_ROOMS}/)[a-z-]+/`,
  message: 'db/, ipc/ and security/ serve every domain and import none of them.',
};
const mainRooms = [
  ['electron/main/*.ts', [throughFace('\\./(?!app/)', '(?!.*-electron$)')]],
  [`electron/main/!(db|ipc|security)/*.ts`, [throughFace('\\.\\./')]],
  [`electron/main/!(db|ipc|security)/*/*.ts`, [throughFace('(?:\\.\\./){2}')]],
  [`electron/main/!(db|ipc|security)/*/*/*.ts`, [throughFace('(?:\\.\\./){3}')]],
  ['electron/main/{db,ipc,security}/*.ts', [serviceRoom]],
].map(([files, patterns]) => ({ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }));

export default defineConfigWithVueTs(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      // Prettier owns formatting; these stylistic rules would fight it.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...rendererRooms,
  ...mainRooms,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
