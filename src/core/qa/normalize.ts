/**
 * Stage 1 of the Q&A pipeline: the message as read. Only its first READ_LIMIT characters (so the
 * cost is bounded whatever is pasted), a speaker's label off, and cut into the questions it asks,
 * each carrying the topic of the one before when it has none, with the numbers it gives (学生数,
 * 班级数, 寄宿). Pure. (Chat-wide folding — NFKC, traditional → simplified, emoji — is
 * core/text/normalize.ts; English words go through the glossary in scope.ts.)
 */
import type { QaIndex } from './index.ts';
import { extractNumbers } from '../text/numbers.ts';
import { hasPersonalNumber } from '../text/privacy.ts';
import { reframe } from './reframe.ts';
import { singlesJoined } from './around.ts';

/**
 * A message longer than this is read up to here only (the last sentence break before it), and the
 * answer says so: the cost of an answer is bounded whatever is pasted.
 */
export const READ_LIMIT = 2000;

export interface Facts {
  students: number | null;
  classes: number | null;
  boarding: boolean | null;
}


/** A speaker's label in front of a forwarded or dictated message: 「王校长：」「办公室小李：」「张老师:」. */
/**
 * 「我们校长让我问一下那个考核是什么时候来考」: who sent the asker names no subject of the question
 * (校长 would draw it to 校长评优). Only with 让/叫/托…我问: 「校长会被问责吗」 keeps its 校长.
 */
/** 「我是县教育局的，…」: the asker's own office names who asks, not what is asked about (县教育局 of 四、考核组织实施). */
export const OFFICE_SELF = /(^|[。！!？?\s])我是(?:县|市|区)?(?:教育局|教体局|局里|教育工委|指导中心)(?:的)?[^，,。；;]{0,8}?(?:的)?[，,。；;]/gu;
export const REQUESTER = /(?:我们|咱们|学校的?|我们学校的?)?(?:副?校长|书记|领导|主任|教导主任|德育主任|组长|局里|上面|同事)(?:让|叫|要|托|请|派)我(?:来|帮忙|帮他|帮她)?(?:问|咨询|打听)(?:一?下|问)?/gu;

/**
 * 「“珍爱生命 远离自杀”的家长讲座」: the title of an event names the event (家长讲座), not its subject;
 * its words are left out of the question. A title that is the rubric's own name (“家长课堂”, “一生一策”)
 * stays.
 */
