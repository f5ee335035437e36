/**
 * The asker's own claim, checked against the clause, in stage 6 of the Q&A pipeline (compose):
 * 「是取消评优吗」→ 是, 「也是一千个学生配一个吗」→ 不是 (1:500), 「有人说八个钟头就行 是不是这样」→
 * 不是 (10小时), 「有次数要求没」→ 有. Only what the clause's words decide:
 *
 * - a figure of the claim that the clause gives otherwise, in the same unit → 不是;
 * - every word of the claim that names something stands in the clause, outside a prohibition,
 *   and every figure of the claim is the clause's → 是;
 * - otherwise null: the clause does not settle it, and no verdict is given.
 *
 * Pure.
 */
import type { QaIndex } from './index.ts';
import { extractNumbers } from '../text/numbers.ts';
import { allowedText, contentTerms, statedIn } from './permission.ts';
import { leaveWord } from './staff.ts';

/** 「是不是这样」「对吗」: a question about what the asker said just before. */
const ABOUT_BEFORE = /^(?:那|那么)?(?:是不是这样|是这样吗|是这样的吗|是这样不|对吗|对不对|对不|是吗|是不是|没错吧|没错吗|对吧|是真的吗|真的吗|是真的假的|真的假的|是不是真的|靠谱吗|准确吗|(?:这|这个|那)?是(?:考核|考核办法|办法|文件|上面|上级)?(?:里|上|中)?(?:的)?(?:规定|要求)(?:的)?(?:吗|么|嘛)|(?:考核|考核办法|办法|文件)?(?:里|上)?(?:是)?这么(?:规定|要求|写)的(?:吗|么|嘛)|(?:是)?这样理解(?:吗|对吗|对不对|没错吧?)|(?:他|她|他们|领导|校长)?说(?:得|的)(?:对不对|对吗|对不|没错吗|有道理吗))[？?。！!]*$/u;
/** What only reports the claim: 「有人说」「听说」. */
const REPORTED = /^.*?(?:有人说|听人说|听说|据说|他们说|别人说|领导说|校长说|同事说|群里说|说是|都在传|在传|传言|传闻|听人讲|跟我说|告诉我|说的是)/;
/** 「是取消评优吗」「也是一千个学生配一个吗」「是不是要两名」「按1比1000配吗」; not a choice (还是) or a figure asked. */
const IS_IT = /(?:^|[^不])是(?!不是)([^，,。？?！!；;]+?)(?:吗|么|嘛)[？?]?$|是不是([^，,。？?！!；;]+?)[？?]?$|(?:记得|好像|应该|以为)是([^，,。？?！!；;]+?)[？?]$|(?:^|[^是不])(按(?!规定|要求|办法|文件|考核|这个|照|理|说)[^，,。？?！!；;]+?)(?:吗|么|嘛)[？?]?$/;
const ASKS_FIGURE = /多少|几|多久|多长|什么|啥|哪|怎么|谁|还是/;

const UNIT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^\s*(?:个)?(?:小时|钟头|钟)/, '小时'],
  [/^\s*(?:分钟)/, '分钟'],
  [/^\s*(?:元|块)/, '元'],
  [/^\s*(?:次|回|场)/, '次'],
  [/^\s*(?:节|课时)/, '节'],
  [/^\s*(?:名|个人|位)/, '名'],
  [/^\s*(?:天)/, '天'],
  [/^\s*(?:个)?月/, '月'],
  [/^\s*(?:周)/, '周'],
  [/^\s*%/, '%'],
];

/**
 * Periods said without a number: 每周 is one week, 每学期 one term and 每学年 two (the unit 学期), so
 * that 每学期 is told apart from 每学年. Only to deny a claim: they need not stand in the text.
 */
