/**
 * The last yes/no reading of stage 6 (compose): a question asked in the affirmative whose every
 * named thing the answering sentence states gets the question's own word (是 / 要 / 算 / 可以 / 能 /
 * 会) — 「留守学生是每人配一名成长导师吗」 → 是, 「数学老师上课顺带渗透心理健康，可以吗」 → 可以.
 * Nothing negated, limited, substituted or counted is read here (the stages before decide those),
 * and the sentence must forbid nothing. Pure.
 */
import type { QaIndex } from './index.ts';
import { LIGHT_VERB, yesNoPart } from './echo.ts';
import { FRAME } from './silence.ts';
import { CONFIRMS } from './normalize.ts';
import { SETTING_WORDS } from './retrieve.ts';
import { FORBIDS, THE_TEXT } from './words.ts';
import { EACH_SEX } from './staff.ts';

/** What a verdict read from the words alone may not settle: negation, limits, substitutes, amounts, other questions. */
// (「全体教师会议能跟期末大会一起开吗」: done together with another thing is no thing the sentence states.)
// (「心理委员可以一个人兼两个班吗」: one holding two at once, 兼 — not 专兼职, 兼职 — is no thing a sentence on one states.)
const UNSETTLED = /(?<!专)兼(?!职)|[两俩几多]个(?:班|岗位|年级)|一起|(?<![这那每哪])一块儿?|合并|合在|合开|合用|共用|顺便|捎带|干嘛|专门|专为|年级|合格|及格|评优|评先|资格|初[一二三]|高[一二三]|不|没|别|无|非|只|仅|光|单单|就行|就够|即可|才|代替|替代|顶|充当|当成|当作|抵|换成|改成|多少|几|什么|啥|哪|怎|谁|为何|为什么|还是|或者|吧|对吗|对不对|真的|真假|理解|意思|合理|合适|达标|够|满分|扣|分数|得分|(?<!安)排|名次|倒数|取消|否决|一样|相同|同等|区别|(?<![0-9一二两三四五六七八九十百千])比(?!赛|[0-9一二两三四五六七八九十])|更|最/;
/** 「这几个岗位」: pointing back, no count asked. */
const POINTING = /[这那](?:几)(?:个|项|类|条|种)?/g;


/** 「这个有规定吗」「我这情况考核办法里有说法吗」: whether there is a rule on what was told, naming nothing itself. */
export const RULE_ON_TOLD = /^(?:那|那么)?(?:我|我们)?(?:这个|这|这种情况|这情况|这样|这事)?(?:考核办法|办法|文件|考核)?(?:里|上|里面)?(?:对(?:这个|这|此|这种情况|这事|这些))?有(?:没有)?(?:相关|具体)?(?:的)?(?:规定|要求|说法)(?:吗|么|嘛)?$/;

/** The asking word of the part that asks, and the verdict it takes. */
function askingWord(q: string): string | null {
  // 「是不是要包括…」: 是不是 before a must asks the must.
  if (/是不是(?:都|也|还)?(?:要|得|需要|必须)/.test(q)) return '要';
  if (/是不是|是否|^是|(?<![还也都就])是[^，,。？?！!]{2,}(?:吗|么|嘛)[？?]?$/.test(q)) return '是';
  // 「…参加县里的基本功大赛，这个在考核里有相关要求吗」: whether there is such a rule.
  // (「开放时间有标准吗」: a standard is such a rule.)
  // (「心理健康周这种活动有要求搞吗」: the doing named after 要求.)
  if (/有[^，,。？?！!]{0,6}(?:要求|规定|标准)(?:[搞做开办上]|开展|组织)?[吗么嘛][？?]?$/.test(q)) return '有';
  // 「考核依据里有那个润心行动吗」: whether a part of the text holds a thing.
  if (/(?:里|中|里面|当中)(?:有没有|有)[^，,。？?！!]{1,12}(?:吗|么|嘛)[？?]?$/.test(q)) return '有';
  // 「文件里要求班主任参加集体备课吗」: whether the rule asks it.
  if (/(?:规定|要求)(?!的)[^，,。？?！!]{2,}(?:吗|么|嘛)[？?]?$/.test(q)) return '要';
  // 「其他规章制度也在考核里吗」「心理社团这些活动在不在考核范围」: whether it is assessed — 在.
  if (/在(?:不在)?(?:这个)?(?:考核|考评)(?:里|中|内|范围|当中|内容)/.test(q)) return '在';
  // (「其他…规章制度也算考核内容吗」: whether it counts as assessed — 算.)
  if (/(?<![计打结核预])算(?:不算)?(?:这个)?(?:考核|考评)的?(?:里|中|内|范围|内容)/.test(q)) return '算';
  // 「危机干预属于考核内容吗」: whether it belongs is whether it is — 是.
  if (/属于/.test(q)) return '是';
  // 「能不能算…」 asks whether it counts.
  if (/(?<![计打结核预])算(?!分)/.test(q)) return '算';
  if (/可以|可不可以/.test(q)) return '可以';
  if (/能不能|能(?!力)/.test(q)) return '能';
  if (/行吗|行么|行不行/.test(q)) return '行';
  if (/要不要|需不需要|需要|必须|[要得](?!求)/.test(q)) return '要';
  if (/会不会|会(?!议)/.test(q)) return '会';
  // 「心理委员男生女生各一个吗」: one of each sex, put bare for confirming.
  if (EACH_SEX.test(q) && /各(?:1|一)(?:个|名|位|人)[吗么嘛][？?]?$/.test(q)) return '是';
  // 「心理委员男生女生各一个对吧」: a claim put for confirming.
  if (CONFIRMS.test(q)) return /对/.test(CONFIRMS.exec(q)?.[0] ?? '') ? '对' : '是';
  return null;
}