const TITLED = /[“"「『《]([^“”"「」『』《》]{2,16})[”"」』》](?=\s*(?:为)?(?:主题)?(?:的)?\s*(?:家长|全校|全体|年级|班级|校级|师生|学生)?(?:心理)?(?:健康)?(?:讲座|活动|班会|主题班会|班团队会|团辅|团体辅导|课|公开课|观摩课|宣传|宣传周|宣传月|征文|比赛|演讲|讲堂|家长会|培训|沙龙|手抄报|黑板报|心理剧|广播|展板))/g;

export function untitled(index: QaIndex, text: string): string {
  return text.replace(TITLED, (all, title: string) => (index.passages.some((p) => p.text.includes(title.trim())) ? all : ''));
}

export const SPEAKER = /^[\p{Script=Han}]{0,6}(?:老师|校长|主任|书记|干事|科长|局长|小\p{Script=Han}|老\p{Script=Han})\s*[:：]\s*(?=\S)/u;


/** The first READ_LIMIT characters, cut after the last sentence break when there is one near the end. */
export function readPart(text: string): { text: string; truncated: boolean } {
  if (text.length <= READ_LIMIT) return { text, truncated: false };
  const head = text.slice(0, READ_LIMIT);
  const tail = head.slice(-200);
  const m = /[。？?！!；;\n](?=[^。？?！!；;\n]*$)/.exec(tail);
  return { text: m ? head.slice(0, head.length - tail.length + m.index + 1) : head, truncated: true };
}

/** Words that make a clause a question of its own. */
// 「之前的老师没留什么资料」: 什么 after 没 / 不 is 「much」, not a question; so is 啥 before 都没 (啥资料都没留).
// 「这两项达标了没有」: …了没有 at the end asks yes or no.
// (「学校领导在考虑怎么落实全员导师制」: 怎么 of what someone is weighing tells the situation.)
export const ASKS = /[吗嘛]|(?<![没不][^，,。？?]{0,2}|不(?:太|大|是很)?(?:知道|清楚|确定|晓得|明白)[^，,。？?]{0,4}|那个?)(?:什么|啥|谁)(?![^，,。？?]{0,4}都(?:没|不))|哪|(?<![好十这那了])几(?!乎)|多少|多久|多长|(?<!(?:在|正在|还在)(?:考虑|琢磨|研究|商量|讨论|想)[^，,。？?]{0,2})怎么|怎样|咋|如何|是否|要不要|能不能|可不可以|了没有?\s*[？?]?\s*$/;
export const asks = (index: QaIndex, clause: string) => ASKS.test(clause) || index.intents(clause).length > 0;

/**
 * A sentence that tells the situation and asks nothing: no question word (几, 什么, 吗…), no
 * question mark, no 「…呢」 (我们今年其他各项几乎满分, 男生不太愿意). Beside a sentence that asks, it
 * is context, not a question of its own.
 */
export function tells(piece: string): boolean {
  return !ASKS.test(piece) && !/[？?呢]|(\p{Script=Han})不\1/u.test(piece);
}

/** 「年度分数是取平均还是加起来」: an either-or at the end of a clause asks, with no mark. */
export const EITHER_OR = /(?:是|取|按|算|要|用)[^，,。？?！!]{1,8}还是[^，,。？?！!]{1,10}$/;

/** A clause that is only the asking words, naming nothing: 可不可以, 能不能, 是不是. */
const BARE_ASKING = /^(?:那|那么|请问)?(?:可不可以|可以吗?|能不能|能否|行不行|要不要|需不需要|是不是|有没有|会不会|算不算|允不允许)$/;

/** 「…是吧」「…对吧」「…没错吧」: a claim put for confirming. */
export const CONFIRMS = /[，,\s]*(?:是吧|对吧|对吗|对不对|是吗|没错吧)[？?]?\s*$/;

/**
 * 「兼职心理老师要几个，心理委员每班几个」: clauses between commas that each ask something are
 * questions of their own. A clause that asks nothing (「我们是民办初中，也要参加吗」) stays with
 * the question after it.
 */
export function splitAsked(index: QaIndex, piece: string): string[] {
  piece = singlesJoined(piece);
  const out: string[] = [];
  let current = '';
  // Voice input puts spaces where commas would be: 「考核在什么时候 年度总分怎么算」 is two questions.
  // What is joined back keeps its own separator (「原文 10」 stays as written).
  // (「…是按学生人头算的吗一个人多少」: a question run on after 吗 with no break is a clause of its own.)
  // (「专班会议几次、督学一学期来几次」「在谁的领导下搞、办公室放在哪」: a 、 between two clauses that each ask is a break too.)
  // (「家长课堂 一学期 几次 家长会 呢」: a 呢 said after a space closes the clause before it.)
  const bits = piece.replace(/\s+(呢)(?=[？?，,。\s]|$)/gu, '$1').replace(/([吗嘛])(?!还是|或)(?=[^，,。？?！!\s]{2,12}?(?:多少|几|什么|啥|怎么|吗))/gu, '$1 ').replace(/((?:几|多少)\s*(?:次|节|个|名|位|天|周|小时|课时|分)?|多久|吗)、(?=[^、，,。？?！!\s]{2,16}?(?:几|多少|多久|吗|怎么))/gu, '$1，').replace(/(?<!(?:问|(?<!想)知道|晓得)[^、，,。？?！!\s]{0,12})((?:谁|哪里|哪儿|在哪)[^、，,。？?！!\s]{0,6})、(?=[^、，,。？?！!\s]{2,16}?(?:几|多少|多久|吗|哪里|哪儿|在哪|谁))/gu, '$1，').split(/((?<!\d),|,(?!\d{3}(?!\d))|，|\s+)/);
  // (「经费12,000元」: a comma between a digit and three more groups thousands, and splits nothing.)
  for (let i = 0; i < bits.length; i += 2) {
    const clause = bits[i] ?? '';
    const sep = i > 0 ? (bits[i - 1] ?? '') : '';
    // A clause that only asks for the verdict on what came before stays with it: across a space
    // (「…平均到一个人多少钱 够10块吗」), and, when it names nothing, across a comma (「心理课不排进课程表，
    // 哪周有空哪周上，可以吗」: the plan is what 可以吗 asks about).
    const verdictOnly = /^(?:那|那么|这样做?|这么做|这)?(?:够|行|可以|达标|合格|对|没问题|算|是不是这样|是这样吗|是这样的吗|是吗|是真的吗|真的吗|没错吧|有(?:没有)?(?:明确|具体)?(?:的)?(?:规定|要求)(?:吗|么|没有?)?$)/.test(clause);
    // 「想给家长开一次…的讲座，能算进家长课堂吗」: whether it counts is asked of what came before.
    const countsAsk = /^(?:这个|那个|这|那)?(?:能不能|可不可以|能|可以)?算(?:不算)?(?:是|作|进|入)/.test(clause) || /^(?:这个|那个|这|那)?(?:能不能|可不可以|能|可以)算/.test(clause) || /^(?:这个|那个|这|那)?算(?:不算)?[^，,。？?\s]{2,10}?(?:吗|么|嘛)[？?]?$/.test(clause);
    // 「学生心理档案 要 一人一档 吗」: a particle alone ends what came before it.
    const particle = /^(?:吗|么|嘛|呢|吧)[？?]?$/.test(clause.trim());
    const own = !countsAsk && !particle && (!verdictOnly || (!/\s/.test(sep) && topicWords(index, clause).length > 0));
    // 「我们今年其他各项几乎满分，但…去世了，会对考核有什么影响」: a clause that only tells the
    // situation stays with the question after it.
    // 「心理课 可不可以 用班会课顶替」: a bare asking word (可不可以) asks about what comes after it.
    const bare = i >= 2 && BARE_ASKING.test((bits[i - 2] ?? '').trim());
    // 「考核结果会在哪里公布，县教育局官网吗」: a place or a body guessed after where / who is asked is that question's.
    const guessed = /哪里|哪儿|在哪|什么地方|哪个部门|哪个单位|谁|什么渠道|哪个网站|什么网站/.test(current) && /^(?:是|就是|在)?[^，,。？?\s0-9一二两三四五六七八九十每]{2,12}(?:吗|么|嘛)[？?]?$/.test(clause.trim());
    // 「心理测评是每学年一次吗，从四年级开始？」: a claim closed by its own question mark after a 吗 asks too.
    const marked = /[？?]\s*$/.test(clause) && /[吗嘛]\s*$/.test(current) && topicWords(index, clause).length + (/\d|[一二三四五六七八九十两]/.test(clause) ? 1 : 0) > 0;
    // 「专班会一学期开几次，全体教师会呢」: a thing of its own closed by 呢 asks the same of it.
    const follow = /^[^，,。？?\s]{2,14}呢[？?]?$/.test(clause.trim()) && topicWords(index, clause).length > 0;
    // (「专职心理老师一千个学生配一个是吧 那兼职呢」: a claim put for confirming asks too.)
    const confirming = CONFIRMS.test(current);
    // (「为了让…学生知道去哪求助，学校要公布哪些信息」: an aim told first asks nothing, whatever 哪 it holds.)
    const aim = /^(?:为了|为)(?:让|使|方便|便于)/.test(current);
    // (「辅导室 平时 要留 哪些 过程性的资料」: a question word left bare before a space takes what follows as its object.)
    const object = /(?:^|\s)(?:哪些|什么|哪个|哪几个|几个|多少|啥)$/.test(current.trim()) && !/[吗么嘛呢？?]|什么|啥|怎么|几|多少|哪/.test(clause);
    if ((asks(index, clause) || marked || follow) && ((asks(index, current) && !aim) || confirming) && (!tells(current) || confirming) && own && !bare && !guessed && !object) {
      out.push(current);
      // (It asks as 吗 does: 「保安食堂宿管都要？」 → 都要吗？)
      current = marked && !asks(index, clause) ? clause.replace(/\s*[？?]\s*$/, '吗？') : clause;
    } else current = current ? `${current}${/\s/.test(sep) ? ' ' : '，'}${clause}` : clause;
  }
  return [...out, current].filter((x) => x.trim() !== '');
}

/** Words that give a question's scale or period, not its topic: 「我们1200人一年至少多少」「一学期开几次」. */
// 年级 (哪些年级要做) sets the scope of a follow-up, not its subject.
export const SETTING = ['学生', '班级', '年度', '学期', '周', '每天', '四年级', '课时'];

/** The words a question is about, as written where the table has them (家长会, 经费). */
/** The passages' titles, once per index: a word many clauses share still names a part by its title (考核内容). */
const TITLES = new WeakMap<QaIndex, ReadonlySet<string>>();
function titlesOf(index: QaIndex): ReadonlySet<string> {
  let titles = TITLES.get(index);
  if (!titles) TITLES.set(index, (titles = new Set(index.passages.map((p) => p.title))));
  return titles;
}

export function topicWords(index: QaIndex, q: string): string[] {
  const setting = new Set(SETTING.map(index.concept));
  const surfaces = index.surfaces(q);
  const titles = titlesOf(index);
  return [...new Set(index.terms(q))]
    .filter((t) => !setting.has(t) && (!index.generic.has(t) || titles.has(t.replace(/^=/, ''))) && [...t].length > 1)
    .map((t) => surfaces.find((s) => s.term === t)?.word ?? t.replace(/^=/, ''));
}

/** A clause that starts with a modal or a yes/no verb: 需不需要培训, 要不要写纪要, 是否要公示. */
const SUBJECTLESS = /^(?:那|还|也|又|并且|而且)?(?:需不需要|要不要|需要|是否|有没有|用不用|必须|得不得|要(?!求)(?:给|对|为)?(?:他们|她们|他|她)?|(?:能不能|可不可以|能否|可以|能)(?:用|拿|把|让|由))|^(?:给|对|为)(?:他们|她们)|^(?:那|就)?是(?!不是|否)[^，,。？?]{2,}[吗么嘛][？?]?$/;
/** 「辅导算吗」: a subject with a bare 算吗, the rest left to the piece before (「兼职呢」 is read with its own subject). */
const ELLIPTIC = /^[^，,。？?\s]{1,8}?(?:也|又)?(?:算吗|算不算|算么)[？?]?$/;
/** 「每个岗位几个」 after 「安全员是哪些岗位」: a follow-up naming only what the piece before named. */
const PRONOUN = /他们|她们|它们|这些人/;

/** A school's stage, as a topic word: of whom a follow-up asks, not what. */
const STAGE_WORD = /^(?:小学|初中|高中|中学|职业学校|职校|职高|中职|中专)$/;

/** 「初中要不要配」: a stage with a verb of doing is of whom it is done (not 「职校算不算」, asked of the stage itself). */
const DOING = /配|开|测|做|建|设|搞|上课|培训/;
/** 「初中要不要配」: a verb alone (配, 开, 建) names no thing of its own. */
const BARE_VERB = /^(?:配|配备|开|开展|设|设立|建|建立|做|搞|弄|办|参加|参与|组织)$/;

/** 「家长会要讲心理健康吗？一学期开几次」: a follow-up with no topic of its own takes the one before it. */
export function withTopics(index: QaIndex, questions: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of questions) {
    const before = out.at(-1);
    // 「安全员每个岗位至少几个，需不需要培训」: a clause that starts at its verb has no subject of its
    // own, whatever it names after it: the one before it is its subject.
    const subjectless = SUBJECTLESS.test(q.trim()) || PRONOUN.test(q);
    // (Only words the piece before named, 岗位 after 安全员…岗位: a follow-up, given its subject too.)
    // (「…是几年级开始配的 三年级要不要配」: a grade is of whom, no subject of its own; so is a stage,
    // 「心理委员男女有要求吗 小学三年级要配吗 初中要不要配」.)
    const mine = topicWords(index, q).filter((w) => !PRONOUN.test(w) && !/年级$/.test(w) && !(STAGE_WORD.test(w) && DOING.test(q)) && !(BARE_VERB.test(w) && !(w === '组织' && /谁|哪个?(?:部门|单位)/.test(q))));
    const named = before === undefined ? [] : topicWords(index, before);
    const echoed = before !== undefined && mine.length > 0 && mine.every((w) => before.includes(w) || named.includes(w));
    // (「结果谁定，年度分怎么算」: a wh-question on a setting word of its own, 年度, asks of its own subject.)
    const ownSetting = before !== undefined && /怎么|怎样|如何|什么|啥|多少|几|哪|谁/.test(q) && index.surfaces(q).some((x) => !before.includes(x.word) && /^(?:年度|全年|年终|学年)/.test(x.word));
    const own = (mine.length > 0 && !echoed) || ownSetting;
    const inherit = before !== undefined && (asks(index, q) || /[？?]\s*$/.test(q)) && (!own || subjectless);
    // Only the subject (the first topic word) when the clause names its own object.
    // The subject is the topic word written first (「心理课能不能拿班会课顶」: 心理课).
    // (「年度得分怎么算？是两学期的总和吗」「…，两个学期相加吗」: a claim with no subject, or no topic of its
    // own, after a question whose words are all of the setting — 年度, 得分 — takes those words.)
    const said = before === undefined || named.length > 0 || (!subjectless && own) ? [] : index.surfaces(before).map((x) => x.word);
    const subjects = before === undefined ? [] : [...named, ...said].sort((a, b) => before.indexOf(a) - before.indexOf(b));
    // (「心理委员几年级开始配？每班几个？要培训吗？」: the subject is a thing, 心理委员, not the verb 配备 carried before it.)
    // (Nor 听说 or 他们 before it: a word that names a thing of the rubric's own.)
    const things = subjects.filter((w) => !BARE_VERB.test(w) && !PRONOUN.test(w) && index.terms(w).some((t) => t.startsWith('=') && !index.generic.has(t)));
    const taken = own ? (things.length > 0 ? things : subjects).slice(0, 1) : subjects;
    // 「心理老师上课算不算工作量 辅导算吗」: a subject of its own with a bare 算吗 takes what the piece before asked of its subject (工作量).
    const predicate = before !== undefined && own && ELLIPTIC.test(q.trim()) ? named.slice(1).filter((w) => !q.includes(w)) : [];
    // 「考核结果跟什么挂钩？结果由谁来确定？」: a bare head noun the piece before wrote whole (考核结果) is that whole.
    const whole = named.find((w) => w.length > 2 && (mine[0] ?? '\u0000').length >= 2 && w.endsWith(mine[0] ?? '\u0000') && q.trim().startsWith(mine[0] ?? '\u0000'));
    out.push(inherit ? `${taken.join(' ')} ${q}` : predicate.length > 0 ? `${predicate.join(' ')} ${q}` : whole ? `${whole.slice(0, -(mine[0] ?? '').length)}${q.trim()}` : q);
  }
  return out;
}

