import type { z } from 'zod';
import { appContract } from './app-contract';
import { coachContract } from './coach-contract';
import { dataTransferContract } from './data-transfer-contract';
import { followupsContract } from './followups-contract';
import { insightsContract } from './insights-contract';
import { journalContract } from './journal-contract';
import { mergeContracts } from './merge-contracts';
import { missedPointsContract } from './missed-points-contract';
import { modelAnswersContract } from './model-answers-contract';
import { planContract } from './plan-contract';
import { practiceContract } from './practice-contract';
import { settingsContract } from './settings-contract';
import { speechContract } from './speech-contract';
import { storiesContract } from './stories-contract';

/** The one table of every route: `domain:action` -> input and output schemas. Domains add their tables here. */
export const contract = mergeContracts(
  appContract,
  journalContract,
  missedPointsContract,
  practiceContract,
  followupsContract,
  settingsContract,
  insightsContract,
  planContract,
  dataTransferContract,
  speechContract,
  coachContract,
  modelAnswersContract,
  storiesContract,
);

type Contract = typeof contract;
export type RouteName = keyof Contract;
/** What a caller may send (before defaults and transforms). */
export type RouteInput<N extends RouteName> = z.input<Contract[N]['input']>;
/** What a handler receives after parsing. */
export type RouteParsedInput<N extends RouteName> = z.output<Contract[N]['input']>;
/** What a caller gets back. */
export type RouteOutput<N extends RouteName> = z.output<Contract[N]['output']>;

/** Route names in a stable order, for the preload bridge and the browser host. */
export const routeNames = Object.keys(contract) as RouteName[];

/** True when a string names a route, so transports can reject unknown ones before parsing. */
export function isRouteName(name: unknown): name is RouteName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
