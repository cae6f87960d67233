/**
 * The place that reports, alone as the subject of the done words, names no other work: the whole is done.
 */
import { allDoneShare } from '../../../src/core/targets/_lib/allDone';

describe('done words whose subject is only the reporting place', () => {
  it.each([
    { description: 'a city named before its done words', input: '据市住建局消息，东江市已提前完成全年“改造老旧管网”目标任务。', expected: 100 },
    { description: 'our county, all done', input: '我县已全面完成。', expected: 100 },
    { description: 'the whole district, done ahead of time', input: '全区已提前完成。', expected: 100 },
    { description: 'a place with another work named is that work done (counter-example)', input: '南湖镇卫生院已全部完工。', expected: null },
    { description: 'a place forecast to finish has not finished (counter-example)', input: '东江市预计年底全部完成。', expected: null },
    { description: 'a place that has not finished (counter-example)', input: '东江市尚未全部完成。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(allDoneShare(input)?.quantity.value ?? null).toBe(expected);
  });
});
