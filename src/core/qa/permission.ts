/**
 * Permission questions, in stage 5 of the Q&A pipeline (apply): 「…可以吗」「能不能…」「行不行」
 * asked of the asker's own plan. The verdict comes from the clause's sentences, never guessed:
 *
 * - the plan leaves out what a sentence of the clause requires (不排进课程表 against 列入课程表,
 *   不算工作量 against 计入工作量, 没有资格证书 against 要有…资格证书, 其他老师不参与 against
 *   全体教职员工共同参与) → 不可以 / 不能 / 不行, with that sentence quoted;
 * - otherwise null: the clause does not settle it, and the caller says so (notStated) or answers
 *   from the requirement as before.
 *
 * What counts as 「the sentence requires it」: the words of the left-out thing (their synonym groups,
 * or the words themselves) stand in the sentence outside any prohibition (不得…), with enough weight
 * (idf) that it is about them, not a word every clause shares. Pure.
 */
import type { Passage, QaIndex } from './index.ts';
import { FRAME, saidApartIn } from './silence.ts';
import { DAY_OFF, FORBIDS, GUARD, PUBLISH } from './words.ts';
import { madeKnown, PRINCIPLE_IDF } from './guard.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { COUNTS_ASKED, leaveWord } from './staff.ts';

/** The words of `text` that name something (not generic, not a filler, more than one character). */
export function contentTerms(index: QaIndex, text: string): string[] {
  return index.terms(text).filter((t) => !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1 && !index.filler(t));
}

/** The terms of `terms` that stand in `text`, themselves or as a synonym. */
export function statedIn(index: QaIndex, text: string, terms: readonly string[]): string[] {
  const said = index.textTermSet(text);
  return terms.filter((t) => said.has(t) || (!t.startsWith('=') && text.includes(t)));
}

/** A question asking leave for the asker's plan. */
// 「可以不进课程表，需要的时候再临时安排吗」: leave to leave something out, asked at the end of the message.
export const ASKS_LEAVE = /符合(?:要求|规定)?[吗么嘛]|符不符合|合规[吗么嘛]|合不合规|可以吗|可以不[？?]?$|可不可以|可以吧|能不能|能否|行不行|行吗|行不[？?]?$|行吧|就行了吧|允许|(?:(?<![才功技职智本体])能|可以)[^，,。？?！!]{0,14}[吗么嘛]|(?:能|可以)[不只][^。？?！!]{0,24}[吗么嘛][？?]?$|(?:(?<![才功技职智本体])能|可以)[^，,。？?！!]{0,20}、[不只][^，,。？?！!、]{1,12}[吗么嘛][？?]?$/;

/** A numbered heading of a clause: 「（1）开展心理测评工作。」 */
const HEADING = /^（[0-9一二三四五六七八九十]+）[^，,；;。]{2,16}。$/;

/** Verbs of taking part: 参加, 参与. */
const TAKE_PART = /^(?:参加|参与|接受)$/;

/** The asking words themselves, taken out before the plan is read (能不能 holds a 不 of its own). */
export const ASKING = /可不可以|能不能|行不行|要不要|是不是|算不算|可以吗|可以不(?=[？?]?$)|可以吧|行吗|行不(?=[？?]?$)|行吧|能否|这样做|这样/g;

/**
 * 不 / 没有 / 未 / 不用 before the thing left out (not of 想不开, 离不开: an idiom leaves nothing out); not 不得 (a rule's own word), 不少于 / 不低于 (a
 * figure), 不太 / 不愿意 (a mood), 不到 (an amount), 不同 / 不如 (a comparison).
 */
const LEFT_OUT = /(?<![想看放离躲])(?:不用|不必|不|没有?|未)(?!得|少于|低于|太|愿意|想|到|同|如|够|行|能|可|会|一定|知道|清楚|明白)(\p{Script=Han}{1,12})/gu;

/** A list of means (通过…、…、…等): each one is a way to do it, not each one required. */
const MEANS = /(?:通过|利用|采取|借助|运用)([^。；]*?)等/g;

/** The means a sentence lists (通过A、B、C等 → A、B、C), joined; empty when it lists none. */
export function meansOf(sentence: string): string {
  // 「心理健康周/月」 is 心理健康周 and 心理健康月.
  return [...sentence.matchAll(MEANS)].map((m) => (m[1] ?? '').replace(/(\p{Script=Han}+)(\p{Script=Han})\/(\p{Script=Han})(?=、|$)/gu, '$1$2、$1$3')).join('、');
}

