import iconv from 'iconv-lite';
import { decodeMarkup } from '../../../src/adapters/markup/decodeMarkup';
import { readHtmlTables } from '../../../src/adapters/markup/readHtmlTables';
import { readSpreadsheetXml } from '../../../src/adapters/markup/readSpreadsheetXml';
import { openLegacySpreadsheet } from '../../../src/adapters/xls/openLegacySpreadsheet';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';

const SPREADSHEET_XML_HEAD = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">';

describe('readSpreadsheetXml (Excel 2003 XML as report systems export it)', () => {
  it('places cells by ss:Index, merges by MergeAcross and MergeDown, and shows typed data through its style', async () => {
    const xml = `${SPREADSHEET_XML_HEAD}
      <Styles>
        <Style ss:ID="Default" ss:Name="Normal"/>
        <Style ss:ID="pct"><NumberFormat ss:Format="Percent"/></Style>
        <Style ss:ID="date"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></Style>
        <Style ss:ID="child" ss:Parent="pct"/>
      </Styles>
      <Worksheet ss:Name="三季度">
        <Table>
          <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">2025年进展情况表</Data></Cell></Row>
          <Row ss:Index="3"><Cell><Data ss:Type="String">序号</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">任务</Data></Cell><Cell ss:Index="4"><Data ss:Type="String">完成率</Data></Cell></Row>
          <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="DateTime">2025-09-30T00:00:00.000</Data></Cell><Cell ss:StyleID="child"><Data ss:Type="Number">0.856</Data></Cell></Row>
          <Row><Cell><Data ss:Type="Boolean">1</Data></Cell><Cell ss:StyleID="date"><Data ss:Type="DateTime">2025-10-08T00:00:00</Data></Cell><Cell><ss:Data ss:Type="String"><html:B>加粗</html:B>与&amp;普通</ss:Data></Cell><Cell><Data ss:Type="Error">#N/A</Data></Cell></Row>
        </Table>
      </Worksheet>
      <Worksheet ss:Name="备注"><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
    </Workbook>`;
    const workbook = readSpreadsheetXml(xml);
    expect(await workbook.listSheets()).toEqual([
      { name: '三季度', visible: true, protected: false },
      { name: '备注', visible: false, protected: false },
    ]);
    const grid = await workbook.readSheet('三季度');
    expect(grid.text).toEqual([
      ['2025年进展情况表', '', '', ''],
      ['', '', '', ''],
      ['序号', '任务', '', '完成率'],
      // The cell below 任务 is covered by its MergeDown: the next cell without an index goes past it.
      ['1', '', '2025/9/30', '85.60%'],
      ['TRUE', '2025年10月8日', '加粗与&普通', '#N/A'],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(grid.values[3]?.[2]).toBe(45930);
  });

  it('refuses a document type declaration (no entity can expand) and a document cut short', async () => {
    const withDtd = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${SPREADSHEET_XML_HEAD.slice(22)}</Workbook>`;
    for (const xml of [withDtd, `${SPREADSHEET_XML_HEAD}<Worksheet ss:Name="a"><Table><Row>`]) {
      expect(await openLegacySpreadsheet('导出.xls', new TextEncoder().encode(xml), 'spreadsheetXml')).toMatchObject({ ok: false, problem: { key: 'format.spreadsheetXmlDamaged' } });
    }
  });
});

describe('readHtmlTables (a web page saved as .xls)', () => {
  it('reads the lines above the table as rows, rowspan and colspan as merged areas, <br> as a line break', async () => {
    const html = `<html><head><title>导出</title><style>td { color: red }</style><script>var a = "<td>不是单元格</td>";</script></head><body>
      <h2>2025年政府工作报告任务三季度进展情况</h2>
      <p>填报单位：市交通局&nbsp;&nbsp;填报时间：2025年10月8日</p>
      <table border="1">
        <tr><th>序号</th><th colspan="2">任务</th><th>进展情况</th></tr>
        <tr><td rowspan="2">1</td><td>新建</td><td>公路<br>30公里</td><td style='mso-number-format:"\\@"'>007</td></tr>
        <tr><td>改建</td><td>&lt;桥梁&gt; 2座</td><td>85.5</td></tr>
      </table>
      <p>备注：无</p>
    </body></html>`;
    const { workbook, tables } = readHtmlTables('报送/市交通局.xls', html);
    expect(tables).toBe(1);
    expect(await workbook.listSheets()).toEqual([{ name: '市交通局', visible: true, protected: false }]);
    const grid = await workbook.readSheet('市交通局');
    expect(grid.text).toEqual([
      ['2025年政府工作报告任务三季度进展情况', '', '', ''],
      ['填报单位：市交通局 填报时间：2025年10月8日', '', '', ''],
      ['序号', '任务', '', '进展情况'],
      ['1', '新建', '公路\n30公里', '007'],
      ['', '改建', '<桥梁> 2座', '85.5'],
      ['备注：无', '', '', ''],
    ]);
    expect(grid.values[3]?.[0]).toBe(1);
    expect(grid.values[3]?.[3]).toBe('007');
    expect(grid.values[4]?.[3]).toBe(85.5);
    expect(grid.merges).toEqual([
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
  });

  it('decodes a page that declares GB2312, as report systems on Chinese Windows write it', () => {
    const bytes = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table><tr><td>市财政局</td></tr></table></body></html>', 'gbk');
    expect(decodeMarkup(bytes)).toContain('<td>市财政局</td>');
  });

  it('keeps a hostile span within the sheet and costs no more for it', async () => {
    const { workbook } = readHtmlTables('a.html', '<table><tr><td colspan="999999999" rowspan="999999999">x</td><td>y</td></tr></table>');
    const grid = await workbook.readSheet('a');
    // The area is cut back to the cells written, as the .xlsx reader cuts back a merge over whole columns.
    expect(grid.values.length).toBeLessThanOrEqual(1001);
    expect(grid.text[0]?.[0]).toBe('x');
  });

  it('refuses a page whose cells span more than a sheet may, before allocating the grid', async () => {
    const page = `<table>${'<tr><td colspan="16383"></td><td>x</td></tr>'.repeat(2_000)}</table>`;
    expect(await openLegacySpreadsheet('宽.xls', new TextEncoder().encode(page), 'html')).toEqual({
      ok: false,
      problem: { key: 'format.tooManyCells', params: { file: '宽.xls', limit: '20,000,000' } },
    });
  });

  it('scans unclosed quotes and comments in time linear in the page', () => {
    const exponent = growthExponent((size) => {
      const page = `<table><tr>${'<td a="b>x'.repeat(size)}<!-- ${'<td>'.repeat(size)}`;
      return () => {
        readHtmlTables('a.html', page);
      };
    }, 1000, 8000);
    expect(exponent).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});
