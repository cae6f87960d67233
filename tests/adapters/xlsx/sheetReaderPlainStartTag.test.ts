/**
 * `PlainStartTag` reads only the start tags the general cursor would read the same way, and answers
 * false for everything else, so that the cursor reads those (sheetReader.test.ts compares the grids
 * of both paths with ExcelJS's).
 */
import { PlainStartTag } from '../../../src/adapters/xlsx/sheetReader/plainStartTag';

interface ReadTag {
  readonly end: number;
  readonly selfClosing: boolean;
  readonly r: string | undefined;
  readonly s: string | undefined;
  readonly t: string | undefined;
}

function readTag(xml: string, name: string): ReadTag | null {
  const tag = new PlainStartTag(xml);
  if (!tag.read(0, name)) return null;
  const value = (start: number, end: number) => (start < 0 ? undefined : xml.slice(start, end));
  return { end: tag.end, selfClosing: tag.selfClosing, r: value(tag.rStart, tag.rEnd), s: value(tag.sStart, tag.sEnd), t: value(tag.tStart, tag.tEnd) };
}

const readCases: { description: string; xml: string; name: string; expected: ReadTag | null }[] = [
  {
    description: 'a cell with address, style and type',
    xml: '<c r="B5" s="3" t="s"><v>4</v></c>',
    name: 'c',
    expected: { end: 22, selfClosing: false, r: 'B5', s: '3', t: 's' },
  },
  {
    description: 'a self-closing cell, spaced before "/>"',
    xml: '<c r="A1" s="2" /><c r="B1"/>',
    name: 'c',
    expected: { end: 18, selfClosing: true, r: 'A1', s: '2', t: undefined },
  },
  {
    description: 'attributes in another order, single-quoted, spaced around "=" and next to others',
    xml: "<c t='n' cm=\"1\"\n s = '0'\tr='C7' >",
    name: 'c',
    expected: { end: 33, selfClosing: false, r: 'C7', s: '0', t: 'n' },
  },
  {
    description: 'a row with attributes it does not report, holding entities and quotes',
    xml: '<row r="12" spans="1:6" x14ac:dyDescent="0.25" note="a&amp;b\'c">',
    name: 'row',
    expected: { end: 64, selfClosing: false, r: '12', s: undefined, t: undefined },
  },
  {
    description: 'a repeated attribute, the last counting as in the cursor',
    xml: '<c r="A1" r="B1">',
    name: 'c',
    expected: { end: 17, selfClosing: false, r: 'B1', s: undefined, t: undefined },
  },
  {
    description: 'a tag without attributes',
    xml: '<c>',
    name: 'c',
    expected: { end: 3, selfClosing: false, r: undefined, s: undefined, t: undefined },
  },
  { description: 'another element whose name starts the same', xml: '<cx="1" r="A1">', name: 'c', expected: null },
  { description: 'a longer element name', xml: '<cols><col min="1"/></cols>', name: 'c', expected: null },
  { description: 'an end tag', xml: '</c>', name: 'c', expected: null },
  { description: 'an entity in the address', xml: '<c r="A&#49;">', name: 'c', expected: null },
  { description: 'a tab in the style', xml: '<c r="A1" s="1\t">', name: 'c', expected: null },
  { description: 'a line end in the type', xml: '<c r="A1" t="s\n">', name: 'c', expected: null },
  { description: 'an unquoted value', xml: '<c r=A1>', name: 'c', expected: null },
  { description: 'an attribute without a value', xml: '<c r="A1" hidden>', name: 'c', expected: null },
  { description: 'an unterminated value', xml: '<c r="A1>', name: 'c', expected: null },
  { description: 'a slash not ending the tag', xml: '<c r="A1" / >', name: 'c', expected: null },
  { description: 'a tag cut off at the end of the text', xml: '<c r="A1" ', name: 'c', expected: null },
  { description: 'a prefixed element', xml: '<x:c r="A1">', name: 'c', expected: null },
];

describe('PlainStartTag.read', () => {
  it.each(readCases)('$description', ({ xml, name, expected }) => {
    expect(readTag(xml, name)).toStrictEqual(expected);
  });
});

const digitCases: { description: string; text: string; expected: number }[] = [
  { description: 'zero', text: '0', expected: 0 },
  { description: 'leading zeros, as parseInt reads them', text: '007', expected: 7 },
  { description: 'nine digits', text: '123456789', expected: 123456789 },
  { description: 'ten digits (left to parseInt)', text: '1234567890', expected: -1 },
  { description: 'nothing', text: '', expected: -1 },
  { description: 'a sign', text: '-1', expected: -1 },
  { description: 'a space', text: ' 1', expected: -1 },
  { description: 'a decimal point', text: '1.5', expected: -1 },
];

describe('PlainStartTag.digitsValue', () => {
  it.each(digitCases)('$description', ({ text, expected }) => {
    const xml = `<v>${text}</v>`;
    expect(new PlainStartTag(xml).digitsValue(3, 3 + text.length)).toBe(expected);
  });
});
