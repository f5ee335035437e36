/**
 * Stage 2 of the Q&A pipeline, and the first check of every inbound message: is the writer, or a
 * student they describe, at risk right now? Pure and linear in the text.
 *
 * The phrasings and the replies are data (`rubric/crisis.yaml`); the replies are fixed texts,
 * never phrased by the language model. How a message is read:
 *   1. folded: NFKC, traditional → simplified, lower case, spaces and punctuation out (「想 死」);
 *      then the table's typos, homophones and pinyin (跳搂, 自刹, zisha) are corrected;
 *   2. a `distress` phrase (想死, 撑不下去) counts unless a negation stands right before it (不想死);
 *   3. an `acts` word (自杀, 跳楼) is also rubric vocabulary (学生自杀算不算一票否决), so it counts only
 *      with an intent right before it (想, 说要, 扬言, 正在…) or a sign it happened after it (割腕了,
 *      自杀的念头) — and 「了」 not in a rubric question (…算不算一票否决) without an intent;
 *   4. a `scene` (天台 … 不肯下来) counts as it stands;
 *   5. who: the nearest person word before the signal — 我 is the writer, 学生/孩子/他… a student.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize } from '../text/normalize.ts';
import { atRisk, type RiskModel } from './risk.ts';
import { fromPinyin, type PinyinForms } from './pinyin-read.ts';
import { RISK_KIND, ONE_STUDENT, DEALT_AFTER, ITEM_AFTER, ITEM_BEFORE, KIND_OF_CASE, FEARED_BEFORE, GENERIC_BEFORE, KIND_OF_LONG, HOTLINE_FOR_SELF, WHEN_AFTER, HYPERBOLE, JOKING, DOCUMENT_ASKED, KIND_ASKED, KIND_OF, NOW_TOLD, LOOKING, PAST, PAST_EVENT, PROCESS, RECOVERED, SIGN_OF, STORY, STORY_AFTER, STORY_ALL, STORY_SPAN, SUPPOSED, SUPPOSED_SPAN, longPast } from './crisis-context.ts';

export type CrisisKind = 'self' | 'student';

export type CrisisVerdict =
  | { kind: 'none' }
  | {
      kind: CrisisKind;
      /** A clear signal (想死, 说要跳楼, a scene); indirect ones (活着好累) are not. */
      direct: boolean;
    };

/** Where the reply goes: a private chat, or a group (short, with an offer to talk privately). */
export type CrisisPlace = 'private' | 'group';

const words = z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1)));
const phrase = z.object({ phrase: z.string().min(1), direct: z.boolean().default(false) }).strict();

const CrisisFileSchema = z
  .object({
    typos: z.record(z.string().min(1), z.string().min(1)).default({}),
    emoji: z.record(z.string().min(1), z.string().min(1)).default({}),
    negations: words.default([]),
    distress: z.array(phrase).min(1),
    exceptions: words.default([]),
    acts: z.array(phrase).min(1),
    intents: words.min(1),
    fillers: words.default([]),
    done: words.default([]),
    framing: words.default([]),
    scenes: z.array(z.object({ place: words.min(1), state: words.min(1) }).strict()).default([]),
    concern: words.default([]),
    alone: words.default([]),
    danger: z.object({ harm: z.array(phrase).min(1), now: words.min(1), rubric: words.default([]) }).strict().optional(),
    signs: z
      .object({ acute: words.default([]), now: words.default([]), unless: words.default([]), groups: z.record(z.string().min(1), words) })
      .strict()
      .refine((s) => s.acute.every((a) => a in s.groups), { message: 'acute 里的类必须在 groups 里' })
      .optional(),
    others: words.default([]),
    replies: z
      .object({
        self: z.string().min(1),
        student: z.string().min(1),
        groupSelf: z.string().min(1),
        groupStudent: z.string().min(1),
        /** Optional: a county's own table without it keeps the plain decline. */
        checkIn: z.string().min(1).optional(),
        /** Optional: one line after a rule answer whose message the model reads as at risk. */
        safetyLine: z.string().min(1).optional(),
        localHeader: z.string().min(1),
        resumeAssessment: z.string().min(1),
        resumePick: z.string().min(1),
      })
      .strict()
      .refine((r) => [r.self, r.student, r.groupSelf, r.groupStudent, r.checkIn ?? '12356', r.safetyLine ?? '12356'].every((t) => t.includes('12356')), {
        message: '每条危机回复都必须含全国心理援助热线 12356',
      }),
    localLines: words.default([]),
  })
  .strict();

