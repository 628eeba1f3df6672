import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from './app/app-version';
import { createCore } from './core';
import { defaultDataDir } from './app/default-data-dir';
import { startWebHost } from './app/web-host';

/** Entry of `npm run web`: opens the data folder, serves the built renderer, prints the URL to open. */
async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = process.env.DEBRIEF_DATA_DIR || defaultDataDir();
  const port = process.env.PORT ? Number(process.env.PORT) : 5199;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);

  const core = await createCore({
    dataDir,
    version: APP_VERSION,
    host: 'browser',
    validateOutput: process.env.NODE_ENV !== 'production',
    autoBackup: process.env.DEBRIEF_AUTO_BACKUP !== '0',
  });
  const host = await startWebHost({ router: core.router, staticDir: path.join(here, '../renderer'), port });
  for (const notice of core.database.notices) console.warn(`! ${notice.message}`);
  console.log(`Debrief browser host (data: ${dataDir})`);
  console.log(`Open ${host.url}`);

  const stop = async () => {
    await host.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`Debrief browser host could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