export function isContextOnly(index: QaIndex, piece: string): boolean {
  const f = readFacts(piece);
  const facts = ['学生', '班级'].map(index.concept);
  return (f.students !== null || f.classes !== null) && index.terms(piece).every((t) => facts.includes(t));
}


const STUDENTS_AFTER = /^\s*(?:多|余|来)?\s*(?:个|名|位)?\s*(?:学生|人|孩子|娃|在校生|小孩)/;
const STUDENTS_BEFORE = /(?:学生|学生数|在校生|人数|孩子)\s*(?:有|是|共|一共|总共|约|大概|大约|为|:)?\s*$/;
/** 「2万 学生2600个」: 学生 followed by its own number (after a space) labels that number. */
const LABELS_NEXT = /^\s*(?:学生|学生数|在校生|人数|孩子)\s*(?:有|是|共|一共)?\s*[0-9]/;
/** 「一千个学生配一个」: the number of students per one staff member, not a count. */
const RATIO_AFTER = /^\s*(?:个|名)?\s*(?:学生|人)\s*(?:就)?(?:配备?|要配|对应)\s*(?:1|一)\s*(?:个|名|位)?/;
const CLASSES_AFTER = /^\s*(?:多|余)?\s*(?:个)?\s*(?:教学)?班/;
const CLASSES_BEFORE = /(?:班级数?|班数)\s*(?:有|是|共|一共|总共|为|:)?\s*$/;