export interface CrisisTable {
  typos: [string, string][];
  /** Emoji and WeChat emoticons that name a means ([刀] 🔪 💊), read as words before the text is normalized (which drops them). */
  emoji: [string, string][];
  negations: string[];
  distress: { phrase: string; direct: boolean }[];
  exceptions: string[];
  acts: { phrase: string; direct: boolean }[];
  intents: string[];
  fillers: ReadonlySet<string>;
  done: string[];
  framing: string[];
  scenes: { place: string[]; state: string[] }[];
  /** A word of harm near a word of now (「刚喝了农药」「老师再见…电话打不通」), in a message that is not about the rubric. */
  /** Words of distress that make a declined message get the check-in instead (难受, 绝望, 再见…). */
  concern: string[];
  /** Words of self-harm, an ending or a means that, even alone, get a declined message the check-in when it does not ask about the rubric. */
  alone: string[];
  danger: { harm: { phrase: string; direct: boolean }[]; now: string[]; rubric: string[] } | null;
  /**
   * Warning signs by kind (ending, burden, means, place, farewell…): two kinds in one message that
   * is not about the rubric, or an acute kind (means, place, lost) with a word of now, get the check-in.
   */
  signs: { groups: { name: string; words: string[] }[]; acute: ReadonlySet<string>; now: string[]; unless: string[] } | null;
  others: string[];
  replies: z.infer<typeof CrisisFileSchema>['replies'];
  /** The county's own lines, added after 12356. */
  localLines: string[];
  /** The second opinion for the check-in (rubric/crisis-model.json, core/qa/risk.ts); null: the lists alone. */
  model: RiskModel | null;
  /** The table's phrases as pinyin (src/qa/pinyin.ts, derived on the first message with latin letters); null: none read. */
  pinyin: (() => PinyinForms) | null;
}

export type CrisisTableResult = { ok: true; value: CrisisTable } | { ok: false; errors: string[] };

