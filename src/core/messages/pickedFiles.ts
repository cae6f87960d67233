/** Texts of the list of files picked to compile in the pane and file mode: each compiled, or refused and why. */
import type { MessageMap } from './index';

export const zhCN: MessageMap = {
  'pane.pickedFiles.heading': '所选文件：{compiled} / {total} 份已汇总',
  'pane.pickedFiles.compiled': '已汇总“{file}”（{sheets}）',
  'pane.pickedFiles.refused': '未纳入：{reason}',
};

export const en: MessageMap = {
  'pane.pickedFiles.heading': 'Files picked: {compiled} of {total} compiled',
  'pane.pickedFiles.compiled': 'Compiled "{file}" ({sheets})',
  'pane.pickedFiles.refused': 'Left out: {reason}',
};
