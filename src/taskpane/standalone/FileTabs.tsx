/** The open files as tabs, each marked when Jindu changed it since it was opened. */
import { Badge, Tab, TabList } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SessionFile } from '../../app/fileMode/fileSession';
import { useFileModeStyles } from './fileModeStyles';

export interface FileTabsProps {
  readonly files: readonly SessionFile[];
  readonly activeId: string | null;
  readonly onActivate: (id: string) => void;
}

export function FileTabs({ files, activeId, onActivate }: FileTabsProps) {
  const styles = useFileModeStyles();
  const { t } = useTranslation();
  return (
    <TabList aria-label={t('fileMode.files')} selectedValue={activeId ?? undefined} onTabSelect={(_, data) => onActivate(String(data.value))}>
      {files.map((file) => (
        <Tab key={file.id} value={file.id}>
          <span className={styles.fileTab}>
            {file.name}
            {file.changed && (
              <Badge appearance="tint" color="warning" size="small">
                {t('fileMode.changed')}
              </Badge>
            )}
          </span>
        </Tab>
      ))}
    </TabList>
  );
}