/** A list going on after what is left out: 「、心理橱窗这些活动」「和心理社团」. */
const LIST_ON = /^(?:(?:、|和|及|以及|与|或)[^，,。？?！!、]{1,12})+/;

/** Words that only frame the plan (直接, 单独 stay: they are part of what is left out). */
const PROHIBITION = /不得|严禁|禁止|不准|不能/;

/** A left-out thing must weigh at least this much (idf) in the sentence that requires it. */
const MIN_WEIGHT = 1.5;

export interface LeaveVerdict {
  /** 不可以 / 不能 / 不行, in the asker's words. */
  word: string;
  /** The sentence of the clause that requires what the plan leaves out. */
  sentence: string;
}

/** 「可以」 for 可以吗, 「行」 for 行不行, else `otherwise` (能): leave given in the asker's word. */
export function grantWord(question: string, otherwise = '能'): string {
  return /可以|可不可以/.test(question) ? '可以' : /行不行|行吗|行不/.test(question) ? '行' : otherwise;
}

/** 「不可以」 for 可以吗, 「不能」 for 能不能, 「不行」 for 行不行. */
export function refusalWord(question: string): string {
  // (「…谁都能打开看。这样合规吗？」: the word of the sentence that asks, not a 能 told before it.)
  const asked = question.split(/[，,。；;！!]/).filter((x) => x.trim()).at(-1) ?? question;
  if (/合规|符合/.test(asked) && !/可以|能|行/.test(asked)) return '不符合';
  return /可以|可不可以/.test(question) ? '不可以' : /行不行|行吗|行不|行吧|就行/.test(question) ? '不行' : /能/.test(question) ? '不能' : /符合|合规/.test(question) ? '不符合' : '不可以';
}

/** The sentence's text outside its prohibitions (不得以班会课…代替 is no requirement to use 班会课). */
function required(sentence: string): string {
  const at = PROHIBITION.exec(sentence);
  return at ? sentence.slice(0, at.index) : sentence;
}

/** Each sentence of `text` outside its prohibitions: what the text states, not what it forbids. */
export function allowedText(text: string): string {
  return text
    .split(/(?<=[。；;])/)
    .map((s) => required(s))
    .join('');
}

/** Making something public: 发到家长群, 发朋友圈, 公开, 张贴, 外传. */

/**
 * 「测评结果能不能发到班级家长群里」: the plan makes public what the clause guards (建立健全测评数据
 * 安全保护机制，防止信息泄露) → 不能, with the guarding sentence; null otherwise.
 */
function publishVerdict(index: QaIndex, p: Passage, question: string): LeaveVerdict | null {
  if (!PUBLISH.test(question)) return null;
  const named = madeKnown(index, question);
  // (「学生在辅导室说的话…随便跟其他老师讲」: the clause's own 遵循保密原则, when it is about what is named.)
  const guard =
    p.sentences.find((s) => GUARD.test(s.text) && named.some((t) => s.terms.has(t))) ??
    (!/记录|档案|资料/.test(question) && named.some((t) => index.idf(t) >= PRINCIPLE_IDF && (index.docOf(p)?.tf.has(t) ?? false)) ? p.sentences.find((s) => /^遵循保密原则/.test(s.text)) : undefined);
  if (guard) return { word: refusalWord(question), sentence: guard.text };
  // 「辅导室的咨询记录，可以随便给班主任看吗」: records the evidence list keeps 保密 (预约、面谈…记录（保密留存）),
  // with the sentence that asks for them — the project's own list, said so.
  const kept = /记录|档案|资料/.test(question) ? p.item?.evidence.find((e) => /保密/.test(e)) : undefined;
  const records = kept ? p.sentences.find((s) => /资料|记录|档案/.test(s.text) && named.some((t) => s.terms.has(t))) : undefined;
  return kept && records ? { word: `${refusalWord(question)}。${QA_TEXT.keptSecret(kept)}`, sentence: records.text } : null;
}

/**
 * The asker's plan leaves out what a sentence of `p` requires, or makes public what it guards:
 * 不可以 with that sentence; null when the question asks no leave, or the clause does not settle it.
 */
