import { createMemoryHistory, createRouter, createWebHashHistory, type Router } from 'vue-router';
import { routes } from './routes';

/**
 * Hash history because the desktop app loads app://debrief/index.html, where a path-based URL would ask the
 * protocol handler for a file that does not exist. Tests pass memory history.
 */
export function createAppRouter(history = createWebHashHistory()): Router {
  return createRouter({ history, routes });
}

/** A router that keeps its location in memory, for component tests. */
export function createTestRouter(): Router {
  return createAppRouter(createMemoryHistory());
}
