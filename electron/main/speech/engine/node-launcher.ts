import { fork } from 'node:child_process';
import type { EngineProcess, LaunchEngine } from './engine-host';
import type { WorkerEntry } from './worker-entry';

/** Starts the engine as a Node child process (browser host, tests, bench): killing it cannot hurt the host. */
export function nodeLauncher(entry: WorkerEntry): LaunchEngine {
  return (): EngineProcess => {
    const child = fork(entry.file, [], {
      execArgv: entry.execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const output: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      output.push(text);
      if (output.length > 20) output.shift();
    });
    const exitListeners: ((code: number | null) => void)[] = [];
    let exited = false;
    const exit = (code: number | null) => {
      if (exited) return;
      exited = true;
      for (const l of exitListeners) l(code);
    };
    child.on('exit', (code) => exit(code));
    child.on('error', () => exit(null));
    return {
      send: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void exitListeners.push(listener),
      kill: () => void child.kill('SIGKILL'),
      setBusy: (busy) => {
        if (busy) {
          child.ref();
          child.channel?.ref();
        } else {
          child.unref();
          child.channel?.unref();
        }
      },
      recentOutput: () => output.join('').split('\n').slice(-10).join('\n'),
    };
  };
}