/** YAML text → the table, or one line per error naming the file and the place. */
export function parseCrisisTable(text: string, file: string): CrisisTableResult {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { ok: false, errors: [`${file}: YAML 格式错误：${String((err as Error).message).split('\n')[0]}`] };
  }
  const parsed = CrisisFileSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '（整个文件）'}: ${i.message}`),
    };
  }
  const d = parsed.data;
  const longestFirst = (xs: readonly string[]) => [...new Set(xs.map(fold))].sort((a, b) => b.length - a.length);
  return {
    ok: true,
    value: {
      typos: Object.entries(d.typos)
        .map(([k, v]) => [fold(k), fold(v)] as [string, string])
        .sort((a, b) => b[0].length - a[0].length),
      emoji: Object.entries(d.emoji).sort((a, b) => b[0].length - a[0].length),
      negations: longestFirst(d.negations),
      distress: d.distress.map((p) => ({ ...p, phrase: fold(p.phrase) })),
      exceptions: longestFirst(d.exceptions),
      acts: d.acts.map((p) => ({ ...p, phrase: fold(p.phrase) })),
      intents: longestFirst(d.intents),
      fillers: new Set(d.fillers.map(fold)),
      done: longestFirst(d.done),
      framing: longestFirst(d.framing),
      scenes: d.scenes.map((s) => ({ place: s.place.map(fold), state: s.state.map(fold) })),
      concern: longestFirst(d.concern),
      alone: longestFirst(d.alone),
      danger: d.danger ? { harm: d.danger.harm.map((p) => ({ ...p, phrase: fold(p.phrase) })), now: longestFirst(d.danger.now), rubric: longestFirst(d.danger.rubric) } : null,
      signs: d.signs
        ? {
            groups: Object.entries(d.signs.groups).map(([name, ws]) => ({ name, words: longestFirst(ws) })),
            acute: new Set(d.signs.acute),
            now: longestFirst(d.signs.now),
            unless: longestFirst(d.signs.unless),
          }
        : null,
      others: longestFirst(d.others),
      replies: d.replies,
      localLines: d.localLines,
      model: null,
      pinyin: null,
    },
  };
}

/** A message longer than this is checked on its first part only (linear, bounded). */
export const CRISIS_READ = 10_000;
/** A scene's place and state stand at most this far apart (characters, folded text). */
const SCENE_SPAN = 16;
/** A word of harm and a word of now stand at most this far apart. */
const DANGER_SPAN = 30;
/** How far back a person word (我, 学生) is looked for before a signal. */
const WHO_SPAN = 24;

/** The folded text the table matches against: emoji that name a means read as words, then normalized. */
export function foldForCrisis(table: CrisisTable, text: string): string {
  // 「余华的《活着》推荐给初三学生读合适吗」: a title in 《》 names a work, not the writer's state.
  let head = text.slice(0, CRISIS_READ).replace(/《[^《》]{1,20}》/g, '《》');
  for (const [mark, word] of table.emoji) if (head.includes(mark)) head = head.replaceAll(mark, word);
  let t = fold(normalize(head)).replace(/[\s\p{P}\p{S}]+/gu, '');
  for (const [wrong, right] of table.typos) if (t.includes(wrong)) t = t.replaceAll(wrong, right);
  // (「huo zhe hao lei」「想tiaolou」: pinyin the typos do not list, read by the table's own words.)
  if (table.pinyin && /[a-z]{4}/.test(t)) t = fromPinyin(t, table.pinyin(), table.intents);
  return t;
}

export function detectCrisis(table: CrisisTable, text: string): CrisisVerdict {
  return detectFolded(table, foldForCrisis(table, text));
}

/** detectCrisis on a text folded already (foldForCrisis): the Q&A folds a message once for both checks. */
export function detectFolded(table: CrisisTable, t: string): CrisisVerdict {
  if (t.length === 0) return { kind: 'none' };
  const excluded = spans(t, table.exceptions);
  const inException = (at: number, len: number) => excluded.some(([s, e]) => s < at + len && at < e);
  // 「是不是我死了大家就轻松了」: 不是 inside an A不A question (是不是, 会不会) negates nothing.
  // (「防学生轻生」「预防孩子自杀」: guarding against it, with whom it is guarded for between.)
  const negated = (at: number) => {
    const guarded = /(?:预防|防止|防范|避免|防)(?:学生|孩子|同学|学生们)$/.exec(t.slice(Math.max(0, at - 6), at)) !== null;
    return guarded || table.negations.some((n) => t.endsWith(n, at) && !(n.startsWith('不') && t[at - n.length - 1] === n[1]));
  };
  const found: { at: number; direct: boolean; end?: number }[] = [];

  // 「发现想死、想伤害自己的同学，考核对培训有要求吗」: a kind of student named (…的同学) in a
  // question about the rubric is no one at risk now.
  const asked = asksRubric(table, t);
  // 「假如学生说要烧炭，老师能不能直接报警，办法里有写吗」: a case supposed in a question about the
  // rubric is no one at risk now either.
  // 「倾听一刻钟能帮忙早点发现想轻生的孩子吗」: a kind of student to find or help, whatever is asked.
  // 「假如有学生跟老师说想自杀，按办法学校要走什么流程」: a student supposed, and the school's process asked.
  const process = PROCESS.test(t);
  // 「发现学生写遗言遗书这种预警以后 文件里的二次研判要结合哪些人的观察」: a student's words told in a
  // question about the document itself, nothing of now, are its subject.
  const ofDocument = DOCUMENT_ASKED.test(t) && ASKS.test(t) && !NOW_TOLD.test(t);
  const names = (at: number, len: number) => {
    // (「我们班有个学生想死，按办法要怎么办」: one student named, not a kind, is at risk whatever is asked —
    // unless what was done about it is told right after: 「有个学生因为抑郁想轻生办了休学」.)
    const dealt = DEALT_AFTER.test(t.slice(at + len));
    const named = ONE_STUDENT.test(t.slice(Math.max(0, at - 12), at)) && !dealt;
    // (「学生因为抑郁想死休学了，复学有没有规定」「学生想死这类危机情况…要不要提前做应急预案」「学生勾了想死的选项…」:
    // in a question about the rubric, a student's past told with what was done, an instance of a kind of
    // case, or an item of a questionnaire, is its subject; unless the message speaks of now.)
    // (An item of a questionnaire is one in any message that asks: 「问卷里有一题问是否想死，测评每学年做几次」.)
    const item = ITEM_AFTER.test(t.slice(at + len)) || ITEM_BEFORE.test(t.slice(Math.max(0, at - 12), at));
    if (!NOW_TOLD.test(t) && ((asked && (KIND_OF_CASE.test(t.slice(at + len)) || (dealt && whoAt(table, t, at) === 'student'))) || (item && ASKS.test(t)))) return true;
    if (ofDocument && !named && (whoAt(table, t, at) === 'student' || KIND_OF_LONG.test(t.slice(at + len, at + len + 30)))) return true;
    // (「为了让有想死念头的学生随时能找到人，辅导室每周至少要开放多久」: the aim of a rule asked of, no one told of.)
    if (/为了(?:让|使|帮助?|能够?|更好地?|及时)?\p{Script=Han}{0,6}$/u.test(t.slice(Math.max(0, at - 12), at)) && /(?:多久|多长|几|多少|什么|怎么|吗)$/.test(t) && !NOW_TOLD.test(t)) return true;
    // (「学生流露想死的念头、超出学校辅导能力的，规定要求怎么处理」: students of a kind, by what they show, asked of the rules.)
    if (asked && !named && !NOW_TOLD.test(t) && /^的?(?:念头|想法|倾向)/.test(t.slice(at + len)) && /(?:学生|孩子)(?:流露|表现|透露|出现|显露)出?$/.test(t.slice(Math.max(0, at - 6), at))) return true;
    // (「有自残想死念头的严重心理疾病学生，辅导室要单独建档吗」: a kind of student, named at length, asked of the rubric.)
    if (asked && KIND_OF_LONG.test(t.slice(at + len, at + len + 30)) && /念头|倾向|想法|行为|风险/.test(t.slice(at + len, at + len + 12))) return true;
    const kind = KIND_OF.test(t.slice(at + len, at + len + 12)) || (SIGN_OF.test(t.slice(at + len, at + len + 12)) && LOOKING.test(t.slice(Math.max(0, at - 10), at)));
    // (「那种想死、自伤的高危学生…要转介吗」: a kind of student, and what the school does for such students asked.)
    if (kind && (asked || GENERIC_BEFORE.test(t.slice(Math.max(0, at - 6), at)) || (KIND_ASKED.test(t) && ASKS.test(t)))) return true;
    // 「心理求助热线要让全校都知道吗？就怕学生想死的时候找不到」: a time feared, in a message that asks.
    if (FEARED_BEFORE.test(t.slice(Math.max(0, at - 8), at)) && WHEN_AFTER.test(t.slice(at + len)) && ASKS.test(t) && !NOW_TOLD.test(t.replace(/找不到|不见了/g, ''))) return true;
    const supposed = SUPPOSED.test(t.slice(Math.max(0, at - SUPPOSED_SPAN), at));
    return supposed && (asked || (process && whoAt(table, t, at) === 'student'));
  };
  // 「以前带过一个学生，初中时有过轻生念头，现在大学毕业也当老师了」: long past, and well now.
  // 「去年出过学生轻生未遂，今年县里说要重点查配备」: an event told of a time past (出过, 发生过) is no one at risk now either.
  const past = (at: number) => {
    const before = t.slice(Math.max(0, at - SUPPOSED_SPAN), at);
    return PAST.test(before) && (RECOVERED.test(t.slice(at)) || PAST_EVENT.test(before));
  };
  // 「那本小说的女主最后自杀了」「电视上那个学生跳桥的新闻」: words told of a story, a film or the news.
  // (「看完新闻 我也想跳桥」: the writer's own words after the story are no story's.)
  const told = (at: number, len: number) => {
    const before = t.slice(Math.max(0, at - STORY_SPAN), at);
    const story = [...before.matchAll(STORY_ALL)].pop();
    return (story !== undefined && !/我(?!们)/.test(before.slice(story.index + story[0].length))) || STORY_AFTER.test(t.slice(at + len, at + len + 8));
  };
  for (const { phrase, direct } of table.distress) {
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      // (「开玩笑说考核压力大得想死 哈哈」: 得想死 as a degree, in a message that laughs at itself, is a figure of speech.)
      const joked = t[at - 1] === '得' && JOKING.test(t);
      if (!inException(at, phrase.length) && !negated(at) && !names(at, phrase.length) && !past(at) && !told(at, phrase.length) && !joked) found.push({ at, direct, end: at + phrase.length });
    }
  }

  const framed = table.framing.some((w) => t.includes(w));
  for (const { phrase, direct } of table.acts) {
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      if (inException(at, phrase.length)) continue;
      const intentAt = intentBefore(table, t, at);
      if (intentAt !== null) {
        if (!negated(intentAt) && !names(at, phrase.length) && !past(at)) found.push({ at, direct, end: at + phrase.length });
        continue;
      }
      const end = at + phrase.length;
      const after = table.done.find((d) => t.startsWith(d, end));
      // 「学生自杀了算不算一票否决」 is a rubric question; 「割腕了」 alone is not.
      // 「自杀未遂后休学的学生…考核有要求吗」: a past act in a question about the rubric is its subject.
      // 「那本小说的女主最后自杀了」: an act told of a story or the news is no one at risk now.
      if (after && !told(at, phrase.length) && !(framed && (after === '了' || after === '过')) && !asked && !negated(at) && !past(at)) found.push({ at, direct });
    }
  }

  for (const scene of table.scenes) {
    for (const place of scene.place) {
      for (let at = t.indexOf(place); at >= 0; at = t.indexOf(place, at + 1)) {
        const from = Math.max(0, at - SCENE_SPAN);
        const window = t.slice(from, at + place.length + SCENE_SPAN);
        // 「在五楼走廊说要跳绳」: a state inside an exception (要跳绳) is no state.
        const stated = (s: string) => {
          for (let i = window.indexOf(s); i >= 0; i = window.indexOf(s, i + 1)) if (!inException(from + i, s.length)) return true;
          return false;
        };
        if (scene.state.some(stated)) found.push({ at, direct: true });
      }
    }
  }

  // The last net: harm and now together, in a message that does not speak of the rubric.
  // (「电视上那个学生跳桥的新闻你们看了吗」: not of a story, a film or the news either.)
  if (found.length === 0 && table.danger && !framed && !STORY.test(t) && !table.danger.rubric.some((w) => t.includes(w))) {
    const now = spans(t, table.danger.now);
    for (const { phrase, direct } of table.danger.harm) {
      for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
        if (inException(at, phrase.length) || negated(at) || past(at) || names(at, phrase.length)) continue;
        // (「测评筛出来有自杀风险的学生 下一步怎么办」: a kind of student by the risk screened, with nothing of now, is no one at risk now.)
        if (RISK_KIND.test(t.slice(at + phrase.length, at + phrase.length + 12)) && !NOW_TOLD.test(t)) continue;
        // (「…有自杀风险的学生 下一步怎么办」: the end kept, so a kind of student named after the word is the one at risk.)
        if (now.some(([s, e]) => Math.abs(s - at) <= DANGER_SPAN || Math.abs(e - at) <= DANGER_SPAN)) found.push({ at, direct, end: at + phrase.length });
      }
    }
  }
  // 「自杀热线电话是多少 我自己要打」: a crisis line asked for the writer's own use.
  if (found.length === 0 && HOTLINE_FOR_SELF.test(t)) return { kind: 'self', direct: true };
  if (found.length === 0) return { kind: 'none' };
  // A student at risk is named as such once; the writer's own words weigh the same.
  // 「我发现有个想轻生的孩子」: a student named right after the words (…的孩子) is the one at risk.
  const kinds = found.map((f) => ({ ...f, who: f.end !== undefined && KIND_OF.test(t.slice(f.end, f.end + 12)) ? ('student' as const) : whoAt(table, t, f.at) }));
  const student = kinds.find((k) => k.who === 'student');
  const pick = student ?? kinds[0]!;
  return { kind: pick.who, direct: kinds.some((k) => k.who === pick.who && k.direct) };
}

/** Where the intent word before an act starts (想 in 想自杀, 说要 in 说要跳楼), with fillers between; else null. */
function intentBefore(table: CrisisTable, t: string, at: number): number | null {
  let end = at;
  for (let skipped = 0; skipped <= 3; skipped++) {
    const intent = table.intents.find((w) => t.endsWith(w, end));
    if (intent) return end - intent.length;
    const prev = t[end - 1];
    if (prev === undefined || !table.fillers.has(prev)) return null;
    end -= 1;
  }
  return null;
}

const OBJECT_OF = /[跟和对给找问让叫同向]/;

/** The nearest person word before `at`: 我 (not 我们) is the writer, 学生/孩子/他… a student. */
function whoAt(table: CrisisTable, t: string, at: number): CrisisKind {
  // (「a学生isstanding在桥上nearourschool扬言要跳楼」: English letters count a quarter each, so an English
  // sentence reaches as far back as a Chinese one.)
  let room = WHO_SPAN * 4;
  let best: { at: number; kind: CrisisKind } | null = null;
  for (let i = at - 1; i >= 0 && room > 0 && best === null; i--) {
    room -= /[a-z]/.test(t[i] ?? '') ? 1 : 4;
    // 我 as the subject; 跟我说, 告诉我 make 我 the one told.
    if (t[i] === '我' && t[i + 1] !== '们' && !OBJECT_OF.test(t[i - 1] ?? '') && !t.endsWith('告诉', i)) best = { at: i, kind: 'self' };
    // 「给女儿的信」「跟学生说」: the person written or spoken to is not the one at risk.
    else if (table.others.some((w) => t.startsWith(w, i) && i + w.length <= at + 1) && !OBJECT_OF.test(t[i - 1] ?? '')) best = { at: i, kind: 'student' };
  }
  return best?.kind ?? 'self';
}

function spans(t: string, phrases: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of phrases) for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) out.push([at, at + p.length]);
  return out;
}

/**
 * The fixed reply for a crisis: the lines (12356 always, then the county's own lines), never the
 * asker's words. `localLines`: from configuration, added to the table's own.
 */
export function crisisReply(table: CrisisTable, kind: CrisisKind, place: CrisisPlace, localLines: readonly string[] = []): string {
  const r = table.replies;
  const body = place === 'group' ? (kind === 'self' ? r.groupSelf : r.groupStudent) : kind === 'self' ? r.self : r.student;
  return withLocalLines(table, body, place, localLines);
}

/** A reply followed by the county's own lines (the table's and the configured ones), if any. */
function withLocalLines(table: CrisisTable, body: string, place: CrisisPlace, localLines: readonly string[]): string {
  const lines = [...new Set([...table.localLines, ...localLines].map((l) => l.trim()).filter((l) => l.length > 0))];
  if (lines.length === 0) return body;
  const header = table.replies.localHeader;
  return place === 'group' ? `${body}\n${header}${lines.join('；')}` : `${body}\n${header}\n${lines.map((l) => `· ${l}`).join('\n')}`;
}

/** Where the words of `phrases` stand in `t` outside the spans `excluded`, longest first, not overlapping. */
function found(t: string, phrases: readonly string[], excluded: readonly [number, number][]): [number, number][] {
  const taken: [number, number][] = [];
  for (const w of phrases) {
    for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (excluded.some(([s, e]) => s <= at && at < e) || taken.some(([s, e]) => s < end && at < e)) continue;
      taken.push([at, end]);
    }
  }
  return taken;
}

/**
 * The kinds of warning sign a message shows (`signs` in the table), when it is not about the
 * rubric (no word of `signs.unless`); empty unless it shows two sign words or more, or an acute
 * kind (means, place, lost) with a word of now. Linear in the text times the table.
 */
export function warningSigns(table: CrisisTable, folded: string): string[] {
  const signs = table.signs;
  // (「之前有个学生割腕被救回来了，现在复学了」: long past, and well now.)
  if (!signs || folded.length === 0 || asksRubric(table, folded) || longPast(table, folded)) return [];
  const excluded = spans(folded, table.exceptions);
  // A word is counted once, under the first kind that has it.
  const seen: [number, number][] = [...excluded];
  const kinds = signs.groups.flatMap((g) => {
    const at = found(folded, g.words, seen);
    seen.push(...at);
    return at.map(() => g.name);
  });
  const now = found(folded, signs.now, excluded).length > 0;
  return kinds.length >= 2 || (now && kinds.some((k) => signs.acute.has(k))) ? [...new Set(kinds)] : [];
}

/**
 * The check-in: for a message with warning signs (warningSigns), or for a message the rubric
 * cannot answer (`declined`) that carries a word of distress (outside the table's exceptions:
 * 累死了 is not one); null otherwise, or when the table has no check-in text.
 */
export function checkInFor(table: CrisisTable, text: string, declined: boolean, localLines: readonly string[] = [], answered: boolean | (() => boolean) = false): string | null {
  return table.replies.checkIn ? checkInFolded(table, foldForCrisis(table, text), declined, localLines, answered) : null;
}

/** checkInFor on a text folded already (foldForCrisis). */
export function checkInFolded(table: CrisisTable, t: string, declined: boolean, localLines: readonly string[] = [], answered: boolean | (() => boolean) = false): string | null {
  return concernFolded(table, t, declined, localLines, answered).checkIn;
}

/**
 * The check-in (checkInFolded), or — for a message the rubric answers (`answered`, asked only when
 * needed) that the model alone flags, with no warning-sign word — the safety line after its answer
 * (「学生有轻生念头，班主任发现后应该按什么流程转介」). The model and the sign words are read once.
 */
export function concernFolded(
  table: CrisisTable,
  t: string,
  declined: boolean,
  localLines: readonly string[] = [],
  answered: boolean | (() => boolean) = false,
): { checkIn: string | null; safetyLine: string | null } {
  const checkIn = table.replies.checkIn;
  if (!checkIn) return { checkIn: null, safetyLine: null };
  const ex = spans(t, table.exceptions);
  // 「想死的心都有了」: a figure of speech for how hard the work is — no crisis, yet asked after:
  // the check-in when nothing else is answered, the safety line after an answer.
  const hyperbole = HYPERBOLE.test(t);
  const listed = warningSigns(table, t).length > 0 || (declined && (hyperbole || found(t, declinedNet(table, t), ex).length > 0));
  const model = !listed && (hyperbole || modelConcern(table, t));
  const kept = model && table.replies.safetyLine !== undefined && !anySign(table, t, ex) && (typeof answered === 'function' ? answered() : answered);
  if (listed || (model && !kept)) return { checkIn: withLocalLines(table, checkIn, 'private', localLines), safetyLine: null };
  return { checkIn: null, safetyLine: kept ? (table.replies.safetyLine ?? null) : null };
}

/** One warning-sign word at least (「明天我就不在这个世界上了」), outside the exceptions. */
function anySign(table: CrisisTable, t: string, excluded: readonly [number, number][]): boolean {
  return table.signs?.groups.some((g) => found(t, g.words, excluded).length > 0) ?? false;
}

/** The model's second opinion: at risk, in a message that does not ask about the rubric. */
function modelConcern(table: CrisisTable, t: string): boolean {
  // (「Suicide Squad这部电影中文叫什么」「电影里女主说想死」: a story, a film or the news, told.)
  if (table.model === null || asksRubric(table, t) || longPast(table, t) || longPast(table, t, 0) || JOKING.test(t) || STORY.test(t)) return false;
  // 「日本中学生的自杀率是不是比我们高」: what the table knows is no harm word (自杀率, 系统崩溃) is not read.
  const cut = spans(t, table.exceptions).sort((a, b) => b[0] - a[0]);
  const read = cut.reduce((s, [from, to]) => `${s.slice(0, from)}${s.slice(to)}`, t);
  return atRisk(table.model, read);
}


/**
 * The words that get a declined message the check-in: the table's `concern`, and — when the message
 * does not ask about the rubric (no word of `signs.unless`) — one word of self-harm (`acts`) or of
 * `alone` (an ending, a means). Asking costs a line; a message the lists do not know as a crisis is
 * answered by a person only if someone asks.
 */
function declinedNet(table: CrisisTable, t: string): string[] {
  // (「五年前那个差点想不开的孩子…现在过得很好」: long past, and well now.)
  // (「…我比她还焦虑 哭了一场 现在好多了」: a word of distress the writer says is over now.)
  if (asksRubric(table, t) || longPast(table, t)) return table.concern;
  if (longPast(table, t, 0)) return [];
  // (「电视剧里学生跳楼那一段…」: an act of a story or the news is no word of self-harm here.)
  return [...table.concern, ...table.alone, ...(STORY.test(t) ? [] : table.acts.map((a) => a.phrase))];
}

/** A question's words (the folded text has no question marks left). */
// (「要是哪天我不在了」: 哪天 after a supposition is 「some day」, and 哪怕 「even if」: no question.)
const ASKS = /[吗么呢]|谁(?!都|也)|有.{0,10}没有?$|什么|啥|怎么|怎样|如何|咋|几|多少|是否|(?<!要是|如果|万一|假如|等到?|总有)哪(?!怕)|要不要|能不能|可不可以|有没有|算不算|是不是|需不需要|够不够|达不达标|行不行|合不合格|符不符合/;

/**
 * The folded text asks about the rubric: a word of `signs.unless` (算不算, 扣分, 预案…) in a
 * question. 「这堆考核材料弄完，我就从楼顶上下去」 names the assessment but asks nothing of it.
 */
function asksRubric(table: CrisisTable, t: string): boolean {
  return ASKS.test(t) && (table.signs?.unless.some((w) => t.includes(w)) ?? false);
}

function fold(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}
