/**
 * The nearest clause, in stage 4 of the Q&A pipeline (retrieve): a question plainly about the rubric
 * (it names a thing only a few clauses speak of: 倾听一刻钟, 考核内容, 经费) that every other stage
 * declined gets that clause — its verdict when the clause's data decides one, else what the clause
 * says, with 原文没有直接规定… for what it does not — never the stock refusal. Also the verdicts a weak
 * match may trust (DECIDED), the question words (ASKED), and what is asked after 的 that the rubric
 * has no word for (ownedUnknown). Pure.
 */
import type { QaIndex } from './index.ts';
import { rank } from './index.ts';
import { compose } from './compose.ts';
import { cite, fit, inScope, type Part } from './parts.ts';
import { QA_TEXT } from '../text/qa-replies.ts';
import { silent, silentWord, unsaidWord } from './silence.ts';
import { givesWhatIsAsked, trusted, unsaidOf } from './retrieve.ts';

/**
 * An answer that leads with a verdict the clause's data decided — the asker's plan or rate against
 * a requirement (不可以。, 够。), a grade against the one the clause starts from (不需要。) — settles a
 * weakly matched question. An echo of the question's own verb (要。, 算。) does not: under a weak
 * match it would be a guess.
 */
export const DECIDED = /^(?:不?(?:可以|行|能|够|达标|合格|符合)[。，]|不需要。|不是。条文写的是|需要。小学|需要。原文要求所有班级|是。小学|不是。原文要求|[0-9]+人。原文要求)/;

/**
 * 「专职心理老师的编制怎么解决」「心理委员的任期怎么定」: what is asked about, after 的, a word the rubric
 * has no term for (编制, 任期); none otherwise.
 */
/** Plain verbs of doing and of reading the text: what a clause asks done, not an act it never names. */
const DOING = /准备|处理|启动|回事|操作|落实|开展|执行|安排|进行|实施|组织|理解|认定|计算|判断|确定|打分|评分|填|写|报|交|整理|建立|建设|完善|选|配|做|弄|搞|办|上|开|算|用|管|查|看|定/;

/** A term that is only a plain verb of doing (开, 准备); 开药 holds one, yet is an act of its own. */
const DOING_ONLY = new RegExp(`^(?:${DOING.source})$`);

