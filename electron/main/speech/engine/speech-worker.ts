// The speech engine's process: built as its own file (out/main/speech-worker.js), started by the main process as an
// Electron utilityProcess, or as a Node child process by the browser host and the tests. whisper.cpp never runs on
// the main process's thread, and a crash here is a typed error there, never a dead app.
import { createWhisperEngine } from './whisper-engine';
import { runWorkerLoop } from './worker-loop';
import { processPort } from './worker-port';

runWorkerLoop(processPort(), createWhisperEngine());
