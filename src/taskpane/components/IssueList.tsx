/**
 * Issues grouped by severity, then by rule, with counts; each group collapses, and each is one tab stop
 * with arrow keys inside (useGroupFocus). Each issue is a button that selects its cell in the workbook.
 */
import { Badge, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGroupFocus } from './useGroupFocus';
import { diffTexts, type RenderedIssue, type Severity } from '../../core';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  toggle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'flex-start', paddingLeft: 0, minWidth: 0 },
  chevron: { display: 'inline-block', width: '1em', transitionProperty: 'transform', transitionDuration: tokens.durationFaster },
  chevronClosed: { transform: 'rotate(-90deg)' },
  rule: { margin: `${tokens.spacingVerticalXS} 0 0` },
  ruleToggle: { color: tokens.colorNeutralForeground3, justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  issue: { justifyContent: 'flex-start', textAlign: 'start', height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  address: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS },
  error: { borderLeftWidth: tokens.strokeWidthThick, borderLeftStyle: 'solid', borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftWidth: tokens.strokeWidthThick, borderLeftStyle: 'solid', borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftWidth: tokens.strokeWidthThick, borderLeftStyle: 'solid', borderLeftColor: tokens.colorNeutralStroke1 },
  sideBySide: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS, paddingInlineStart: tokens.spacingHorizontalM },
  version: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2, textDecorationLine: 'line-through' },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2 },
});

/**
 * The previous report's text beside the current one, what changed highlighted: removed words
 * struck through on the left, added words marked on the right.
 */
function PreviousBeside({ issue }: { readonly issue: RenderedIssue }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const previous = issue.previous;
  if (!previous || (previous.text === '' && issue.value === '')) return null;
  const parts = diffTexts(previous.text, issue.value);
  return (
    <div className={styles.sideBySide}>
      <figure className={styles.version} aria-label={t('previous.pane.previousText')}>
        <figcaption>
          <Caption1>{t('previous.pane.previousText')}</Caption1>
        </figcaption>
        {parts.map((part, index) =>
          part.kind === 'added' ? null : part.kind === 'removed' ? (
            <del key={index} className={styles.removed}>
              {part.text}
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </figure>
      <figure className={styles.version} aria-label={t('previous.pane.currentText')}>
        <figcaption>
          <Caption1>{t('previous.pane.currentText')}</Caption1>
        </figcaption>
        {parts.map((part, index) =>
          part.kind === 'removed' ? null : part.kind === 'added' ? (
            <ins key={index} className={styles.added}>
              {part.text}
            </ins>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </figure>
    </div>
  );
}

export interface IssueListProps {
  readonly issues: readonly RenderedIssue[];
  /** Selects the issue's cell (or its sheet, for a whole-sheet issue). */
  readonly onSelect: (sheet: string, address: string) => void;
  /** Show the sheet name before each address (several sheets were checked). */
  readonly showSheet?: boolean;
}

function groupByRule(issues: readonly RenderedIssue[]): [string, RenderedIssue[]][] {
  const groups = new Map<string, RenderedIssue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.rule) ?? [];
    group.push(issue);
    groups.set(issue.rule, group);
  }
  return [...groups.entries()];
}

function Chevron({ open }: { readonly open: boolean }) {
  const styles = useStyles();
  return (
    <span aria-hidden="true" className={mergeClasses(styles.chevron, !open && styles.chevronClosed)}>
      ▾
    </span>
  );
}

interface RuleGroupProps {
  readonly rule: string;
  readonly title: string;
  readonly severity: Severity;
  readonly issues: readonly RenderedIssue[];
  readonly onSelect: (sheet: string, address: string) => void;
  readonly showSheet: boolean;
}

/** One rule's issues: a header that collapses them, and the issues, all one tab stop. */
function RuleGroup({ rule, title, severity, issues, onSelect, showSheet }: RuleGroupProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const listId = useId();
  const focus = useGroupFocus(issues.length);
  return (
    <div className={styles.group} data-rule={rule}>
      <Caption1 as="h4" className={styles.rule} title={rule}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.ruleToggle}
          aria-expanded={focus.open}
          aria-controls={listId}
          onClick={() => focus.setOpen(!focus.open)}
          {...focus.itemProps(0)}
        >
          <Chevron open={focus.open} />
          {t('pane.check.rule', { rule: title, count: issues.length })}
        </Button>
      </Caption1>
      {focus.open && (
        <ul className={styles.list} id={listId}>
          {issues.map((issue, index) => {
            // A Word table's issue is told at its place in the document (表1 第3行 第5列), as the CLI tells it.
            const where = issue.place ?? (issue.cell === '' ? issue.sheet : showSheet ? `${issue.sheet}!${issue.cell}` : issue.cell);
            return (
              <li key={`${issue.sheet}!${issue.cell}#${index}`}>
                <Button
                  appearance="subtle"
                  className={mergeClasses(styles.issue, styles[severity])}
                  title={t('pane.check.goTo', { sheet: issue.sheet, cell: issue.cell || 'A1' })}
                  onClick={() => onSelect(issue.sheet, issue.cell === '' ? 'A1' : issue.cell)}
                  {...focus.itemProps(index + 1)}
                >
                  <span className={styles.address}>{where}</span>
                  {issue.message}
                </Button>
                <PreviousBeside issue={issue} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

interface SeverityGroupProps {
  readonly severity: Severity;
  readonly issues: readonly RenderedIssue[];
  readonly onSelect: (sheet: string, address: string) => void;
  readonly showSheet: boolean;
}

/** One severity's rule groups, under a header that collapses them all. */
function SeverityGroup({ severity, issues, onSelect, showSheet }: SeverityGroupProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const titleOf = (rule: string) => (i18n.exists(`pane.rule.${rule}`) ? t(`pane.rule.${rule}`) : rule);
  const label = t(`pane.check.severity.${severity}`);
  return (
    <section aria-label={t('pane.check.group', { severity: label, count: issues.length })} className={styles.group}>
      <Subtitle2 as="h3" className={styles.heading}>
        <Button appearance="transparent" className={styles.toggle} aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <Chevron open={open} />
          <Badge color={BADGE_COLOR[severity]} shape="rounded" aria-hidden>
            {issues.length}
          </Badge>
          {label}
        </Button>
      </Subtitle2>
      {open && (
        <div id={bodyId} className={styles.group}>
          {groupByRule(issues).map(([rule, ofRule]) => (
            <RuleGroup key={rule} rule={rule} title={titleOf(rule)} severity={severity} issues={ofRule} onSelect={onSelect} showSheet={showSheet} />
          ))}
        </div>
      )}
    </section>
  );
}

export function IssueList({ issues, onSelect, showSheet = false }: IssueListProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <section aria-label={t('pane.check.issueList')} className={styles.group}>
      <Caption1 className={styles.hint}>{t('pane.check.groupHint')}</Caption1>
      {SEVERITIES.map((severity) => {
        const ofSeverity = issues.filter((issue) => issue.severity === severity);
        if (ofSeverity.length === 0) return null;
        return <SeverityGroup key={severity} severity={severity} issues={ofSeverity} onSelect={onSelect} showSheet={showSheet} />;
      })}
    </section>
  );
}
