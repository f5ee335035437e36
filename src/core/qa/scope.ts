/**
 * Stage 3 of the Q&A pipeline: is the message about the rubric at all? Decided apart from
 * retrieval (which clause): thanks and acknowledgements get a short friendly line, English words
 * are read through the glossary (`rubric/glossary.yaml`), a request to ignore the rules or for
 * another topic is declined. What is left goes on to retrieval. Pure.
 */
import { parse } from 'yaml';
import { z } from 'zod';

export type Scope =
  /** 谢谢 / 好的 / 收到: a short friendly line, not a refusal. */
  | { kind: 'thanks' }
  /** 早上好 / 你好呀: a short greeting back with what to ask. */
  | { kind: 'greeting' }
  /** 晚安 / 再见 / 拜拜: a short goodbye. */
  | { kind: 'farewell' }
  /** 心理援助热线是多少: the number itself (12356), not a clause of the rubric. */
  | { kind: 'hotline' }
  | { kind: 'rubric' };

/** A message that only thanks or acknowledges (with polite fillers and punctuation). */
const THANKS_WORD = String.raw`(?:(?:太|非常|十分|特别|真|真的|万分|超级)?(?:谢谢|感谢|多谢)(?:你|您)?的?(?:耐心)?(?:解答|回答|解释|指导|帮助|答复|分享|提醒|回复|指点)|(?:太|非常|十分|特别|真|真的|万分|超级)?(?:谢谢|感谢)|多谢|谢了|谢啦|(?:你|您)?(?:真|太|好|很|特别|超|真的|挺)?(?:棒|厉害|给力|牛|赞|靠谱|贴心)|(?:你|您|老师|你们|您们)?(?:今天|又|也|今天也|一直)*辛苦(?:你|您)?(?:了|啦)?|6{3,}|好的|好|好嘞|好滴|收到|明白了?|知道了|懂了|了解|ok|okay|thanks?(?: a lot| so much| very much)?|thank you(?: so much| very much)?|thx|many thanks|👌|🙏|(?:解释|解答|回答|答|说|讲)得(?:很|挺|真|太|非常)?(?:清楚|明白|好|详细|到位)|(?:很|挺|真|太)?清楚了?|帮(?:了)?大忙了?|太好了|(?:很|挺|真|太|非常)?有用|(?:很|挺|真|太|非常)?有帮助|嗯+|明白多了|懂多了|(?:今天|又|还|又要|要|得|总是)*麻烦(?:你|您)?了|(?:又来)?打扰(?:你|您)?了|(?:教师节|节日|新年|元旦|春节|中秋|国庆|周末|假期|五一)(?:快乐|愉快)|行吧?|没事了?|没问题了?|(?:一直|总是|经常)?帮忙|(?:一直|总是)?帮(?:我|我们)|祝(?:你|您)?[^，,。！!]{0,6}(?:快乐|顺利|愉快))`;
const THANKS_FILL = String.raw`(?:[啦了呀啊哈嗯呢～~!！。.,，、\s]|老师|小助手|助手|机器人|你|您|我|我们|大家|各位|啊|的|👍|🙏|🌹|💪|😊|🤝)`;
/** 早上好, 你好呀, 老师们好, 晚上好, 怎么称呼你: a greeting alone. */
const GREETING = /^(?:(?:大家|老师们?|各位|助手|\p{Script=Han}{1,2}(?:老师|主任|校长))?(?:早上|上午|中午|下午|晚上|早)?(?:好|你好|您好|安|在吗|在不在|在么|在嘛|哈喽|哈罗|嗨|(?:新年|春节|元旦|节日|中秋|国庆|周末)好|你是谁|您是谁|你是哪位|(?:请问)?(?:该)?(?:怎么|如何)称呼(?:你|您)?|(?:请问)?(?:你|您)(?:叫|叫做)(?:什么|啥)(?:名字)?|请多关照|多多关照|请多指教|多多指教|初次见面|早安?|有人(?:在)?吗|有人在不在|在线吗|打扰(?:一下|了)?|(?:请问)?(?:你|您)是(?:谁|哪位))(?:呀|啊|哈|哦|嘛|吖)?\s*(?:小?助手|机器人)?(?:[，,\s]*(?:各位|大家|老师们|各位老师|同事们|伙伴们)(?:好)?)?[～~!！。.，,？?\s]*)+$/u;