export function leaveVerdict(index: QaIndex, p: Passage, question: string): LeaveVerdict | null {
  if (!ASKS_LEAVE.test(question)) return null;
  const published = publishVerdict(index, p, question);
  if (published) return published;
  // 「把初三的心理课停掉」: stopping something is leaving it out.
  // 「辅导室周末不开放」: a day the schedule leaves out is no requirement left out.
  const plan = question.replace(ASKING, '，').replace(DAY_OFF, '').replace(/停掉|停了|停开|取消掉?|砍掉|拿掉/g, '不开');
  // The plan's subject (周末 in 「周末可以不去学校值班吗」) must be something the clause speaks of.
  // A time word (周末) names the plan too, so the subject is read with the segmenter's fillers.
  // (「高三学生忙着高考，能不能不参加心理测评」: 高三 is no word of the clause; 心理测评 is.)
  const speaks = (w: string) => p.sentences.some((s) => s.terms.has(w) || s.text.includes(w));
  const subject = index.terms(plan).filter((t) => !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1 && !FRAME.test(t)).find(speaks);
  if (subject === undefined) return null;
  let best: { sentence: string; w: number; words: string[]; left: string } | null = null;
  for (const m of plan.matchAll(LEFT_OUT)) {
    // (「可以不跟家长联系直接转介吗」: what is left out ends where what is done instead begins.)
    const thing = (m[1] ?? '').replace(/(?<=\p{Script=Han}{2})(?:直接|而是|改成|改为|只)\p{Script=Han}*$/u, '');
    // 「心理辅导室能不能先不建」: only a verb left out (先不建), its object said before it.
    // (「学科老师可以不管心理健康吗」: 管 only takes what is left out, 心理健康.)
    // (What is done instead, 直接转介, tells apart two sentences that both state what is left out.)
    const instead = contentTerms(index, (m[1] ?? '').slice(thing.length));
    // (「超出学校辅导能力的学生，可以不跟家长沟通、直接转到专科医院吗」: else the rest of the plan, only to break a tie.)
    const around = contentTerms(index, plan.slice(0, m.index) + plan.slice(m.index + m[0].length));
    const bare = thing.replace(/^(?:管|理会|理|顾|抓|过问)(?=\p{Script=Han}{2})/u, '');
    const own = contentTerms(index, bare);
    // (A word every clause shares, 心理健康, names it when nothing else does: the subject weighs with it.)
    const shares = own.length === 0 && bare !== thing ? index.terms(bare).filter((t) => [...t.replace(/^=/, '')].length > 1 && !index.filler(t) && !FRAME.test(t)) : [];
    const verbOnly = /^(?:先|暂时|暂|再|就)?(?:单独|独立)?(?:建|设|开|做|搞|配|办|排|写|列|记|讲|管|参加|参与|设立|建立|开展|配备|组织|举办)了?(?:吗|么|吧)?$/.test(thing);
    // (设 alone reads as 配备: the object before it says what is left out.)
    // 「…，心理健康那部分不讲了」: the object in the same clause, else anywhere before.
    const clauseStart = Math.max(plan.lastIndexOf('，', m.index - 1), plan.lastIndexOf(',', m.index - 1)) + 1;
    // (A word every clause shares, 心理健康, still names what the clause leaves out.)
    const object = plan.slice(clauseStart, m.index);
    const named = contentTerms(index, object);
    const near = !verbOnly ? [] : named.length > 0 ? named : index.terms(object).filter((t) => [...t.replace(/^=/, '')].length > 1 && !index.filler(t) && !FRAME.test(t));
    // (「心理经费从办公经费里出，不单独列」: of what was said before, the words the clause speaks of (经费, not 办公).)
    const earlier = verbOnly && near.length === 0 ? contentTerms(index, plan.slice(0, m.index)) : [];
    const before = near.length > 0 ? near : earlier.some(speaks) ? earlier.filter(speaks) : earlier;
    // (参加 in 「不参加心理测评」 is the verb of taking part, not a thing of the clause.)
    const taken = before.length > 0 ? before : own.length > 0 ? own : shares;
    const all = taken.some((w) => !TAKE_PART.test(w)) ? taken.filter((w) => !TAKE_PART.test(w)) : taken;
    // 「学校能不转介自己消化吗」: the thing of the rubric left out first (转介), then the asker's own way
    // instead (自己消化, no word of the rubric) — the thing alone is what the sentence must state.
    const [head, ...rest] = all;
    const words = taken === own && head?.startsWith('=') && rest.length > 0 && rest.every((t) => !index.known(t)) && !p.sentences.some((x) => statedIn(index, required(x.text), all).length === all.length) ? [head] : all;
    // The very word the asker used (工作量, not 待遇 of the same group) tells two sentences apart.
    const surfaces = index.surfaces(near.length > 0 ? object : thing).map((x) => x.word);
    for (const s of p.sentences) {
      const text = required(s.text);
      const stated = statedIn(index, text, words);
      // Every word of what is left out stands in the sentence (不参加运动会 is no 参加…大赛).
      if (stated.length < words.length) continue;
      // (The thing alone, 培训 of 「心理委员…可以不培训直接上岗吗」, in a sentence of the plan's subject: 心理委员, not 安全员.)
      if (words !== all && statedIn(index, text, [subject]).length === 0) continue;
      const matched = stated.reduce((sum, t) => sum + index.idf(t), 0);
      // A word every clause shares (心理健康) left out of the subject (家长会) weighs with the subject, when
      // the sentence names both.
      const shared = ((named.length === 0 && near.length > 0) || (before.length === 0 && own.length === 0 && shares.length > 0)) && statedIn(index, text, [subject]).length > 0 ? index.idf(subject) : 0;
      // (A heading, 「（1）开展心理测评工作。」, yields to the sentence that says what it asks.)
      const w = matched > 0 ? matched + shared + 0.5 * surfaces.filter((x) => text.includes(x)).length - (HEADING.test(s.text) ? 0.25 : 0) + 0.25 * statedIn(index, text, instead).length + 0.01 * statedIn(index, text, around).length : 0;
      if (w >= MIN_WEIGHT && (!best || w > best.w)) best = { sentence: s.text, w, words, left: m[0] };
    }
  }
  if (!best) return null;
  // 「我们办的是心理健康月，没有单独办心理健康周，这样也可以吧」: what is left out is one of the sentence's
  // means (通过心理健康周/月、学生心理社团…等): another named is leave; none named, the text does not settle it.
  const means = meansOf(best.sentence);
  if (means && statedIn(index, means, best.words).length === best.words.length) {
    // 「不搞心理健康周、心理橱窗这些活动」: what the list goes on with is left out too; all of a kind
    // (这些活动) or two means at once is no other means chosen → 不能.
    const at = plan.indexOf(best.left);
    const tail = LIST_ON.exec(plan.slice(at + best.left.length))?.[0] ?? '';
    const whole = best.left + tail;
    if (/这些|这类|之类|什么的|等活动|等等/.test(whole) || contentTerms(index, whole).filter((t) => statedIn(index, means, [t]).length > 0).length >= 2 || index.surfaces(whole).filter((x) => means.includes(x.word)).length >= 2) return { word: refusalWord(question), sentence: best.sentence };
    const rest = plan.replace(whole, ' ');
    // Another means named: a word of its own (心理橱窗), or another of the same group (心理健康月 beside 心理健康周).
    const leftWords = index.surfaces(best.left).map((x) => x.word);
    const other = contentTerms(index, rest).some((t) => !best!.words.includes(t) && statedIn(index, means, [t]).length > 0) || index.surfaces(rest).some((x) => !leftWords.includes(x.word) && means.includes(x.word));
    return other ? { word: refusalWord(question).replace(/^不/, ''), sentence: best.sentence } : null;
  }
  // 「学科渗透不开公开课，拿优秀案例交流行不行」「不是心理学专业的老师，能转岗教心理吗」: what is
  // left out is one of the sentence's alternatives (公开课、教研活动或…优秀案例; 心理学背景或资格证书,
  // 或由…转任). Doing another of them is leave in the asker's word; otherwise the text does not settle it.
  const choice = otherChoice(index, best.sentence, plan);
  if (choice === 'other') return { word: refusalWord(question).replace(/^不/, ''), sentence: best.sentence };
  if (choice === 'open') return null;
  return { word: refusalWord(question), sentence: best.sentence };
}

