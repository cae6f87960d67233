import { DocxWorkbook, MAX_DOCUMENT_XML_MEGABYTES } from '../../../src/adapters/docx/docxWorkbook';
import { MAX_TABLE_COLUMNS } from '../../../src/adapters/docx/gridOfDocumentTable';
import { MAX_NESTING } from '../../../src/adapters/docx/readDocumentTables';
import { openSpreadsheetBytes, type XlsxOpener } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { checkWorkbook, formatMessage, issuePlace } from '../../../src/core';
import { wordReportBytes } from '../../fixtures/docx/writeWordReport';
import { unzipEntries, zeroBombData, zipEntries } from '../../fixtures/hostile/hostileFiles';

const neverXlsx: XlsxOpener = async () => {
  throw new Error('not an xlsx');
};

async function opened(bytes: Uint8Array, name = '市教育局.docx') {
  const result = await DocxWorkbook.open(name, bytes);
  if (!result.ok) throw new Error(`refused: ${result.problem.key}`);
  return result.workbook;
}

async function refusal(bytes: Uint8Array) {
  const result = await DocxWorkbook.open('市教育局.docx', bytes);
  return result.ok ? null : result.problem;
}

/** A real document (written by the `docx` package) with its body replaced by `body`. */
async function withBody(body: string): Promise<Uint8Array> {
  const base = await wordReportBytes({ above: ['x'], rows: [[{ text: 'x' }]] });
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
  return zipEntries(unzipEntries(base).map((entry) => (entry.name === 'word/document.xml' ? { name: entry.name, content: new TextEncoder().encode(xml) } : entry)));
}

const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
/** A cell merged the Word 97-2003 way (`w:hMerge`, `w:vMerge` on each cell of the merged block). */
const mergedCell = (text: string, horizontal: 'restart' | 'continue', vertical?: 'restart' | 'continue') =>
  `<w:tc><w:tcPr>${horizontal === 'restart' ? '<w:hMerge w:val="restart"/>' : '<w:hMerge/>'}${vertical === undefined ? '' : vertical === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>'}</w:tcPr><w:p>${text === '' ? '' : `<w:r><w:t>${text}</w:t></w:r>`}</w:p></w:tc>`;