/** 算考核内容, 算考核范围: whether a thing is assessed. */
const ASSESSED = /算(?:不算)?(?:这个)?(?:考核|考评)的?(?:里|中|内|范围|内容)/;

/** 「留守学生是每人配一名成长导师吗」 → 是。 When every named thing of the question is in the sentence (of the passage titled `title`); else null. */
export function coverVerdict(index: QaIndex, question: string, sentence: string, title = ''): string | null {
  // (「…是一个学生配一个老师吗就是重点的那些学生」: what is said after the 吗, 就是…, only says which.)
  // (「考核内容里有没有危机干预这一项」「考核里有相关要求没」「考核里有没有提」: 有没有… and 有…没 ask as 有…吗 does.)
  const raw = yesNoPart(question).replace(/([吗嘛])(?:就是|我是说|我说的是|指的是|主要是)[^？?吗嘛，,。]{0,16}$/, '$1');
  const part = raw
    .replace(/有没有([^，,。？?吗么嘛]{1,14})([？?]?)$/, '有$1吗$2')
    .replace(/(有[^，,。？?吗么嘛没]{1,12})没([？?]?)$/, '$1吗$2');
  // The whole sentence that asks (「督学…听了一节班会课，能不能算他随机听了心理健康课」: what is counted is told before the asking clause).
  const at = question.lastIndexOf(raw);
  // (「除了方案和预案，其他…也在考核里吗」: what is set aside, 除了…, is not what is asked.)
  // (「…学校说不算工作量。这个有规定吗？」: whether there is a rule on what was told, asked in a sentence of
  // its own, is asked of the sentence told just before.)
  const ruleOnTold = RULE_ON_TOLD.test(part.replace(/[？?\s]+$/, ''));
  const before = at > 0 ? question.slice(0, at) : '';
  const told = ruleOnTold ? (/[^。；;！!？?]*[。；;！!]?[^。；;！!？?]*$/.exec(before)?.[0] ?? '') : (/[^。；;！!？?]*$/.exec(before)?.[0] ?? '');
  // (「年度分数是怎么来的啊，两个学期加起来吗」: what is told before that asks a question of its own is no claim.)
  const q = (at > 0 && !/怎么|怎样|如何|什么|啥|多少|几|哪|谁/.test(told) ? told.replace(/[。；;！!]/g, '，') + part : part).replace(/^除了[^，,。？?]*?(?:之外|以外)?[，,]/, '');
  // (「…这几个岗位都要有心理安全员是吧」: 是吧 / 对吧 at the end asks as 吗 does; 这几个 points, it asks no count.)
  // (「心理health week或者month算主题活动吗」: things listed with 或者 before 算 are each counted.)
  const settled = q.replace(/(?:或者|或是)(?=[^，,。？?]{0,12}算)/g, '、').replace(/别的/g, '其他').replace(/(.)不\1/g, '$1').replace(CONFIRMS, '').replace(POINTING, '');
  if (!/(?:吗|么|嘛)[？?]?\s*$|(.)不\1/.test(q) && !CONFIRMS.test(q)) return null;
  // (…and the told claim's own 不 settles nothing of whether there is a rule on it.)
  if ((!ruleOnTold && UNSETTLED.test(settled)) || FORBIDS.test(sentence)) return null;
  const word = askingWord(q);
  if (!word) return null;
  // (「专职心理老师可以上别的课吗」: another thing than the sentence's, named by no word of its own, is no thing it states.)
  // (Whether it is assessed, 在考核里 / 算考核内容, is asked of anything the clause names, 其他 or not.)
  const assessed = word === '在' || (word === '算' && ASSESSED.test(q));
  if (!assessed && /其他|其它|别的|另外的/.test(q)) return null;
  // (「开放时间有标准吗」: the standard asked for is no thing the sentence must name.)
  // (算考核内容: what it would count as, 考核内容, is no thing the sentence states.)
  const named = index.terms(word === '有' ? q.replace(/标准(?=[吗么嘛][？?]?$)/, '') : assessed ? q.replace(ASSESSED, '算') : q).filter((t) => (assessed || !index.generic.has(t)) && !index.filler(t) && [...t.replace(/^=/, '')].length > 1 && !LIGHT_VERB.test(t.replace(/^=/, '')) && !THE_TEXT.test(t) && !FRAME.test(t.replace(/^=/, '')) && !(ruleOnTold && /^[不没]/.test(t)));
  // (A claim put for confirming, 「男生女生各一个对吧」, may name one thing: the sentence must state it all.)
  // (Nor one asked of the part the question names by its title: 「危机干预算不算考核内容的一部分」.)
  // (Nor whether there is a rule on one thing, 「考核对这类其他制度有规定吗」.)
  // (「县里有统一规定吗」: whose rule, 县里, names nothing it is a rule of.)
  const setting = new Set([...SETTING_WORDS, '县里', '局里', '上级', '上面', '学校'].map(index.concept));
  if (word === '有' && named.every((t) => setting.has(t))) return null;
  if (named.filter((t) => index.known(t)).length < (CONFIRMS.test(q) || word === '有' || assessed || (title.length >= 3 && q.includes(title)) ? 1 : 2)) return null;
  // (「…学校让班主任也参加集体备课，大家有意见，这是考核里写了的吗」: a word no clause uses, told in a
  // clause before the one that asks, is the situation, not what is asked.)
  const asking = /[^，,。；;！!]*$/.exec(q.replace(/[？?\s]+$/, ''))?.[0] ?? q;
  const weighed = named.filter((t) => index.known(t) || t.startsWith('=') || asking.includes(t));
  // (Read sentence by sentence, as the rubric's own are remembered: no word of the table stands across a ；.)
  const said = new Set(sentence.split('；').flatMap((x) => index.textTerms(x)));
  // (「润心行动」 is said where the sentence quotes it: “润心”行动.)
  const bare = sentence.replace(/[“”"‘’'《》〈〉]/g, '');
  const written = new Map(index.surfaces(q).map((x) => [x.term, x.word]));
  // (「心理社团这些主题活动」: the clause's title, 开展主题活动, names what its sentences are.)
  // (「县里的心理优质课比赛」: the county, 县里, is stated where the sentence names 县.)
  const county = index.concept('县里');
  const says = (t: string) => (t === county && /县/.test(sentence)) || said.has(t) || bare.includes(t.replace(/^=/, '')) || sentence.includes(written.get(t) ?? '\u0000') || (title.length >= 3 && title.includes(written.get(t) ?? t.replace(/^=/, '')));
  // (「男生女生各一个」: a word the table groups, 男生, is stated where its group is: 男、女生.)
  const stated = (t: string) => says(t) || (index.concept(t) !== t && says(index.concept(t)));
  // A figure of the question is the sentence's own, or it is no reading of the words alone.
  const figures = q.match(/\d+/g) ?? [];
  if (!figures.every((n) => sentence.includes(n))) return null;
  // 「能不能算他随机听了心理健康课」: what counts must be named before 算, not left in a clause before.
  // (The 算 that asks, not 打算 told before it: 「我们打算成立心理社团…这个算文件里的主题活动吗」.)
  const asks算 = [...q.matchAll(/(?<![打计])算(?!分)/g)].pop()?.index ?? q.indexOf('算');
  const counted = word === '算' ? index.terms(q.slice(0, asks算)).filter((t) => named.includes(t)) : named;
  if (counted.length === 0) return null;
  return weighed.every(stated) ? `${word}。` : null;
}
