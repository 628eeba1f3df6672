/// <reference types="vite/client" />

/** Inlined from package.json by the build (electron.vite.config.ts) and by vitest. */
declare const __APP_VERSION__: string;
