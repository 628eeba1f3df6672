import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  electronLauncher,
  type UtilityChildLike,
  type UtilityProcessLike,
} from '../../../../../electron/main/speech/engine/electron-launcher';

/** Stands in for Electron's UtilityProcess child: an emitter with postMessage, kill and a stderr stream. */
class FakeUtilityChild extends EventEmitter implements UtilityChildLike {
  posted: unknown[] = [];
  killed = 0;
  stderr = new EventEmitter() as unknown as NodeJS.ReadableStream;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  kill() {
    this.killed++;
    this.emit('exit', 0);
    return true;
  }
}

class FakeUtilityProcess implements UtilityProcessLike {
  forks: { modulePath: string; args?: string[]; options?: object; child: FakeUtilityChild }[] = [];
  fork(modulePath: string, args?: string[], options?: object) {
    const child = new FakeUtilityChild();
    this.forks.push({ modulePath, args, options, child });
    return child;
  }
}

describe('electronLauncher', () => {
  it('forks the built worker as a utility process with a name and piped output', () => {
    const utility = new FakeUtilityProcess();
    electronLauncher(utility, '/app/out/main/speech-worker.js')();
    expect(utility.forks).toHaveLength(1);
    expect(utility.forks[0]).toMatchObject({
      modulePath: '/app/out/main/speech-worker.js',
      args: [],
      options: { serviceName: 'Debrief speech engine', stdio: 'pipe' },
    });
  });

  it('passes messages both ways, reports exit codes, kills, and keeps the last stderr lines', () => {
    const utility = new FakeUtilityProcess();
    const proc = electronLauncher(utility, '/w.js')();
    const child = utility.forks[0].child;
    const heard: unknown[] = [];
    const exits: (number | null)[] = [];
    proc.onMessage((m) => heard.push(m));
    proc.onExit((c) => exits.push(c));
    proc.send({ type: 'release' });
    expect(child.posted).toEqual([{ type: 'release' }]);
    child.emit('message', { type: 'ready' });
    expect(heard).toEqual([{ type: 'ready' }]);
    (child.stderr as unknown as EventEmitter).emit('data', Buffer.from('whisper_init: loading\nggml: abort\n'));
    expect(proc.recentOutput?.()).toContain('ggml: abort');
    child.emit('exit', 134);
    expect(exits).toEqual([134]);
    proc.kill();
    expect(child.killed).toBe(1);
  });

  it('starts a new utility process each time it is asked (after a crash or a release)', () => {
    const utility = new FakeUtilityProcess();
    const launch = electronLauncher(utility, '/w.js');
    launch();
    launch();
    expect(utility.forks).toHaveLength(2);
  });
});
