/** The version from package.json, inlined at build time so the browser host and the app agree. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