/**
 * 「我是初二班主任」「我是高一3班的」「我们二班有45人」: a grade or a class named, not a count of classes —
 * right before 班, which a count says 个班, or after 有 / 共 / 全校 / 就 (全校30班, 学校就3班).
 */
function classNamed(before: string, after: string): boolean {
  return /^班/.test(after) && !/(?:有|共|全校|全年级|就|只|合计|总计)\s*$/.test(before);
}

/** 「专职心理老师5人」「兼职12个」: a count of staff, not of students. */
const STAFF_BEFORE = /(?:老师|教师|教职工|教职员工|职工|员工|教工|专职|兼职|督学|导师|委员|班主任|安全员|人员)\s*(?:有|是|共|一共|配了|配备了|目前|现在|只有|就)?\s*$/;
/** 「每班50个学生」「每班45人左右」: students in each class, times the classes told. */
const PER_CLASS_BEFORE = /每(?:个)?班(?:级)?\s*(?:大概|大约|约|有|都是|平均|差不多)?\s*$/;

/** 「分别是1350、980、670人」: students listed part by part. */
const LISTED = /分别(?:是|有|为)?\s*((?:[0-9]+\s*[、，,和及]\s*)+[0-9]+)\s*(?:个|名)?\s*(?:学生|人)/;
/** 「小学部…520人」「东校区900个学生」: the students of one part of the school. */
const PART = /(?:部|校区|分校|校本部)[^，,。；;0-9]{0,10}?([0-9]+)\s*(?:个|名)?\s*(?:学生|人)/g;

/** The school's students told part by part, added; null unless two or more parts are told. */
function studentParts(text: string): number | null {
  const listed = LISTED.exec(text);
  if (listed) {
    const xs = (listed[1] ?? '').split(/[、，,和及]/).map((x) => Number(x.trim())).filter((x) => x > 0);
    if (xs.length >= 2) return xs.reduce((a, b) => a + b, 0);
  }
  const parts = [...text.matchAll(PART)].map((m) => Number(m[1]));
  return parts.length >= 2 ? parts.reduce((a, b) => a + b, 0) : null;
}

