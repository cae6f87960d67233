/** Chinese and Arabic quantities with counting words, comparators and approximations (DOMAIN §4). */
export * from './types';
export { parseQuantities } from './parseQuantities';
export { COUNTING_WORDS, NON_QUANTITY_WORDS, countingWord, type CountingWord, type NonQuantityWord } from './units';
export { columnHeaderBefore, type ColumnHeader } from './_lib/columnHeaderUnit';
export { PEOPLE_NAMED_AFTER } from './_lib/peopleNouns';
