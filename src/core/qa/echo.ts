/**
 * Yes/no questions answered in the question's own word, in stage 6 of the Q&A pipeline (compose):
 * 「算不算工作量」→ 算, 「要不要单独建档」→ 要, 「会公布么」→ 会, 「有没有要求」→ 有 — only when the
 * clause affirms it and speaks of what is asked. Whether something counts as a requirement is
 * counts.ts's. Pure.
 */
import type { QaIndex } from './index.ts';
import { countsAs, countsVerdict } from './counts.ts';
import { holdsBoth } from './permission.ts';
import { foreignPair } from './silence.ts';

/** Words by which a clause affirms the verb of a yes/no question (算 → 计入, 要 → 应、纳入). */
const AFFIRMS: Readonly<Record<string, readonly string[]>> = {
  算: ['算', '计入', '纳入', '列入', '属于', '作为'],
  要: ['要', '应', '须', '需', '纳入', '列入', '确保', '必须'],
  需: ['需', '要', '应', '须', '纳入', '确保', '必须'],
  挂: ['挂钩'],
  能: ['计入', '纳入', '列入', '可以', '可'],
  计: ['计入'],
  应: ['应', '计入', '纳入', '列入', '要', '须', '确保', '必须'],
};

/**
 * 「心理老师上课算不算工作量」 → 算。 The verb of an A不A (or 「要…不」「要…吗」) question, when the clause
 * affirms it (not after 不) and speaks of what is asked (a content word of the question after the verb).
 */