describe('a Word table read as a sheet', () => {
  it('puts the paragraphs above the table as the first rows, then the table on its grid, spans and vertical merges as merged areas', async () => {
    const workbook = await opened(
      await wordReportBytes({
        above: ['2024年重点工作任务三季度进展情况', '填报单位：市教育局    填报时间：2024年10月9日'],
        rows: [
          [{ text: '序号' }, { text: '任务', columnSpan: 2 }, { text: '进展情况' }],
          [{ text: '1', verticalMerge: 'restart' }, { text: '建成两所学校' }, { text: '三季度' }, { text: '已完成主体\n正在装修' }],
          [{ text: '', verticalMerge: 'continue' }, { text: '新增学位' }, { text: '全年' }, { text: '3.50' }],
        ],
      }),
    );
    expect(await workbook.listSheets()).toEqual([{ name: '表1', visible: true, protected: false }]);
    const grid = await workbook.readSheet('表1');
    expect(grid.values).toEqual([
      ['2024年重点工作任务三季度进展情况', null, null, null],
      ['填报单位：市教育局    填报时间：2024年10月9日', null, null, null],
      ['序号', '任务', null, '进展情况'],
      [1, '建成两所学校', '三季度', '已完成主体\n正在装修'],
      [null, '新增学位', '全年', 3.5],
    ]);
    // Numbers keep the text they were typed with, line breaks in a cell are kept.
    expect(grid.text[4]?.[3]).toBe('3.50');
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 1, bottom: 2, right: 2 },
        { top: 3, left: 0, bottom: 4, right: 0 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.documentTable).toEqual({ table: 1, firstRow: 2 });
  });

  it('reads every table of the body as its own sheet, each with the paragraphs between it and the table before', async () => {
    const workbook = await opened(
      await wordReportBytes(
        { above: ['填报单位：市教育局'], rows: [[{ text: '序号' }, { text: '任务' }]] },
        { above: ['附表', '填报单位：市民政局'], rows: [[{ text: '序号' }, { text: '任务' }], [{ text: '2' }, { text: '养老' }]] },
      ),
    );
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['表1', '表2']);
    const second = await workbook.readSheet('表2');
    expect(second.values.map((row) => row[0])).toEqual(['附表', '填报单位：市民政局', '序号', 2]);
    expect(second.documentTable).toEqual({ table: 2, firstRow: 2 });
  });

  it('flattens a table inside a cell to lines of text under the cell’s own text', async () => {
    const workbook = await opened(
      await wordReportBytes({
        above: [],
        rows: [[{ text: '进展', nested: [['一季度', '完成'], ['二季度', '推进中']] }]],
      }),
    );
    expect((await workbook.readSheet('表1')).values[0]?.[0]).toBe('进展\n一季度 完成\n二季度 推进中');
  });

  it.each([
    {
      description: 'deleted and moved-away revisions, field codes and tab stops are no text; inserted text is',
      body: `<w:tbl><w:tr><w:tc><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>已</w:t></w:r><w:del w:id="1"><w:r><w:delText>未</w:delText></w:r></w:del><w:moveFrom w:id="2"><w:r><w:t>挪走</w:t></w:r></w:moveFrom><w:ins w:id="3"><w:r><w:t>完成</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>5所</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      expected: [['已完成\t5所']],
      notes: 'w:tab inside w:pPr is a tab stop, inside a run a tab',
    },
    {
      description: 'cells inside content controls and rows starting after skipped grid columns land in their columns',
      body: `<w:tbl><w:tr>${cell('序号')}${cell('任务')}${cell('时间')}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:sdt><w:sdtContent>${cell('建成')}</w:sdtContent></w:sdt>${cell('三季度')}</w:tr></w:tbl>`,
      expected: [
        ['序号', '任务', '时间'],
        [null, '建成', '三季度'],
      ],
      notes: '',
    },
    {
      description: 'a text box’s fallback copy is read once, not twice',
      body: `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>见</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>附注</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>附注</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:p></w:tc></w:tr></w:tbl>`,
      expected: [['见\n附注']],
      notes: '',
    },
    {
      description: 'entities and a span far wider than any table are read without a grid of that width',
      body: `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r><w:t>A&amp;B &#x4E00;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      expected: [['A&B 一', ...Array<null>(MAX_TABLE_COLUMNS - 1).fill(null)]],
      notes: 'the span is cut at MAX_TABLE_COLUMNS',
    },
  ])('$description', async ({ body, expected }) => {
    const workbook = await opened(await withBody(body));
    expect((await workbook.readSheet('表1')).values).toEqual(expected);
  });

  it.each([
    {
      description: 'cells merged across with w:hMerge are one merged area, as with w:gridSpan',
      body: `<w:tbl><w:tr>${cell('序号')}${mergedCell('任务', 'restart')}${mergedCell('', 'continue')}${cell('进展情况')}</w:tr><w:tr>${cell('1')}${cell('建成学校')}${cell('三季度')}${cell('已完成')}</w:tr></w:tbl>`,
      values: [
        ['序号', '任务', null, '进展情况'],
        [1, '建成学校', '三季度', '已完成'],
      ],
      merges: [{ top: 0, left: 1, bottom: 0, right: 2 }],
    },
    {
      description: 'a block merged across and down with w:hMerge and w:vMerge on every cell is one area; a continuing cell’s text joins it',
      body: `<w:tbl><w:tr>${mergedCell('说明', 'restart', 'restart')}${mergedCell('', 'continue', 'restart')}${cell('A')}</w:tr><w:tr>${mergedCell('', 'restart', 'continue')}${mergedCell('续', 'continue', 'continue')}${cell('B')}</w:tr><w:tr>${cell('1')}${cell('2')}${cell('3')}</w:tr></w:tbl>`,
      values: [
        ['说明\n续', null, 'A'],
        [null, null, 'B'],
        [1, 2, 3],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
    },
    {
      description: 'a w:hMerge continue cell with no cell to its left to merge with is a cell of its own',
      body: `<w:tbl><w:tr>${mergedCell('孤', 'continue')}${cell('X')}</w:tr></w:tbl>`,
      values: [['孤', 'X']],
      merges: [],
    },
  ])('$description', async ({ body, values, merges }) => {
    const grid = await (await opened(await withBody(body))).readSheet('表1');
    expect(grid.values).toEqual(values);
    expect(grid.merges).toEqual(merges);
  });
});

