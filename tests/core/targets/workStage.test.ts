import { figureStage, stageMismatch, targetStage } from '../../../src/core/targets/_lib/workStage';
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, reportOf } from './reportFixtures';

function stageAt(text: string, figure: string): ReturnType<typeof figureStage> {
  const start = text.indexOf(figure);
  return figureStage(text, start, start + figure.length);
}

describe('figureStage: the stage of works a progress figure counts', () => {
  it.each([
    { text: '已开工12座、开工率60%，已竣工9座', figure: '12座', expected: 'start' },
    { text: '已开工12座、开工率60%，已竣工9座', figure: '9座', expected: 'finish' },
    { text: '3栋安置楼已完成主体工程，正在内部装修', figure: '3栋', expected: 'ongoing', notes: 'the main structure only: the building is not done' },
    { text: '已完成主体结构封顶4栋', figure: '4栋', expected: 'ongoing', notes: 'topped out, not finished' },
    { text: '5座公厕主体已完工', figure: '5座', expected: 'ongoing', notes: 'the structure finished, the works not' },
    { text: '主体工程完成后，已竣工验收6座', figure: '6座', expected: 'finish', notes: 'the 主体 of another clause does not hold back a finish' },
    { text: '已竣工验收6座，均已交付使用', figure: '6座', expected: 'finish', notes: 'a finish without 主体 stays a finish' },
    { text: '动工3200户；完工2100户', figure: '3200户', expected: 'start' },
    { text: '目前在建5所学校', figure: '5所', expected: 'ongoing' },
    { text: '正在推进4处公园建设', figure: '4处', expected: 'ongoing' },
    { text: '全区已有36个小区改造完成', figure: '36个', expected: 'finish' },
    { text: '另有15个小区新开工改造', figure: '15个', expected: 'start' },
    { text: '已开展15条道路的招投标工作', figure: '15条', expected: 'ongoing' },
    { text: '开展了9个小区的前期清理工作', figure: '9个', expected: 'ongoing' },
    { text: '其中2个项目开工建设;格林至德尔贡等30个项目正在开展勘察设计。', figure: '30个', expected: 'ongoing', notes: '西藏 2017: surveyed and designed, not started' },
    { text: '其中2个项目开工建设;格林至德尔贡等30个项目正在开展勘察设计。', figure: '2个', expected: 'start' },
    { text: '完成地质勘察后,已竣工验收6座', figure: '6座', expected: 'finish', notes: 'a survey of another clause does not hold back a finish' },
    { text: '今年教育部门共争取中小学校安全建设项目16个', figure: '16个', expected: 'ongoing', notes: '新安 2010: projects obtained are works prepared' },
    { text: '目前已通过审核的项目7个，全部为新建', figure: '7个', expected: 'ongoing', notes: '新安 2010: projects approved' },
    { text: '完成评审45个，三通一平开工建设45个', figure: '45个', expected: 'ongoing', notes: '昌宁 2016: sites reviewed' },
    { text: '审核通过城乡低保对象120户', figure: '120户', expected: null, notes: 'people approved for a benefit are no works prepared' },
    { text: '至11月30日,完成联合审批755台,竣工517台。', figure: '755台', expected: 'ongoing', notes: '岳阳 2023: lifts approved, not installed' },
    { text: '至11月30日,完成联合审批755台,竣工517台。', figure: '517台', expected: 'finish' },
    { text: '已竣工项目共50个', figure: '50个', expected: 'finish', notes: 'projects named without 争取 or 审核 keep their stage' },
    { text: '惠及群众800户', figure: '800户', expected: null },
    { text: '目前已确定9家新建社区食堂,正在设计', figure: '9家', expected: 'ongoing', notes: 'the sites chosen: the first step, none built' },
    { text: '两处学校开始铺设面层', figure: '两处', expected: 'start', notes: 'works begun' },
    { text: '已完成基础建设8处', figure: '8处', expected: 'ongoing', notes: 'the base of the works done, not the works' },
    { text: '已完成基础施工的球场6处', figure: '6处', expected: 'ongoing' },
    { text: '已选定充电站点位20个', figure: '20个', expected: 'ongoing', notes: 'sites chosen' },
    { text: '完成选址15处,其中开工6处', figure: '15处', expected: 'ongoing' },
    { text: '把6个村卫生室确定为示范卫生室', figure: '6个', expected: null, notes: 'named as what they now are: a designation done, no stage of works' },
    { text: '已开工(含竣工)42个项目、3100套', figure: '3100套', expected: 'start', notes: 'what the count includes, in parentheses, is no stage of its own' },
    { text: '已开工（含已完工）18所', figure: '18所', expected: 'start' },
    { text: '已开工30所，已完工（含验收）12所', figure: '12所', expected: 'finish' },
    { text: '截至目前已开工在建58个，完成投资12亿元', figure: '58个', expected: 'start', notes: 'started and now being built: a count of works started' },
    { text: '开复工在建项目41个', figure: '41个', expected: 'start' },
    { text: '已开工12个，在建9个', figure: '9个', expected: 'ongoing', notes: 'under way in a clause of its own' },
    { text: '截至11月底，已有20190套进场施工，其它项目近期可以开工', figure: '20190套', expected: 'start', notes: 'the builders on site: works begun' },
    { text: '其中62个项目已经进场施工，开工率81.2%', figure: '62个', expected: 'start' },
    { text: '建设进场路3.9公里', figure: '3.9公里', expected: null, notes: 'an access road (进场路) is no stage' },
  ])('$text → $figure: $expected', ({ text, figure, expected }) => {
    expect(stageAt(text, figure)).toBe(expected);
  });

  it('reads works finished of a preparatory part named as the sentence\'s subject as works under way', () => {
    const stages = (progress: string) => readReportedFigures(progress, 2016).map((figure) => [figure.quantity.text, figure.stage]);
    expect(stages('三通一平开工建设45个，已完工22个。')).toEqual([['45个', 'start'], ['22个', 'ongoing']]);
    expect(stages('主体工程施工15栋，已完工6栋。')).toEqual([['15栋', null], ['6栋', 'ongoing']]);
    expect(stages('安置点开工建设45个，已完工22个。')).toEqual([['45个', 'start'], ['22个', 'finish']]);
    expect(stages('落实主体责任，已完成改造老旧小区10个。')).toEqual([['10个', 'finish']]);
  });

  it('does not read projects still being surveyed and designed as the projects to start, though as many', () => {
    expectTargetsOfRow({
      description: '西藏 2017',
      row: { task: '全年计划新开工的30个边防公路项目,', progress: '工可报告全部编制完成,其中,各尔登至西兰塔、格金湖至无名湖2个项目开工建设;格林至德尔贡等30个项目正在开展勘察设计。' },
      expected: [{ value: 30, verdict: 'unclear', reported: null }],
    });
  });

  it('reads the target\'s own count with only its base done, a part of it begun after, as the works restated, not built', () => {
    const judged = analyzeTargets(reportOf([{ task: '建成社区球场10处并投入使用', progress: '10处社区球场已完成基础建设,3处开始铺设面层。' }], 2021, '三季度')).targets;
    expect(judged.map((target) => ({ value: target.value, reported: target.reported, verdict: target.verdict }))).toEqual([{ value: 10, reported: null, verdict: 'unclear' }]);
  });

  it('does not read the sites chosen for the works as the works done, though as many', () => {
    const judged = analyzeTargets(reportOf([{ task: '新建社区养老服务站12个', progress: '已确定12个新建社区养老服务站的点位,正在开展设计。' }], 2021, '一季度')).targets;
    expect(judged.map((target) => ({ value: target.value, reported: target.reported, verdict: target.verdict }))).toEqual([{ value: 12, reported: null, verdict: 'no-figure' }]);
  });

  it('reads no stage from a rate or a time named after a stage word (开工率, 竣工后)', () => {
    expect(stageAt('开工率达到90%', '90%')).toBeNull();
    expect(stageAt('竣工后可提供床位300张', '300张')).toBeNull();
  });
});