export function echoedVerdict(index: QaIndex, question: string, text: string, passage: string = text): string | null {
  // 「危机干预预案是必须要有的吗 哪一条规定的」: the part of the message that asks yes or no.
  // 「要参加什么培训吗」: 什么 before a noun and 吗 asks 「any」, a yes or no.
  // 那个啥 is a filler, not 啥 asked.
  const part = yesNoPart(question).replace(/那个啥|那啥/g, '');
  const q = /什么[^，,。？?！!]{1,6}(?:吗|么|嘛)[？?]?$/.test(part) ? part.replace(/什么(?=[^什]*$)/, '') : part;
  // 「办法是不是强调“预防为主、关口前移”」: words quoted as the text's, all of them in the clause → 是.
  const quoted = /[“"「『]([^”"」』]{3,40})[”"」』]/.exec(question)?.[1];
  if (quoted && /是不是|是否|吗|么/.test(q) && SAYS.test(question)) {
    const bits = quoted.split(/[、，,；;和与及]/).filter((x) => x.length >= 2);
    if (bits.length > 0 && bits.every((b) => passage.includes(b))) return '是。';
  }
  // 「结果会公布么」「校长会被问责吗」: 会 + a verb the clause states.
  // (Not the 会 of a meeting, 班会课 / 家长会: 「真不能拿班会课代替吗」.)
  const will = /(?<![班家开团例大晚早集年约都体])会被?([^，,。？?！!]{2,8}?)(?:吗|么|嘛)[？?]?$/.exec(q);
  if (will && !/不会/.test(q) && passage.includes((will[1] ?? '').slice(0, 2))) return '会。';
  // 「这回考核会看休学复学这块吗」「考核查不查预案」: what a clause names is what the assessment looks at.
  const looks = /会(?:不会)?(?:看|查|检查|考|涉及|管)|(?:看|查|检查|考)不(?:看|查|检查|考)/.exec(q);
  if (looks && !/不会/.test(q.slice(0, looks.index))) {
    const named = index.terms(q.slice(looks.index + looks[0].length)).filter((t) => index.known(t) && !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1);
    const said = index.textTermSet(passage);
    if (named.length > 0 && named.every((t) => said.has(t) || passage.includes(t))) return '会。';
  }
  // 「心理健康活动能不能用校园广播和公众号推文来搞」: a means the clause lists among open forms
  // (通过…校园广播、电视、网络等…开展) is leave.
  const means = /(?:用|通过|借助|利用|拿|在)([^，,。？?！!]{2,20}?)(?:来|去|上)?(?:搞|开展|做|办|组织|宣传|进行|发)/.exec(q);
  const forms = /通过([^。；]{0,60})等/.exec(passage)?.[1];
  // (「…可以放到线上，用公众号和校园网来做吗」: the leave may be asked in the clause before.)
  const leave = /能|可以|行/.test(q) ? q : question;
  if (means && forms && /能|可以|行/.test(leave) && !/不(?:用|通过|借助|利用)/.test(q)) {
    // …named among the forms themselves (校园广播 in 通过…校园广播、电视、网络等).
    const named = index.terms(means[1] ?? '').filter((t) => index.known(t) && !index.generic.has(t));
    const listed = index.textTermSet(forms);
    if (named.some((t) => listed.has(t) || forms.includes(t.replace(/^=/, '')))) return `${/可以/.test(leave) ? '可以' : /行/.test(leave) ? '行' : '能'}。`;
  }
  // 「专职心理老师评职称跟班主任一样待遇吗」: the clause gives the same (同等) → 是.
  if (/一样(?:吗|么|嘛|不)|相同(?:吗|么|嘛)|同等(?:吗|么|嘛)|(?:一样的?|同等)待遇(?:吗|么|嘛)/.test(q) && /同等/.test(passage)) return '是，同等。';
  // 「心理老师的工作量里包括做心理辅导吗」: what the clause counts in (计入, 纳入) with the thing named → 包括.
  const within = /(\p{Script=Han}{2,6}?)(?:里|中|里面)?(?:包括|包含)([^，,。？?！!]{2,12}?)(?:吗|么|嘛)[？?]?$/u.exec(q);
  if (within) {
    const named = index.terms(within[2] ?? '').filter((t) => index.known(t) && !index.generic.has(t));
    const whole = index.terms(within[1] ?? '').filter((t) => index.known(t) && !index.generic.has(t));
    const counted = passage.split(/(?<=[。；;])/).some((x) => /计入|纳入|包括|包含/.test(x) && [...named, ...whole].every((t) => index.textTerms(x).includes(t) || x.includes(t.replace(/^=/, ''))));
    if (named.length > 0 && whole.length > 0 && counted) return '包括。';
  }
  // 「跟评优有没有关系」: the clause ties them (挂钩).
  if (/有没有关系|有关系吗|有没有影响|有关系没/.test(q) && /挂钩/.test(passage)) return '有，挂钩。';
  // 「休学复学这块跟心理考核有关系吗」: what a clause of the rubric names is part of the assessment.
  if (/有没有关系|有关系吗|有关系没|相关吗|有没有关联/.test(q) && /考核|考评|检查|打分/.test(q)) return '有。';
  // The words of the question that name something (not 考核, not one character).
  const content = (s: string) => index.terms(s).filter((t) => !index.generic.has(t) && [...t.replace(/^=/, '')].length > 1);
  const aba = /([算要需挂计能应])不\1(?:该)?([^，,。？?！!]*)/.exec(q);
  // 「辅导室一周到底要开多少小时？」 asks a figure, not yes or no.
  // 「男生女生都要有吗」: 要有 asks whether what is named before it is required (not 只要…就行, a limit).
  // (「原文是怎么说的」 asks how; 「要讲怎么识别…吗」 still asks yes or no.)
  const tail = /多少|几|多久|多长|什么|啥|哪|谁/.test(q) || (/怎么|怎样|如何|咋/.test(q) && !/[吗嘛](?:[？?])?$|(?<!怎)么[？?]?$/.test(q)) ? null : /(必须|(?<![只主重])[要需](?!求)|(?<=[也都还就])得)([^，,。？?！!]{2,}|有)(?:(?:不|吗|么|嘛|吧)[？?]?|[？?])$/.exec(q);
  // 「是不是要包括自杀危机识别」「是不是男生女生都得有」: 是不是 before the verb (得 a modal like 要) asks the same.
  const isIt = /是不是[^，,。？?！!]*?(必须|得|[要需])([^，,。？?！!]+?)[？?]?$/.exec(q);
  // 「心理委员的培训有没有要求」: the clause names what the question names, in one sentence → 有.
  if (RULE_ASKED.test(q)) {
    // 「主题活动这一条有没有规定次数」: a count asked of a clause that gives no figure → 没有.
    if (/(?:次数|频次|几次|多少次)/.test(q) && !/[0-9]/.test(passage)) return '没有。';
    // 「经费 每个学生一年 最少多少钱 有规定吗」: a bare 有规定吗 asks of what the message names before it.
    // A light verb (参加 for the clause's 参与) names no requirement of its own.
    // The document itself (考核办法对…有没有要求) is no thing the clause must name.
    // A scale or a period (每个学生, 一年) is no thing the clause must name with it.
    // (「县里的基本功大赛」: 县里 says whose contest, not what is asked.)
    const setting = new Set(['学生', '班级', '年度', '学期', '周', '每天', '县里'].map(index.concept));
    // 「规章制度还有要求没」: a word many clauses share still names what is asked when nothing else does.
    const named = (s: string) => {
      // 「有没有配导师的要求」: what stands inside the frame (配导师的) names it too.
      // (「复学有没有制度要求」: 制度要求 is the frame — a requirement in force, not a thing named.)
      const rest = s.replace(RULE_ASKED, (m) => m.replace(/^有(?:没有)?(?:什么|啥)?|(?:制度|机制|硬性|明确|具体|硬|统一)?(?:要求|规定|讲究|杠杠|指标|标准)(?:吗|么|嘛|没有?|不)?$/g, ' '));
      const fit = (t: string) => index.known(t) && !LIGHT_VERB.test(t.replace(/^=/, '')) && !DOCUMENT.test(t) && !HEAD_NOUN.test(t) && !setting.has(t);
      const own = content(rest).filter(fit);
      return own.length > 0 ? own : index.terms(rest).filter((t) => [...t.replace(/^=/, '')].length > 1 && fit(t));
    };
    const own = named(q);
    // 「…想让心理老师去参加县里的基本功大赛。这个在考核里有相关要求吗」: what 这个 points back to is
    // the thing few clauses name (基本功大赛); the people around it (心理老师), whom many clauses name,
    // need not stand in the same sentence.
    // 「…感觉工作量很大，但学校算工作量的时候好像没把这些算进去。文件里对这个有没有说法？」: 这个 points
    // back to the last clause told before the question that names something (工作量), not to every
    // word of the story (上课, 值班 as well), which no one sentence of the clause need hold.
    const before = question.slice(0, Math.max(0, question.lastIndexOf(q)));
    const back = /这个|这些|这种|这事|这块|此/.test(q) ? before.split(/[，,。；;！!？?]+/).reverse().map(named).find((x) => x.length > 0) : undefined;
    const told = back ?? named(question);
    const rare = told.filter((t) => index.idf(t) >= RARE);
    const about = own.length > 0 ? own : rare.length > 0 ? rare : told;
    // 「有没有配导师的要求」: the word as the asker wrote it (导师) said in the clause (成长导师) names it too.
    const written = new Map(index.surfaces(question).map((x) => [x.term, x.word]));
    const together = (s: string) => {
      const terms = index.textTermSet(s);
      return about.every((t) => terms.has(t) || s.includes(t) || s.includes(written.get(t) ?? '\u0000'));
    };
    return about.length > 0 && passage.split(/(?<=[。；;])/).some(together) ? '有。' : null;
  }
  // 「位置和求助电话要公不公布」: an A不AB verb the clause states (公布, not after 不) is required → 要.
  const verbAba = aba ? null : /((?![是会有对行])\p{Script=Han})不\1(\p{Script=Han}?)/u.exec(q);
  if (verbAba) {
    const verb = `${verbAba[1]}${verbAba[2] ?? ''}`;
    // (「上课和辅导记不记工作量」: 记 written for the clause's 计入, before what is counted.)
    const object = q.slice((verbAba.index ?? 0) + 3, (verbAba.index ?? 0) + 5);
    const counted = verbAba[1] === '记' && /^\p{Script=Han}{2}$/u.test(object) ? passage.search(new RegExp(`计[入进]${object}`)) : -1;
    const at = verb.length >= 2 && passage.includes(verb) ? passage.indexOf(verb) : counted;
    // (「考核结果最后公不公布」: with no modal it asks what will be done → 会.)
    return at >= 0 && !/不|无需|不得|不必/.test(passage.slice(Math.max(0, at - 2), at)) ? (/要|需|得|应/.test(q) || counted >= 0 ? '要。' : '会。') : null;
  }
  // 「考核结果跟校长评优挂钩吗」「学生心理档案要单独建档吗」: a verb of the clause's own, just before 吗,
  // stated there (not after 不), about what the question names → that verb.
  const verbEnd = aba || tail || isIt ? null : /(挂钩|公布|公示|建档|备案|计入|纳入|列入)(?:吗|么|嘛|不)[？?]?$/.exec(q);
  if (verbEnd) {
    const verb = verbEnd[1] ?? '';
    const at = passage.indexOf(verb);
    const named = content(q.slice(0, verbEnd.index)).filter((t) => index.known(t));
    const said = index.textTermSet(passage);
    return at >= 0 && !/不|无需|不得|不必/.test(passage.slice(Math.max(0, at - 2), at)) && named.some((t) => said.has(t) || passage.includes(t)) ? (verb === '挂钩' ? '是，挂钩。' : `${verb}。`) : null;
  }
  // What the clause states, and the words of the question that name something (not 考核, not one character).
  const clauseTerms = index.textTermSet(text);
  const stated = (t: string) => clauseTerms.has(t) || text.includes(t);
  // 「自杀预防讲座能算家长课堂吗」「能不能算进…主题班团队会」: counts.ts decides.
  if (countsAs(q) && (!aba || aba[1] === '能')) return countsVerdict(index, question, passage);
  // 「自杀预防讲座，算不算家长课堂的次数」: counts.ts, when it settles it; else the verb below (算不算工作量).
  const counted = countsAs(q) && aba?.[1] === '算' ? countsVerdict(index, question, passage) : null;
  if (counted) return counted;
  // 「上课和做辅导都算吗」: 算 just before 吗 asks whether what is named before it counts.
  // 「兼职心理老师上课算工作量不」: 算…不 asks whether it counts as what stands between.
  const countsEnd = /(算)()(?:吗|么|嘛)[？?]?$/.exec(q) ?? /(算)([^，,。？?！!不]{2,8})不[？?]?$/.exec(q);
  const m = aba ?? tail ?? isIt ?? countsEnd;
  if (!m) return null;
  const verb = m[1] === '必须' || m[1] === '得' ? '要' : (m[1] ?? '');
  const rest = m[2] ?? '';
  // 「这个钱能不能向家长收」: leave for an act the rubric has no word for (收) is never given.
  if (verb === '能' && index.terms(rest).some((t) => !index.known(t) && !index.filler(t))) return null;
  const words = AFFIRMS[verb] ?? [];
  // A rule's text is normative: 「单独建档」 in the clause answers 「要单独建档吗」 without a modal word.
  const normative = (verb === '要' || verb === '需') && !/不得|禁止|严禁|不能|无需|不必/.test(text);
  const affirmed = normative || words.some((w) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) if (!/不|无需|不得|不必/.test(text.slice(Math.max(0, at - 2), at))) return true;
    return false;
  });
  if (!affirmed) return null;
  const own = [...rest].length >= 2 ? content(rest) : [];
  // (「辅导室要不要放绿植」: a thing the segmenter leaves in single characters, none of them the rubric's, is not the clause's.)
  if (own.length === 0 && foreignPair(index, rest.slice(-2))) return null;
  // 「必须要有的吗」: nothing named after the verb, so what the question names before it.
  const asked = content(q);
  const about = own.length > 0 ? own : asked.length > 0 ? asked : content(question);
  if (about.length === 0) return null;
  // 「安全员也要参加？」: a light verb (参加, 建, 有) asks whether the clause requires what the rest of
  // the question names (安全员 … 培训), so that must all be stated; any other verb (坐班) must be.
  const light = about.every((t) => stated(t) || LIGHT_VERB.test(t));
  const named = content(q.replace(rest, '')).filter((t) => index.known(t));
  if (!about.some(stated) && !(light && named.length > 0 && named.every(stated))) return null;
  // 「能不能同时兼任班主任」: 教师和班主任 side by side give no leave to hold both (permission.ts).
  if (verb === '能' && holdsBoth(q, passage)) return null;
  // (「挂钩吗」「挂不挂钩」: 是 first, as a plain yes.)
  return verb === '挂' ? '是，挂钩。' : verb === '计' ? '计入。' : verb === '需' ? '需要。' : verb === '应' ? '应该。' : `${verb}。`;
}