export function ownedUnknown(index: QaIndex, q: string): string[] {
  // A word of the phrase that the rubric has no term for (not one of the table's words as written, nor chat).
  const unknownIn = (phrase: string | undefined) =>
    phrase && index.surfaces(phrase).length === 0 ? index.terms(phrase).find((t) => [...t].length >= 2 && !index.known(t) && !index.filler(t) && silentWord(t)) : undefined;
  // (「年度考核的分是怎么算出来的」: 是 before 怎么 is no part of what is owned, 分; nor 会 in 「不合格的学校会怎么处理」.)
  const owned = /的(\p{Script=Han}{2,4}?)(?:问题)?(?:怎么|如何|咋|是多少|多少|是什么|有什么|有没有|有几|几)/u.exec(q.replace(/的话/g, '，'))?.[1]?.replace(/(?:是|又|都|就|还|会|要|能|该)+$/, '');
  // (What only asks a kind of answer, 频次要求 or 时间, is the question's frame.)
  const thing = owned?.replace(/(?:要求|标准|规定|安排)$/, '');
  if (owned && thing && silentWord(owned) && index.intents(owned).length === 0 && index.terms(thing).every((t) => !index.known(t) && !t.startsWith('='))) return [owned];
  // 「辅导室面积有要求吗」: a word the rubric has no term for, right before 有要求吗 / 有没有规定.
  // (Not 没有具体要求, told as a fact: 「底下没有具体要求」 asks nothing of 底下.)
  const before = /(\p{Script=Han}{2,4}?)(?<![没无])(?:有没有|有)(?:什么|啥|具体的?)?(?:要求|规定|标准|讲究)/u.exec(q)?.[1];
  const word = before ? index.surfaces(before).length === 0 ? index.terms(before).find((t) => [...t].length >= 2 && !index.known(t) && silentWord(t)) : undefined : undefined;
  if (word) return [word];
  // 「校长会被免职吗」: what would happen, in a word the rubric has none for.
  const befall = /会(?:被)?(\p{Script=Han}{2,3}?)(?:吗|么|嘛)[？?]?$/u.exec(q)?.[1];
  const fate = befall ? index.terms(befall).find((t) => [...t].length >= 2 && !index.known(t) && silentWord(t)) : undefined;
  if (fate) return [fate];
  // 「对考核结果有异议的话怎么申诉」: how to do an act, at the end of what is asked, in a word the rubric has none for.
  const how = /(?:怎么|怎样|如何|咋)(\p{Script=Han}{2,3}?)(?:呢|啊|呀)?[？?]?$/u.exec(q)?.[1];
  // (Not a plain verb of doing: 材料怎么准备, 分级预警要怎么启动 are the clause's own acts.)
  const howUnknown = how && !DOING.test(how) ? unknownIn(how) : undefined;
  if (howUnknown) return [howUnknown];
  // 「测评结果要不要告诉家长」: an act asked of, in a word the rubric has none for (告诉, not 公布).
  // (Only telling someone: the acts the rubric speaks of, 公布 and 报告, are its own words.)
  // (「测评结果异常的学生要告诉家长吗」: 要…吗 asks the same, of what a student's screening or case holds —
  // not of what the text publishes, 「辅导室在哪求助电话多少这些要告诉家长吗」.)
  const act = /(?:要不要|需不需要|用不用|该不该|应不应该|能不能|可不可以)((?:告诉|告知|知会|透露)(?:给)?\p{Script=Han}{0,4}?)(?:本人)?(?:吗|么|呢|[？?]|$)/u.exec(q)?.[1] ?? (/测评|结果|病情|档案|诊断|预警/.test(q) ? /(?:要|需要|应该|应|得|必须)((?:告诉|告知|知会|透露)(?:给)?\p{Script=Han}{1,4}?)(?:本人)?(?:吗|么|嘛)[？?]?$/u.exec(q)?.[1] : undefined);
  if (act && !index.known(act)) return [act];
  // 「心理委员要不要每学期换届」: an act asked of (要不要…), in a word the rubric has none for.
  const doing = /(?:要不要|需不需要|用不用|该不该)(?:每(?:个)?(?:学期|学年|年|周|月)|定期)?(\p{Script=Han}{2,3}?)(?:吗|么|呢|[？?]|$)/u.exec(q)?.[1];
  const undone = unknownIn(doing);
  if (undone) return [undone];
  // 「专职心理老师需要坐班吗」: a must asked of an act in a word the rubric has none for.
  const must = /(?:需要|要|得|必须)(\p{Script=Han}{2,3}?)(?:吗|么|嘛)[？?]?$/u.exec(q)?.[1];
  const musted = must && !DOING.test(must) ? unknownIn(must) : undefined;
  if (musted) return [musted];
  // 「心理测评要家长签同意书吗」: a paper to sign or hand in, in a word the rubric has none for.
  const paper = /(?:签|写|交|填|出具|提供|盖)(?:一?份|一个|个)?(\p{Script=Han}{2,4}?)(?:吗|么|嘛)[？?]?$|(?:要不要|需不需要|用不用)(?:签|写|交|填|出具|提供|盖)(?:一?份|一个|个)?(\p{Script=Han}{2,4}?)[？?]?$/u.exec(q)?.slice(1).find((x) => x !== undefined);
  const unknownPaper = unknownIn(paper);
  if (unknownPaper) return [unknownPaper];
  // 「心理老师能不能给学生开药」: an act done for someone, at the end, in a word the rubric has none for.
  const forSomeone = /(?:能不能|可不可以|能否|可以|能)(?:给|为|帮|替)(\p{Script=Han}{3,8}?)(?:吗|么|嘛|呢)?[？?]?$/u.exec(q)?.[1];
  const lastAct = forSomeone ? index.terms(forSomeone).at(-1) : undefined;
  // (The term itself, not the phrase's surfaces: 开 of 开药 is no table word.)
  const undoneFor = lastAct && [...lastAct].length >= 2 && !DOING_ONLY.test(lastAct) && !index.known(lastAct) && !index.filler(lastAct) && silentWord(lastAct) ? lastAct : undefined;
  if (undoneFor) return [undoneFor];
  // 「学校要不要给心理老师配电脑」: a thing to provide, at the end of what is asked, in a word the rubric has none for.
  const provided = /(?:配备|配置|添置|购买|购置|安装|配|买|装)(?:一?[台个套张部])?(\p{Script=Han}{2,4}?)(?:吗|么|嘛|呢)?[？?]?$/u.exec(q)?.[1];
  const unprovided = unknownIn(provided);
  if (unprovided) return [unprovided];
  // 「排名第一的学校有奖金吗」「心理委员任期多久」: a thing asked of (有…吗, …多久), in a word the rubric has none for.
  // 「有没有额外的岗位补贴，多少钱」「有额外补贴吗？一般多少钱」: the same, with 额外 and a question after.
  const had = /有(?:没有)?(\p{Script=Han}{2,3}?)(?:吗|么|嘛|没有?)[？?]?$/u.exec(q)?.[1] ?? /(\p{Script=Han}{2,3}?)(?:是)?(?:多久|多长时间|多长|几年|多少年)/u.exec(q)?.[1];
  const unknown = unknownIn(had);
  if (unknown) return [unknown];
  // 「心理健康安全员要考什么证吗」: a certificate asked for (the clause on 心理老师 names 资格证书; others do not).
  if (/(?:什么|啥|哪种|哪个)(?:资格)?证(?:书)?[吗么呢]?[？?]?$/.test(q)) return ['证书'];
  return extraUnknown(index, q);
}

