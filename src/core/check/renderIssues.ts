/** Issues with their message in one language: hosts render, the core result stays language-free. */
import type { Issue, RenderedIssue } from '../issues/issue';
import { formatMessage, type Language } from '../messages';

/**
 * The one place an issue becomes text: its rule's message in a language, with `{value}` (the cell's text)
 * available to every message beside the issue's own params.
 *
 * @example
 * issueMessage({ rule: 'progress.empty', … }, 'zh-CN') // '进展情况为空'
 */
export function issueMessage(issue: Issue, language: Language): string {
  return formatMessage(language, issue.rule, { value: issue.value, ...issue.params });
}

/**
 * @example
 * renderIssues([{ rule: 'progress.empty', … }], 'zh-CN')[0].message // '进展情况为空'
 */
export function renderIssues(issues: readonly Issue[], language: Language): RenderedIssue[] {
  return issues.map((issue) => ({ ...issue, message: issueMessage(issue, language) }));
}