const IMPLIED: readonly (readonly [RegExp, number, string])[] = [
  // (每天 against 每周: a day is a seventh of the week.)
  [/每(?:一)?天|天天/, 1 / 7, '周'],
  [/每(?:个)?(?:周|星期|礼拜)/, 1, '周'],
  [/每(?:两|二|2)(?:个)?(?:周|星期|礼拜)/, 2, '周'],
  [/每(?:个)?学期|一学期|按学期算?/, 1, '学期'],
  [/每(?:个)?学年|每年|一学年|年生均|按年算?/, 2, '学期'],
];

/** The periods a text says without a number (每周 → 1 周, 每学年 → 2 学期). */
export function impliedOf(text: string): { value: number; unit: string }[] {
  return IMPLIED.filter(([re]) => re.test(text)).map(([, value, unit]) => ({ value, unit }));
}

/** A figure and its unit word (10个钟头, 一节, 两次). */
const FIGURE_WITH_UNIT = /(?:[0-9]+|[一二两三四五六七八九十百千]+)\s*(?:个)?(?:小时|钟头|钟|分钟|元|块|次|回|场|节|课时|名|个人|位|天)/g;

/** The figures of a text with their units (8 小时, 2 名, ratio 1:500), in order. */
export function figuresOf(text: string): { value: number; unit: string }[] {
  const out: { value: number; unit: string }[] = [];
  let rest = text.normalize('NFKC');
  for (const m of rest.matchAll(/1\s*[:：]\s*([0-9]+)/g)) out.push({ value: Number(m[1]), unit: 'ratio' });
  rest = rest.replace(/1\s*[:：]\s*[0-9]+/g, ' ');
  const spelled = extractNumbers(rest);
  for (const n of spelled) {
    if (n.ordinal) continue;
    const after = rest.slice(n.end, n.end + 8);
    if (/^\s*(?:个|名)?\s*(?:学生|人)\s*(?:就)?(?:配备?|要配|对应)\s*(?:1|一)/.test(after)) {
      out.push({ value: n.value, unit: 'ratio' });
      continue;
    }
    const unit = UNIT_WORDS.find(([re]) => re.test(after))?.[1];
    // (一个月 against 15天: a month is thirty days.)
    if (unit === '月') out.push({ value: n.value * 30, unit: '天' });
    // (两周 against 15天: weeks are seven days each; 一周 is the period 每周.)
    else if (unit === '周' && n.value >= 2) out.push({ value: n.value * 7, unit: '天' });
    else if (unit) out.push({ value: n.value, unit });
  }
  return out;
}

/** The claim a yes/no question makes, or null when it makes none. */
export function claimOf(text: string): string | null {
  // (「…，我没记错吧👀」: an emoji after the question asks nothing.)
  const question = text.replace(/[\p{Extended_Pictographic}\u{FE0F}]+/gu, '');
  const claim = claimIn(question.split(/[，,。；;！!\s]+/).filter((x) => x.length > 0));
  if (claim !== null) return claim;
  // 「嗯 专职心理老师 是按 一比一千 配的吗」: voice input's spaces inside the clause that asks are no break.
  const last = question.split(/[，,。；;！!]+/).filter((x) => x.trim().length > 0).at(-1) ?? '';
  return /\s/.test(last.trim()) ? claimIn([last.replace(/\s+/g, '')]) : null;
}

/** 「兼职老师按1:500配对吗」: 对吗 glued to the claim it asks about. */
const GLUED_ABOUT = /^(.{2,}?[^不绝])(?:对吗|对吧|对不对|对不|是吧|是吗|没错吧|没错吗)[？?]?$/;

