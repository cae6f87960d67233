import { downloadName } from '../../../src/taskpane/standalone/downloadWorkbook';

describe('downloadName', () => {
  it.each([
    { description: 'adds a suffix so the opened file is never replaced', input: '市卫生健康委-三季度.xlsx', expected: '市卫生健康委-三季度（进度助手）.xlsx' },
    { description: 'reads the extension in any case', input: 'REPORT.XLSX', expected: 'REPORT（进度助手）.xlsx' },
    { description: 'keeps other dots in the name', input: '2021.三季度.xlsx', expected: '2021.三季度（进度助手）.xlsx' },
    { description: 'downloads a file opened from another format as .xlsx, its old extension dropped', input: '市财政局.xls', expected: '市财政局（进度助手）.xlsx' },
    { description: 'and so for WPS and CSV files', input: '市交通局.et', expected: '市交通局（进度助手）.xlsx' },
  ])('$description', ({ input, expected }) => {
    expect(downloadName(input)).toBe(expected);
  });
});
