/**
 * @jest-environment jsdom
 *
 * The check against the previous report in the pane: the use case with a sheet of the workbook
 * or a picked file, the picker of the check panel, and both texts side by side in the issue list.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { summarizeIssues, type CellValue, type RenderedIssue } from '../../src/core';
import { CheckPanel } from '../../src/taskpane/components/CheckPanel';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { createCoreEngine } from '../../src/app/coreEngine';
import { createPaneUseCases, PaneMessageError, type CheckOutcome, type OpenFile } from '../../src/app/paneUseCases';
import { memoryHost } from '../support/memoryHost';
import { renderInPane } from './renderInPane';

function quarter(period: string, progress: string, assessment: string): CellValue[][] {
  return [
    [`2021年《政府工作报告》重点工作任务${period}进展情况`],
    ['填报单位：济南市卫生健康委'],
    ['填报时间：2021年10月11日'],
    ['序号', '重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
    [1, '新建社区卫生服务中心17家。', '全年', '年底前建成17家。', progress, assessment],
    [2, '开展义诊活动50场。', '全年', '年底前开展50场。', '累计开展义诊32场。', '序时推进'],
  ];
}


const progress = () => ({ signal: new AbortController().signal, report: jest.fn() });
const noFiles: OpenFile = async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } });
const previousRules = (outcome: CheckOutcome) => outcome.issues.filter((issue) => issue.rule.startsWith('previous.')).map((issue) => `${issue.rule}@${issue.cell}`);

describe('checking against the previous report in the pane', () => {
  const sheets = { 二季度: quarter('二季度', '累计建成社区卫生服务中心9家。', '完成'), 三季度: quarter('三季度', '累计建成社区卫生服务中心7家。', '序时推进') };

  it('compares the checked sheet with another sheet of the workbook', async () => {
    const useCases = createPaneUseCases(memoryHost(sheets, '三季度'), createCoreEngine(), noFiles, 'zh-CN');
    const outcome = await useCases.check('active', progress(), { kind: 'sheet', sheet: '二季度' });
    expect(previousRules(outcome)).toEqual(['previous.figureDecreased@E5', 'previous.assessmentRegressed@F5', 'previous.progressUnchanged@E6']);
    expect(outcome.issues.find((issue) => issue.rule === 'previous.figureDecreased')?.previous).toEqual({ file: '', sheet: '二季度', cell: 'E5', text: '累计建成社区卫生服务中心9家。' });
  });

  it('leaves the previous sheet out of "all sheets", and refuses it as the active sheet', async () => {
    const all = await createPaneUseCases(memoryHost(sheets, '三季度'), createCoreEngine(), noFiles, 'zh-CN').check('all', progress(), { kind: 'sheet', sheet: '二季度' });
    expect(all.sheets).toEqual(['三季度']);
    const itself = createPaneUseCases(memoryHost(sheets, '二季度'), createCoreEngine(), noFiles, 'zh-CN').check('active', progress(), { kind: 'sheet', sheet: '二季度' });
    await expect(itself).rejects.toBeInstanceOf(PaneMessageError);
  });

  it('compares with the report sheets of a picked file, named in the issues', async () => {
    const openFile: OpenFile = async () => ({ ok: true, workbook: MemoryWorkbook.fromSheets({ 二季度: sheets.二季度 }) });
    const useCases = createPaneUseCases(memoryHost({ 三季度: sheets.三季度 }, '三季度'), createCoreEngine(), openFile, 'zh-CN');
    const outcome = await useCases.check('active', progress(), { kind: 'file', file: { name: '二季度.xlsx', bytes: new Uint8Array() } });
    expect(previousRules(outcome)).toEqual(['previous.figureDecreased@E5', 'previous.assessmentRegressed@F5', 'previous.progressUnchanged@E6']);
    expect(outcome.issues.find((issue) => issue.rule === 'previous.figureDecreased')?.message).toContain('二季度.xlsx｜二季度');
  });

  it('says why when the picked file cannot be read', async () => {
    const useCases = createPaneUseCases(memoryHost({ 三季度: sheets.三季度 }, '三季度'), createCoreEngine(), noFiles, 'zh-CN');
    await expect(useCases.check('active', progress(), { kind: 'file', file: { name: 'x.xlsx', bytes: new Uint8Array() } })).rejects.toMatchObject({ messageKey: 'file.corrupt' });
  });
});

describe('the check panel’s previous-report picker', () => {
  const outcome: CheckOutcome = { sheets: ['三季度'], issues: [], summary: summarizeIssues([]) };
  const baseProps = () => ({
    onCheck: jest.fn(async () => outcome),
    onListSheets: jest.fn(async () => [
      { name: '二季度', visible: true, protected: false },
      { name: '隐藏', visible: false, protected: false },
      { name: '三季度', visible: true, protected: false },
    ]),
    onSelect: jest.fn(async () => undefined),
    onMark: jest.fn(async () => ({ markedCells: 0, notesAdded: 0, notesUnavailable: null })),
    onClearMarks: jest.fn(async () => ({ clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 })),
  });

  it('offers the visible sheets and checks against the chosen one', async () => {
    const given = baseProps();
    renderInPane(<CheckPanel {...given} />);
    const picker = screen.getByRole('combobox', { name: '对照上期报告' });
    expect(await within(picker).findByRole('option', { name: '二季度' })).toBeInTheDocument();
    expect(within(picker).queryByRole('option', { name: '隐藏' })).toBeNull();
    await userEvent.selectOptions(picker, '二季度');
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    expect(given.onCheck).toHaveBeenCalledWith('active', expect.anything(), { kind: 'sheet', sheet: '二季度' });
  });

  it('checks against a picked file', async () => {
    const given = baseProps();
    renderInPane(<CheckPanel {...given} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '对照上期报告' }), '选择文件…');
    await userEvent.upload(screen.getByLabelText('选择文件…', { selector: 'input' }), new File([new Uint8Array([1, 2, 3])], '二季度.xlsx'));
    expect(await screen.findByText('文件：二季度.xlsx')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    // The picked file's bytes are read by a FileReader before the check starts: on a loaded machine that ends after the click.
    await waitFor(() => expect(given.onCheck).toHaveBeenCalledWith('active', expect.anything(), { kind: 'file', file: { name: '二季度.xlsx', bytes: new Uint8Array([1, 2, 3]) } }));
  });

  it('checks without a previous report by default', async () => {
    const given = baseProps();
    renderInPane(<CheckPanel {...given} />);
    await userEvent.click(screen.getByRole('button', { name: '开始校验' }));
    expect(given.onCheck).toHaveBeenCalledWith('active', expect.anything());
  });
});

describe('the issue list beside the previous report', () => {
  it('shows both texts, what was removed struck through and what was added marked', () => {
    const issue: RenderedIssue = {
      rule: 'previous.figureDecreased',
      severity: 'warning',
      sheet: '三季度',
      cell: 'E5',
      row: 5,
      column: '进展情况',
      value: '累计建成7家。',
      message: '累计数低于上期',
      previous: { file: '', sheet: '二季度', cell: 'E5', text: '累计建成9家。' },
    };
    renderInPane(<IssueList issues={[issue]} onSelect={() => undefined} />);
    const before = screen.getByRole('figure', { name: '上期' });
    const now = screen.getByRole('figure', { name: '本期' });
    expect(before).toHaveTextContent('累计建成9家。');
    expect(now).toHaveTextContent('累计建成7家。');
    expect(before.querySelector('del')?.textContent).toBe('9');
    expect(now.querySelector('ins')?.textContent).toBe('7');
  });

  it('shows nothing beside an issue of the sheet alone', () => {
    const issue: RenderedIssue = { rule: 'progress.empty', severity: 'error', sheet: '三季度', cell: 'E5', row: 5, column: '进展情况', value: '', message: '进展情况为空' };
    renderInPane(<IssueList issues={[issue]} onSelect={() => undefined} />);
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
