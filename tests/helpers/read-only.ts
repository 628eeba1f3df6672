import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** How a folder or file was made unwritable, so a test can say what it really exercised. */
export type Refusal = 'chmod' | 'chattr +i' | 'seteuid nobody';

const NOBODY = 65534;

/** True when the target really refuses writes now (a probe file cannot be made, or the file cannot be opened for writing). */
function refusesWrites(target: string): boolean {
  try {
    if (fs.statSync(target).isDirectory()) {
      const probe = path.join(target, '.write-probe');
      fs.writeFileSync(probe, '');
      fs.rmSync(probe);
    } else {
      fs.closeSync(fs.openSync(target, 'r+'));
    }
    return false;
  } catch {
    return true;
  }
}

function chattr(flag: '+i' | '-i', target: string): boolean {
  try {
    execFileSync('chattr', [flag, target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `act` while the target refuses writes, by a means the kernel enforces for the user running the tests.
 * Permission bits do not bind root (tests here run as root), so as root the target is made immutable (chattr +i,
 * which binds root too); where that is not allowed (a container without CAP_LINUX_IMMUTABLE), the bits are set and
 * the process acts as the unprivileged user nobody until `act` is done. As any other user, the bits are enough.
 * Throws, never skips, when none of these works.
 */
export async function withWritesRefused<T>(targets: string[], act: () => Promise<T>): Promise<{ result: T; how: Refusal }> {
  const modes = targets.map((t) => fs.statSync(t).mode & 0o7777);
  const restoreModes = () => targets.forEach((t, i) => fs.chmodSync(t, modes[i]));
  const isRoot = process.getuid?.() === 0;
  const locked: string[] = [];
  let how: Refusal = 'chmod';
  try {
    if (isRoot && targets.every((t) => chattr('+i', t) && locked.push(t))) {
      how = 'chattr +i';
    } else {
      for (const t of locked.splice(0)) chattr('-i', t);
      for (const t of targets) fs.chmodSync(t, fs.statSync(t).isDirectory() ? 0o555 : 0o444);
      if (isRoot) {
        if (!process.seteuid) throw new Error('Cannot make a folder read-only for root here: no chattr +i and no seteuid.');
        // nobody must be able to reach and read what it is refused to write.
        for (let dir = path.dirname(targets[0]); dir !== path.dirname(dir); dir = path.dirname(dir)) {
          if ((fs.statSync(dir).mode & 0o005) !== 0o005) fs.chmodSync(dir, fs.statSync(dir).mode | 0o005);
        }
        how = 'seteuid nobody';
      }
    }
    const run = async () => {
      for (const t of targets) if (!refusesWrites(t)) throw new Error(`${t} still accepts writes after ${how}.`);
      return act();
    };
    if (how !== 'seteuid nobody') return { result: await run(), how };
    process.seteuid!(NOBODY);
    try {
      return { result: await run(), how };
    } finally {
      process.seteuid!(0);
    }
  } finally {
    for (const t of locked) chattr('-i', t);
    restoreModes();
  }
}
