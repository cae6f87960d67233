import { findPeriodInText } from '../../report/parsePeriod';
import type { CompileSource } from '../types';

/**
 * Sheet names that say when or what, not who (`三季度`, `Sheet1`, `进展情况表`, `2021年`, a Word table's `表1`): bureaus keep
 * the template's sheet name, so such a name never stands for the unit and the file name is used instead.
 */
function namesAUnit(sheet: string): boolean {
  const name = sheet.trim();
  if (name === '' || findPeriodInText(name) !== null) return false;
  return !/^(?:sheet\d*|工作表\d*|表\d+|\d{4}年?.*|.*(?:进展|进度|情况|汇总|任务|报表|模板).*)$/i.test(name);
}

/**
 * The unit of a source: the user's override, else its 填报单位, else its sheet name when that names a
 * unit, else its file name (without folder and extension), else the sheet name after all.
 */
export function unitOfSource(source: CompileSource): string {
  const sheet = source.origin.sheet.trim();
  const candidates = [
    source.unitOverride,
    source.report.metadata.unit?.text,
    namesAUnit(sheet) ? sheet : '',
    source.origin.file.replace(/^.*[\\/]/, '').replace(/\.(?:xls[xm]?|et|csv|txt|docx)$/i, ''),
    sheet,
  ];
  for (const candidate of candidates) {
    const trimmed = candidate?.trim() ?? '';
    if (trimmed !== '') return trimmed;
  }
  return '';
}