/** 晚安, 再见, 拜拜, 先这样, 今天先问到这儿 (with fillers). */
const FAREWELL = /^(?:好的|好|嗯+|那|谢谢(?:老师)?|多谢|辛苦(?:了|啦|你了|您了)?)?[，,\s]*(?:(?:大家|老师们?|各位)?(?:晚安|再见|拜拜|拜|回见|下次聊|先这样|先这样吧|先忙了?|(?:今天)?(?:先|就)?(?:问|聊)到这(?:儿|里)?)(?:了|啦|呀|啊|哈|哦|吧)?[～~!！。.，,\s👋🌙😴]*)+$/u;

/** 「明天再来问你」「今天就到这」: a later talk promised, beside a goodbye or thanks. */
const LATER = /^(?:那)?(?:今天|明天|改天|下次|回头|晚点|等会儿?|有空)(?:有问题|有事)?(?:就|再|也)?(?:到这儿?|先这样|再来问(?:你|您)?|再来|再问|再聊|见|继续)(?:吧|了|啦|哈)?$/u;

/** 「我去准备材料」「那我先去问问」: the asker going to do something, no question in it. */
const GOING_TO = /^(?:那)?(?:我|我们)?(?:这就|马上|现在|先|回头|赶紧)?去(?:准备|整理|弄|看看|看|问问|落实|改|做|办|处理|补|安排|通知|查查|对照)[^吗么嘛呢？?]{0,8}$/u;

/** 「我是新来的」「我是新来的心理老师」: the asker introducing themself. */
const INTRO = /^(?:我是|我)?(?:新来的|刚来的|新人|新手|刚入职的?)(?:心理)?(?:老师|教师|同事)?(?:呀|啊|哈)?$/u;

/** Thanks and acknowledgements, one after another (「好的 收到」「明白了，谢谢老师」). */
const THANKS = new RegExp(`^(?:👍|🙏|🌹|💪|😊|🤝|\s)*(?:${THANKS_WORD}${THANKS_FILL}*)+$`, 'i');

/** 「心理援助热线是多少」「心理咨询电话怎么打」: the hotline's number asked, short, with no figure told. */
const HOTLINE = /^(?:请问)?(?:全国|国家)?(?:的)?(?:心理)?(?:援助|求助|咨询|危机干预|危机)?(?:热线|电话)(?:电话)?(?:号码)?(?:是|的号码是)?(?:多少|几号|什么|啥|哪个|怎么打)(?:号码)?(?:呀|啊|呢)?[？?。！!\s]*$|^(?:请问)?(?:有没有|有什么|有啥)(?:心理)?(?:援助|求助|咨询)?(?:热线|求助电话)(?:可以打)?(?:吗|么)?[？?。！!\s]*$/u;

export function scopeOf(text: string): Scope {
  const t = text.trim().toLowerCase();
  if (t.length > 0 && t.length <= 30 && HOTLINE.test(t)) return { kind: 'hotline' };
  if (t.length > 0 && t.length <= 30 && THANKS.test(t)) return { kind: 'thanks' };
  if (t.length > 0 && t.length <= 20 && GREETING.test(t)) return { kind: 'greeting' };
  if (t.length > 0 && t.length <= 20 && (FAREWELL.test(t) || LATER.test(t.replace(/[～~!！。.，,\s]+$/, '')))) return { kind: 'farewell' };
  // 「早上好！今天又要麻烦你了」「辛苦啦 晚安」: short pieces, each a greeting, thanks or goodbye.
  const pieces = t.length <= 30 ? t.split(/[，,。！!？?\s～~]+/).filter((x) => x.length > 0) : [];
  // (「明白，我去准备材料」: what the asker goes to do next, after an acknowledgement.)
  // (「老师好 我是新来的」: the asker introducing themself, beside a greeting.)
  const kinds = pieces.map((x, i) => (GREETING.test(x) || (i > 0 && INTRO.test(x)) ? 'greeting' : FAREWELL.test(x) || LATER.test(x) ? 'farewell' : THANKS.test(x) || (i > 0 && GOING_TO.test(x)) ? 'thanks' : null));
  if (pieces.length > 1 && kinds.every((k) => k !== null)) return { kind: kinds.includes('greeting') ? 'greeting' : kinds.includes('farewell') ? 'farewell' : 'thanks' };
  return { kind: 'rubric' };
}

/** An empty Chinese side drops the English word (the, for, our): it carries nothing the rubric reads. */
const GlossarySchema = z.record(z.string().min(1), z.string());

