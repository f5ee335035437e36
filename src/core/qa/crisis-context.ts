/**
 * How a message tells of someone who is not at risk now, for the crisis check (crisis.ts): a case
 * supposed (假如…), a time long past or an event of it (以前…现在很好, 去年出过…), a story, a film or
 * the news (…跳桥的新闻), a message that laughs at itself, a figure of speech (想死的心都有了), and a
 * crisis line asked for the writer's own use. Patterns over the folded text only. Pure.
 */
import type { CrisisTable } from './crisis.ts';

/** A crisis line asked for the writer's own use (the folded text: no spaces or marks). */
export const HOTLINE_FOR_SELF = /(?:自杀|轻生|心理|援助|求助|危机|干预)(?:干预|援助|求助)?(?:热线|电话).{0,10}(?:我自己|给我自己|我想打|我要打|我得打|我需要打|自己要打|自己想打)|(?:我想|我要|我得|我需要)(?:打|找)(?:个|一个|一下)?(?:自杀|轻生|心理|援助|求助|危机)(?:干预|援助|求助)?热线/;

/** A case supposed (假如, 如果, 万一) shortly before the words; a time long past (以前, 五年前, 初中时). */
export const SUPPOSED = /假如|如果|万一|要是|假设|倘若|若是|比如/;
/** The school's process asked of a supposed case: 按办法, 走什么流程, 下一步怎么处理. */
export const PROCESS = /按办法|按规定|按照办法|按要求|流程|机制|程序|下一步|学校要怎么|学校该怎么|学校应该怎么|学校要|怎么配合|怎么跟家长|怎么启动|渠道|研判|预警|报备|建档|转介|通报/;
/** 「早点发现想轻生的孩子」: a verb of finding or helping before a kind of student. */
// (「早发现想死、想自杀的孩子」: a second kind listed after the first, the list's mark folded away.)
export const GENERIC_BEFORE = /(?:发现|识别|筛查|筛出|关注|帮助|预防|对待|针对|对于|面对|遇到|干预|^对|[，,。\s]对)(?:(?:想死|想轻生|轻生|想自杀|自杀|自残|自伤|想不开)(?:或|和|或者|及)?)?(?:想|要|有)?$/;
export const PAST = /以前|之前|从前|当年|那年|那时|那会|曾经|早年|多年前|年前|去年|前年|上学期|上个月|上上个月|初中时|小学时|高中时|上学时/;
export const SUPPOSED_SPAN = 16;
/** 「去年出过」「上学期发生过」: an event told of a time past. */
export const PAST_EVENT = /(?:以前|之前|曾经|去年|前年|上学期|上个月|年前|那年|当年)[^。！？今现又刚]{0,8}(?:出过|发生过|有过|出现过|出了)[^今现又刚说要想]{0,6}$/;
/** Well now: 现在过得很好, 早就好了, 毕业了, 挺欣慰的. */
export const RECOVERED = /现在(?:过得|挺|很|也|都|已经)?(?:很好|挺好|不错|开朗|阳光|好多了)|过得很好|早就好了|早好了|已经好了|康复了|走出来了|劝下来了|救下来了|救回来了|抢救过来了|脱离危险了|没事了|稳定了|情况稳定|已经复学|复学了|挺欣慰|很欣慰|大学毕业|当老师了|工作了|成家了/;
const RECOVERED_ALL = new RegExp(RECOVERED.source, 'g');

/** A story long past of someone well now. */
export function longPast(table: CrisisTable, t: string, from: number | null = PAST.exec(t)?.index ?? null): boolean {
  const well = from !== null ? [...t.slice(from).matchAll(RECOVERED_ALL)].pop() : undefined;
  // (「以前我过得很好，现在好累」: what is said after being well is what stands.)
  const rest = well ? t.slice(from! + well.index + well[0].length) : '';
  return well !== undefined && !table.concern.some((w) => rest.includes(w)) && !(table.signs?.groups.some((g) => g.words.some((w) => rest.includes(w))) ?? false);
}