/** 「有没有额外的岗位补贴，多少钱」「有额外补贴吗？一般多少钱」: something extra asked of, its last word one the rubric has none for. */
export function extraUnknown(index: QaIndex, q: string): string[] {
  const extra = /有(?:没有)?(?:额外|专门|另外)的?((?:(?![0-9一二两三四五六七八九十几])\p{Script=Han}){2,4}?)(?:吗|么|嘛|没有?)?(?:[？?，,。]|$)/u.exec(q)?.[1];
  const head = extra ? index.terms(extra).at(-1) : undefined;
  return head && [...head].length >= 2 && !index.known(head) && !index.filler(head) && silentWord(head) ? [head] : [];
}

export { sharedOrPlaced } from './silence.ts';

/** A question word of any kind: what a question about a clause is asked with. */
export const ASKED = /有没有|多少|什么|啥|哪|几|吗|么|是否|谁|要不要|需不需要|用不用|能不能|可不可以|多[大长久高宽远重]/;


/** A thing only a few clauses speak of weighs at least this much (idf): 倾听一刻钟, 考核内容, 经费. */
const STRONG = 2;
/**
 * Asked of the rubric, not of the day: a verdict, leave, a rule or the assessment named (行吗, 算不算,
 * 符合, 要求, 考核…). 「食堂的饭菜太难吃了怎么办」 names 食堂 but asks nothing of the rubric.
 */
const RUBRIC_FRAME = /行吗|行不行|行不|可以吗|可不可以|能不能|能否|算不算|算吗|也算|算数|符合|达标|合格|要求|规定|考核|扣分|必须|要不要|需不需要|用不用|归到|属于|哪一(?:块|项|条)|条款|细则|原文|文件/;
/** Periods and units: they name no thing a clause is about. */
const UNITS = ['周', '学期', '学年', '每天', '天', '月', '年', '小时', '分钟', '次', '名', '课时'];

/**
 * 「倾听一刻钟改成每周一次 一次聊一小时 行吗」: the clause a declined question plainly names, with its
 * verdict (不行。) or what it says; null when the question names no such thing or asks nothing.
 */
export function nearestClause(index: QaIndex, q: string, budget: number): Part | null {
  if (index.declined(q) || index.dated(q) || !(ASKED.test(q) || /还是|[？?]\s*$/.test(q)) || !RUBRIC_FRAME.test(q)) return null;
  const terms = [...new Set(index.terms(q))];
  // (A period or a unit, 周 or 小时, names no thing.)
  const units = new Set(UNITS.map((w) => index.concept(w)));
  const strong = terms.filter((t) => t.startsWith('=') && !index.generic.has(t) && !units.has(t) && index.idf(t) >= STRONG);
  if (strong.length === 0) return null;
  const top = rank(index, terms, index.surfaces(q)).find((h) => strong.some((t) => index.docOf(h.passage)?.tf.has(t)));
  if (!top) return null;
  const intents = index.intents(q);
  const text = compose(index, top.passage, index.terms(q), intents, budget, q);
  if (DECIDED.test(text)) return inScope(text, [top.passage]);
  const what = unsaidWord(index, q, top.passage);
  if (what) return silent(index, what, top.passage, index.terms(q), budget, q);
  // 「成长导师每个月至少谈几次话」: a figure or a time the clause does not give is named as silent.
  if (givesWhatIsAsked(index, q, intents, text)) return inScope(text, [top.passage]);
  const named = index.surfaces(q).find((x) => strong.includes(x.term))?.word ?? '';
  return silent(index, unsaidOf(named, q, intents), top.passage, index.terms(q), budget, q);
}