function claimIn(parts: readonly string[]): string | null {
  const last = parts.at(-1) ?? '';
  if (ABOUT_BEFORE.test(last) && parts.length > 1) return parts.slice(0, -1).join('，').replace(REPORTED, '');
  const glued = GLUED_ABOUT.exec(last);
  if (glued && !ASKS_FIGURE.test(last)) return (glued[1] ?? '').replace(REPORTED, '').replace(/^(?:是|就是)/, '') || null;
  // 「多久测一次？每学期？」: a period or a figure alone, put for checking, is the claim.
  const bare = /^(?:是|就是)?((?:每|一)(?:个)?(?:周|天|月|学期|学年|年)|[0-9一二两三四五六七八九十]+\s*(?:个)?(?:周|天|小时|次|节|名|元))[？?]$/.exec(last);
  if (bare && parts.length > 1) return bare[1] ?? null;
  // 「两个semester加起来？」: a sum put for checking, with no question word, is the claim.
  // (「两个学期相加吗」: so is one asked with 吗.)
  const summed = /^(?:是|就是)?([^，,。？?]{0,12}(?:加起来|相加|加在一起|之和|总和|合计))(?:的)?(?:[？?]|[吗么嘛][？?]?)$/.exec(last);
  if (summed && !ASKS_FIGURE.test(last)) return summed[1] ?? null;
  const asked = parts.filter((x) => /[吗么嘛？?]|是不是/.test(x)).pop();
  // 「年度考核分数 是不是 两个学期 加起来的」: a bare 是不是 claims what follows it.
  const at = asked === '是不是' ? parts.lastIndexOf(asked) : -1;
  const asking = at >= 0 && at < parts.length - 1 ? `是不是${parts.slice(at + 1).join('')}` : asked;
  if (asking === undefined) return null;
  // 「成长导师是给哪些学生配的就是单亲留守那些吗」: a run-on asks what, then claims; the claim after its last 是 is checked.
  const tail = ASKS_FIGURE.test(asking) ? /^.*[^不]就是(?!不是)([^，,。？?！!；;]+?)(?:吗|么|嘛)[？?]?$/.exec(asking) : null;
  if (tail) return ASKS_FIGURE.test(tail[1] ?? '') ? null : tail[1] || null;
  if (ASKS_FIGURE.test(asking)) return null;
  const m = IS_IT.exec(asking);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/^(?:也|都|就|还)/, '') || null : null;
}

/**
 * 是 / 不是 for the asker's claim against `text` (the requirement and the sentences that answer),
 * or null when the text does not settle it.
 */