/**
 * What the plan leaves out, against the alternatives of `sentence` (公开课、教研活动或…优秀案例):
 * 'other' when it is one of them and the plan does another (leave), 'open' when it is one of them
 * and the plan names no other (the text does not settle it), null when it is no alternative.
 */
export function otherChoice(index: QaIndex, sentence: string, plan: string): 'other' | 'open' | null {
  // (「每学期至少开展2次年级或校级的公开课或观摩课」: each 或 also joins the two words beside it, 年级或校级.)
  const pairs = [...sentence.matchAll(LOCAL_PAIR)].map((m) => [m[1] ?? '', m[2] ?? '']).filter((pair) => pair[0]?.slice(-1) === pair[1]?.slice(-1));
  const lists = [alternatives(sentence), ...pairs];
  const found = lists.map((c) => choiceOf(index, c, plan, [LEFT_OUT]));
  if (found.includes('other')) return 'other';
  // (「年级观摩课一次没开，校级公开课开了3次」: the thing told before what was not held is left out too,
  // when another choice is told done.)
  if (lists.some((c) => choiceOf(index, c, plan, [LEFT_OUT, UNDONE_BEFORE]) === 'other')) return 'other';
  return found.includes('open') ? 'open' : null;
}
/** What was not held, named before it in its own clause: 「年级观摩课一次没开」「家长会也没开过」. */
const UNDONE_BEFORE = /(\p{Script=Han}{2,12}?)(?:一次|一回|一场|一节)?(?:都|也|还|从来|一直|根本)?(?:没有?|未|不)(?:开|搞|办|上|做|组织|开展|举行|进行)(?:过)?/gu;
/** Two words joined by 或 with nothing between them and their neighbours, of one kind by their last character (年级或校级, 公开课或观摩课). */
const LOCAL_PAIR = /([^\s的、，；。0-9次或]{2,4})或(?!者)([^\s的、，；。0-9或]{2,4})/gu;