/** 「…的同学」「…的孩子」 right after the words: a kind of student, named. */
// (「想死、自伤的高危学生」「说过想死的那种重点关注学生」: a few words of the kind may stand between.)
// (「想死、自残这类高危学生」: 这类 / 那种 / 之类的 join the kind as 的 does.)
export const KIND_OF = /^[^的，。！？]{0,8}(?:的(?:那种|这种|那类|这类|那些|这些)?|这类|那类|这种|那种|这一类|之类的?)[^的，。！？]{0,4}?(?:同学|学生|孩子|小孩|娃|人)/;
/** 「文件里对有想死自伤念头超出学校辅导范畴的学生…」: in a question about the document, the kind may be told at more length. */
export const KIND_OF_LONG = /^[^的，。！？]{0,16}(?:的|这类|那类|这种|那种|这一类|之类的?)[^的，。！？]{0,8}?(?:同学|学生|孩子|小孩|娃)/;
/** What the school does for a kind of student, asked of it: 要转介吗, 要列清单吗. */
// (「求助热线要让全校都知道吗？想轻生的孩子得能找到电话」: a line for such students, made known.)
export const KIND_ASKED = /转介|清单|重点关爱|重点关注|热线|求助电话|知晓|公布/;
/** 「学生想死这类危机情况，学校要不要提前做应急预案」: the words as an instance of a kind of case, not a student. */
export const KIND_OF_CASE = /^(?:这类|那类|这种|那种|这一类|之类的?)(?:的)?(?:危机|情况|事件|事情|问题|突发|极端)/;
/** 「学生因为抑郁想死休学了，复学有没有规定」: what was done about it told right after (休学, 住院, 转学). */
export const DEALT_AFTER = /^[^，,。？?]{0,6}?(?:办了|休学|住院|转学|复学|毕业)/;
/** 「测评里学生勾了想死的选项」: an item of a questionnaire, answered. */
export const ITEM_AFTER = /^[^，,。？?]{0,2}(?:的?(?:选项|那道题|这道题|那题|题目|这一题|那一项|这一项|条目)|的题)/;
/** 「问卷里有一题问是否有过想死的念头」: the item's own words, quoted after it is named. */
export const ITEM_BEFORE = /(?:一题|题目|这题|那题|选项|问卷里|量表里|条目)(?:问|是|写|说|写着)?[^，,。？?]{0,6}$/;
/** 「学会发现同学想自杀的苗头」: the signs to look out for, a skill asked of, not someone now. */
export const SIGN_OF = /^[^的，,。]{0,8}的(?:苗头|迹象|征兆|信号)/;
export const LOOKING = /(?:发现|识别|筛查|留意|关注|察觉|觉察|注意)[^，,。]{0,6}$/;

/** 「想死的心都有了」: how hard something is, said with a word of dying. */
export const HYPERBOLE = /想死的心都有|得想死/;

/** A story, a film or the news the act is told of (女主最后自杀了), this many characters before it. */
export const STORY = /小说|电影|电视剧|剧里|剧中|书里|书中|纪录片|动漫|漫画|新闻|故事|女主|男主|主角|角色|主人公/;
/** STORY, every place it stands (matchAll). */
export const STORY_ALL = new RegExp(STORY.source, 'g');
export const STORY_SPAN = 15;
/** 「…跳桥的新闻」「…自杀的电影」: the story named right after the words. */
export const STORY_AFTER = /^[^，。！？]{0,3}的(?:新闻|电影|电视剧|报道|视频|故事|小说|片子|剧情|情节)/;

/** 「就怕学生想死的时候找不到」: a time feared or guarded against (怕…的时候), no one now. */
export const FEARED_BEFORE = /(?:怕|担心|以防|防止|万一)[^，,。！？]{0,6}$/;
export const WHEN_AFTER = /^(?:的时候|之时|时候)/;

/** A message that laughs at itself (哈哈, 笑死, 表情包) is venting: the model's guess alone asks nothing of it. */
export const JOKING = /哈哈|笑死|hhh|233|表情包|开玩笑|逗你/;

/**
 * The document itself asked of (文件里…, 按考核办法…, 在考核里归到哪一项): the student's words told are
 * what the question is about, unless the message speaks of now (NOW_TOLD).
 */
export const DOCUMENT_ASKED = /文件说|办法说|文件(?:是)?怎么(?:说|写|要求|规定)|文件要求|办法要求|文件规定|办法规定|文件里|办法里|文件对|办法对|文件上|文件中|考核办法|按办法|按文件|按考核|考核里|原文|哪一项|哪一条|第几条|这一条|归到哪|属于哪/;
/** One student, named as such (有个学生, 我们班一个孩子, 那个学生), not a kind of student. */
export const ONE_STUDENT = /(?:有|有一)个(?:学生|孩子|同学|女生|男生|小孩)|(?:我们|我)班(?:上|里)?(?:有个|有一个|的|一个)?(?:学生|孩子|同学|女生|男生)?|班(?:上|里)(?:有个|有一个|一个)|(?:那|这)(?:个|位)(?:学生|孩子|同学|女生|男生)|一(?:个|名|位)(?:学生|孩子|同学|女生|男生)/;
/** Words that put what is told now or about to happen. */
export const NOW_TOLD = /现在|此刻|今晚|今天|今夜|刚才|刚刚|马上|正在|就在|明天|凌晨|半夜|还在|不见了|找不到/;

/** 「自杀风险的学生」「轻生倾向的预警学生」: the risk a screening names, of a kind of student. */
export const RISK_KIND = /^(?:的)?(?:风险|倾向|意念)(?:较?高)?的(?:预警)?(?:学生|孩子)/;
