/**
 * A figure of 万 with no counting word, right before a noun of people (`万农村群众`, `万城镇居民`, `万在校学生`), counts those
 * people, as `万人` would: a target of people is answered by it, even beside counts of other things. A verb between the figure
 * and the people makes it an amount spent on something. Examples written for this test.
 */
import { asCountOfPeopleNamedAfter } from '../../../src/core/targets/_lib/peopleNamedAfter';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function quantityIn(text: string, written: string) {
  const found = parseQuantities(text).quantities.find((quantity) => quantity.text.includes(written));
  if (!found) throw new Error(`no quantity ${written} in ${text}`);
  return found;
}

describe('a figure of 万 before a noun of people', () => {
  it.each([
    { description: 'villagers of the countryside', text: '已使126.4万农村群众用上了自来水', figure: '126.4万', unitClass: 'people' },
    { description: 'pupils, after the kind of school', text: '为8.2万中小学学生配备了新课桌', figure: '8.2万', unitClass: 'people' },
    { description: 'counter-example: a verb between makes it money spent', text: '投入300万修建村民活动中心', figure: '300万', unitClass: 'bare' },
    { description: 'counter-example: a noun that is no people of the task stays bare', text: '全年新增8万游客接待能力', figure: '8万', unitClass: 'bare' },
  ])('$description', ({ text, figure, unitClass }) => {
    expect(asCountOfPeopleNamedAfter(text, quantityIn(text, figure)).unitClass).toBe(unitClass);
  });
});

describe('a target of people answered by people named after the figure', () => {
  it.each<RowCase>([
    {
      description: 'the people served answer the target beside a count of works built',
      row: {
        task: '年内解决30万农村居民饮水安全问题。',
        progress: '截至9月底,已建成农村饮水工程215处,使24.6万农村群众喝上了安全水。',
      },
      expected: [{ value: 300000, reported: { value: 246000 }, verdict: 'on-track' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