export function readFacts(text: string): Facts {
  const facts: Facts = { students: null, classes: null, boarding: null };
  let eachClass: number | null = null;
  for (const n of extractNumbers(text)) {
    if (n.ordinal || n.value <= 0 || !Number.isInteger(n.value)) continue;
    // A phone number or an absurd count is not a school's size, and is never echoed in a calculation.
    if (n.value > 1_000_000 || hasPersonalNumber(n.raw)) continue;
    const after = text.slice(n.end, n.end + 6);
    const before = text.slice(Math.max(0, n.start - 6), n.start);
    // 「一个班心理课至少多少课时」「每个班」: per class, not the school's count of classes.
    const perClass = n.value === 1 && /^[一]$/.test(n.raw) && /^\s*个\s*班/.test(after);
    if (facts.classes === null && !perClass && !classNamed(before, after) && (CLASSES_AFTER.test(after) || CLASSES_BEFORE.test(before))) facts.classes = n.value;
    // 「经费批了2万 学生2600个」: a word that labels the number after it is not the one before it.
    // 「每个学生一年多少钱」 is per student, 「一千个学生配一个」 a ratio: neither is the school's size.
    else if (n.value === 1 || RATIO_AFTER.test(after)) continue;
    // 「每个学生8块钱」: money, not students; 「8-9小时」 a time.
    else if (/^\s*(?:块|元|万|千元|钱|小时|分钟|次|节|课时|分(?!之))/.test(after)) continue;
    // (「1个专职心理老师1000个学生」: a count followed by its own 学生 is the students, whatever stands before it.)
    else if (STAFF_BEFORE.test(before) && !/^\s*(?:个|名)?\s*(?:学生|在校生)/.test(after)) continue;
    else if (PER_CLASS_BEFORE.test(before) && STUDENTS_AFTER.test(after)) eachClass ??= n.value;
    else if (facts.students === null && ((STUDENTS_AFTER.test(after) && !LABELS_NEXT.test(after)) || STUDENTS_BEFORE.test(before))) facts.students = n.value;
  }
  // 「40个班，每班50个学生」: the school's students are the classes times each class's.
  if (facts.students === null && eachClass !== null && facts.classes !== null) facts.students = eachClass * facts.classes;
  // 「三个校区学生分别是1350、980、670人」「小学部四到六年级520人，初中部900人」: the parts added.
  const parts = studentParts(text);
  if (parts !== null) facts.students = parts;
  // (「没有住宿生所以没有宿管」: no boarders, no 宿管; 「我们有保安、食堂、宿管」: a 宿管 post is a boarding school's.)
  if (/不住校|走读|没有宿舍|无宿舍|不寄宿|非寄宿|(?:没有?|无|不设)(?:住宿生|住校生|寄宿生|宿管)/.test(text)) facts.boarding = false;
  else if (/寄宿|住校|住宿|宿管/.test(text)) facts.boarding = true;
  return facts;
}


/**
 * 「跟大家说一下……上周开会布置了 我就想问一下 辅导室每天开两个小时够不够」: in a long message, what
 * follows the last 想问/请问 is the question; the situation told before it is context (its numbers
 * are still read as the school's facts, from the whole message).
 */
export function askedPart(text: string, names: (sentence: string) => boolean = () => true, back: (rest: string) => boolean = () => false): string {
  if (text.length < 24) return text;
  // (A shorter message is cut only at an asking marker after a break: 「…压力大得想死 哈哈 问一下考核一学期搞几次」.)
  const short = text.length < 40;
  let at = -1;
  // …or a colon after a sentence that announces the question (「我想先搞清楚最基本的一个问题：」「想先问一个最基本的：」).
  for (const m of text.matchAll(/(?:我?就?想问(?:一下|下|问)?|请问(?:一下)?|问一下|问下|我想知道|(?<=[，,。])(?:校长|领导|主任|他|她|老师)?(?:还|又|也)?问我(?:们)?|想请教(?:一下)?|(?<=[，,：:])(?:比如|例如|譬如)(?:说)?|(?:问题|疑问|想(?:先)?(?:知道|搞清楚|弄清楚|弄明白|搞明白|确认|了解)[^。？?！!：:]{0,16})[：:]|(?:先|想先|我想先|就)?问(?:一?个|一下|几个)?[^。？?！!：:，,]{0,10}[：:]|(?:关心|担心|想知道|想问|疑问|问题|不明白|搞不清)的(?:就)?是[：:，,]?)[：:，,\s]*/g)) {
    // 「…，问我们依据是哪些文件，我答不上来。这个办法是根据哪些文件制定的？」: what someone else asked,
    // with the asker's own question in a later sentence, is the situation (answer.ts), not the question.
    // (A later question that names nothing, 「到底测哪些年级？」, asks what was reported.)
    const later = /[。！!；;]([^。！!；;]*[？?])[\s]*$/.exec(text.slice(m.index))?.[1];
    if (/问我/.test(m[0]) && !/想问|请问/.test(m[0]) && later !== undefined && names(later)) continue;
    if (short && !(/^(?:我?就?想问|请问|问一下|问下)/.test(m[0]) && /[\s，,。！!]/.test(text[m.index - 1] ?? ''))) continue;
    at = m.index + m[0].length;
  }
  const rest = at >= 0 ? text.slice(at) : '';
  // 「…开了3次全体教师会议。我想问问，这一项满分多少」: a question that points back needs what it points at.
  // 「…大家有意见。想问一下，这是考核里写了的吗？」: so does one that asks whether the rule says it (`back`).
  // (「…我发现学校没有追责问责机制。请问考核会看这个吗」「…想问问原文怎么要求的」: so does one that
  // points at 这个, or asks what the text requires of nothing it names.)
  return rest.length >= 4 && !/这样|这么|这种|那样|如此|这一?项|这一?条|这一?块|这个(?=[吗么嘛呢？?]|$)|这(?:个|项)(?:活动|制度|要求|规定|工作|事情?)/.test(rest) && !back(rest) && !(!names(rest) && /原文|条文|文件|办法|规定|要求/.test(rest)) ? rest : text;
}

/** 「二十三」→ 23, for the small numbers of a date (1–31). */
function chineseNumber(s: string): number {
  const digit = (c: string | undefined) => (c === undefined || c === '' ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 : 0) + digit(ones);
}

/**
 * Spoken quantities written as figures, so that retrieval and the rate reading see one form:
 * 一个半小时 → 1.5小时, 半小时 → 0.5小时, 一次都没开 → 开了0次. Linear; every other character kept.
 */
