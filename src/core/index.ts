/** The public surface of the pure core: hosts import from here only. */
export * from './grid/sheetGrid';
export * from './grid/a1';
export * from './ports';
export * from './workbookErrors';
export * from './issues/issue';
export * from './messages';
export * from './report';
export * from './sample';
export * from './text';
export * from './rules';
export * from './check';
// fill/ names its check callback SheetCheck too; the check result is the public SheetCheck.
export type { SheetCheck } from './check';
export * from './targets';
export * from './numbers';
export * from './consolidate';
export * from './fill';
export * from './plan';
export * from './previous';
export * from './_lib/appendAll';
