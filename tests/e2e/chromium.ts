// The Chromium every e2e test drives, in one place: the config's default, and the specs that add a fake microphone.

/** Debian's Chromium: Playwright's own browser download is not reachable here, and the system one is what CI installs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and nothing Chromium would fetch by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * test.use() options for a spec that records: Chromium's fake microphone, allowed without a prompt, playing `wav`
 * (looped, or once then silence with `once`, as a person stops talking), or its own beep when no file is given.
 */
export function fakeMicrophone(options: { wav?: string; once?: boolean } = {}) {
  const file = options.wav ? [`--use-file-for-fake-audio-capture=${options.wav}${options.once ? '%noloop' : ''}`] : [];
  return {
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        ...file,
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
    permissions: ['microphone'],
  };
}
