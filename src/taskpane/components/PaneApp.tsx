/** The pane: tabs 校验 / 修复与生成 / 数值核对 / 汇总 / 设置, the shared status area and the undo bar. */
import { Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneUseCases } from '../../app/paneUseCases';
import { WorkProvider } from '../work/WorkProvider';
import { CheckPanel } from './CheckPanel';
import { ConsolidatePanel } from '../consolidate/ConsolidatePanel';
import { RepairPanel } from '../repair/RepairPanel';
import { SettingsPanel } from './SettingsPanel';
import { TargetsPanel } from './TargetsPanel';
import { UndoBar } from './UndoBar';
import { SelfCheckPanel } from '../selfCheck/SelfCheckPanel';
import type { SelfCheckReport } from '../../app/selfCheck';

type TabId = 'check' | 'fill' | 'targets' | 'consolidate' | 'settings' | 'selfCheck';
const TABS: readonly TabId[] = ['check', 'fill', 'targets', 'consolidate', 'settings', 'selfCheck'];

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tabs: { flexWrap: 'wrap' },
  panel: { flexGrow: 1 },
  title: { margin: 0 },
});

export interface PaneAppProps {
  readonly useCases: PaneUseCases;
  /** What the host tells IT staff (自检); built by the composition root, read when the tab opens. */
  readonly selfCheck?: () => SelfCheckReport;
}

/** The clipboard where the page may write to it (Office's webview and browsers over https). */
const writeClipboard = typeof navigator !== 'undefined' && navigator.clipboard ? (text: string) => navigator.clipboard.writeText(text) : undefined;

export function PaneApp({ useCases, selfCheck }: PaneAppProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabId>('check');
  const [lastChange, setLastChange] = useState(useCases.lastChange());
  const refresh = useCallback(() => setLastChange(useCases.lastChange()), [useCases]);

  // Writes refresh the undo bar when they finish (successfully or not: a failed batch may still have kept the earlier change).
  const afterWrite = <A extends unknown[], R>(write: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await write(...args);
    } finally {
      refresh();
    }
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {t('app.name')}
      </Title3>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} aria-label={t('pane.tabs.label')}>
        {TABS.filter((id) => id !== 'selfCheck' || selfCheck).map((id) => (
          <Tab key={id} value={id} id={`jindu-tab-${id}`} aria-controls={`jindu-panel-${id}`}>
            {t(`pane.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <WorkProvider view={tab}>
        <div className={styles.panel} role="tabpanel" id={`jindu-panel-${tab}`} aria-labelledby={`jindu-tab-${tab}`}>
          {tab === 'check' && (
            <CheckPanel onCheck={useCases.check} onListSheets={useCases.listSheets} onSelect={useCases.selectCell} onMark={useCases.markIssues} onClearMarks={useCases.clearMarks} />
          )}
          {tab === 'fill' && (
            <RepairPanel
              onListSheets={useCases.listSheets}
              onPreview={useCases.previewRepairs}
              onApply={afterWrite(useCases.applyRepairs)}
              onGenerate={afterWrite(useCases.generate)}
              onSelect={useCases.selectCell}
              year={new Date().getFullYear()}
            />
          )}
          {tab === 'targets' && <TargetsPanel onCheckTargets={useCases.checkTargets} onSelect={useCases.selectCell} />}
          {tab === 'consolidate' && (
            <ConsolidatePanel onListSources={useCases.consolidationSources} onConsolidate={afterWrite(useCases.consolidate)} onSelect={useCases.selectCell} />
          )}
          {tab === 'settings' && <SettingsPanel settings={useCases.loadSettings()} onSave={useCases.saveSettings} />}
          {tab === 'selfCheck' && selfCheck && <SelfCheckPanel report={selfCheck()} {...(writeClipboard ? { onCopy: writeClipboard } : {})} />}
        </div>
        <UndoBar lastChange={lastChange} onUndo={useCases.undoLastChange} onUndone={refresh} />
      </WorkProvider>
    </main>
  );
}