export interface Glossary {
  /** English phrase (lower case) → Chinese, longest first. */
  entries: [string, string][];
}

export type GlossaryResult = { ok: true; value: Glossary } | { ok: false; errors: string[] };

export function parseGlossary(text: string, file: string): GlossaryResult {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: YAML 格式错误：${String((err as Error).message).split('\n')[0]}`] };
  }
  const parsed = GlossarySchema.safeParse(raw ?? {}, { error: z.locales.zhCN().localeError });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`) };
  const entries = Object.entries(parsed.data)
    .map(([en, zh]) => [en.toLowerCase(), zh] as [string, string])
    .sort((a, b) => b[0].length - a[0].length);
  return { ok: true, value: { entries } };
}

/** English phrases of the glossary replaced by their Chinese, on word boundaries; linear in the text. */
export function translate(glossary: Glossary | undefined, text: string): string {
  if (!glossary || !/[a-z]{2}/i.test(text)) return text;
  // 「Is a psychology class every two weeks enough?」: an English yes-or-no question asks as 吗 does;
  // its leading is / does says nothing else.
  // (Each sentence on its own: 「Our school ranked… Do we lose the award eligibility next year?」.)
  // (Each such sentence is marked with U+0001, which no message keeps, until the glossary has run.)
  let yesNo = false;
  let out = text.replace(/\u0001/g, '').replace(/\beach\s+(?=[0-9])/gi, '各').replace(YES_NO_EN, (_m, lead: string, aux: string, body: string) => {
    yesNo = true;
    // 「Is the annual score the sum of two semesters?」: is / are between two noun phrases reads 是.
    const copula = /^(?:is|are|was|were)$/i.test(aux) ? body.replace(/^(\s*(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?=(?:the|a|an)\s)/i, '$1 是 ') : body;
    return `${lead}${/^(?:can|could|should|must|may)$/i.test(aux) ? `${aux} ` : ''}${copula}\u0001`;
  });
  // 「annual score 就是两个 semester 的分加起来，OK吗？」: OK吗 after a claim told asks whether it is right (对吗).
  // (A plan of the asker's own, 「1000个学生配1个full-time，OK吗」, still asks leave: 可以.)
  out = out.replace(/((?:就是|即是|等于|就算)[^，,。]*[，,。]\s*)(?:ok|okay)\s*(?=[吗么嘛不]\s*[？?]?\s*$)/i, '$1对');
  for (const [en, zh] of glossary.entries) {
    const lower = out.toLowerCase();
    if (!lower.includes(en)) continue;
    // The spaces around an English word separate it from Chinese only: 「心理委员需要 training 吗」
    // reads 心理委员需要培训吗. A space stays between two words that are still Latin or digits.
    const re = new RegExp(`(?<![a-z'])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'gi');
    let built = '';
    let from = 0;
    for (const m of out.matchAll(re)) {
      let left = m.index;
      while (left > from && /[ \t]/.test(out[left - 1] ?? '')) left -= 1;
      let right = m.index + m[0].length;
      while (right < out.length && /[ \t]/.test(out[right] ?? '')) right += 1;
      const latin = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c);
      // 「15 minutes」 is 15分钟: a number and its unit stand together.
      // (「annual score怎么算 two semesters相加吗」: a space after a question asked ends it — a comma, not nothing.)
      const asked = left < m.index && /(?:怎么[算办弄样做写]|吗|呢)$/u.test(out.slice(Math.max(from, left - 4), left));
      const before = asked ? '，' : left < m.index && latin(out[left - 1]) && !(/[0-9]/.test(out[left - 1] ?? '') && /^\p{Script=Han}/u.test(zh)) ? ' ' : '';
      // (「need at least 2」 is 需要至少2: a Chinese word and the number after it stand together too.)
      const after = right > m.index + m[0].length && latin(out[right]) && !(/[0-9]/.test(out[right] ?? '') && /\p{Script=Han}$/u.test(zh)) ? ' ' : '';
      built += out.slice(from, left) + (zh === '' ? (before && after ? ' ' : '') : `${before}${zh}${after}`);
      from = right;
    }
    out = built + out.slice(from);
  }
  // 「1 full-time counselor for 1000 students」 → 1个专职心理老师…1000个学生: a count before the people it
  // counts takes its measure word, as Chinese writes it.
  out = out.replace(/(?<![0-9.:：])([0-9]+)(?=专职|兼职|学生|老师|教师|心理委员|安全员|导师)/g, '$1个');
  // The mark kept for each such sentence reads 吗？ unless its own words already ask (能不能).
  return !yesNo ? out : out.replace(/([^\u0001]*?)\u0001/g, (_m, body: string) => `${body.replace(/\s+$/, '')}${/吗|么|不|是否|是不是|[?？]$/.test(body.split(/[.!?。！？]/).pop() ?? '') ? '？' : '吗？'}`);
}

/**
 * An English sentence asking yes or no: it opens with its auxiliary (after the message's start or
 * the end of a sentence) and closes with its mark. The auxiliary and the mark are taken.
 */
const YES_NO_EN = /(^|[.!?。！？]\s*)(is|are|was|were|do|does|did|can|could|should|must|will|would|may|has|have|shall)\s+([^?？.!。！]*?)\s*[?？]/gi;

/**
 * 「评职称要交哪些材料」「职称论文要发什么级别的」: the professional-title process itself, which the text
 * never rules — it speaks only of psychology teachers' 职务评聘 on a par with 班主任 (第11条), asked as
 * treatment (待遇, 同等, 一样).
 */
// (「明年要评职称，论文怎么写」: the next clause may name it.)
const TITLE_PROCESS = /职称[^。？?！!]{0,10}(?:材料|论文|期刊|报名|条件|年限|答辩|什么时候|几篇|级别|流程|程序)/;
const TREATMENT = /待遇|同等|一样|优先|倾斜|享受|吃亏|轮不到|排在后面/;
/**
 * 「教师资格证面试要准备什么」: sitting for a teaching licence is the asker's own exam, which the text never
 * rules (it asks a psychology teacher to hold a 相关资格证书, 第10条 — asked with 心理).
 */
const LICENCE_EXAM = /(?:教师)?资格证[^，,。？?！!]{0,6}(?:面试|笔试|考试|报名|备考|复习|真题|题目|怎么考|难不难|多少分)/;
/** 「帮我算一下这学期的绩效工资」: someone's own pay worked out, which no clause sets (第11条 only makes it equal). */
const PAY_WORKED_OUT = /(?:帮我|给我|帮忙)算(?:一下|一算|算)?[^，,。？?]{0,8}(?:绩效|工资|奖金|课时费|加班费)/;

/**
 * 「这个月的绩效工资什么时候发」「学校绩效工资一般怎么分配」: when pay comes or how a school shares it out,
 * which no clause sets (第11条 only makes a psychology teacher's treatment equal to a 班主任's).
 */
const PAY_SCHEDULE = /(?:工资|绩效|奖金|补贴|课时费|加班费)[^，,。？?！!]{0,8}(?:什么时候|啥时候|几号|何时|怎么还没|咋还没|还没)(?:发|到账|下来|打)|(?:绩效|工资|奖金)[^，,。？?！!]{0,6}(?:一般)?(?:怎么|如何|咋)(?:分(?:配)?|算|核算|计算|定)(?!作|入|进)/;
/**
 * 「今天食堂的菜咸死了，谁能跟后勤反映一下」「保安室的监控坏了…到底该找谁」「宿管要求十点熄灯…你怎么看」:
 * an errand or an opinion asked of the assistant, about the school's daily running, with no word of
 * the rubric's work (心理, 考核…): a clause that names 食堂 or 保安 does not answer it.
 */
const ERRAND = /(?:该|要|去|得|应该)?找谁|谁(?:能|来|去|可以|会)?(?:跟|给|帮|向)?[^，,。？?！!]{0,6}(?:反映|说一声|说一下|修|处理一下)|你怎么看|你觉得呢|你说呢/;
export const RUBRIC_WORK = /心理|危机|辅导|测评|预警|转介|自杀|轻生|自伤|跳楼|考核|评优|一票否决|安全员|导师|家长课堂|家长会|经费/;

export function otherBusiness(q: string): boolean {
  return (TITLE_PROCESS.test(q) && !TREATMENT.test(q)) || (LICENCE_EXAM.test(q) && !/心理/.test(q)) || PAY_WORKED_OUT.test(q) || schoolErrand(q);
}

/** Pay's schedule, an errand or an opinion asked, in a message with no word of the rubric's work: the whole is declined. */
export function schoolErrand(q: string): boolean {
  return (PAY_SCHEDULE.test(q) || ERRAND.test(q) || TITLE_PROCESS.test(q)) && !TREATMENT.test(q) && !RUBRIC_WORK.test(q);
}
