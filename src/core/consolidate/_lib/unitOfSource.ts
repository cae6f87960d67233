import type { CompileSource } from '../types';

/** The unit of a source: the user's override, else its 填报单位, else its sheet name, else its file name. */
export function unitOfSource(source: CompileSource): string {
  const candidates = [
    source.unitOverride,
    source.report.metadata.unit?.text,
    source.origin.sheet,
    source.origin.file.replace(/^.*[\\/]/, '').replace(/\.xls[xm]?$/i, ''),
  ];
  for (const candidate of candidates) {
    const trimmed = candidate?.trim() ?? '';
    if (trimmed !== '') return trimmed;
  }
  return '';
}
