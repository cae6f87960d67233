/**
 * The 自我评价 ladder (DOMAIN §1 vocabulary, best first): a task that was 完成 last quarter and is 序时推进
 * now went down it, which a reviewer questions unless the progress says why.
 */
import { DEFAULT_VOCABULARY, vocabularyWordFor } from '../../text/selfAssessment';

/** Higher is better. 基本完成 is nearer done than being ahead of schedule; 未完成 and 滞后 are the bottom rung. */
const RUNGS: Readonly<Record<string, number>> = {
  完成: 5,
  基本完成: 4,
  超序时推进: 3,
  序时推进: 2,
  滞后: 1,
  未完成: 1,
};

/** The rung of a self-assessment (its near-synonyms included: 已完成, 按计划推进 …); null for words off the ladder. */
export function assessmentRung(text: string): number | null {
  const word = vocabularyWordFor(text, DEFAULT_VOCABULARY);
  return word === null ? null : (RUNGS[word] ?? null);
}

/**
 * Words that give a reason for a step down: a cause (`因`, `由于`, `受疫情影响`), a change of plan
 * (`调整`, `变更`), or a delay named as such (`推迟`, `延期`, `暂停`). Their presence is enough: the
 * reviewer reads the reason, the check only asks that there is one.
 */
const REASON = /因|由于|受[^，,。；;]{0,12}影响|原因|调整|变更|暂停|暂缓|停工|推迟|延期|延后|顺延|整改|返工|重新/;

export function givesReason(progress: string): boolean {
  return REASON.test(progress);
}
