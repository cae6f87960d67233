/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UndoBar } from '../../../src/taskpane/components/UndoBar';
import type { LastChange } from '../../../src/app/host';
import { renderInPane } from '../renderInPane';

const cases: { description: string; lastChange: LastChange; language: 'zh-CN' | 'en'; note: RegExp | null }[] = [
  { description: 'an exact undo needs no warning', lastChange: { label: 'pane.change.repairs', sheets: ['三季度'] }, language: 'zh-CN', note: null },
  {
    description: 'a values-only undo says what will not come back (Chinese)',
    lastChange: { label: 'pane.change.repairs', sheets: ['三季度'], restoresValuesOnly: true },
    language: 'zh-CN',
    note: /只恢复内容和数字格式.*ExcelApi 1\.9/,
  },
  {
    description: 'a values-only undo says what will not come back (English)',
    lastChange: { label: 'pane.change.repairs', sheets: ['三季度'], restoresValuesOnly: true },
    language: 'en',
    note: /contents and number formats only.*ExcelApi 1\.9/,
  },
];

describe('the undo bar', () => {
  it.each(cases)('$description', async ({ lastChange, language, note }) => {
    const onUndo = jest.fn(async () => true);
    const onUndone = jest.fn();
    renderInPane(<UndoBar lastChange={lastChange} onUndo={onUndo} onUndone={onUndone} />, language);
    if (note) expect(screen.getByRole('note')).toHaveTextContent(note);
    else expect(screen.queryByRole('note')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Undo last change' : '撤销上次修改' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(onUndone).toHaveBeenCalledTimes(1);
  });
});
