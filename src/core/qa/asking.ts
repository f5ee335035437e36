/**
 * How a message asks, in stage 3 of the Q&A pipeline (scope): who asked before the question (教研组长问),
 * someone else's question told (检查组问我们…), a few of something told (几篇优秀案例), who agreed to a
 * plan (校长也同意了), and venting that asks nothing (材料写到凌晨，累死了). Pure.
 */
import type { QaIndex } from './index.ts';
import { splitQuestions } from '../text/normalize.ts';
import { ANNOUNCE, EITHER_OR, askedPart, asks, isContextOnly, splitAsked, splitNumbered, tells, topicWords, withTopics } from './normalize.ts';
import { ITEM_BACK, judgesTold, POINTS_BACK } from './context.ts';
import { ASKED } from './nearest.ts';
import { eachAsked, isPing } from './pieces.ts';
import { FRAME } from './silence.ts';
import { OWN_FIGURE, OWN_SCHOOL } from './words.ts';
import { concernFolded } from './crisis.ts';
import { schoolErrand } from './scope.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

/** 「教研组长问」「校长问我们」「有人问过」: someone who asked, at the head of the question. */
/** 结果 as the assessment's result (考核结果, 结果运用), not as 'so it turned out' (…没整理完，结果分很低). */
export const RESULT_NAMED = /考核结果|结果(?:运用|公布|公示|怎么|出来)/;

export const ASKER = /^(?:[^，,。？?！!\s]{0,6}?(?:长|主任|领导|同事|家长|老师|书记|局里|上面|上级|他|她|有人|大家|督学|检查组|专家|干事|会计|财务|总务))问(?:我们?|过我们?|过|起)?(?:说)?(?=[^题])/;

/** 「几篇优秀案例」「几个老师」: a few of something, told, not asked. */
export const SEVERAL = /几(?:篇|个|位|份|张|本|条|名|项)(?=\p{Script=Han}{2})/u;

/** Who judges the school, and how: 督导说可能不合格 names nothing the school is asked about. */
// (「县心理中心老师来指导，说…」: who came to guide, 中心 and 指导, names nothing asked either.)
// (「我在县局负责汇总」: who the asker is and works for, 县局 and 负责, names nothing asked either.)
const JUDGING = /^(?:不?合格|督导|督查|检查|考核|扣分|不?达标|领导|校长|副校长|主任|指导|中心|专家|教研员|县局|局里|教育局|负责|汇总)$/;

/** 「校长也同意了」「领导也说可以」: who agreed, nothing of the plan itself. */
export const AGREED = /^(?:[^，,。]{0,6}?)(?:也|都|已经)?(?:同意|批准|点头|认可|答应|拍板|说可以|说行|觉得可以|觉得行|没意见)(?:了)?$/;

/** 「我觉得不太对」「感觉不合适」: what the asker thinks of the plan, nothing of the plan itself. */
export const OPINION = /^(?:我|我们|大家|老师们)?(?:也|总|一直)?(?:觉得|感觉|认为|怀疑)(?:这样|这个|有点|好像)?(?:不太|不大|不是很|不)?(?:对|妥|合适|靠谱|行|好|合理|对劲|规范)(?:吧|啊|呢|哈)?$/;

/** A question that names something of its own, not only the document (「考核办法怎么说的」 names nothing). */
export function namesOwn(index: QaIndex, s: string): boolean {
  return topicWords(index, s).some((w) => !/^(?:考核|办法|考核办法|文件|原文|条文|规定|要求)$/.test(w));
}

/**
 * 「…学校让班主任也参加心理课集体备课。这是考核里写了的吗？」「…校长说辅导室一周开六七个小时就行。我记得
 * 好像有硬性规定？」: whether the rule says so, asked of nothing the rubric names, asks about what was
 * told just before.
 */
const RULE_ASKED = /规定|要求|写(?:了|的|着|到|进|在)|考核(?:里|中)|文件里|明文/;
/** Asked yes or no, of no amount, and not whether the school passes (够不够考核要求 is judged on the facts told). */
const YES_NO = /[吗么嘛]|有没有|是不是|(\p{Script=Han})不\1|有[^，,。？?]{0,8}(?:规定|要求)[？?]$/u;
const NOT_WHETHER_SAID = /什么|啥|怎么|怎样|如何|哪|几|多少|够|达标|达到|符合|合格|满足|过关/;
export function ruleOfTold(index: QaIndex, q: string): boolean {
  // (「这个在考核里有相关要求吗」: 相关, 具体 frame the asking; they name nothing.)
  return RULE_ASKED.test(q) && YES_NO.test(q) && !NOT_WHETHER_SAID.test(q) && index.terms(q).every((t) => !index.known(t) || index.generic.has(t) || t === '文件' || FRAME.test(t));
}