/** A word at most a few clauses name (基本功大赛 2.9, against 心理老师 1.8 and 家长 1.5). */
const RARE = 2.5;

/** 「有没有要求」「有规定吗」: whether the text requires anything of what is named. */
// 「考核里对休学复学提要求了没」「在机制上提没提这个」「这情况考核办法里有说法吗」: the same, asked of what the text says.
const RULE_ASKED = /有(?:没有)?(?:单独|专门|独立)的?(?:一条|一项|条款|条目)|有没有(?:什么|啥)?[^，,。？?！!\s]{0,6}?(?:要求|规定|讲究|下限|底线|说法|杠杠|硬指标|标准|待遇保障|保障|待遇)|有(?:什么|啥)?[^，,。？?！!\s]{0,4}?(?:要求|规定|讲究|下限|底线|说法|杠杠|硬指标|标准|待遇保障|保障|待遇)(?:吗|么|嘛|没有?|不)|提(?:没提|了没|到没|到了吗|过没|过吗)|提(?:了|过)?要求(?:了)?(?:吗|没|么)|讲没讲|说没说|有没有提[？?]?$|(?:有没有|有)(?:提到|提及|写到|讲到|说到|说过|说|体现|涉及)[^，,。？?！!\s]{0,12}(?:吗|么|嘛|没有?)?[？?]?$|体现(?:了)?(?:吗|么|没有?)|涉及(?:吗|么|没有?)/;