describe('issues of a Word table', () => {
  it('say where they are as 表1 第3行 第5列, in Chinese and English', async () => {
    const workbook = await opened(
      await wordReportBytes({
        above: ['2024年重点工作任务三季度进展情况', '填报单位：市教育局    填报时间：2024年10月9日'],
        rows: [
          [{ text: '序号' }, { text: '《政府工作报告》重点工作任务' }, { text: '时间' }, { text: '节点任务' }, { text: '进展情况' }, { text: '自我评价' }],
          [{ text: '1' }, { text: '建成两所学校' }, { text: '三季度' }, { text: '完成主体' }, { text: '主体已完工' }, { text: '完成' }],
          [{ text: '2' }, { text: '新增学位5000个' }, { text: '三季度' }, { text: '新增学位' }, { text: '' }, { text: '完成' }],
        ],
      }),
    );
    const checked = await checkWorkbook(workbook);
    const empty = checked.sheets[0]?.issues.find((issue) => issue.rule === 'progress.empty');
    expect(empty).toMatchObject({ cell: 'E5', documentPlace: { kind: 'tableCell', table: 1, row: 3, column: 5 } });
    expect(issuePlace(empty ?? { cell: '' }, 'zh-CN')).toBe('表1 第3行 第5列');
    expect(issuePlace(empty ?? { cell: '' }, 'en')).toBe('table 1, row 3, column 5');
    expect(checked.sheets[0]?.unit).toBe('市教育局');
  });

  it('places an issue of a paragraph above the table as that paragraph', async () => {
    const { documentPlaceOf } = await import('../../../src/core');
    expect(documentPlaceOf('A2', { table: 2, firstRow: 2 })).toEqual({ kind: 'paragraphAbove', table: 2, paragraph: 2 });
    expect(formatMessage('zh-CN', 'place.paragraphAbove', { table: 2, paragraph: 2 })).toBe('表2 上方第2段');
  });
});

describe('a Word document that is not a report, or is built to harm', () => {
  it('is opened through the one entry point for every format', async () => {
    const result = await openSpreadsheetBytes('进展.docx', await wordReportBytes({ above: [], rows: [[{ text: '序号' }]] }), neverXlsx);
    expect(result.ok && result.format).toBe('docx');
  });

  it('refuses a document without a table, naming the file', async () => {
    expect(await refusal(await withBody('<w:p><w:r><w:t>只有文字</w:t></w:r></w:p>'))).toEqual({ key: 'format.wordNoTable', params: { file: '市教育局.docx' } });
  });

  it('refuses a document type declaration (entity expansion) before reading anything of it', async () => {
    const base = await withBody(`<w:tbl><w:tr>${cell('x')}</w:tr></w:tbl>`);
    const bomb = zipEntries(
      unzipEntries(base).map((entry) =>
        entry.name === 'word/document.xml'
          ? { name: entry.name, content: new TextEncoder().encode(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`) }
          : entry,
      ),
    );
    expect(await refusal(bomb)).toMatchObject({ key: 'format.wordUnsafeXml' });
  });

  it('refuses tables nested deeper than any report, without overflowing the stack', async () => {
    const depth = MAX_NESTING * 50;
    const nested = '<w:tbl><w:tr><w:tc>'.repeat(depth) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(depth);
    expect(await refusal(await withBody(nested))).toMatchObject({ key: 'format.wordUnsafeXml' });
  });

  it('refuses damaged XML as a damaged file', async () => {
    expect(await refusal(await withBody('<w:tbl><w:tr><w:tc></w:tr></w:tbl>'))).toMatchObject({ key: 'format.wordDamaged' });
  });

  it('refuses a docx bomb (5 GB of document declared as 100 bytes) after inflating no more than the cap', async () => {
    const base = await wordReportBytes({ above: [], rows: [[{ text: '序号' }]] });
    const bomb = zipEntries(unzipEntries(base).map((entry) => (entry.name === 'word/document.xml' ? { name: entry.name, packed: { data: zeroBombData(5 * 1024), declaredSize: 100 } } : entry)));
    const before = process.memoryUsage().arrayBuffers;
    expect(await refusal(bomb)).toEqual({ key: 'format.wordDocumentTooLarge', params: { file: '市教育局.docx', limit: MAX_DOCUMENT_XML_MEGABYTES } });
    // Nothing of the inflated document is kept once refused.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 * MAX_DOCUMENT_XML_MEGABYTES * 1024 * 1024);
  });
});
