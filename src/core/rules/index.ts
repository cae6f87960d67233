/** The validation rules: one module per rule, listed in the catalogue. */
export type { Rule, RuleContext, CheckSettings } from './types';
export { RULES, PARSE_RULES, RULE_CATALOGUE, FIX_ORDER, orderFixes, type RuleInfo } from './catalogue';
export { ROLE_LABELS } from '../issues/roleLabels';
export { datesInText } from './progressFutureDate';
export { SHORTEST_PROGRESS } from './progressTooShort';
export { EXCEL_CELL_LIMIT } from './cellTooLong';