/** 「危机干预归在哪个方面」「讲经费的是哪一块」: which of the assessment's parts a thing falls under. */
// (「危机干预在考核内容八个方面里属于哪一项」: 哪一项 of the parts, where the parts are named.)
const AREA_ASKED = /(?:归|属于|算|放|划|在)(?:在|到|进|入|于)?(?:考核内容|考核)?(?:的|里的?|中的?)?哪(?:个|一)?(?:个)?(?:方面|块|部分|类|考核项|项|大项)|哪(?:个|一)(?:个)?(?:方面|部分)|的(?:是)?哪(?:个|一)?(?:方面|块|部分)|(?:方面|考核内容)[^，,。？?]{0,8}(?:归|属于|算|是|在|的)(?:在|到|于)?哪(?:个|一)(?:个|项)/;

/**
 * 「考核内容里，“危机干预”归在哪个方面」: the part of 二(二)考核内容 (八个方面) that names what is asked —
 * 「属于第6方面“心理健康监测”」 with its words; null when the question asks no such thing or no part names it.
 */
export function areaOf(index: QaIndex, q: string, budget: number, whole: string = q): Part | null {
  const content = index.byId.get('section-content');
  if (!content || !AREA_ASKED.test(q)) return null;
  const own = index.textTermSet(content.title);
  const asked = index.surfaces(q).filter((x) => !index.generic.has(x.term) && !own.has(x.term) && !/方面|部分|考核/.test(x.word));
  const parts = content.text.split('\n').map((line) => ({ line, m: /^(\d+)\.\s*([^。]+)。/.exec(line) })).filter((x) => x.m !== null);
  const weigh = (line: string) => {
    const terms = index.textTermSet(line);
    return asked.reduce((w, x) => w + (terms.has(x.term) || line.includes(x.word) ? index.idf(x.term) : 0), 0);
  };
  const [best, second] = parts.map((x) => ({ ...x, w: weigh(x.line) })).sort((a, b) => b.w - a.w);
  // 「我是心理老师，学校让我搞心理社团、心理橱窗和校园广播…这些在考核里算哪一块」: things the parts' lines
  // never name, that one clause plainly does (第13条), fall under that clause's part (三(五) → 第5方面) — not
  // the part the asker's own post names (心理老师, 队伍建设); the clause is cited first.
  const terms = index.terms(q);
  const top = rank(index, terms, index.surfaces(q)).find((h) => h.passage.kind === 'item');
  const areaNo = top && top.onTopic && trusted(index, top, terms, q) ? '一二三四五六七八'.indexOf(/^三\((.)\)/.exec(top.passage.ref)?.[1] ?? '') + 1 : 0;
  const ofItem = areaNo > 0 ? parts.find((x) => Number(x.m?.[1]) === areaNo) : undefined;
  const named = top && ofItem?.m && ofItem !== best && !asked.some((x) => ofItem.line.includes(x.word)) && asked.filter((x) => top.passage.text.includes(x.word)).length >= 2;
  if (top && ofItem?.m && named) {
    const lead = QA_TEXT.areaOf(areaNo, ofItem.m[2] ?? '', `第${top.passage.no}条${top.passage.title}`);
    return inScope(fit([lead + QA_TEXT.quote(top.passage.sentences.find((x) => asked.some((w) => x.text.includes(w.word)))?.text ?? top.passage.text).replace(/。”$/, '”'), cite(top.passage)], budget), [top.passage, content]);
  }
  if (!best?.m || best.w <= 0 || (second && second.w === best.w)) return null;
  const body = best.line.slice(best.m[0].length).replace(/。$/, '');
  // 「…考核里归哪一块管？心理健康监测吗」: the asker's own guess, named and put as a question, is confirmed first.
  const guessed = best.m[2] !== undefined && new RegExp(`${best.m[2]}(?:吗|么|嘛|是吧|对吧|对吗)`).test(whole);
  return inScope(fit([(guessed ? '是，' : '') + QA_TEXT.areaOf(Number(best.m[1]), best.m[2] ?? '', body), cite(content)], budget), [content]);
}

