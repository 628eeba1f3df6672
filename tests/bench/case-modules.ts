import { appCases } from './app-cases';
import { coachCases } from './coach-cases';
import type { BenchContext } from './bench-context';
import type { BenchCase } from './harness';
import { journalCases } from './journal-cases';
import { planCases } from './plan-cases';
import { practiceCases } from './practice-cases';

/** One domain's cases: it may write what it needs through the routes first, outside the timing. */
export type CaseModule = (ctx: BenchContext) => BenchCase[] | Promise<BenchCase[]>;

/** Every domain's cases, in the order they run; a new domain adds its module here (and nothing else changes). */
export const CASE_MODULES: readonly CaseModule[] = [appCases, journalCases, practiceCases, planCases, coachCases];
