// The process the kill test kills: it opens the data folder as the app does (start backup included), then writes
// interviews through the router, backing up every few writes, and says "ack <company>" only after a write returned.
import fs from 'node:fs';
import { createCore } from '../../../../electron/main/core';

const [dataDir, run] = process.argv.slice(2);
// Synchronous, so a line on stdout means the write before it had already returned when the line was sent.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const core = await createCore({ dataDir, version: 'kill-test', host: 'browser', autoBackup: true, validateOutput: false });
  say('ready');
  for (let n = 0; ; n++) {
    const company = `kill ${run} ${n}`;
    const written = await core.router.dispatch('interview:create', { company, heldAt: '2026-03-01T09:30' });
    if (!written.ok) throw new Error(`interview:create failed: ${JSON.stringify(written.error)}`);
    say(`ack ${company}`);
    if (n % 3 === 2) {
      const backup = await core.router.dispatch('backup:create', {});
      if (!backup.ok) throw new Error(`backup:create failed: ${JSON.stringify(backup.error)}`);
    }
  }
}

main().catch((err: unknown) => {
  say(`crash ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(2);
});