/** Someone else's question told (「校长问我…」「有人问…」), not the asker's own (「想问一下」「请问」). */
/** A piece that only asks again: 到底有没有, 那是不是, 究竟行不行. */
// (「…到底要不要讲？」: with the verb asked before, 讲 of 要不要讲心理健康.)
const ASKS_AGAIN = /^(?:那|所以|到底|究竟|那到底|那究竟)?(有没有|是不是|行不行|能不能|可不可以|要不要|算不算|够不够)(\p{Script=Han})?(?:啊|呀|呢)?[？?]?$/u;
export const REPORTED = /(?:^|[，,。\s])(?:[^，,。？?\s]{1,8}?)?(?<!想|要|请|我|我们|咱|咱们|来|再|先|就)问(?:过)?(?:我|我们|咱们|大家|起|到|他们|她们)(?!一下|下)|(?:家长|学生|同事|有人|别人)[^，,。？?\s]{0,6}(?:里|上)(?:有人)?问(?!一下|下|问)/;

/** 「在不在」「要不要」: asked as A不A. */
const A_NOT_A = /(\p{Script=Han})不\1/u;
/** A question's own form: a question word or mark, or A不A. */
export const ASKING_FORM = new RegExp(`[吗么嘛呢？?]|什么|啥|怎么|怎样|如何|咋|几|多少|多久|哪|是否|谁|${A_NOT_A.source}`, 'u');

/** Words of venting: 烦死了, 笑死, 忙成狗, 头皮发麻. */
export const VENTING = /烦死|要吐了|忙吐了|累吐了|吐血|忙晕|忙翻了|忙到飞起|会谢|笑死|累死|难吃|难喝|气死|要命|淹死|咸死|热死|冷死|困死|吵死|气炸|忙死|忙成狗|累成狗|累垮|累趴|累瘫|忙疯|头皮发麻|无语|郁闷|吐槽|心累|要疯了|要炸了|服了|醉了|裂开|哈哈|要崩溃|崩溃了|好烦|太烦/;

/** The work itself as the cause: 材料, 检查, 期末, 加班. */
export const WORK_CAUSE = /材料|检查|迎检|期末|加班|表格|台账|开会|考核|评估|写总结|报表|课太多|工作太多|事太多|事情太多|PPT|ppt|课件|教案|备课|电脑|蓝屏|没保存|打印机|卡纸|excel|Excel|文档|作业|改卷|卷子|试卷|上课|讲话/;

/** Words of harm or of an ending: never read as plain tiredness. */
export const GRAVE = /活着|活下去|不想活|死了算|去死|想死|消失|解脱|结束|撑不下去|熬不下去|熬不住|伤害|没意义|没意思|绝望|救救|救命|不想醒|一了百了|跳|割|药/;

/**
 * The pieces of `question` that ask, each with what it points back at, and the topic carried to a
 * piece that names nothing (withTopics); the situation told around them is left out (its facts are
 * read from the whole message). Never empty.
 */
