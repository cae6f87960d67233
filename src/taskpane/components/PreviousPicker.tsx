/** The previous report to check against: none, a sheet of this workbook, or a file (picked when chosen). */
import { Field, Select } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetInfo } from '../../core';
import { ACCEPTED_FILES } from '../acceptedFiles';
import { FILE_OPTION } from './useCheck';

export interface PreviousPickerProps {
  /** Without the workbook's sheets to offer, only the hidden file input is there (the picker is not shown). */
  readonly showPicker: boolean;
  readonly sheets: readonly SheetInfo[];
  readonly option: string;
  readonly file: File | null;
  readonly fileInput: RefObject<HTMLInputElement | null>;
  readonly onChoose: (option: string) => void;
  readonly onFile: (file: File | null) => void;
}

export function PreviousPicker({ showPicker, sheets, option, file, fileInput, onChoose, onFile }: PreviousPickerProps) {
  const { t } = useTranslation();
  return (
    <>
      {showPicker && (
        <Field label={t('previous.pane.label')} hint={option === FILE_OPTION && file ? t('previous.pane.fileChosen', { file: file.name }) : undefined}>
          <Select value={option} onChange={(_, data) => onChoose(data.value)}>
            <option value="">{t('previous.pane.none')}</option>
            <optgroup label={t('previous.pane.sheet')}>
              {sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
            </optgroup>
            <option value={FILE_OPTION}>{t('previous.pane.file')}</option>
          </Select>
        </Field>
      )}
      <input ref={fileInput} type="file" accept={ACCEPTED_FILES} hidden aria-label={t('previous.pane.file')} onChange={(event) => onFile(event.target.files?.[0] ?? null)} />
    </>
  );
}
