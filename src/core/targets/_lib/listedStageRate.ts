/**
 * Rates of one stage said one by one (`这三类棚户区开工率分别达到54.18%、73.41%和47.04%`): the stage's words (`开工率`) stand
 * before the first percent only, and each percent listed right after it (by `、`, `和`, `及`) is a rate of the same stage, of
 * the next thing of the list. Without this, the later percents would be bare figures that name nothing.
 */
import type { WorkStage } from './workStage';

/**
 * The stage of a percent listed right after a rate of a stage: that stage, when the percent is a bare one (no direction, read
 * as done) right after it; else null.
 *
 * @example
 * listedStageRate('start', true, true) // 'start'
 * listedStageRate('start', false, true) // null
 */
export function listedStageRate(previousRateStage: WorkStage | null, listedRightAfter: boolean, barePercent: boolean): WorkStage | null {
  return previousRateStage !== null && listedRightAfter && barePercent ? previousRateStage : null;
}
