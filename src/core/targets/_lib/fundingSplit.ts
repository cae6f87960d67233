/**
 * A notice gives an item's money and then where it comes from: `计划投入15.62亿元，其中中央及省市以上6.57亿元、…乡镇及其他5.75亿`,
 * `总投资149万元，其中向上争取…专项资金82万元，县级财政专项资金67万元`, `其中:中央31510.64万元,…州8492.71万元,县8492.7万元`. Each part after 其中 named by its source is the
 * split of the sum, not an aim of its own. The reporting government's own share (`县本级3.3亿`, `市本级…`) is what it commits
 * to put in, and stays a target; so does a part named by its use (`其中200亿元用于农村公路建设`) or by a kind of works
 * (`其中省重点项目60亿元`).
 */

/** A sum, with its unit of money, before the 其中 that opens its split. */
const MONEY_BEFORE = /\d\s*(?:万|亿)?元\s*[，,]?\s*其中[:：]?\s*$/;
/** The source a part is named by, at the opening of its words (after 其中, a list mark or a comma). */
const SOURCE_OPENING = /^(?:中央|国家|省|市级|市财政|县级|县财政|区级|区财政|州级|州财政|盟级|旗级|乡镇|乡级|村级|地方|社会|企业|银行|群众|农户|其他|其它|向上争取|争取上级|上级|自筹)/;
/**
 * A level of government named alone, right before its part (`中央31510.64万元,省级37610.8万元,州8492.71万元,县8492.7万元`): a
 * split by payers names each level by its one character as often as with 级; words that go on (`县城`, `市区`) name a place.
 */
const LEVEL_ALONE = /^(?:州|县|市|区|盟|旗)$/;
/**
 * A part named by the year its money was given in (`其中上年结转0.49亿元,今年下达6.20亿元`, `其中往年结余…、当年新下达…`): the
 * split of an arranged sum by when it was arranged says where the plan comes from, as a split by payers does; the sum is the
 * plan measured. A year's part named by a work done (`其中今年完成6亿元`) is no allocation, and stays a target.
 */
const ALLOTTED_OPENING = /^(?:上年度?|往年|去年|以前年度|历年|今年|当年|本年度?)?(?:结转|结余|新?下达|追加)/;
/** The reporting government's own level: its share is committed, not only received. */
const OWN_LEVEL = /本级/;
/**
 * A part named by what it is spent on is an aim of that use, and one named by a kind of works (`其中省重点项目60亿元`) is
 * the money of those works, not a source.
 */
const USE_OR_WORKS = /用于|投向|项目|工程|建设/;
/** How far back the 其中 of the split is looked for: a split lists a few sources. */
const SPLIT_REACH = 60;
const PART_WORDS_REACH = 24;
const PART_MARKS = /[，,、；;：:]|其中/g;

/**
 * Whether a sum of a target text is one part of a sum split by its sources.
 *
 * @example
 * isPartOfFundingSplit('计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿', 6.57亿元) // true
 * isPartOfFundingSplit('计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿', 3.3亿) // false: the county's own
 */
export function isPartOfFundingSplit(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - SPLIT_REACH), start);
  const opener = window.lastIndexOf('其中');
  if (opener < 0 || !MONEY_BEFORE.test(window.slice(0, opener + 2))) return false;
  // The split runs within one sentence from its 其中.
  if (/[。；;]/.test(window.slice(opener))) return false;
  const words = partWords(window, opener);
  return words.length <= PART_WORDS_REACH && (SOURCE_OPENING.test(words) || LEVEL_ALONE.test(words) || ALLOTTED_OPENING.test(words)) && !OWN_LEVEL.test(words) && !USE_OR_WORKS.test(words);
}

/** The words of the part the figure closes: from the last mark (or 其中) before it. */
function partWords(window: string, opener: number): string {
  let from = opener + 2;
  PART_MARKS.lastIndex = from;
  for (let mark = PART_MARKS.exec(window); mark !== null; mark = PART_MARKS.exec(window)) from = mark.index + mark[0].length;
  return window.slice(from).trim();
}
