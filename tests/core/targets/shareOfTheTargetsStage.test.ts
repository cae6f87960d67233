/**
 * Of two shares that answer a target alike, the share of the works at the target's stage measures it: a target that names
 * no stage is built (`实施…工程共131处`), so the share built (`工程建成率98%`) answers it, not the share started
 * (`已全部开工建设`); a target of starts keeps the share started.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

describe('the share of the works at the target\'s stage', () => {
  const judge = (task: string, progress: string) => analyzeTargets(reportOf([{ task, progress }], 2019, '全年', '2019年12月17日')).targets
    .map((target) => ({ reported: target.reported?.value ?? null, verdict: target.verdict }));

  it.each([
    {
      description: 'the share built answers works to carry out, though the works all started come first',
      task: '2019年,我省计划实施农村饮水安全巩固提升工程共131处,涵盖8个市县。',
      progress: '目前,131处工程已全部开工建设,工程建成率98%,预计12月底将全部建成,有6.28万农村居民受益。',
      expected: [{ reported: 98, verdict: 'on-track' }],
      notes: '海南 2019',
    },
    {
      description: 'counter-example: works to start are answered by the works started, not by the share built',
      task: '2019年,计划新开工农村饮水安全巩固提升工程131处。',
      progress: '目前,131处工程已全部开工建设,工程建成率98%。',
      expected: [{ reported: 131, verdict: 'met' }],
    },
    {
      description: 'counter-example: the share started alone still leaves works to build unclear',
      task: '2019年,我省计划实施农村饮水安全巩固提升工程共131处。',
      progress: '目前,131处工程已全部开工建设。',
      expected: [{ reported: null, verdict: 'unclear' }],
    },
  ])('$description', ({ task, progress, expected }) => {
    expect(judge(task, progress)).toEqual(expected);
  });
});