export function askedPieces(index: QaIndex, question: string): string[] {
  // 「…财务问心理健康教育经费按什么标准给，请问文件里的标准是多少？」: a last piece that names only the
  // standard asks what the reported question before it asked.
  const raw = question.split(/(?<=[。？?！!])|[，,](?=请问|想问|问一下)/u).map((x) => x.trim()).filter((x) => x);
  const [askedBy, std] = [raw.at(-2)?.split(/[。；;]/).at(-1), raw.at(-1) ?? ''];
  if (askedBy && ASKER.test(askedBy.replace(/^.*?(?=[^，,。]*问)/u, '')) && /标准|要求|规定/.test(std) && topicWords(index, std).every((w) => /^(?:标准|要求|规定|具体|文件|原文|数)$/.test(w))) return withTopics(index, [`${askedBy.replace(/^.*?(?=[^，,。]*问)/u, '').replace(ASKER, '')}，${std}`]);
  // A numbered list (「1心理课频次 2辅导室开放时长」) is a list of questions, asked or not.
  const listed = new Set<string>();
  const pieces = splitQuestions(askedPart(question, (s) => namesOwn(index, s), (s) => ruleOfTold(index, s)))
    .flatMap((s) => {
      const items = splitNumbered(s);
      if (items.length > 1) for (const x of items) listed.add(x);
      return items;
    })
    .flatMap((p) => splitAsked(index, p))
    .flatMap((p) => eachAsked(index, p))
    // 「王主任在吗？」「您好」「打扰一下」: a greeting before the question asks nothing of the rubric.
    .filter((p) => !ANNOUNCE.test(p.trim()) && !isPing(p))
    // 「…是哪个部门组织的，我查了半天没弄明白」: the asker's own state after the question asks nothing.
    .map((p) => p.replace(/(?:[，,]|\s)\s*我(?!们)[^，,。？?！!]*$/u, (tail) => (ASKED.test(tail) || /[0-9]/.test(tail) || !(ASKED.test(p.slice(0, -tail.length)) || /多久|多长|怎么|怎样|如何|为什么|咋/.test(p.slice(0, -tail.length))) ? tail : '')));
  // 「昨天校长问我考核对经费有没有硬杠杠，我答不上来。到底有没有？」: a last piece that only asks again
  // (有没有, 是不是, 行不行…) asks what was asked before it in the same words, reported or not.
  const askedAgain = ASKS_AGAIN.exec((pieces.at(-1) ?? '').trim());
  const again = askedAgain?.[1];
  const source = again ? pieces.slice(0, -1).findLast((p) => p.includes(`${again}${askedAgain?.[2] ?? ''}`) && namesOwn(index, p.replace(ASKER, ''))) : undefined;
  if (source) return withTopics(index, [source.replace(/^.*?(?=[^，,。]*问)/u, '').replace(ASKER, '').replace(/[，,][^，,]*$/u, (tail) => (tail.includes(again ?? '') ? tail : ''))]);
  // 「我们学校1500人。专职配几个？」: a piece that only gives the numbers is context, not a question;
  // so is a sentence that only tells the situation (「我们是九年一贯制学校，…初中部一共9个班。」
  // 「男生不太愿意」) beside one that asks: its facts are read from the whole message.
  // 「最近有老师想调看几个学生的测评结果。…有没有保护方面的要求？」: beside a question that ends in
  // ？, a sentence closed by 。 that asks nothing by a question word of its own (its 几 is 「several」)
  // tells the situation.
  const marked = pieces.some((p) => /[？?]$/.test(p));
  // A piece is found in the message by its words (its question mark may be written either way).
  const plain = question.normalize('NFKC');
  const closed = (p: string) => {
    const body = p.replace(/[？?]$/, '').normalize('NFKC');
    const at = plain.indexOf(body);
    return at >= 0 && !/[？?]$/.test(p) && /^[^。！!？?]*[。！!.]/.test(plain.slice(at + body.length));
  };
  // 「县里检查组上次来，问我们落实的依据是哪些文件，我一时答不上来。…是根据哪些文件制定的？」: what
  // someone else asked, told before the asker's own question, is the situation.
  // (A piece joined to the one before it, 「…，学校问我这样…」, is no piece of its own here.)
  const reported = (p: string) => pieces.includes(p) && REPORTED.test(p) && pieces.slice(pieces.indexOf(p) + 1).some((x) => namesOwn(index, x) && (/[？?吗么嘛]$/.test(x) || A_NOT_A.test(x)));
  // 「光给老师发几篇优秀案例学习，这样行吗」: 几 before a measure word with more told after it is 「several」,
  // when the question after it points back at it.
  const several = (p: string) => SEVERAL.test(p) && !/[吗么嘛呢？?]|多少|什么|啥|怎么|怎样|如何|哪|是否|(\p{Script=Han})不\1/u.test(p.replace(new RegExp(SEVERAL.source, 'gu'), ''));
  // 「上学期考核得了82分，这学期自评大概能到90。年度分数是取平均还是加起来」: where nothing else asks, a
  // last sentence that ends on an either-or asks it, with no mark.
  const either = pieces.length > 1 && pieces.every((p) => tells(p)) && EITHER_OR.test(pieces.at(-1) ?? '') ? pieces.at(-1) : undefined;
  const context = (p: string) => p !== either && !listed.has(p) && (tells(p) || reported(p) || (several(p) && POINTS_BACK.test(pieces[pieces.indexOf(p) + 1] ?? '')) || (marked && closed(p) && !/[吗么嘛呢]|(\p{Script=Han})不\1|是否|哪|多少|多久|多长|怎么|怎样|如何|啥/u.test(p.replace(UNKNOWING, ''))));
  // (「…我们到底在不在考核范围里」: A不A asks too, beside a claim told before it.)
  const asking = pieces.some((p) => (asks(index, p) || /有没有|[？?]$/.test(p) || A_NOT_A.test(p)) && !context(p));
  // 「…每周一、三、五下午各开两小时。想确认一下这样开放时长达标吗？」: a question that points back
  // (这样, 这么) asks about the sentence just before it, which it carries.
  const asked = pieces
    .map((p, i) => {
      // 「…心理经费先从办公经费里挤一点，不单独列了。校长也同意了。这样符合要求吗？」: a sentence that
      // only tells who agreed (校长也同意了), or what the asker thinks of it (我觉得不太对), is passed over
      // for the one before it that names the plan.
      const nearest = pieces[i - 1];
      const further = pieces[i - 2];
      // (「…很多家长都不知道在哪。上次还有家长打电话到教育局问。这个在考核里有要求吗」: nor one that only
      // tells that someone asked.)
      const before = nearest !== undefined && further !== undefined && (AGREED.test(nearest) || OPINION.test(nearest) || COMPLAINED.test(nearest) || /问(?:过|了)?$/.test(nearest)) && context(further) && !isContextOnly(index, further) ? further : nearest;
      const back = POINTS_BACK.test(p) || (ITEM_BACK.test(p) && topicWords(index, p).length === 0) || judgesTold(index, p) || ruleOfTold(index, p);
      return before !== undefined && back && asking && context(before) && !isContextOnly(index, before) ? `${before}，${p}` : p;
    })
    .filter((p) => !isContextOnly(index, p) && !(asking && context(p)));
  // 「教研组长问学科渗透这项有没有最低次数要求？」: who asked it, before the question itself, names nothing asked.
  // 「我们学校行政会每周一开…心理健康很少提。按规定每周都要讲吗？」: a first question that names nothing
  // of its own is about what the situation told before it names (the questions after it take their
  // subject from it, withTopics).
  const head = asked[0] ?? '';
  // (「…请问考核会看这个吗」: the piece may hold words the head has lost, 请问 before it.)
  const told = head ? pieces.slice(0, Math.max(0, pieces.findIndex((p) => head.endsWith(p) || p.endsWith(head)))).filter((p) => context(p)) : [];
  // (Figures told are judged by what points back at them, context.ts: 「一周加起来够不够」; a count
  // asked of them, 「按比例到底应该是几个」, takes the subject they were told of.)
  // (按比例, 标准: how it is counted names no thing of its own.)
  // (「我觉得不对，想问问原文怎么要求的」: what the asker thinks, before the asking clause, names nothing asked.)
  // (「我翻了半天没找到，原文怎么说」: where the asker looked in vain names nothing either.)
  const headAsks = head.replace(ASKER, '').split(/[，,]/).filter((c) => c.trim() && !OPINION.test(c.trim()) && !SEARCHED.test(c.trim())).join('，');
  // (「…两个学期的分要合起来算。那年度分到底咋算」: a score of its own, 年度分, is a subject, though of the setting's words.)
  const scored = index.surfaces(headAsks).some((x) => /^(?:年度|全年|年终|学年|总分|得分)/.test(x.word));
  // (「具体要建几级」「下一步学校应该怎么做」「没测的那几个班还要补吗」: a word that asks (几级), frames the next
  // step (下一步) or says what was not done (没测, 还要) names nothing either.)
  // (「考核到底是一学期一次还是一年一次」: the assessment itself, asked when or how often, is a subject.)
  const ofAssessment = /考核(?:到底|究竟)?(?:是|在|一|每|多久|几|什么时候|啥时候|哪天)/.test(headAsks);
  const bare = told.length > 0 && !scored && !ofAssessment && topicWords(index, headAsks).every((w) => /^(?:比例|师生比|标准|要求|规定|数量|人数|个数|制度|原文|条文|文件|办法|考核办法|一步|下一步)$/.test(w) || /^几\p{Script=Han}$/u.test(w) || /^没\p{Script=Han}$/u.test(w) || (/^(?:还要|还得|还需要|要补|补)$/.test(w) && !/再/.test(headAsks))) && asks(index, head) && !judgesTold(index, head);
  const lone = bare && (!told.some((p) => /[0-9]/.test(p)) || /几|多少/.test(head));
  // (Only the rubric's own words are carried: 去年, 口头 name nothing of it; nor who judges, 督导说可能不合格.)
  // (「…材料还没整理完，结果分很低」: 结果 as 'so it turned out' is no topic; 考核结果 is.)
  // (「县心理中心老师来指导」: beside who judges or guides, 老师 is one of them.)
  const carried = (p: string) => {
    const words = topicWords(index, p);
    const judged = words.some((w) => JUDGING.test(w));
    return words.filter((w) => index.terms(w).some((t) => index.known(t) && !index.generic.has(t)) && !index.dated(w) && !JUDGING.test(w) && !(judged && /^(?:老师|教师)$/.test(w)) && !(w === '结果' && !RESULT_NAMED.test(p)));
  };
  // 「专班会议到现在只开了一次，离期末还有一个月。最少还得开几次？」「…全体教师的心理工作会议，目前只开过
  // 一次。按要求还得再开吗？」: what is still to do (还, 再) is asked of the count told: the sentence that
  // names the thing, and the counts told after it, are carried whole, so that the gap is worked out.
  // (Clause by clause: 离期末还有一个月 beside the count is no rate of it; the thing is the one named
  // last before the count, not 行政会 in 刚开完行政会.)
  const clauses = bare && /还|再/.test(head) ? told.flatMap((p) => p.split(/[，,。！!；;\s]+/)).filter((c) => c !== '') : [];
  const last = clauses.findLastIndex((c) => COUNT_TOLD.test(c));
  const namer = clauses.slice(0, last + 1).findLastIndex((c) => carried(c).length > 0);
  const still = namer >= 0 ? [clauses[namer]!, ...clauses.slice(namer + 1, last + 1).filter((c) => COUNT_TOLD.test(c) && carried(c).length === 0)].join('，') : null;
  const topics = lone ? [...new Set(told.flatMap(carried))] : [];
  // 「主任让我搞清楚这次考核是谁组织的。我翻了半天没找到，原文怎么说」: a question someone set the asker,
  // told before a question that names nothing, is the one asked.
  const set = bare ? told.map((p) => SET_QUESTION.exec(p)?.[1]).find((x) => x !== undefined && ASKING_FORM.test(x)) : undefined;
  const own = toldAfter(question, (set !== undefined ? [set, ...asked.slice(1)] : still !== null ? [`${still}，${head}`, ...asked.slice(1)] : topics.length > 0 ? [`${topics.join(' ')} ${head.replace(ASKER, '')}`, ...asked.slice(1)] : asked).map((p) => p.replace(ASKER, '')));
  // 「…危机干预要做到“一生一策”，还要建立什么预警机制？」: what is told done before 还要 + what is asked
  // of what is still to do, naming its own thing (预警机制): the told part is not asked again.
  const askedAfterTold = (p: string) => {
    const m = /^([^，,。？?]+)[，,]\s*(?:那)?(还(?:要|得|需要|应该?)[^，,。？?]*(?:什么|哪些|啥)[^，,。？?]*[？?]?)\s*$/.exec(p);
    return m?.[1] && m[2] && !asks(index, m[1]) && topicWords(index, m[2]).some((w) => !/^(?:还要|还得|还需要)$/.test(w)) ? m[2] : p;
  };
  return withTopics(index, own.length > 0 ? own.map(askedAfterTold) : pieces.length > 0 ? pieces : [question]);
}