export function spokenQuantities(text: string): string {
  const DIGITS = '零一二两三四五六七八九十';
  return text
    // 「一年 2 万 学生 2500 人」: voice input's space between a figure and its unit joins them.
    .replace(/([0-9])\s+(?=(?:万|千|元|块|人|名|个|位|班|节|课时|次|周|天|小时|分钟|%)(?![0-9]))/g, '$1')
    // 「1比500」「一比一千」: a ratio written as the rubric writes it (1:500).
    .replace(/(?<![0-9])([0-9]+)\s*比\s*([0-9]+)(?![0-9])/g, '$1:$2')
    .replace(/一比一千/g, '1:1000')
    // 「一月二十号」: a date said in words, as digits (1月20号).
    .replace(/(?<![0-9零一二两三四五六七八九十])(十[一二]?|[一二三四五六七八九])月(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(日|号)/g, (_m, mo: string, d: string, unit: string) => `${chineseNumber(mo)}月${chineseNumber(d)}${unit}`)
    // 「开放6小时每周」 (as English orders it): the period before its figure, as Chinese says it.
    .replace(/([0-9]+(?:\.[0-9]+)?)\s*(个?小时|节|次|课时|分钟)\s*每(周|天|月|学期|学年)(?=$|[，,。.？?！!\s])/g, '每$3$1$2')
    .replace(/一比五百/g, '1:500')
    .replace(/([0-9]+|[零一二两三四五六七八九十])个半(小时|钟头|钟|课时|节)/g, (_m, n: string, u: string) => {
      const v = /[0-9]/.test(n) ? Number(n) : n === '十' ? 10 : n === '两' ? 2 : DIGITS.indexOf(n);
      return `${v + 0.5}${u}`;
    })
    .replace(/(?<![0-9零一二两三四五六七八九十])半(?:个)?(小时|钟头)/g, '0.5$1')
    // 「上学期已经做过了」: done, once.
    .replace(/(?:已经|都)(做|测|开|搞|办|组织|开展|召开|举办)过了?(?![0-9零一二两三四五六七八九十几]|一次)/g, '$1了1次')
    // 「一二年级要测吗」「也得测」: 测 alone after a modal is the assessment's 测评.
    .replace(/(要|得|需要|也|都|必须|不用|不要|要不要)测(?=吗|么|嘛|不|呢|[？?，,。]|$)/g, '$1测评')
    // 「够标准吗」「符合标准不」「过关没」: one word for the verdict asked.
    .replace(/(?:够|达到?|符合|合乎)(?:要求的)?标准|过关|及格/g, '达标')
    .replace(/[一1](次|节|回|个|名)(?:(?:都|也)(?:没有?|未)(开|讲|上|搞|做|办|来|配|选|参加|组织|召开|开展|听)?|(?:没有?|未)(参加|听|来))/g, (_m, u: string, v?: string, w?: string) => `${v ?? w ?? '有'}了0${u}`)
    // 「督学上学期来了2次，这学期还没来」: this semester told not done, against another's count, is none of it.
    .replace(/((?:这|本)(?:个)?学期)(?:还|都|也|一直)?(?:没有?|未)(来|开|搞|做|办|组织|召开|开展)(?=[，,。？?！!\s]|$)/g, (m: string, term: string, v: string, _at: number, all: string) => (/上(?:个)?学期[^，,。？?！!]{0,10}[0-9一二两三四五六七八九十]\s*次/.test(all) ? `${term}${v}了0次` : m))
    // 「家长会开了1次，还要再开一次吗」「能不能补一次家长课堂」: one more, asked about, is no count of what was done
    // (a plan told, 「下个月再补一次，够不够」, still is).
    .replace(/(再|补|多|还要|还得|还需要?)(开|搞|办|上|做|组织|召开|开展|举办|听|来)?\s*([0-9]|[一两二三])\s*(次|场|回|节|堂)/g, (m: string, more: string, v: string | undefined, _n: string, _u: string, at: number, all: string) => {
      // The clause around it, up to its marks (within 40 characters each way, so the cost stays linear): does it ask?
      const before = all.slice(Math.max(0, at - 40), at).split(/[，,。；;！!？?]/).pop() ?? '';
      const rest = all.slice(at, at + 40);
      const end = rest.search(/[，,。；;！!？?]/);
      const clause = before + (end < 0 ? rest : rest.slice(0, end + 1));
      return /[吗么嘛][？?]?$|[？?]$|(\p{Script=Han})不\1/u.test(clause.replace(/[，,。；;！!]$/, '').trim()) ? `${more}${v ?? ''}` : m;
    })
    // (「一次都不来」「一节也不上」: 不 with its act is none of the times too — not 一个都不配, which leaves a post out.)
    .replace(/[一1](次|节|回)(?:都|也)不(开|讲|上|搞|做|办|来|参加|组织|召开|开展|听)/g, '$2了0$1');
}

/** A question word of a clause: 吧 after it (「哪天考吧」「几个吧」) asks nothing more. */
const QUESTION_WORD = /什么|啥|哪|几|多少|多久|多长|怎么|咋|如何|谁|吗|么|呢|嘛|是否|还是|(\p{Script=Han})不\1/u;

/**
 * 「心理测评是每学期都要做一次吧」「我没记错吧」: a message closed by 吧 asks for confirmation, as 吗
 * does — read as 吗, so that its claim is checked like any yes-or-no question. Only at the end: 「…算
 * 中间吧。这个名次会不会…」 tells, and asks after. 吧 after a question word, and 酒吧/网吧, are left. Linear.
 */
// 「教研组长说心理课五六年级上就行」: who made a claim (an office's title before 说) names no clause; the claim does,
// reported as any claim is (别人说, which claim.ts reads as one and silence.ts does not take for hearsay).
// (Not 说了算, which asks who decides; not 家长 or 班主任, whose words can be the rubric's own; not 专家, heard
// elsewhere, which silence.ts reads as hearsay.)
const CLAIMANT = /(^|[，,。；;！!？?\s])(?:我们|咱们?|学校的?|我校|县里的?|上面的?)?[\p{Script=Han}]{0,4}?(?:组长|主任|校长|书记|领导|老板|局长|科长|股长|同事|教研员|董事长|董事会)(?:跟我们?|和我们?|对我们?)?(?:也|还|就|都|却|一直|总|又)?(?:说|讲|认为|觉得|坚持)(?!了?算)(?:过|了)?[，,：:]?\s*/gu;

/**
 * Words that frame the question, not its subject: 「学校要不要自己做」 (the school doing it itself is
 * what every clause asks; 自己 adds nothing), 「按考核要求领导小组应该谁牵头」 (按考核要求 says by whose
 * rules — its 考核 would draw the county's 考核工作领导小组 over the school's own, 第2条), 「跟危机干预
 * 有关的要求在哪一条」 (跟…有关的 frames what is named; its 有关 is not 有关法律法规; 有关系 is untouched).
 */
export function unframed(q: string): string {
  return reframe(q
    .replace(CLAIMANT, '$1别人说')
    // 「全体老师都参加的那种会，一学期开几次」: a bare 会 after 的 / 种 is a meeting.
    .replace(/(?<=[的种])会(?=[，,。？?！!\s]|$)/gu, '会议')
    // 「就是嗯 测评以后…还要干嘛」: voice input's opening fillers say nothing (就是 is no 是).
    .replace(/^(?:(?:那个啥|那啥|就是|那个|然后|嗯+|呃+|额+|啊+)[，,\s]*)+/u, '')
    // 「学生自杀这类突发事件的应急预案」: a death named as an instance of a kind of event is no question of the veto.
    .replace(/(?:学生)?(?:自杀|轻生|自伤|自残|跳楼|出事)(?:这类|这种|这样的|之类的?|等)(?=突发|紧急|意外)/gu, '')
    // 「有个孩子因为心理问题走了，唉」: 走了 of a student, with a cause of the mind told, is a death (去世).
    .replace(/((?:孩子|学生|同学|女生|男生|娃)[^，,。？?！!]{0,10}?(?:因为|由于|因)[^，,。？?！!]{0,6}?(?:心理问题|心理疾病|心理原因|抑郁症?|情绪问题|想不开|压力太?大|生病|病))走了(?=[，,。？?！!\s唉哎]|$)/gu, '$1去世了')
    // 「…还成立了心理社团。另外想问一下，这些算不算…」: a clause that only says a question follows frames it.
    // (Only before a question that points back at what was told: 这些, 这样.)
    .replace(/(?:另外|还有|顺便|再)?(?:我)?(?:想|还想)?(?:问一下|问一问|问问|请问一下|请教一下|咨询一下)[，,：:]\s*(?=这些|这个|这样|这种|那这)/gu, '')
    // (「领导让我查查会不会受影响」: who sent the asker to look it up frames what is asked.)
    .replace(/(?<![^，,。？?！!；;\s])(?:领导|校长|主任|书记|局里|上面)?(?:让|叫)我(?:查查|查一下|查一查|看看|看一下)(?:[，,：:]\s*)?(?=[^，,。？?！!]{2,})/gu, '')
    .replace(/((?:学校|我们|咱们|本校|我校)[^，,。？?！!]{0,4}?)自己/g, '$1')
    .replace(/(按|按照|根据|依照|依据)考核(?=要求|办法|规定|文件)/g, '$1')
    // (「…会议要体现会必议那一套说法。完整的要求是什么」: the whole of a rule asked for is that rule, no 完整的教学计划.)
    .replace(/(?<![^，,。？?！!；;\s])完整(?:的)?(?=要求|规定|说法|内容|条文|原文)/gu, '')
    // 「7个留守的、3个单亲的，不重合，成长导师一共要配几个」: that the counts do not overlap only says they add up.
    .replace(/[，,]?\s*(?:两者|两类|这些|他们|她们)?(?:互相|相互|之间)?(?:不|没有?)(?:重合|重复|交叉|重叠)(?:的)?(?=[，,。；;\s])/gu, '')
    // 「考核一共看哪几块内容」「考核都考些什么」: what the assessment looks at is 考核内容.
    // 「学生大多是留守儿童…办法里对这类孩子有什么安排」: 这类孩子 points back at the kind of student told.
    .replace(/(留守|离异|离婚|单亲|随迁|经济困难|先天性疾病|体质异常|学习压力大)([^]*?)(?:这类|这种|这样的|这些|此类)(孩子|学生|小孩|娃)/u, (m, kind: string, between: string, who: string) => `${kind}${between}${kind === '离婚' ? '离异' : kind}${who}`)
    // (「家长在外面打工，孩子是爷爷奶奶带…多关心这些孩子」: children left with grandparents are 留守.)
    .replace(/(爷爷奶奶带|老人带|隔代抚养|在外面打工|在外打工|外出打工|出去打工)([^]*?)(?:这类|这种|这样的|这些|此类)(孩子|学生|小孩|娃)/u, '$1$2留守$3')
    // 「…问要不要紧」: 要紧 is how serious, no 要 of a requirement.
    .replace(/要不要紧|要紧吗|要紧不/gu, '严不严重')
    // 「心理专项经费跟德育经费混一块用」: money used mixed with another's is money not set apart (不单列).
    // (「…混着用、不单列吗」: said so already.)
    // (「心理经费一直是混在公用经费里花的」「并入公用经费」: kept with other money is no 专项 either.)
    .replace(/(经费(?:(?!还是)[^，,。？?不]){0,12}?)(混(?:在)?(?:一块儿?|一起|着)[用花]?|放(?:在)?(?:一块儿?|一起)(?:用|花)?|混用|合(?:在)?一起[用花]|合并使用|混在[^，,。？?]{0,8}?[里中]|并入[^，,。？?]{0,8}?经费)(?![用花]?[、，,\s]{0,2}不单列)/u, '$1不单列，$2')
    // 「考核的基本原则是哪些」: a section's parts asked 是哪些 are asked 有哪些.
    .replace(/(原则|考核内容|考核依据|考核对象)(?:都|分别)?是(?=哪些|哪几条|哪几个)/gu, '$1有')
    // (The assessment as a whole, opening its clause: not 「主题活动这块考核看什么」.)
    .replace(/(?<![^，,。？?！!；;\s])(?:请问|想问下?|问一?下)?(?:这个|县里的?|咱们的?|我们的?|上面的?)?(?:考核|检查|考评)(?:一共|总共|都|主要|到底|具体)?(?:看|考|查)(?:的是)?(?:哪几块|哪几个方面|哪些方面|哪几方面|哪些|哪几项|些什么|些啥|什么|啥)(?:内容|东西)?(?=[？?。，,！!\s]|$)/gu, '考核内容有哪些')
    // (「考核对工作方案有什么要求」: the assessment framing what is asked of a thing is no word of the thing's clause.)
    .replace(/(?<![^，,。？?！!；;\s])(?:这个|县里的?)?考核(?:里|中)?对(?!象)([^，,。？?！!\s]{2,12}?)(有|的)(什么|哪些|啥)?要求/gu, '$1$2$3要求')
    // (「…考核对这部分怎么说」: nor the assessment framing how a thing is ruled.)
    .replace(/(?<![^，,。？?！!；;\s])(?:这个|县里的?)?考核(?:里|中)?对(?!象)([^，,。？?！!\s]{2,12}?)(?:是)?(?:怎么|如何)(?:说|规定|要求)的?(?=[？?。，,！!\s]|$)/gu, '$1怎么规定')
    // (「…？考哪几块内容？」: 考 alone opening the clause, a part of the whole asked.)
    .replace(/(?<![^，,。？?！!；;\s])(?:都|主要)?考(?:哪几块|哪几个方面|哪些方面|哪几方面|哪几项)(?:内容|东西)?(?=[？?。，,！!\s]|$)/gu, '考核内容有哪些')
    .replace(/(?:跟|与|和|同)([^，,。？?！!\s]{2,10}?)(?:有关|相关)(?!系)(?:的)?/g, '$1的'));
}

export function tagQuestions(text: string): string {
  return text
    // 「学校整体发展规划里可以不写心理健康教育吗」: what a document leaves out, said 里…不写, is 不写进 it.
    .replace(/([^，,。？?！!\s]{2,12}?)里(可以|能|可不可以|能不能)不写([^，,。？?！!\s]{2,12}?)(?=[吗么嘛]|[？?]|$)/u, '$3$2不写进$1')
    // 「…是按1:1000配备的码」: pinyin input's 码 / 马 for 吗 closing a claim (never 二维码: only after 的 / 了).
    .replace(/(?<=[的了])[码马](?=[\s？?～~!！。.]*$)/u, '吗')
    // 「…，我没记错吧」「…，我理解得没错吧」: asks whether what was said before is right — 对吗.
    .replace(/[，,\s]*我?(?:没(?:记|说|理解|看|搞|弄|听)错|(?:理解|记|说)(?:得|的)?(?:没错|对))(?:吧|吗|么|嘛)/g, '，对吗')
    // (Voice input's space ends the clause too: 「…是哪三级 学校年级班级是吧」.)
    .replace(/([^，,。；;！!？?\n\s]*?)(?<![酒网贴])吧(?=[\s～~!！。.？?\p{Extended_Pictographic}\u{FE0F}]*$)/u, (m, body: string) =>
    [...body.replace(/\s/g, '')].length >= 2 && !QUESTION_WORD.test(body) ? `${body}吗` : m,
  )
    // 「…也算心理课课时吧，反正讲的都是心理」「…开始的吧，一到三年级就不用测了」: a reason or what follows
    // from the claim, after it, asks nothing more; the 吧 before it asks.
    .replace(/([^，,。；;！!？?\n]*?)(?<![酒网贴])吧[，,]\s*((?:反正|毕竟|因为|而且|所以|其他|其余|剩下)[^，,。；;！!？?\n]{0,16}|[^，,。；;！!？?\n]{0,10}(?:不用|不需要|不必|就行|就可以|也行)[^，,。；;！!？?\n]{0,6})(?=[\s～~!！。.\p{Extended_Pictographic}\u{FE0F}]*$)/u, (m, body: string, tail: string) =>
      [...body.replace(/\s/g, '')].length >= 2 && !QUESTION_WORD.test(body) && !QUESTION_WORD.test(tail) ? `${body}吗，${tail}` : m,
    )
    // 「这些算主题活动不」「一二年级的班也得配心理委员不」: 不 closing a clause that asks nothing else asks as 吗.
    .replace(/([^，,。；;！!？?\n]*?[\p{Script=Han}])不(?=[\s？?～~\p{Extended_Pictographic}\u{FE0F}]*$)/u, (m, body: string) =>
      [...body.replace(/\s/g, '')].length >= 3 && !/[不没也都还并绝决]$/.test(body) && !QUESTION_WORD.test(body) ? `${body}吗` : m,
    );
}

/**
 * 「请问：1心理课频次 2辅导室开放时长 3…」: a numbered list without punctuation, one question per
 * number. Split only where the numbers run 1, 2, 3… in order, each before a word; the numbers go.
 */
/** 「两个问题：」「问几个事」: a piece that only announces the questions after it. */
export const ANNOUNCE = /^(?:请问|问下|问一下|想问|麻烦问下)?[，,\s]*(?:有|问)?[两二三四五六七八九几]\s*(?:个|件)\s*(?:问题|事|事情)[：:，,。\s]*(?:1[、.．]?)?$/;

export function splitNumbered(text: string): string[] {
  const marks = [...text.matchAll(/(?:^|[\s：:；;])([1-9])[、.．)）]?\s*(?=[\u4e00-\u9fa5])/g)];
  const run: RegExpMatchArray[] = [];
  for (const m of marks) if (Number(m[1]) === run.length + 1) run.push(m);
  if (run.length < 2) return [text];
  const pieces: string[] = [];
  const head = text.slice(0, run[0]!.index).trim();
  for (let i = 0; i < run.length; i++) {
    const m = run[i]!;
    const from = (m.index ?? 0) + m[0].length;
    const to = run[i + 1]?.index ?? text.length;
    pieces.push(text.slice(from, to).trim());
  }
  // 「请问：」 alone is no question; anything else before the list is kept as context.
  return head.replace(/^(?:请问|问下|问一下|想问)?[：:\s]*$/, '') && !ANNOUNCE.test(head) ? [head, ...pieces] : pieces;
}
