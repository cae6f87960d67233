/**
 * A figure of 万 without a counting word, right before a noun of people (`2043万农村人口`, `790.55万农村群众`), counts those
 * people: its words are the noun after it, so the people of each kind are told apart (`农村人口` from `农村学校师生`).
 * Sentences of real 农村饮水安全 reports, and counter-examples in the same style.
 */
import { extractTargets, readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the words of a bare figure of people', () => {
  it.each([
    { description: 'a target of rural people, listed before the schools’ people', text: '我省将再安排解决2043万农村人口和172万农村学校师生饮水安全问题。', value: 20430000, words: '农村人口' },
    { description: 'the second item of that list', text: '我省将再安排解决2043万农村人口和172万农村学校师生饮水安全问题。', value: 1720000, words: '农村学校师生' },
  ])('$description', ({ text, value, words }) => {
    const target = extractTargets(text, { year: 2011 }).find((statement) => statement.value === value);
    expect(target?.context.indicator).toContain(words);
  });

  it('a reported figure of rural residents is named by them', () => {
    const figures = readReportedFigures('截至2011年8月底,全省累计解决了1358.86万农村居民及36.2万农村学校师生的饮水安全问题。', 2011);
    expect(figures.find((figure) => figure.quantity.value === 13588600)?.context.indicator).toContain('农村居民');
    expect(figures.find((figure) => figure.quantity.value === 362000)?.context.indicator).toContain('农村学校师生');
  });

  // A sum after a word of money (安排资金) is money with its 元 dropped, so a noun of people after it does not name it.
  it.each([
    { description: 'a bare sum before the thing it pays for is money', text: '县财政安排资金2000万用于农村道路建设。', value: 20000000 },
    { description: 'a bare sum before a verb and a noun of people is money', text: '县财政安排资金500万修建村民活动中心。', value: 5000000 },
  ])('$description', ({ text, value }) => {
    const figure = readReportedFigures(text, 2021).find((statement) => statement.quantity.value === value);
    expect(figure?.quantity.unitClass).toBe('money');
  });
});

const rows: RowCase[] = [
  {
    description: 'each kind of people is answered by its own figure, not by the larger one before it',
    row: {
      task: '今年要解决200万农村人口和20万农村学校师生饮水安全问题。',
      progress: '截至9月底,全省累计解决了158万农村居民及16.2万农村学校师生的饮水安全问题。',
    },
    expected: [{ value: 2000000, reported: { value: 1580000 } }, { value: 200000, reported: { value: 162000 } }],
  },
];

describe('targets of people said in 万 without a counting word', () => {
  it.each(rows)('$description', expectTargetsOfRow);
});
