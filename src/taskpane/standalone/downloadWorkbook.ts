/** Hands a workbook to the browser as a download; the bytes never leave the machine. */

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The download keeps the user's file name with a suffix, so it never replaces the file they opened.
 *
 * @example
 * downloadName('市卫生健康委-三季度.xlsx') // '市卫生健康委-三季度（进度助手）.xlsx'
 * downloadName('市财政局.xls') // '市财政局（进度助手）.xlsx' (outputs are always .xlsx)
 */
export function downloadName(openedName: string): string {
  // A CSV or Word document opened in file mode is downloaded as the .xlsx workbook it became.
  const stem = openedName.replace(/\.(?:xlsx|xlsm|xls|et|csv|txt|docx)$/i, '');
  return `${stem}（进度助手）.xlsx`;
}

export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: XLSX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has started reading the blob by now; revoking later keeps slow saves working.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
