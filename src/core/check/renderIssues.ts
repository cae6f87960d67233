/** Issues with their message in one language: hosts render, the core result stays language-free. */
import type { Issue, RenderedIssue } from '../issues/issue';
import { formatMessage, type Language } from '../messages';

/**
 * @example
 * renderIssues([{ rule: 'progress.empty', … }], 'zh-CN')[0].message // '进展情况为空'
 */
export function renderIssues(issues: readonly Issue[], language: Language): RenderedIssue[] {
  return issues.map((issue) => ({ ...issue, message: formatMessage(language, issue.rule, { value: issue.value, ...issue.params }) }));
}
