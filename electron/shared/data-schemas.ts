// Old name of data-transfer-schemas.ts, kept only for import-problems.ts, which another branch is changing now;
// delete this file once that file imports '../../shared/data-transfer-schemas'.
export { MAX_LISTED, type ImportProblem } from './data-transfer-schemas';
