/** The active file beside the pane: its sheets as tabs, the preview of the one shown, 拆分, and closing it. */
import { Button, Tab, TabList, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFile } from '../../app/fileMode/fileSession';
import type { XlsxFiles } from '../../app/fileMode/fileWorkbook';
import type { Language, SheetInfo } from '../../core';
import { SheetPreview } from './SheetPreview';
import { SplitPanel } from './SplitPanel';

export interface ActiveFileViewProps {
  readonly file: SessionFile;
  readonly language: Language;
  readonly xlsxFiles: XlsxFiles;
  readonly onSheet: (sheet: string) => void;
  readonly onClose: () => void;
}

export function ActiveFileView({ file, language, xlsxFiles, onSheet, onClose }: ActiveFileViewProps) {
  const { t } = useTranslation();
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  useEffect(() => {
    let current = true;
    void file.workbook.listSheets().then((listed) => {
      if (current) setSheets(listed.filter((sheet) => sheet.visible));
    });
    return () => {
      current = false;
    };
  }, [file.workbook, file.revision]);
  const shown = file.activeSheet ?? sheets[0]?.name ?? null;
  const readColumnWidths = useCallback((sheet: string) => file.workbook.columnWidths(sheet), [file.workbook]);
  return (
    <>
      <TabList aria-label={t('fileMode.sheets')} size="small" selectedValue={shown ?? undefined} onTabSelect={(_, data) => onSheet(String(data.value))}>
        {sheets.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      {file.selection && (
        <Text size={200} role="status">
          {t('fileMode.selected', { sheet: file.selection.sheet, cell: file.selection.address })}
        </Text>
      )}
      {shown && (
        <SheetPreview
          workbook={file.workbook}
          sheet={shown}
          revision={file.revision}
          selection={file.selection}
          marks={file.marks}
          readColumnWidths={readColumnWidths}
        />
      )}
      {shown && <SplitPanel workbook={file.workbook} sheet={shown} language={language} xlsxFiles={xlsxFiles} />}
      <div>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t('fileMode.close', { file: file.name })}
        </Button>
      </div>
    </>
  );
}
