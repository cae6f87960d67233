/** Issues with their message in one language: hosts render, the core result stays language-free. */
import { issuePlace } from '../issues/documentPlace';
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
 * Every host shows an issue of a Word table at the place the CLI names (表1 第3行 第5列), never at the
 * cell of the grid (or of the .xlsx copy file mode works on) that the table was read into.
 *
 * @example
 * renderIssues([{ rule: 'progress.empty', … }], 'zh-CN')[0].message // '进展情况为空'
 * renderIssues([{ …, cell: 'E5', documentPlace: { kind: 'tableCell', table: 1, row: 3, column: 5 } }], 'zh-CN')[0].place // '表1 第3行 第5列'
 */
export function renderIssues(issues: readonly Issue[], language: Language): RenderedIssue[] {
  return issues.map((issue) => {
    const message = issueMessage(issue, language);
    return issue.documentPlace === undefined ? { ...issue, message } : { ...issue, message, place: issuePlace(issue, language) };
  });
}