export function claimVerdict(index: QaIndex, question: string, text: string): string | null {
  // (「两个学期加一块儿」: 一块儿 is together, no money.)
  const claim = claimOf(question)?.replace(TOGETHER, '加起来') ?? null;
  // 「年度分是取两学期的平均分吗」「两个学期取平均吗」: an average claimed or asked of where the text adds up.
  if (/平均/.test(claim ?? question) && (claim !== null || /[吗么嘛]/.test(question)) && /总分|之和|相加/.test(text) && !/平均/.test(text)) return '不是。';
  // 「排名后三位被取消的，只是县级的评优吗」: one level claimed alone where the text names several (省市县各级).
  const level = /(?:只|仅|光)(?:是|有|限于?|针对)?([省市县])(?:里|一)?级/.exec(question)?.[1];
  const levels = /([省市县]{2,3})各级/.exec(text)?.[1];
  if (level && levels?.includes(level) && /[吗么嘛]|是不是/.test(question)) return '不是。';
  if (!claim) return ruleDenied(question, text) ?? planRatio(question, text);
  // 「从三年级对吗」: a first grade claimed against the clause's own (自小学四年级起).
  const floorSaid = /(?:从|自)\s*(?:小学)?([一二三四五六1-6])\s*年级|([一二三四五六1-6])\s*年级(?:起|开始|以上)/.exec(claim);
  const floorText = /(?:自|从)?小学([一二三四五六1-6])年级(?:起|以上)/.exec(text);
  if (floorSaid && floorText) return GRADE_OF(floorSaid[1] ?? floorSaid[2] ?? '') === GRADE_OF(floorText[1] ?? '') ? '是。' : '不是。';
  // 「测评是不是全校都要测」: every grade claimed where the clause starts at one (小学四年级以上).
  if (floorText && /全校|所有(?:学生|年级|班)|全部(?:学生|年级|班)|每个年级|各个年级|全体学生/.test(claim)) return '不是。';
  const said = figuresOf(claim);
  const given = figuresOf(text);
  if (denies([...said, ...impliedOf(claim)], [...given, ...impliedOf(text)])) return '不是。';
  const all = [...given, ...impliedOf(text)];
  if (said.some((f) => !all.some((g) => g.unit === f.unit && g.value === f.value))) return null;
  // A ratio said (1000个学生配1个) is the clause's 师生比: its 学生 and 配 are the ratio's words.
  const ratioWords = said.some((f) => f.unit === 'ratio') ? new Set(['学生', '配备'].map(index.concept)) : new Set<string>();
  // (A figure goes with its unit: 10个钟头 and 一节 are checked as figures above, not as words.)
  // (「是两个学期加起来吗」: adding up is what 总分 says.)
  const summed = /总分|之和|相加/.test(text) ? claim.replace(/加起来|加在一起|合起来|相加|加总|之和|总和|合计/g, ' ') : claim;
  // 「每个学生一年不能低于十块钱」: per student is the clause's 生均, a floor said any way is its 不低于.
  const floored = /不低于|不少于|至少/.test(text) ? summed.replace(FLOOR_SAID, ' ') : summed;
  const perStudent = /生均/.test(text) ? floored.replace(PER_STUDENT, ' ') : floored;
  // (「是不是开学的时候做」: 的时候 only marks the time claimed, 开学.)
  const words = contentTerms(index, perStudent.replace(FIGURE_WITH_UNIT, ' ').replace(/[0-9０-９]+/g, ' ').replace(/的?时候/g, ' ')).filter((t) => !ratioWords.has(t));
  // 「专职心理老师是1000个学生配1个吗」: a claim of figures only, each the clause's own.
  // (「是按学生人数算的吗」: a way of counting the clause states — per student, added up — is said too.)
  if (words.length === 0) return said.length > 0 || perStudent !== floored || summed !== claim ? '是。' : null;
  // Only what the clause states, not what it forbids (不得以班会课…代替).
  const stated = allowedText(text);
  // (「是不是要包括自杀危机识别」: a must claimed is answered 要.)
  const yes = /^(?:都|也|还)?(?:要|得|需要|必须)/.test(claim) ? '要。' : '是。';
  return statedIn(index, stated, words).length === words.length ? yes : null;
}

/** A floor said in the asker's words: 不能低于, 不得少于, 至少, 起码. */
const FLOOR_SAID = /不能低于|不得低于|不低于|不少于|不能少于|不得少于|至少|最少|起码|最低/g;
/** Per student said in the asker's words, the clause's 生均. */
const PER_STUDENT = /每(?:个|名|位)?(?:学生|孩子|生)|一个学生|人均|按学生人数|按学生人头|按学生数|按人头|按人数/g;
/** 加一块儿, 加到一起: added up. */
const TOGETHER = /加(?:到|在)?一块儿?|加(?:到|在)?一起/g;

const GRADE_OF = (c: string): number => '一二三四五六'.indexOf(c) + 1 || Number(c);

/** A figure said that the text gives otherwise, in the same unit (每周 against 每两周, 后五位 against 后三位). */
function denies(said: readonly { value: number; unit: string }[], given: readonly { value: number; unit: string }[]): boolean {
  return said.some((f) => {
    const same = given.filter((g) => g.unit === f.unit);
    return same.length > 0 && !same.some((g) => g.value === f.value);
  });
}

/** 「各学段排名后五位的都要取消评优吗」「心理课要求每周一节吗」: what the rule requires, claimed with 要 / 要求. */
const RULE_CLAIMED = /(?:都|就|也|是)(?:要|得|必须|需要)|要求|规定|必须|每(?:个)?(?:周|星期|礼拜|天|月|学期|学年)(?:都)?(?:要|得|需要)/;

/**
 * 「各学段排名后五位的都要取消评优吗」: a requirement claimed (RULE_CLAIMED) with a figure the text
 * gives otherwise → 不是; else null. Not a plan of the asker's, whose figures are judged elsewhere.
 */