/** 「班主任都说根本没时间」「老师们嫌太麻烦」: who complains of the plan, nothing of the plan itself. */
const COMPLAINED = /(?:都|也|一直|总)?(?:说|觉得|抱怨|嫌|反映|吐槽)[^，,。]{0,6}(?:没时间|没空|太忙|忙不过来|不现实|做不到|太多|太累|麻烦|折腾|受不了)/;

/** 「让我搞清楚这次考核是谁组织的」: the question set, after 搞清楚, 弄明白, 查一下. */
const SET_QUESTION = /(?:搞清楚|弄清楚|搞明白|弄明白|查清楚|查一下|问清楚|了解一下|想知道)([^，,。；;！!]{4,})$/;

/** 「我翻了半天没找到」「查了好久也没看到」: the asker looked in vain. */
const SEARCHED = /^(?:我|我们)?(?:也)?(?:翻|找|查|看|搜)了?(?:半天|好久|一圈|一遍|很久|几遍)?(?:也|都)?(?:没|没有)(?:找到|看到|翻到|查到|搜到|找着)(?:啊|呀)?$/;

/** 「很多家长都不知道在哪」: a question others cannot answer, told as the situation, asks nothing. */
const UNKNOWING = /(?:不知道|不清楚|不晓得|不了解|搞不清|找不到)[^，,。；;？?！!]*/g;