function choiceOf(index: QaIndex, choices: readonly string[], plan: string, lefts: readonly RegExp[]): 'other' | 'open' | null {
  if (choices.length < 2) return null;
  // (「不开年级的只开校级的」: what is left out ends where what is done begins.)
  const leftOut = lefts.flatMap((left) => [...plan.matchAll(left)]).map((m) => m[0].split(/只|而是|改成|光/)[0] ?? m[0]);
  // A choice is named by its head, the last word that names something (优秀案例 in 提供…的优秀案例).
  const heads = new Map(
    choices.map((c) => {
      const surfaces = index.surfaces(c);
      const at = (t: string) => c.lastIndexOf(surfaces.find((x) => x.term === t)?.word ?? t.replace(/^=/, ''));
      const head = contentTerms(index, c).sort((a, b) => at(b) - at(a))[0];
      return [c, { head, word: surfaces.find((x) => x.term === head)?.word }] as const;
    }),
  );
  const names = (c: string, text: string) => {
    const { head, word } = heads.get(c) ?? {};
    // (Choices one group names alike, 公开课 and 观摩课, are told apart by their own words.)
    if (head !== undefined && word !== undefined && choices.some((o) => o !== c && heads.get(o)?.head === head)) return text.includes(word);
    // (A choice of no content word of its own, 年级, is named by itself.)
    return head !== undefined ? statedIn(index, text, [head]).length > 0 || text.includes(head.replace(/^=/, '')) : c.length >= 2 && text.includes(c);
  };
  const omitted = choices.filter((c) => leftOut.some((m) => names(c, m)));
  // 「既没有心理学背景也没有资格证书」: all of them left out is no choice made.
  if (omitted.length === 0 || omitted.length === choices.length) return null;
  const rest = leftOut.reduce((t, m) => t.replace(m, ' '), plan);
  return choices.some((c) => !omitted.includes(c) && names(c, rest)) ? 'other' : 'open';
}

/** The alternatives a sentence offers: 「A、B或C」 → [A, B, C]; none when it has no 或. */
export function alternatives(sentence: string): string[] {
  if (!/或(?!者说)/.test(sentence)) return [];
  const at = sentence.search(/或/);
  // The list around the first 或: back to the clause's start, on to its end.
  const start = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf('；', at)) + 1;
  const endAt = sentence.slice(at).search(/[，。；]/);
  const span = sentence.slice(start, endAt < 0 ? undefined : at + endAt);
  return span.split(/、|或者|或/).map((x) => x.trim()).filter((x) => x.length > 0);
}

/**
 * 「能不能同时兼任班主任」: holding a second role, which two roles named side by side (教师和班主任)
 * give no leave for; only a text that says 兼任 does — nor one held by the post the clause draws it from (由门卫兼任).
 */
export function holdsBoth(asked: string, text: string, drawn: (who: string) => boolean = () => false): boolean {
  return /兼任|兼当|兼做|兼(?=班主任|校医|会计|出纳|行政)|同时(?:当|做|担任|兼)/.test(asked) && !/兼任/.test(text) && !drawn(/^(?:由|让)(\p{Script=Han}{2,3}?)来?兼/u.exec(asked)?.[1] ?? '');
}

/** What leave is asked for: 「能转任心理老师吗」 → 转任心理老师. */
const LEAVE_FOR = /(?:能不能|可不可以|能否|可以|(?<![才功技职智本体])能(?![力够]))(?:直接|也)?([^，,。？?！!；;\s]+)/;