describe('targetStage and stageMismatch', () => {
  it('reads the stage a target asks for', () => {
    expect(targetStage('新开工农房改造500户')).toBe('start');
    expect(targetStage('竣工安置房3000套')).toBe('finish');
    expect(targetStage('建成社区食堂20个')).toBe('finish');
    expect(targetStage('改造老旧小区40个')).toBeNull();
  });

  it('a target of a step that prepares works (审批, 评审) asks for that step, and works built do not answer it', () => {
    expect(targetStage('全年完成既有住宅加装电梯联合审批300台')).toBe('ongoing');
    expect(targetStage('完成安置点评审50个')).toBe('ongoing');
    expect(targetStage('既有住宅加装电梯300台')).toBeNull();
    expect(stageMismatch('ongoing', 'ongoing')).toBe(false);
    expect(stageMismatch('ongoing', 'finish')).toBe(true);
    expect(stageMismatch(null, 'ongoing')).toBe(true);
  });

  it('a plan of households set going (启动) asks for works started', () => {
    expect(targetStage('今年我市计划启动棚户区改造1.5万户')).toBe('start');
    expect(targetStage('主城区危旧房改造启动5000户')).toBe('start');
    expect(targetStage('完成棚户区改造1.5万户')).toBeNull();
    expect(targetStage('启动建设并建成安置房3000套')).toBe('finish');
    expect(targetStage('启动实施重点民生实事项目30件')).toBe('any');
  });

  it('a list of investment projects counted by its kind asks for projects started', () => {
    expect(targetStage('120项重点项目')).toBe('start');
    expect(targetStage('服务业项目24项')).toBe('start');
    expect(targetStage('新建项目共85个')).toBe('start');
    expect(targetStage('“双百”项目共计30个')).toBe('start');
    expect(targetStage('12个新改扩建学校项目')).toBeNull();
    expect(targetStage('年内完成重点项目30个')).toBeNull();
    expect(targetStage('兴办10件民生实事项目')).not.toBe('start');
    expect(targetStage('重点项目完成投资50亿元')).toBeNull();
    expect(targetStage('全县150个重点建设项目')).toBe('start');
    expect(targetStage('计划实施5000万元以上项目420个')).toBe('start');
    expect(targetStage('由县级调度的项目25个')).toBe('start');
    expect(targetStage('90个年度新开项目')).toBe('start');
    expect(targetStage('8个学校建设项目')).toBeNull();
    expect(targetStage('完成投资10亿元以上')).toBeNull();
  });

  it('a list of projects named by its sector or class (基础设施, 社会事业, 实施类) or by their size is a list followed by its starts', () => {
    expect(targetStage('18个重大基础设施项目')).toBe('start');
    expect(targetStage('20个民生及社会事业项目')).toBe('start');
    expect(targetStage('其中，373个实施类项目')).toBe('start');
    expect(targetStage('今年全区重点调度的209项10亿元新建工业项目')).toBe('start');
    // Projects that name the works they build, or a count to finish, are answered by the works finished.
    expect(targetStage('新建5个乡镇污水处理基础设施')).toBeNull();
    expect(targetStage('年内完成10个基础设施项目')).toBeNull();
    expect(targetStage('实施6个农村基础设施提升工程')).toBeNull();
    // A list of 民生工程 or 民生项目 stays a list measured at any stage.
    expect(targetStage('全年实施重点民生项目共30个')).toBe('any');
  });

  it("a year's counted list of 民生实事 is measured by its items started, under way or done", () => {
    expect(targetStage('兴办10件民生实事项目')).toBe('any');
    expect(targetStage('全年实施28个民生实事项目')).toBe('any');
    expect(targetStage('民生实事项目共15件')).toBe('any');
    expect(targetStage('全年实施重点民生项目共30个')).toBe('any');
    expect(targetStage('民生项目完成投资3亿元')).toBeNull();
    expect(targetStage('民生实事项目完成投资8亿元')).toBeNull();
    expect(targetStage('新建民生服务中心3个')).toBeNull();
    expect(stageMismatch('any', 'start')).toBe(false);
    expect(stageMismatch('any', 'ongoing')).toBe(false);
    expect(stageMismatch('any', 'finish')).toBe(false);
  });

  it('a target naming no stage is answered by finished works, not by works started or under way', () => {
    expect(stageMismatch(null, 'start')).toBe(true);
    expect(stageMismatch(null, 'ongoing')).toBe(true);
    expect(stageMismatch(null, 'finish')).toBe(false);
    expect(stageMismatch(null, null)).toBe(false);
  });

  it('a target to start works is answered by works started only', () => {
    expect(stageMismatch('start', 'start')).toBe(false);
    expect(stageMismatch('start', 'finish')).toBe(true);
  });
});