/**
 * 「心理健康监测包括自杀危机干预吗」: whether one of 考核内容's eight parts, named by its head, takes in
 * what is asked — the clause that answers it falls under that part (三(六) → 第6方面) → 包括, with the
 * clause; under another part → 不包括, with the part it falls under. Null when no part is named so.
 */
export function areaIncludes(index: QaIndex, q: string, budget: number): Part | null {
  const content = /包括|包含|含|有|部分|属/.test(q) ? index.byId.get('section-content') : undefined;
  const heads = content ? content.text.split('\n').map((line) => /^(\d+)\.\s*([^。]+)。/.exec(line)).filter((m): m is RegExpExecArray => m !== null) : [];
  // The part named by its head, and what is asked of it, read once.
  // (「考核内容里心理健康监测那部分，包括自杀危机干预吗」: the part named within 考核内容, a comma before what is asked;
  // 「防…危机干预，是不是考核内容里心理健康监测的一部分」: the thing first, asked whether it is part of the part: 是 / 不是.)
  const within = '(?:那|请问)?(?:考核内容|考核)?(?:里|中|里面)?的?';
  const asked = heads
    .map((m) => {
      if (!q.includes(m[2] ?? '')) return { m, thing: undefined, is: false };
      const inc = new RegExp(`^${within}${m[2]}(?:这一?块|那一?块|这部分|那部分|部分|方面|里面?|中)?[，,]?\\s*(?:包括|包含|含|有)([^，,。？?！!]{2,16}?)(?:吗|么|嘛)[？?]?$`).exec(q.trim())?.[1];
      const of = inc === undefined ? new RegExp(`^([^，,。？?！!]{2,20}?)[，,]?\\s*(?:是不是|是否|算不算|属不属于)${within}${m[2]}(?:的)?(?:一部分|部分|内容|范围)(?:吗|么)?[？?]?$`).exec(q.trim())?.[1] : undefined;
      return { m, thing: inc ?? of, is: of !== undefined };
    })
    .find((x) => x.thing !== undefined);
  const part = asked?.m, thing = asked?.thing?.replace(/^(?:防|预防|防止)(?=\p{Script=Han}{0,6}(?:自伤|自杀|轻生))/u, '');
  if (!part || !thing) return null;
  const terms = index.terms(thing);
  const top = rank(index, terms, index.surfaces(thing)).find((h) => h.passage.kind === 'item');
  if (!top || !top.onTopic || !trusted(index, top, terms, thing)) return null;
  const areaNo = '一二三四五六七八'.indexOf(/^三\((.)\)/.exec(top.passage.ref)?.[1] ?? '') + 1;
  const under = heads.find((m) => Number(m[1]) === areaNo);
  if (!under) return null;
  const clause = `第${top.passage.no}条${top.passage.title}`;
  // (Not 不包括 where a clause of the part named speaks of it too.)
  const ofPart = index.passages.filter((x) => x.kind === 'item' && x.ref.startsWith(`三(${'一二三四五六七八'[Number(part[1]) - 1]})`));
  const named = terms.filter((t) => !index.generic.has(t) && index.known(t));
  if (Number(part[1]) !== areaNo && ofPart.some((x) => named.some((t) => index.docOf(x)?.tf.has(t) ?? false))) return null;
  return Number(part[1]) === areaNo
    ? inScope(fit([`${asked?.is ? '是' : '包括'}。${clause}属于第${areaNo}方面“${part[2]}”。`, cite(top.passage)], budget), [top.passage])
    : inScope(fit([`${asked?.is ? '不是' : '不包括'}。${clause}属于第${under[1]}方面“${under[2]}”。`, cite(top.passage)], budget), [top.passage]);
}