/**
 * 「数学老师本科是心理学专业的，能转任心理老师吗」: leave asked for what the clause itself provides
 * (或由…教师转任), outside any prohibition → 能 / 可以 / 行, in the asker's word. Every word of what is
 * asked stands in the clause, and so does every character no word covers (当 in 当班主任: 享受班主任
 * 同等待遇 gives no leave to be one). A question that denies anything (不是…专业, 没有证) is not
 * settled here. Null otherwise.
 */
export function permitVerdict(index: QaIndex, question: string, text: string): string | null {
  if (!ASKS_LEAVE.test(question) || /不是|没有?|未|非|无/.test(question.replace(ASKING, '，'))) return null;
  const asked = (LEAVE_FOR.exec(question)?.[1] ?? '').replace(/[吗嘛呢吧啊呀么]+$/, '');
  const words = contentTerms(index, asked);
  if (words.length === 0) return null;
  const allowed = allowedText(text);
  if (statedIn(index, allowed, words).length < words.length) return null;
  if (holdsBoth(asked, allowed)) return null;
  // 「还能评先进吗」: what the text takes away (取消…评优评先资格) is no leave.
  const taken = [...text.matchAll(/取消[^。；;]*/g)].map((m) => m[0]).join('');
  if (taken && statedIn(index, taken, words).length > 0) return null;
  let rest = asked;
  for (const s of index.surfaces(asked)) rest = rest.replaceAll(s.word, '');
  for (const t of words) rest = rest.replaceAll(t.replace(/^=/, ''), '');
  // 「转介出去」: a direction after the verb (出去, 回来) asks nothing of its own.
  rest = rest.replace(/[出进回上下过起](?:去|来)/g, '');
  // 「心理健康周可以改成心理健康月吗」: changing to what the clause allows (周/月) is leave for it.
  rest = rest.replace(/^(?:改成|改为|换成|变成|改到)/, '');
  if ([...rest].some((c) => /\p{Script=Han}/u.test(c) && !allowed.includes(c))) return null;
  // 「这个钱能不能向家长收」: an act the rubric has no word for (收) is never given leave, whatever its characters.
  if (index.terms(rest).some((t) => !index.known(t) && !index.filler(t))) return null;
  const word = /可以|可不可以/.test(question) ? '可以' : /行不行|行吗|行不|行吧/.test(question) ? '行' : '能';
  return `${word}。`;
}

/**
 * 「辅导室周末不开放，只在工作日开，行吗」: days the schedule leaves out (周末, 周五) where the clause sets
 * an amount a week and names no day → leave, with the sentence of that amount. Null otherwise.
 */
export function daysFreeVerdict(p: Passage, question: string): LeaveVerdict | null {
  if (!ASKS_LEAVE.test(question) || !new RegExp(DAY_OFF.source).test(question) || DAYS_NAMED.test(p.text)) return null;
  const weekly = p.requirements.find((x) => x.requirement.op === 'atLeast' && /周/.test(x.requirement.text));
  const sentence = weekly ? p.sentences.find((s) => s.text.includes('周') && [...weekly.terms].some((t) => s.terms.has(t))) : undefined;
  if (!weekly || !sentence) return null;
  return { word: `${grantWord(question)}。原文只定了每周的量（${weekly.requirement.text}），没有规定哪几天`, sentence: sentence.text };
}
/** Days a clause may name for its schedule. */
const DAYS_NAMED = /周末|节假日|假期|寒暑假|双休|星期|礼拜|周[一二三四五六日]|每天|每日/;

/** What a sentence encourages or allows: 鼓励社会力量支持开展学生心理健康服务. */
const ENCOURAGED = /(?:鼓励|支持|允许|提倡)([^，。；]+)/g;

/**
 * 「有企业想捐钱支持我们做学生心理服务，可以接受吗」: leave for what the clause encourages (鼓励社会力量
 * 支持…) → 可以 / 能 / 行, in the asker's word: a thing the question names (its synonym group) stands
 * in what the sentence encourages. Null otherwise, and for a question that denies anything.
 */
export function encouragedVerdict(index: QaIndex, question: string, text: string): string | null {
  if (!(ASKS_LEAVE.test(question) || /允许/.test(question)) || /不是|没有?|不能|不可以/.test(question.replace(ASKING, '，'))) return null;
  const named = contentTerms(index, question).filter((t) => t.startsWith('=') && index.idf(t) >= MIN_WEIGHT);
  for (const m of allowedText(text).matchAll(ENCOURAGED)) {
    const said = index.textTermSet(m[1] ?? '');
    if (!named.some((t) => said.has(t))) continue;
    return `${grantWord(question, /能/.test(question) ? '能' : '可以')}。`;
  }
  return null;
}

