/**
 * Whether an indicator phrase names nothing that is counted: `已完成`, `累计建成`, `同比增长`, `1—9月完成`, `日前全部完成`,
 * `截止到目前`, `截至去年11月底` say what was done, when, or how it changed, not what. Such a figure takes its subject from its sentence, or is
 * tied to a target by its place.
 */
const DOING_WORDS =
  /已经?|(?:总体|整体|总|形象|工程)?进度|实际|另有|累计|共计?|总计|合计|完成了?|建成|新建|建设|改造|实施|开工|竣工|完工|动工|交付|投用|投入使用|开展|全部|年度|全年|任务|目标|实现|达到|达|为|了|的|目前|截至|截止到?|至今|到目前|(?:去|今|本|当)年|\d{4}年|月底|月末|底|新增|增加|提前|超额|惠及|受益|同比|比上年|较上年|比去年|较去年|上年同期|分别|均|增长|下降|增收|减收|提高|降低|增幅|降幅|增速|约|近|左右|以上|预计|上半年|一季度|前三季度|今年以来|日前|近日|近期|当前|\d+\s*[-—–~至到]?\s*\d*\s*月份?/g;

const OTHER_THAN_WORDS = /[\s\d，,。；;、（）()]/g;

/**
 * `我省已提前超额完成任务`, `全市已全部完成`: the reporting place itself, as a whole (我省, 全市, 本县), is the subject of every figure
 * its report gives and names nothing counted; a place by its name (`安化县`) may be a part, and stays a name.
 */
const THE_WHOLE_PLACE = /[我全本](?:省|市|区|县|州|盟|旗|镇|乡)/g;

/**
 * Answers already given, by indicator: a sheet's figures measure a few hundred different things
 * (`社区卫生服务中心`, `年度任务`, `群众`), and the two replaces per figure were a visible share of reading
 * a progress text. Bounded, so a sheet of pasted data cannot grow it unduly.
 */
const answers = new Map<string, boolean>();
const MAX_REMEMBERED_INDICATORS = 4096;

export function namesNothing(indicator: string): boolean {
  const known = answers.get(indicator);
  if (known !== undefined) return known;
  const nothing = indicator.replace(DOING_WORDS, '').replace(THE_WHOLE_PLACE, '').replace(OTHER_THAN_WORDS, '').length <= 1;
  if (answers.size < MAX_REMEMBERED_INDICATORS) answers.set(indicator, nothing);
  return nothing;
}
