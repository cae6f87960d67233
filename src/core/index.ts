/** The public surface of the pure core: hosts import from here only. */
export * from './grid/sheetGrid';
export * from './grid/a1';
export * from './ports';
export * from './issues/issue';
export * from './messages';
export * from './report/types';
export * from './targets/types';
