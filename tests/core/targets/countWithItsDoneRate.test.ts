/**
 * A count followed at once by the rate at which that very work is done (`排查隐患1200处,整改率100%`) tells how the work stands:
 * neither the count nor the rate is an aim, unless a word of intent is written. Phrasings written for this test.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isCountWithItsDoneRate, isDoneRateOfTheCountBefore } from '../../../src/core/targets/_lib/countWithItsDoneRate';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const readings: readonly { description: string; input: string; count: boolean; rate: boolean }[] = [
  { description: 'hazards found and put right, with the rate of the putting right', input: '共排查整改安全隐患864处,整改率100%', count: true, rate: true },
  { description: 'complaints handled and closed, with the closing rate', input: '受理办结群众投诉312件，办结率97.4%', count: true, rate: true },
  { description: 'problems sent back for correction, with 达', input: '交办整改问题56个，整改率达91.1%', count: true, rate: true },
  { description: 'counter-example: an intent word keeps both aims', input: '排查整改隐患500处，确保整改率100%', count: false, rate: false },
  { description: 'counter-example: an aim stated in the count clause', input: '力争整改隐患500处，整改率100%', count: false, rate: false },
  { description: 'counter-example: a rate of another verb than the count', input: '新建保障房1000套，开工率100%', count: false, rate: false },
];

describe('a count told with its done rate', () => {
  it.each(readings)('$description', ({ input, count, rate }) => {
    const quantities = parseQuantities(input).quantities;
    const countQuantity = quantities.find((quantity) => quantity.unitClass !== 'percent');
    const rateQuantity = quantities.find((quantity) => quantity.unitClass === 'percent');
    expect(countQuantity !== undefined && isCountWithItsDoneRate(input, countQuantity)).toBe(count);
    expect(rateQuantity !== undefined && isDoneRateOfTheCountBefore(input, rateQuantity)).toBe(rate);
  });
});

const cases: RowCase[] = [
  {
    description: 'the general hazards told as handled are no targets; the major ones after them are',
    row: { task: '某区：排查整改一般隐患2150条,整改率100%；重大隐患18家', progress: '已整改15家。' },
    expected: [{ value: 18, reported: { value: 15 } }],
  },
  {
    description: 'a closed-case tally before a count to build',
    row: { task: '核查办结信访件48件，办结率100%；新建调解室12个', progress: '已建成调解室9个' },
    expected: [{ value: 12, reported: { value: 9 } }],
  },
  {
    description: 'counter-example: a rate to reach with 确保 stays an aim',
    row: { task: '排查整改隐患300处，确保整改率100%', progress: '已整改隐患240处' },
    expected: [{ value: 300, reported: { value: 240 } }, { value: 100, unit: '%' }],
  },
];

describe('a count told with its done rate, in a row', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
