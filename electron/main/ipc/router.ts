import {
  contract,
  isRouteName,
  routeNames,
  type RouteName,
  type RouteOutput,
  type RouteParsedInput,
} from '../../shared/contract';
import type { AppErrorData, Envelope } from '../../shared/errors';
import { issuesFromZod, toAppError } from './to-app-error';

/** A domain's implementation of one route: gets parsed input, returns the output (sync or async). */
type Handler<N extends RouteName> = (input: RouteParsedInput<N>) => RouteOutput<N> | Promise<RouteOutput<N>>;
/** What a domain registers: some of the routes, each with its handler. */
export type Handlers = { [N in RouteName]?: Handler<N> };

interface RouterOptions {
  /** Check outputs against the contract too; on in tests and development to keep the contract honest. */
  validateOutput?: boolean;
  log?: (msg: string, err: unknown) => void;
}

/** The one dispatcher behind both doors (IPC and the browser host). */
export interface Router {
  register(handlers: Handlers): void;
  /** Throws if a contract route has no handler, so a gap is found at start, not by a user. */
  assertComplete(): void;
  dispatch(name: string, rawInput: unknown): Promise<Envelope<unknown>>;
}

/** Creates an empty router; domains register into it at start. */
export function createRouter(options: RouterOptions = {}): Router {
  const table = new Map<RouteName, Handler<RouteName>>();
  const log = options.log ?? console.error;

  function fail(error: AppErrorData): Envelope<never> {
    return { ok: false, error };
  }

  return {
    register(handlers) {
      for (const [name, handler] of Object.entries(handlers)) {
        if (!isRouteName(name)) throw new Error(`Handler for "${name}" has no route in the contract`);
        if (table.has(name)) throw new Error(`Route "${name}" is registered twice`);
        table.set(name, handler as Handler<RouteName>);
      }
    },

    assertComplete() {
      const missing = routeNames.filter((name) => !table.has(name));
      if (missing.length) throw new Error(`Routes without a handler: ${missing.join(', ')}`);
    },

    async dispatch(name, rawInput) {
      if (!isRouteName(name)) return fail({ code: 'UNKNOWN_ROUTE', message: `There is no route called "${String(name)}".` });
      const handler = table.get(name);
      if (!handler) return fail({ code: 'UNKNOWN_ROUTE', message: `The route "${name}" is not available.` });
      const spec = contract[name];
      const parsed = spec.input.safeParse(rawInput);
      if (!parsed.success) {
        return fail({ code: 'VALIDATION', message: 'Some of the values are not valid.', details: issuesFromZod(parsed.error) });
      }
      try {
        const output = await handler(parsed.data as never);
        if (options.validateOutput) {
          const checked = spec.output.safeParse(output);
          if (!checked.success) {
            log(`route ${name} returned output that breaks the contract`, checked.error);
            return fail({ code: 'INTERNAL', message: 'Debrief produced an answer it could not check. Please report this.' });
          }
          return { ok: true, data: checked.data };
        }
        return { ok: true, data: output };
      } catch (err) {
        return fail(toAppError(err, log));
      }
    },
  };
}