/**
 * 「这个活动是要班主任每天跟每个学生都聊15分钟吗」: a claim that puts one of a sentence's
 * alternatives (同学、班主任、任课教师或家人) as the one required → 不是, with the alternatives; null
 * otherwise, and when the question names more than one of them.
 */
export function oneOfClaimed(question: string, sentences: readonly { text: string }[]): { sentence: string; named: string; choices: string[] } | null {
  // (「是不是非得跟家人聊才算」「必须跟家长聊吗」「只能跟班主任聊吗」: one put as the only one too.)
  if (!/是(?:要|不是要|必须|得)?[^，,。？?！!]{0,30}[吗么嘛][？?]?\s*$|是不是(?:要|必须|得|只能|只有|非得|一定要)|(?:非得|非要|必须|只能|一定要)[^，,。？?！!]{0,20}(?:[吗么嘛][？?]?\s*$|才算)/.test(question)) return null;
  // (「班主任还是家长都可以吗」: more than one put by the asker is no one claimed.)
  if (/还是|或者|都(?:可以|行|能|算)/.test(question)) return null;
  for (const s of sentences) {
    const choices = peopleChosen(s.text);
    if (choices.length < 3) continue;
    // (The one claimed stands after the claim's word: 「家长群里有人问是不是必须老师陪」 claims no 家人.)
    const claimed = question.slice(Math.max(0, question.search(/非得|非要|必须|只能|只有|一定要|是要|是不是|是(?=[^，,。？?！!]{0,30}[吗么嘛][？?]?\s*$)/)));
    const named = choices.filter((c) => claimed.includes(c) || (CHOICE_ALIAS[c]?.test(claimed) ?? false));
    if (named.length === 1 && named[0]) return { sentence: s.text, named: named[0], choices };
  }
  return null;
}

/**
 * The people or things a sentence's 或 lists, each named by its last word (与同学 → 同学); the last
 * runs on to the clause's verb (家人有效沟通交流15分钟 → 家人).
 */
function peopleChosen(sentence: string): string[] {
  return alternatives(sentence).map((c) => c.replace(/^.*?(?:与|和|跟|由|向)/, '').replace(/(?:有效|沟通|交流|开展|进行|参与|参加|等).*$/, ''));
}

/** The asker's word for one of a sentence's choices: 家长 for 家人. */
// (「是每个老师每天都要和学生聊吗」: a teacher said bare, not 班主任 nor 心理老师, is a 任课教师.)
const CHOICE_ALIAS: Readonly<Record<string, RegExp>> = { 家人: /家人|家长|父母|爸妈/, 任课教师: /任课(?:教师|老师)|科任(?:教师|老师)|(?<!班主任|心理)(?:老师|教师)/ };

/**
 * 「倾听一刻钟跟谁聊？班主任还是家长都可以吗」: each of two or more the asker puts is one of a sentence's
 * alternatives (同学、班主任、任课教师或家人) → the word of leave asked; null otherwise.
 */
export function eachOfChoices(question: string, sentences: readonly { text: string }[]): string | null {
  const m = /([^，,。？?！!\s]{2,8}?)(?:还是|或者|或|和|、)([^，,。？?！!\s]{2,8}?)都(可以|行|能)[吗么嘛]?[？?]?\s*$/.exec(question);
  if (!m) return null;
  for (const s of sentences) {
    const choices = peopleChosen(s.text);
    if (choices.length < 3) continue;
    const names = (said: string) => choices.some((c) => said.endsWith(c) || (CHOICE_ALIAS[c]?.test(said) ?? false));
    if (names(m[1] ?? '') && names(m[2] ?? '')) return `${m[3]}。`;
  }
  // 「心理公开课观摩课年级的和校级的都行吗」: the two put are the two sides of one 或 (年级或校级的公开课).
  const [a, b] = [m[1] ?? '', m[2] ?? ''].map((x) => x.replace(/的$/, ''));
  const ends = (x: string) => Array.from({ length: Math.min(x.length, 6) - 1 }, (_, i) => x.slice(-(i + 2)));
  for (const s of sentences) {
    if (FORBIDS.test(s.text)) continue;
    for (const clause of s.text.split(/[，,。；;]/)) {
      const at = (x: string) => ends(x).map((w) => clause.indexOf(w)).find((i) => i >= 0) ?? -1;
      const [i, j] = [at(a ?? ''), at(b ?? '')];
      if (i >= 0 && j >= 0 && i !== j && /^[^和与及]{0,8}或/.test(clause.slice(Math.min(i, j) + 1)) && clause.slice(Math.min(i, j), Math.max(i, j)).includes('或')) return `${m[3]}。`;
    }
  }
  return null;
}