function ruleDenied(question: string, text: string): string | null {
  const part = question.split(/[，,。；;！!]/).filter((x) => /[吗么嘛？?]/.test(x)).pop() ?? '';
  if (!RULE_CLAIMED.test(part) || ASKS_FIGURE.test(part) || /我们|我校|本校|咱们|学校[^，,。]{0,4}(?:有|配|开|上|做)/.test(part)) return null;
  return denies([...figuresOf(part), ...impliedOf(part)], [...figuresOf(text), ...impliedOf(text)]) ? '不是。' : null;
}

/**
 * 「1000个学生配1个专职，可以吗」: leave asked for a plan of a ratio against the clause's (1:1000) →
 * the word asked when it gives as many or more, 不… when fewer. Null otherwise.
 */
function planRatio(question: string, text: string): string | null {
  const leave = leaveWord(question);
  const ratio = figuresOf(question).filter((f) => f.unit === 'ratio');
  const given = figuresOf(text).filter((f) => f.unit === 'ratio');
  const [plan, rule] = [ratio[0]?.value, given[0]?.value];
  if (!leave || ratio.length !== 1 || given.length !== 1 || plan === undefined || rule === undefined) return null;
  // One for every 1000 students where the clause asks one for every 500 is too few.
  return plan <= rule ? `${leave}。` : `不${leave}。`;
}

/** 「至少讲20次对吧」「最少上20节吗」: the least the rule asks, claimed with its figure (not 「至少上了20节」, what was done; nor 「至少要开2次吗」, a must asked: 要). */
export const LEAST_CLAIMED = /(?:至少|最少|起码)(?:上|开|讲|排|做|搞|配)?\s*[0-9一二两三四五六七八九十]+\s*(?:节|次|课时|小时|个|名|场)[，,\s]*(?:吗|么|嘛|对吧|对吗|对不对|是吧|是吗)[？?]?$/;
/** 要求 / 规定 as the rule's (not 符合要求, 按规定: the school's standing against it). */
// (「能达到考核要求吗」: the standing against it, with what sets it between.)
const RULE_WORD = '(?<!(?:符合|满足|达到|达|够|合乎|按|照|按照|的|超过|超出|高于|多于)(?:考核|上级|上面|文件|办法)?)(?:要求|规定)';
/**
 * A figure claimed as the requirement, not the school's own: 「要保证每两周至少1节吗」, 「心理课要求每周一节吗」,
 * 「心理测评是每学期都要做一次吗」, 「辅导室一周最少开10个钟头，对吗」.
 */
export const CLAIMED: readonly RegExp[] = [
  /(?:(?:要|需要|必须|得|保证|应该?)[^，,。？?]{0,10}(?:至少|最少|不少于|起码)|(?:至少|最少|起码)(?:要|得|需要))[^，,。？?]*(?:吗|么|嘛)[？?]?$/,
  new RegExp(`(?:${RULE_WORD}|是[^，,。？?]{0,8}(?:都|就)(?:要|得|必须))[^，,。？?]*(?:吗|么|嘛)[？?]?$`),
  new RegExp(`(?:至少|最少|起码|不少于|${RULE_WORD})[^，,。？?]*[，,\\s]*(?:对吗|对不对|是吗|没错吗)[？?]?$`),
  // 「心理测评每学期都得做一次吗」: a period said as the one it must be done in every time.
  /每(?:个)?(?:天|日|周|星期|礼拜|月|学期|学年)[^，,。？?]{0,3}都(?:得|要|必须|需要)[^，,。？?]*(?:吗|么|嘛)[？?]?$/,
  // 「per week 要上一节吗」: a figure a period must have, asked of no school in particular.
  /^(?![^，,。？?]*(?:我们|我校|咱们|本校|我班|我们班))[^，,。？?]*每(?:个)?(?:周|星期|礼拜|天|月)(?:都)?(?:要|得|必须|需要)(?:上|开|做|搞|组织)?\s*[0-9一二两三四五六七八九十]+[^，,。？?]*(?:吗|么|嘛)[？?]?$/,
];
