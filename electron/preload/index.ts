import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../shared/bridge';
import { routeNames } from '../shared/contract';

// One frozen function per contract route and nothing else: the page never sees ipcRenderer itself.
const api = Object.freeze(
  Object.fromEntries(routeNames.map((name) => [name, (input?: unknown) => ipcRenderer.invoke(name, input)])),
) as Bridge;

contextBridge.exposeInMainWorld('api', api);
