/**
 * A web page's cells become what Excel makes of them when it opens the page: the text read as if typed
 * on a zh-CN system, shown in the cell's mso-number-format, or as Excel's own marks (x:num, x:bool) say.
 */
import { cellOfTypedText, type ExcelCellMarks } from '../../../src/adapters/markup/cellOfTypedText';
import { readHtmlTables } from '../../../src/adapters/markup/readHtmlTables';

describe('cellOfTypedText', () => {
  it.each<{ description: string; text: string; format?: string; marks?: ExcelCellMarks; value: unknown; shown: string; numberFormat: string }>([
    { description: 'TRUE becomes a truth value', text: 'TRUE', value: true, shown: 'TRUE', numberFormat: 'General' },
    { description: 'false in any case too', text: ' false ', value: false, shown: 'FALSE', numberFormat: 'General' },
    { description: 'an ISO date becomes a date in the short date format', text: '2024-10-09', value: 45574, shown: '2024/10/9', numberFormat: 'yyyy/m/d' },
    { description: 'a date with slashes', text: '2024/10/9', value: 45574, shown: '2024/10/9', numberFormat: 'yyyy/m/d' },
    { description: 'a Chinese date keeps its form', text: '2024年10月9日', value: 45574, shown: '2024年10月9日', numberFormat: 'yyyy"年"m"月"d"日"' },
    { description: 'a Chinese month is its first day', text: '2024年10月', value: 45566, shown: '2024年10月', numberFormat: 'yyyy"年"m"月"' },
    { description: 'a date that does not exist stays text', text: '2024-02-30', value: '2024-02-30', shown: '2024-02-30', numberFormat: 'General' },
    { description: 'a percentage is its fraction', text: '85%', value: 0.85, shown: '85%', numberFormat: '0%' },
    { description: 'a percentage with decimals', text: '12.5%', value: 0.125, shown: '12.50%', numberFormat: '0.00%' },
    { description: 'thousands separated', text: '1,234', value: 1234, shown: '1,234', numberFormat: '#,##0' },
    { description: 'thousands separated with decimals', text: '1,234.5', value: 1234.5, shown: '1,234.50', numberFormat: '#,##0.00' },
    { description: 'leading zeros are kept as text (Excel would drop them)', text: '007', value: '007', shown: '007', numberFormat: 'General' },
    { description: 'a plain number is shown as written', text: '3.50', value: 3.5, shown: '3.50', numberFormat: 'General' },
    { description: 'a date shown in the format of its cell', text: '2024-10-09', format: 'yyyy"年"m"月"d"日"', value: 45574, shown: '2024年10月9日', numberFormat: 'yyyy"年"m"月"d"日"' },
    { description: 'a number shown in the format of its cell', text: '3', format: '0.00', value: 3, shown: '3.00', numberFormat: '0.00' },
    { description: 'a text format keeps everything as written', text: '2024-10-09', format: '@', value: '2024-10-09', shown: '2024-10-09', numberFormat: '@' },
    { description: 'x:str keeps TRUE as text', text: 'TRUE', marks: { text: true }, value: 'TRUE', shown: 'TRUE', numberFormat: 'General' },
    { description: 'x:bool gives the truth value', text: '是', marks: { truth: 'TRUE' }, value: true, shown: 'TRUE', numberFormat: 'General' },
    { description: 'x:num gives the value, the format shows it', text: '2024/10/9', format: 'yyyy-mm-dd', marks: { number: '45574' }, value: 45574, shown: '2024-10-09', numberFormat: 'yyyy-mm-dd' },
    { description: 'a bare x:num reads the text as the number', text: '1,234.5', marks: { number: '' }, value: 1234.5, shown: '1,234.5', numberFormat: 'General' },
    { description: 'other text stays text', text: '已完成', value: '已完成', shown: '已完成', numberFormat: 'General' },
    { description: 'a year alone stays a number', text: '2024', value: 2024, shown: '2024', numberFormat: 'General' },
  ])('$description', ({ text, format, marks, value, shown, numberFormat }) => {
    expect(cellOfTypedText(text, format, marks ?? {})).toEqual({ value, text: shown, format: numberFormat });
  });
});

describe('readHtmlTables on the number formats of a page', () => {
  it('reads a page as Excel writes it (class rules, x:num, x:bool) and one a report system writes (inline styles)', async () => {
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
      <style>
        td { mso-number-format: General; }
        /* Excel's own classes */
        .xl65 { mso-number-format: "yyyy\\0022年\\0022m\\0022月\\0022d\\0022日\\0022"; }
        .xl66, td.xl67 { mso-number-format: Percent; }
        .xl68 { mso-number-format: "\\@"; }
      </style></head><body><table>
        <tr><td>序号</td><td>时间</td><td>完成率</td><td>是否完成</td><td>编号</td><td>截止</td><td>金额</td></tr>
        <tr><td x:num>1</td><td class="xl65" x:num="45574">2024/10/9</td><td class="xl66">0.856</td><td x:bool="TRUE">TRUE</td><td class="xl68">007</td>
          <td style="mso-number-format:'yyyy\\/mm\\/dd'">2024-12-31</td><td style="mso-number-format:&quot;\\#\\,\\#\\#0\\.00&quot;">1234</td></tr>
        <tr><td>2</td><td>2024年12月</td><td class="other xl67">95%</td><td>false</td><td>008</td><td>2025-1-5</td><td>无</td></tr>
      </table></body></html>`;
    const { workbook } = readHtmlTables('导出.xls', page);
    const grid = await workbook.readSheet('导出');
    expect(grid.values.slice(1)).toEqual([
      [1, 45574, 0.856, true, '007', 45657, 1234],
      [2, 45627, 0.95, false, '008', 45662, '无'],
    ]);
    expect(grid.text.slice(1)).toEqual([
      ['1', '2024年10月9日', '85.60%', 'TRUE', '007', '2024/12/31', '1,234.00'],
      ['2', '2024年12月', '95.00%', 'FALSE', '008', '2025/1/5', '无'],
    ]);
    expect(grid.numberFormats?.[1]?.[1]).toBe('yyyy"年"m"月"d"日"');
    expect(grid.numberFormats?.[1]?.[4]).toBe('@');
  });
});
