import type { EngineProcess, LaunchEngine } from './engine-host';

/** The part of Electron's utilityProcess the launcher uses, so a fake can stand in for it in tests. */
export interface UtilityProcessLike {
  fork(
    modulePath: string,
    args?: string[],
    options?: { serviceName?: string; stdio?: 'ignore' | 'pipe' | 'inherit' },
  ): UtilityChildLike;
}
/** The part of Electron's UtilityProcess child the launcher uses. */
export interface UtilityChildLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
  stderr?: NodeJS.ReadableStream | null;
}

/** Starts the engine as an Electron utility process: its own OS process, so whisper.cpp cannot stall or crash the app. */
export function electronLauncher(utilityProcess: UtilityProcessLike, workerFile: string): LaunchEngine {
  return (): EngineProcess => {
    const child = utilityProcess.fork(workerFile, [], { serviceName: 'Debrief speech engine', stdio: 'pipe' });
    const output: string[] = [];
    child.stderr?.on('data', (chunk: Buffer | string) => {
      output.push(String(chunk));
      if (output.length > 20) output.shift();
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
      recentOutput: () => output.join('').split('\n').slice(-10).join('\n'),
    };
  };
}