/** 「辅导室开放时间有下限吗」: whether the text requires anything of what is asked (a verdict on the asker's figure may follow). */
export function asksRule(question: string): boolean {
  return RULE_ASKED.test(yesNoPart(question));
}

/** Asking whether the text says something: 强调, 提出, 写着, 是这么说的. */
const SAYS = /强调|提出|提到|规定|要求|写|说|讲|是这么|是这样|原文|条文/;

/** Words for the document or the assessment as a whole. */
const DOCUMENT = /^=?(?:考核|办法|考核办法|文件|条文|原文|细则)$/;
/** 「待遇问题」「这方面」: a head that names nothing of its own. */
const HEAD_NOUN = /^(?:相关|有关|相应|对应|问题|情况|事情|事儿?|方面|这块|那块|这方面|东西|里|时间|时间点|时候)$/;

/** Verbs that name no requirement of their own: 要参加吗 asks whether the clause requires the thing named. */
export const LIGHT_VERB = /^(?:自己|自行|本校|参加|参与|做|搞|弄|有|建|建立|设|设立|开|开展|配|配备|包括|包含|写|列|纳入|落实|执行|遵守|组织|安排|成立|组建|举办|举行|打算|计划|准备)$/;

/** The clause of a message that asks yes or no (…吗, A不A, a question mark); the whole when none or several. */
export function yesNoPart(question: string): string {
  // (「…是怎么来的啊两个学期加起来吗」: a 啊 run on into more words ends a clause, as a comma does.)
  const parts = question.split(/[，,。；;\s]+|(?<=[啊呀])(?=\p{Script=Han}{4})/u).filter((x) => x.length > 0);
  // (「…的学生，复学有没有制度要求」: 有没有 asks too, where nothing else does.)
  // (「数据怎么保管，有没有说数据安全的」: 么 of 怎么, 什么 asks no yes or no.)
  const marked = parts.filter((x) => /吗|(?<![怎什那这多要])么|嘛|[？?]$|(.)不\1/.test(x));
  const asking = marked.length > 0 ? marked : parts.filter((x) => /有没有|是否/.test(x));
  const [one] = asking;
  // 「学生心理档案 要 一人一档 吗」: a particle left alone by voice input's spaces asks of what precedes it, up to the last mark.
  if (asking.length === 1 && one !== undefined && /^(?:吗|么|嘛|呢)[？?]?$/.test(one)) {
    const at = question.lastIndexOf(one);
    const start = Math.max(...[...'，,。；;'].map((c) => question.lastIndexOf(c, at))) + 1;
    return question.slice(start, at + one.length).replace(/\s+/g, '');
  }
  // 「年度考核分数 是不是 两个学期 加起来的」: a bare 是不是 asks about what follows it.
  if (asking.length === 1 && one !== undefined && /^(?:是不是|是否|能不能|可不可以|要不要|算不算)$/.test(one)) return question.slice(question.indexOf(one));
  return asking.length === 1 ? (one ?? question) : question;
}