/**
 * 「家长课堂可以用专题讲座的形式吗」: a form or way asked leave for, every word of which the clause
 * states (专题…讲座 in 「专题心理健康教育知识普及课或讲座」) → the word of leave asked; null otherwise.
 */
export function formVerdict(index: QaIndex, question: string, text: string): string | null {
  const word = leaveWord(question);
  // (「学科渗透这块，拿优秀案例交流来完成可以吗」: a way the task is done, 拿…来完成, is a form too.)
  const m = /(?:用|以|采用|采取|通过|搞|办|开)([^，,。？?]{2,10}?)的?(?:形式|方式)/.exec(question) ?? /(?:用|拿|以|通过)([^，,。？?]{2,10}?)(?:来)?(?:完成|达标)/.exec(question);
  if (!word || !m) return null;
  const words = index.terms(m[1] ?? '').filter((t) => !t.startsWith('=') && [...t].length > 1 && !index.generic.has(t));
  // (Each sentence on its own: 专题 and 讲座 in one.)
  const sentences = text.split(/(?<=[。；;])/);
  return words.length > 0 && words.every((t) => sentences.some((x) => x.includes(t) || saidApartIn(x, t))) ? `${word}。` : null;
}

/**
 * 「学科渗透用优秀案例交流代替公开课行不行」: one of a sentence's alternatives (公开课、教研活动或…
 * 优秀案例) put for another it lists with it → the word of leave asked, with that sentence; null
 * otherwise (a sentence that forbids, or two things no one 或 joins).
 */
export function alternativeVerdict(index: QaIndex, question: string, sentences: readonly { text: string }[]): { word: string; sentence: string } | null {
  // (「优秀案例可以代替上公开课吗」: the thing put first, the leave asked before 代替.)
  const m =
    /(?:用|拿|以)([^，,。？?！!\s]{2,12}?)(?:来)?(?:代替|替代|顶替|替换)([^，,。？?！!\s]{2,10}?)(?:[，,]\s*(?:这样|这么做|那)?)?(?:行|可以|能|算|中|成)/.exec(question) ??
    /([^，,。？?！!\s]{2,12}?)(?:可以|能|能不能|可不可以|能否)(?:来)?(?:代替|替代|顶替|替换)([^，,。？?！!\s]{2,10}?)(?:吗|么|嘛|[？?]|$)/.exec(question) ??
    // (「学科渗透可以用优秀案例交流代替公开课吗」: the leave asked before 用.)
    /(?:可以|能|能不能|可不可以|能否)(?:用|拿|以)([^，,。？?！!\s]{2,12}?)(?:来)?(?:代替|替代|顶替|替换)([^，,。？?！!\s]{2,10}?)(?:吗|么|嘛|[？?]|$)/.exec(question);
  // (「…代替公开课，这样算吗」: whether it counts is asked in 算.)
  const word = m ? (leaveWord(question) ?? (COUNTS_ASKED.test(question) ? '算' : null)) : null;
  if (!m || !word) return null;
  const own = (said: string) => index.terms(said).filter((t) => [...t.replace(/^=/, '')].length > 1 && !index.generic.has(t) && !index.filler(t) && !FRAME.test(t.replace(/^=/, '')));
  const [put, instead] = [own(m[1] ?? ''), own(m[2] ?? '')];
  if (put.length === 0 || instead.length === 0) return null;
  const has = (text: string, t: string) => text.includes(t.replace(/^=/, ''));
  for (const s of sentences) {
    if (FORBIDS.test(s.text) || !put.every((t) => has(s.text, t)) || !instead.every((t) => has(s.text, t))) continue;
    // (Both in one clause's list that 或 closes: 「公开课、教研活动或提供…优秀案例」.)
    for (const clause of s.text.split(/[，,。；;]/)) {
      const a = put.map((t) => clause.indexOf(t.replace(/^=/, ''))).filter((i) => i >= 0);
      const b = instead.map((t) => clause.indexOf(t.replace(/^=/, ''))).filter((i) => i >= 0);
      if (a.length === 0 || b.length === 0) continue;
      if (/或/.test(clause.slice(Math.min(...a, ...b))) && !/[和与及]/.test(clause.slice(Math.min(...a, ...b), Math.max(...a, ...b)))) return { word, sentence: s.text };
    }
  }
  return null;
}