/** A count of times or people told (只开了1次, 开过一次, 配了3名): not a span of time (还有一个月). */
const COUNT_TOLD = /(?:[0-9]+|[一二两三四五六七八九十])\s*(?:次|节|场|回|名|位|课时)/;

/** A figure only roughly told (两三节, 一两次) or of some only (有的, 个别): no fact to judge. */
const VAGUE_TOLD = /[一二两三四五六七八九][二两三四五六七八九](?:个|次|节|课时|小时|天|名|人)|有的|个别|部分|左右|大概|差不多/;

/**
 * 「辅导室一周最少开多久？我们只有周二周四下午开 各3小时」: the asker's own figure told after a
 * question for the rule's figure is what they want judged: the last question carries it, asking 够吗.
 */
function toldAfter(question: string, asked: string[]): string[] {
  const last = asked.at(-1);
  const mark = Math.max(question.lastIndexOf('？'), question.lastIndexOf('?'));
  const tail = mark >= 0 ? question.slice(mark + 1).trim() : '';
  if (last === undefined || !/几|多少|多久|多长/.test(last) || !OWN_SCHOOL.test(tail) || !OWN_FIGURE.test(tail) || /[吗么嘛呢]|几|多少|怎么|行不行|够不够|可不可以/.test(tail) || VAGUE_TOLD.test(tail)) return asked;
  return [...asked.slice(0, -1), `${last.replace(/[？?]\s*$/, '')}，${tail.replace(/[。.！!]+$/, '')}，够吗`];
}

