/**
 * A target written as a part of a whole the task states first (`…任务10081户，其中，建档立卡贫困户8513户`) is answered by
 * the part's own figures: the whole's rate says nothing of one part.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { isPartOfWholeTarget } from '../../../src/core/targets/_lib/partOfWholeTarget';
import { reportOf, type RowSpec } from './reportFixtures';

describe('which figures of a task are parts of its whole', () => {
  const at = (text: string, figure: string): boolean => isPartOfWholeTarget(text, text.indexOf(figure));

  it.each([
    { description: 'after 其中 and a comma', text: '危房改造任务10081户,其中,建档立卡贫困户8513户。', figure: '8513', expected: true },
    { description: 'the whole before 其中', text: '危房改造任务10081户,其中,建档立卡贫困户8513户。', figure: '10081', expected: false },
    { description: 'the second of a list after 其中包括', text: '开工建设保障性安居工程15.44万套,其中包括保障性住房2.59万套、棚户区改造12.85万套;基本建成16.4万套', figure: '12.85', expected: true },
    { description: 'a new clause after a semicolon', text: '开工建设保障性安居工程15.44万套,其中包括保障性住房2.59万套、棚户区改造12.85万套;基本建成16.4万套', figure: '16.4', expected: false },
    { description: 'a sentence that opens with 其中', text: '计划实施农村安居工程建设任务20万户。其中,南疆四地州建设任务安排16.24万户。', figure: '16.24', expected: true },
    { description: 'after a bracket with 其中 closed', text: '我市共69项重点项目(其中63项已列入江门市重点项目),2022年计划投资57.35亿元', figure: '57.35', expected: false },
    { description: 'the parts of a list joined by 、 in the clause 其中 opens', text: '实施易地扶贫搬迁1856户,其中:建档立卡户1200户、随迁户656户。', figure: '656', expected: true },
    { description: 'a list of targets opened by 包括, with no whole stated before it', text: '今年我省农村危房改造，包括中央下达的危房改造任务7.1万户和中央第三批下达我省的任务4.2万户。', figure: '4.2', expected: false },
    { description: 'a target of its own in the next clause', text: '新建幼儿园10所,其中公办园4所,新增学位5000个。', figure: '5000', expected: false },
    { description: 'the year\'s slice of a plan of two years', text: '主城区将新增和开放社会单位厕所共720座。其中,2018年的任务为340座,', figure: '340', expected: false },
    { description: 'a cell that opens with 其中: its whole is in another row', text: '其中平阳县任务数是11所,', figure: '11', expected: false },
    { description: 'a cell that opens with 其中 and a comma', text: '其中,列入省重点建设项目计划并由市级调度的项目36个,', figure: '36', expected: false },
    { description: 'counter-example: a later sentence of the cell that opens with 其中 still parts the sentence before', text: '计划新建幼儿园80所。其中公办30所以上。', figure: '30', expected: true },
    { description: '包括的 counts the whole again in smaller items', text: '截至11月底,大连市政府公开挂牌督办的2016年“18项重点民生工程”所包括的65个具体项目', figure: '65', expected: false },
    { description: 'counter-example: 包括 opening a part after the whole', text: '实施重点民生工程18项,包括65个具体项目中的城建项目20个。', figure: '20', expected: true },
    { description: 'the third of parts listed over commas in one unit (宣城 2012)', text: '目标总任务为14622套,其中廉租住房1852套,公共租赁住房7900套,棚户区改造4870套;新增租赁补贴300户;', figure: '4870', expected: true },
    { description: 'the second of parts listed over commas in one unit (山西 2014)', text: '今年计划竣工项目126项,其中各市项目122项,跨市域项目4项,', figure: '4项', expected: true },
    { description: 'the parts of works to build, with spaces around the figures (甘肃 2018)', text: '全省今年计划建设集中供水工程 971 处,其中管网延伸 106 处,改造配套 549 处,新建 316 处;水窖、小电井 9033 处。', figure: '316', expected: true },
    { description: 'counter-example: after the semicolon that ends the parts', text: '目标总任务为14622套,其中廉租住房1852套,公共租赁住房7900套,棚户区改造4870套;新增租赁补贴300户;', figure: '300', expected: false },
    { description: 'counter-example: a clause in another unit after the part is a target of its own, and so is the next', text: '新建幼儿园10所,其中公办园4所,新增学位5000个,配备教师300名。', figure: '300', expected: false },
    { description: 'counter-example: a clause of more than a part and its figure ends the parts', text: '改造老旧小区30个,其中市区20个,年底前完成县城小区改造10个。', figure: '10个', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(at(text, figure)).toBe(expected);
  });
});

describe('a part of the whole against the progress', () => {
  const judge = (row: RowSpec, period: string) => analyzeTargets(reportOf([row], 2020, period)).targets.map((target) => ({
    value: target.value,
    reported: target.reported?.value ?? null,
    verdict: target.verdict,
  }));

  it('is answered by the part\'s own figures after the progress\'s 其中, not by the whole\'s rate', () => {
    const row: RowSpec = {
      task: '2020年全区新增4类重点对象农村危房改造任务21286户,其中,建档立卡贫困户13208户,要求于5月底基本竣工。',
      period: '1-5月',
      progress: '截至5月8日,已开工21286户、竣工15618户,开工率100%、竣工率73.37%。其中,建档立卡贫困户危房改造任务开工13208户、竣工9356户,开工率100%、竣工率70.84%。',
    };
    const [, part] = judge(row, '1-5月');
    expect(part).toEqual({ value: 13208, reported: 9356, verdict: 'behind' });
  });

  it('has no figure where the progress rates only the whole', () => {
    const row: RowSpec = {
      task: '危房改造任务10081户,其中,建档立卡贫困户8513户。',
      progress: '全省4类重点对象开工10887户;竣工6760户,竣工率达67.1%。',
    };
    expect(judge(row, '上半年')).toEqual([
      { value: 10081, reported: 6760, verdict: 'on-track' },
      { value: 8513, reported: null, verdict: 'no-figure' },
    ]);
  });

  it('is answered by the whole\'s share whose own figure is the part\'s plan', () => {
    const row: RowSpec = {
      task: '确保完成公路固定资产投资581亿元,其中200亿元用于农村公路建设。',
      progress: '今年一季度,累计完成投资56.6亿元,占年度目标任务的28.3%。',
    };
    const part = judge(row, '一季度').find((target) => target.value === 20000000000);
    expect(part?.verdict).toBe('on-track');
  });

  it('a part whose whole another row states is answered by the row\'s own count done', () => {
    const row: RowSpec = { task: '其中平阳县任务数是11所,', progress: '已完成5所,开工10所;' };
    expect(judge(row, '1-10月')).toEqual([{ value: 11, reported: 5, verdict: 'behind' }]);
  });

  it('is met when the whole is said done', () => {
    const row: RowSpec = { task: '改造农村危房2000户,其中贫困户1200户。', progress: '已全部完工。' };
    expect(judge(row, '全年').map((target) => target.verdict)).toEqual(['met', 'met']);
  });
});
