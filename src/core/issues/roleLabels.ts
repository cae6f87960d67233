import type { ColumnRole } from '../report/types';

/** How issues name the standard columns, whatever the sheet's header says. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  serial: '序号',
  task: '任务',
  period: '时间',
  milestone: '节点任务',
  progress: '进展情况',
  selfAssessment: '自我评价',
};