/**
 * 「周五又要开会，烦死了」「县里检查组要来，全校忙成狗」: venting that asks nothing is no rule question —
 * a friendly line, or the check-in when it carries words of distress (concernFolded). 「宿管阿姨要求
 * 学生十点熄灯，家长嫌太早，你怎么看」: the school's daily running, asked of the assistant, is declined
 * whole — no clause that names 宿管 is taken on for it (scope.ts). Null for anything else.
 */
export function asideAnswer(index: QaIndex, question: string, crisisText: string): string | null {
  const checkIn = (worn: boolean) => (index.crisis && !worn ? concernFolded(index.crisis.table, crisisText, true, index.crisis.localLines, false).checkIn : null);
  // (Only laughter, 「哈哈哈哈」, is no venting: it goes on like any other message.)
  // (「材料写到凌晨，累死了」: a word of the rubric, 材料, asks nothing without a question's form.)
  // (「烦死了 这个月第三次迎检了 我的周末呢」: 我的…呢 laments what is lost; it asks nothing.)
  const lament = question.replace(/我(?:们)?的\p{Script=Han}{1,4}呢[？?!！]*/gu, '');
  if (VENTING.test(question) && question.replace(VENTING, '').replace(/[哈嘿呵\s，,。.!！~～]/g, '').length >= 2 && !ASKING_FORM.test(lament) && !/[？?]/.test(lament)) {
    // 「期末要崩溃了，材料太多」: worn out by the work itself, with no word of harm or of an ending, is
    // venting; any other word of distress still gets the check-in.
    return checkIn(WORK_CAUSE.test(question) && !GRAVE.test(question)) ?? QA_TEXT.venting;
  }
  return schoolErrand(question) ? (checkIn(false) ?? QA_TEXT.outOfScope) : null;
}
