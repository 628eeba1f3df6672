import type { WorkerMessage } from './engine-messages';
import type { WorkerPort } from './worker-loop';

interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * The port to the host, whichever started this process: Electron's utilityProcess gives process.parentPort; a
 * Node fork (browser host, tests, bench) gives process.send. A forked engine ends when its parent goes away.
 */
export function processPort(proc: NodeJS.Process = process): WorkerPort {
  const parentPort = (proc as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (parentPort) {
    return {
      send: (message: WorkerMessage) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    };
  }
  if (proc.send) {
    proc.on('disconnect', () => proc.exit(0));
    return {
      send: (message: WorkerMessage) => void proc.send?.(message),
      onMessage: (listener) => proc.on('message', listener),
    };
  }
  throw new Error('The speech engine runs only when Debrief starts it (as a utility process or a forked child).');
}
