/** Real seed data as sheet rows, for tests and the standalone page's built-in sample. */
export { seed000Rows } from './seed000';
export { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from './seed001Plan';
