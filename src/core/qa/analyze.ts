/**
 * How a question (or a passage) is read for retrieval: typo repair against the rubric's own words,
 * segmentation, the synonym table's variants masked longest first, stop words and dated words left
 * out, the focus words (what is asked for by name). Linear in the text, memoised. Pure: the
 * segmenter is a port (see index.ts).
 */
import type { Intent, Synonyms } from './synonyms.ts';
import { INTENTS } from './synonyms.ts';
import type { Segmenter, Surface } from './index.ts';
import { STUDENT_STATE } from './handling.ts';
import { byHead, present } from './heads.ts';

/** A numeral or demonstrative with its measure word (一份, 几个, 这次) carries no topic. */
const MEASURE = /^[一二两三四五六七八九十几每这那哪某][个份次些下项名位件种本张场节回遍]$/;
/**
 * Question words followed by what is asked for: a thing by name (「用什么量表」「配哪些设备」
 * 「多大面积」), unless part of a longer question phrase (什么时候), or a thing to do (「要不要坐班」).
 */
const WHAT = /什么|啥|哪些|哪一?种|哪一?类|哪一?级|哪个|哪家|哪一?套|多大|多少|(要不要|能不能|可不可以|需不需要|用不用|该不该|是否|有没有)/g;
/** Pronouns passed over between a yes/no word and what it asks about. */
const PRONOUN = /^(?:他们|她们|我们|你们|咱们|它们|他|她|它|大家|人家)$/;
/** Light verbs that only lead to what is asked about (给他们发补贴, 做好预案). */
export const LIGHT_ONE = /^(?:给|发|让|请|找|用|拿|买|交|收|办|搞|弄|设|配|出|安排|组织|举行|进行|做好|弄好|搞好|建好|备好|准备好)$/;
/**
 * 「学校要不要提前做应急预案」: when a thing is made, passed over like LIGHT_ONE; the thing made is asked.
 * (Not 「考核要不要提前通知」: how early one is told is what is asked.)
 */
export const AHEAD = /^(?:提前|事先|预先|事前|尽早|及早)$/;
const MAKING = /^(?:做|制定|制订|准备|建立|建|订|定|写|编)/;
/** How far after a yes/no word (要不要…) the thing it asks about is looked for. */
const FOCUS_SPAN = 6;
/** A domain word this long or longer is repaired when one loose character differs (辅道室 → 辅导室). */
const REPAIR_MIN = 3;
/** A relative's death: 爷爷刚去世, 父亲去年过世 (of the same length, so spans keep their places). */
/** The crisis work itself named (危机干预), and a death told (身亡, 一票否决): see `corrected`. */
const CRISIS_WORK = /危机干预|心理干预|干预工作|干预的|干预措施|干预机制/;
/** 「全体教师会」「全校老师大会」: a meeting of all the staff, said short (会, 大会), is a 会议 (not 会 before a verb: 全体教师会参加吗). */
/**
 * 「有个学生最近情绪不太好…学校应该怎么处理」: a student's state told, how to handle it asked, is 第17条's
 * 需要重点关注的学生 (排查, 关爱). Not a state only told (「…情绪不好休学过…今年回来状态很好」 asks nothing),
 * nor one someone else asked about (「家长群里经常有家长问孩子情绪不好怎么办」).
 */
const STATE_HANDLED = new RegExp(`(${STUDENT_STATE.source})(?=[^。？?]*(?:怎么处理|如何处理|怎么办|该怎么|要怎么|下一步))`, 'g');
/** 「听兄弟学校说…」: hearing someone say, no 听课. */
const HEARSAY = /听(?=(?:别人|别的|其他|兄弟|隔壁|同事|领导|校长|老师|有人|人家|他们|她们|朋友|网上|外校)[^，,。？?]{0,8}说)/g;
/** 「县里什么时候来考」「啥时候考」: 考 said short for 考核 (not 考试, 考评, 考证). */
const ASSESS_SHORT = /(来|时候|啥时|几时|哪天|几号|谁来)考(?![核试评证察研上进])/g;
const STAFF_MEETING = /((?:全体|全校|全校的)(?:教师|老师|教职工|教职员工|教工)(?:大)?)会(?!议|场|不会|被|参加|参与|去|来|做|讲|说|知道|学|用|得到|接受|一起)/g;
/** 「四年级二班」「初二(3)班」: one class named, not a count of classes (四年级2个班). */
const CLASS_NAMED = /(?:[一二三四五六七八九]年级|[初高][一二三])\s*[（(]?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]?\s*班(?![级主会长干委])/g;
const DEATH_TOLD = /死亡|身亡|去世|离世|过世|出事|出人命|否决|没了|走了|亡故/;
export const FAMILY_DEATH = /(爷爷|奶奶|外公|外婆|姥姥|姥爷|父亲|母亲|爸爸|妈妈|家人|亲人|老人|长辈|父母|亲戚)(刚|已经|突然|去年|前几天|不久前)?(?:去世|离世|过世|死亡)/g;
/** A domain word this long or longer is repaired even when the wrong character is the only loose one. */
const LONE_MIN = 5;
const NUMERAL = /[0-9零一二两三四五六七八九十百千万几]/;
/** The assessment called by its own name (参加心理健康工作考核) is 考核. */
const OWN_NAME = /心理(?:健康)?(?:教育)?(?:工作)?(?=考核)/g;
/** Words that only point (这个考核, 那个会): they may stand inside a phrase of the synonym table. */
const FILLERS = new Set(['这个', '那个', '这', '那', '一下']);
/** Characters that are words of their own in any sentence, never taken for a typo. */
const FUNCTION_CHAR = /^[这那的了吗呢吧啊也都就与及或把被给让从向在是有我你他她它们]$/;

interface Span {
  start: number;
  end: number;
}

/** A question as read: corrected text, its words, what carries meaning, its terms. */
interface Reading {
  t: string;
  spans: Span[];
  meant: boolean[];
  terms: string[];
  surfaces: Surface[];
  /** What it asks (intents), read on first need. */
  intents?: Intent[];
}

/** How many readings are remembered before the memo starts again. */
const MEMO = 4096;

/** `domain`: the rubric's own words (titles, keywords), which the segmenter keeps whole. */
/**
 * `corpus`: the rubric's own text; a text read that is part of it (a clause's sentence, a part of one)
 * is no asker's word and is remembered across questions — the same sentences come back with every answer.
 */
export function createAnalyzer(synonyms: Synonyms, segment: Segmenter, domain: ReadonlySet<string>, corpus = '') {
  // A day named outside the question (「下周迎检，…」) only sets the scene.
  const stop = new Set([...synonyms.stopwords, ...synonyms.dated]);
  const variants = synonyms.groups
    .flatMap((g) => g.map((v) => ({ v, term: `=${g[0]}` })))
    .sort((a, b) => b.v.length - a.v.length);
  const multi = variants.filter((x) => x.v.length > 1);
  const single = new Map(variants.filter((x) => x.v.length === 1).map((x) => [x.v, x.term]));
  const intentWords = INTENTS.flatMap((intent) => (synonyms.intents[intent] ?? []).map((w) => ({ w, intent }))).sort(
    (a, b) => b.w.length - a.w.length,
  );
  const decline = synonyms.decline;
  const stopPhrases = synonyms.stopwords.filter((w) => w.length > 1);
  const content = (w: string) => !!w && !stop.has(w) && !/^[\p{P}\p{S}\p{N}\s]+$/u.test(w) && !MEASURE.test(w);
  // In questions group words, question words and stop phrases compete for the text, longest
  // first: 老师们好 is a greeting, not 老师; 什么意思 asks for a definition, 什么 alone nothing.
  const phrases = [
    ...multi.map((x) => ({ v: x.v, term: x.term, meant: true })),
    ...intentWords.map((x) => ({ v: x.w, term: '', meant: true })),
    ...stopPhrases.map((v) => ({ v, term: '', meant: false })),
  ]
    .sort((a, b) => b.v.length - a.v.length)
    .map((p, order) => ({ ...p, order }));
  const phrasesByHead = byHead(phrases, (p) => p.v);
  // (A passage's words: every variant of the table, longest first, as `multi` lists them.)
  const multiByHead = byHead(
    multi.map((x, order) => ({ ...x, order })),
    (x) => x.v,
  );
  // The typos by their first character, each with its place in the table (the table's order is kept).
  const typosByFirst = new Map<number, number[]>();
  synonyms.typos.forEach(([wrong], k) => {
    const first = wrong.charCodeAt(0);
    typosByFirst.set(first, [...(typosByFirst.get(first) ?? []), k]);
  });
  const intentsByHead = byHead(
    intentWords.map((x, order) => ({ ...x, order })),
    (x) => x.w,
  );

  // Each domain word of REPAIR_MIN+ characters under every key with one character blanked
  // (辅导室 → ?导室, 辅?室, 辅导?); a key that words of two groups share repairs nothing.
  const vocabulary = new Set(variants.map((x) => x.v));
  const near = new Map<string, { v: string; term: string } | null>();
  for (const x of variants) {
    if (x.v.length < REPAIR_MIN || /[^\p{Script=Han}]/u.test(x.v)) continue;
    for (let k = 0; k < x.v.length; k++) {
      if (NUMERAL.test(x.v[k] ?? '')) continue;
      const key = `${x.v.slice(0, k)}?${x.v.slice(k + 1)}`;
      const other = near.get(key);
      near.set(key, other === undefined || other?.term === x.term ? (other ?? x) : null);
    }
  }
  const longest = Math.max(REPAIR_MIN, ...[...vocabulary].map((w) => w.length));

  /** The words of a question as the segmenter cuts them, with their places. */
  const spansOf = (t: string): Span[] => {
    const spans: Span[] = [];
    let at = 0;
    for (const w of segment(t, 'query')) {
      const start = t.indexOf(w, at);
      if (start < 0) continue;
      spans.push({ start, end: start + w.length });
      at = start + w.length;
    }
    return spans;
  };

  /**
   * Misspellings: the table first, then a domain word with one character typed wrong
   * (专斑会议, 辅道室). Only a character the segmenter could not fit into any word is replaced,
   * never a numeral, so 三年级 is not read as 四年级 and 每学年 not as 每学期.
   */
  /** The table's misspellings put right, and the staff's meeting said short (全体教师会) read as 第3条's 会议. */
  const wordsFixed = (text: string): string => {
    let t = text;
    // The typos whose first character stands in the text, in the table's order (a correction's own
    // characters bring in the typos after it that start with them): the table is long, a text short.
    const of = (from: string, after: number) => {
      const ks: number[] = [];
      for (let i = 0; i < from.length; i++) for (const k of typosByFirst.get(from.charCodeAt(i)) ?? []) if (k > after) ks.push(k);
      return ks;
    };
    let ks = of(t, -1).sort((a, b) => a - b);
    for (let n = 0; n < ks.length; n++) {
      const k = ks[n]!;
      const typo = synonyms.typos[k];
      if (!typo || (n > 0 && ks[n - 1] === k) || !t.includes(typo[0])) continue;
      t = t.replaceAll(typo[0], typo[1]);
      const more = of(typo[1], k);
      if (more.length > 0) ks = [...ks.slice(0, n + 1), ...[...ks.slice(n + 1), ...more].sort((a, b) => a - b)];
    }
    // (Each rewrite only where its key character stands: most texts have none.)
    if (t.includes('会')) t = t.replace(STAFF_MEETING, '$1会议');
    if (t.includes('学生') || t.includes('孩子')) t = t.replace(STATE_HANDLED, '$1，需要重点关注');
    if (t.includes('考')) t = t.replace(ASSESS_SHORT, '$1考核');
    return t.includes('听') ? t.replace(HEARSAY, '据') : t;
  };

  const corrected = (text: string): { t: string; spans: Span[] } => {
    let t = wordsFixed(text.normalize('NFKC').toLowerCase());
    // 「爷爷刚去世」: a death in the family is no student's death (一票否决).
    t = t.replace(FAMILY_DEATH, (_m, who: string, when: string) => `${who}${when}亡故`);
    // 「对学生自伤自杀的危机干预有哪些要求」: suicide named beside the crisis work, no death told, is that work (危机干预), not the veto.
    if (CRISIS_WORK.test(t) && !DEATH_TOLD.test(t)) t = t.replace(/(?<!预防|防止|防范|防)(自杀|轻生|跳楼)(?!身亡|死亡|了|未遂|危机|干预|预防|念头|倾向)/g, '危机');
    const spans = spansOf(t);
    // A typo leaves the segmenter with fragments: the wrong character and a neighbour in the same
    // word stand alone — or, in a long domain word, the wrong character alone after the words
    // it leaves whole (全员导师治 → 全员 / 导师 / 治). No loose character (most questions): nothing to repair.
    const single = spans.filter((s) => s.end - s.start === 1 && !NUMERAL.test(t[s.start] ?? ''));
    if (single.length === 0) return { t, spans };
    const loose = new Array<boolean>(t.length).fill(false);
    for (const s of single) loose[s.start] = true;
    const starts = new Set(spans.map((s) => s.start));
    const ends = new Set(spans.map((s) => s.end));
    let changed = false;
    for (let len = Math.min(longest, t.length); len >= REPAIR_MIN; len--) {
      for (let i = 0; i + len <= t.length; i++) {
        if (!starts.has(i) || !ends.has(i + len)) continue;
        const window = t.slice(i, i + len);
        if (vocabulary.has(window)) continue;
        for (let k = 0; k < len; k++) {
          // (Only a loose character is repaired: the rest is weighed for it alone.)
          if (!loose[i + k]) continue;
          const paired = (k > 0 && loose[i + k - 1]) || (k < len - 1 && loose[i + k + 1]);
          // Alone, only when the rest of the window is the table's own words (全员 / 导师 / 治),
          // not chat around a verb (多久 / 开 / 一次 is no 多久考一次).
          const lone = len >= LONE_MIN && spans.every((s) => s.end <= i || s.start >= i + len || s.start === i + k || vocabulary.has(t.slice(s.start, s.end)));
          // A pronoun or a particle (这, 的, 了) is the asker's own word, never a mistyped one: 「考核对这类
          // 制度」 is no 考核对象.
          // The last of three characters is a word's own end as often as a typo (谁来修 is no 谁来考).
          // A whole word of the table beside it (团体辅导 / 算) leaves the character the asker's own next word:
          // 「团体辅导算…」 is no 团体辅导室.
          // (「和校医室在一起」: a room's 室 glued to the word before it ends that word; it is no typo of 加在一起's 加.
          // Nor is a verb of putting or writing: 「和德育方案写在一起」「放在一起」.)
          const besideWord = (k === len - 1 && vocabulary.has(window.slice(0, k))) || (k === 0 && (vocabulary.has(window.slice(1)) || (window[0] === '室' && /\p{Script=Han}/u.test(t[i - 1] ?? '')) || (/[写放合建弄搞混挤住坐办设摆搬装并编排印]/.test(window[0] ?? '') && window.slice(1) === '在一起')));
          const fragment = (paired || lone) && !besideWord && !FUNCTION_CHAR.test(window[k] ?? '') && !(len === REPAIR_MIN && k === len - 1);
          const w = fragment ? near.get(`${window.slice(0, k)}?${window.slice(k + 1)}`)?.v : undefined;
          if (!w) continue;
          t = t.slice(0, i) + w + t.slice(i + len);
          loose.fill(false, i, i + len);
          changed = true;
          break;
        }
      }
    }
    return { t, spans: changed ? spansOf(t) : spans };
  };

  /**
   * Masks each occurrence of `word` whose characters are still free and returns where they
   * start. A word that only modifies a longer everyday word of the question is left alone:
   * Chinese compounds end in their head, so 教育经费 is 经费 but 会议室 is no 会议. Nor is a
   * two-character word read across the edge of a word of the question, where it is a chance
   * match: 不同 in 不/同意 (a longer phrase, 能不能 in 能/不能不/开, is meant).
   * (Loops, not callbacks: this runs for every table word on every question.)
   */
  function mask(text: string, taken: boolean[], word: string, spans: readonly Span[] = []): number[] {
    const found: number[] = [];
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (anyTaken(taken, i, end)) continue;
      // Only the one word of the question that runs across `end` can make this a modifier (the
      // spans are in order and do not overlap): found by bisection, so the cost stays linear.
      const s = spans[lastStartingBefore(spans, end)];
      const modifier =
        s !== undefined &&
        s.end > end &&
        !domain.has(text.slice(s.start, s.end)) &&
        (s.start <= i || (word.length <= 2 && i < s.start));
      if (modifier) continue;
      taken.fill(true, i, end);
      found.push(i);
    }
    return found;
  }

  /**
   * A question, corrected, its fillers dropped (参加这个考核 → 参加考核), with its synonym-group
   * terms and question words masked.
   */
  const readings = new Memo<Reading>(corpus);
  /** Texts read as the rubric's (textTerms), as lists and as sets (for the stages that only ask whether a text says a term). */
  const texts = new Memo<readonly string[]>(corpus);
  const textSets = new Memo<ReadonlySet<string>>(corpus);
  const read = (text: string): Reading => {
    const known = readings.get(text);
    if (known) return known;
    let { t, spans } = corrected(text.replace(OWN_NAME, ''));
    // …but not where it starts a longer stop phrase of the table (那块, 这一项).
    const filler = (s: Span) =>
      FILLERS.has(t.slice(s.start, s.end)) && !stopPhrases.some((w) => w.length > s.end - s.start && t.startsWith(w, s.start));
    if (spans.some(filler)) {
      t = spans.filter((s) => !filler(s)).map((s) => t.slice(s.start, s.end)).join('');
      spans = spansOf(t);
    }
    const taken = new Array<boolean>(t.length).fill(false);
    // What a group word or a question word covers: it has a meaning here (a stop phrase has none).
    const meant = new Array<boolean>(t.length).fill(false);
    const groups: string[] = [];
    const surfaces: Surface[] = [];
    for (const p of present(t, phrasesByHead)) {
      for (const at of mask(t, taken, p.v, spans)) {
        if (p.term) groups.push(p.term);
        if (p.term && !surfaces.some((x) => x.word === p.v)) surfaces.push({ word: p.v, term: p.term });
        if (p.meant) meant.fill(true, at, at + p.v.length);
      }
    }
    // (What no table word took, the taken characters blanked: built run by run, not character by character.)
    let rest = '';
    for (let i = 0; i < t.length; ) {
      let j = i;
      while (j < t.length && taken[j] === taken[i]) j++;
      rest += taken[i] ? ' '.repeat(j - i) : t.slice(i, j);
      i = j;
    }
    const terms = [...groups];
    for (const raw of segment(rest, 'query')) if (content(raw.trim())) terms.push(single.get(raw.trim()) ?? raw.trim());
    const reading: Reading = { t, spans, meant, terms, surfaces };
    // The same texts come back (a question's pieces, the clauses of an answer): remember a bounded number.
    readings.set(text, reading);
    return reading;
  };

  /** What a question asks (when, how many, yes or no…), from its reading. */
  const intentsOf = (text: string, { t, spans }: Reading): Intent[] => {
    const taken = new Array<boolean>(t.length).fill(false);
    const found: Intent[] = [];
    for (const { w, intent } of present(t, intentsByHead)) {
      if (mask(t, taken, w, spans).length > 0 && !found.includes(intent)) found.push(intent);
    }
    // 「那几个岗是不是每个岗都得有」: 那几 / 这几 point at things named, they ask no count.
    // 「播了几期节目」「好几次」: several, told, not asked.
    const counted = text.replace(/[那这了]几|好几/g, '');
    // 「县里什么时候考核」: a table word that asks when (什么时候考核, of 考核时间) asks it as 什么时候 does.
    if (!found.includes('when') && read(text).surfaces.some((x) => /时候|哪天|几时|日期|时间/.test(x.word) && x.term === '=考核时间')) found.push('when');
    // 「考核谁来考」: who comes to assess is asked, not when (来考 asks when only with no 谁).
    const when = /谁来(?:考|检查|查)/.test(t) && !/什么时候|啥时候|何时|几号|哪天|几月|什么时间/.test(t) ? found.filter((i) => i !== 'when') : found;
    return /[那这了]几|好几/.test(text) && !/几|多少/.test(counted) ? when.filter((i) => i !== 'count') : when;
  };

  return {
    /** Forget the readings of questions (a message's words, crisis words included) once its reply is made. */
    forget: () => {
      for (const m of [readings, texts, textSets]) m.forget();
    },
    /** How many readings of questions are remembered now (tests). */
    remembered: () => readings.remembered() + texts.remembered() + textSets.remembered(),
    /** Every text whose reading is held now, the rubric's own included (tests). */
    held: (): string[] => [readings, texts, textSets].flatMap((m) => m.held()),
    /** The table's misspellings put right (挂勾 → 挂钩, 考合 → 考核), 全体教师会 as 会议, a class named (四年级二班) as 本班. */
    fixTypos(text: string): string {
      return wordsFixed(text).replace(CLASS_NAMED, '本班');
    },
    /**
     * Synonym groups first (longest variant wins), then, in questions, the question words; jieba
     * cuts the rest of a question, but the whole of a passage (so 校长 is also found in 校长负责制).
     */
    terms(text: string, query: boolean): string[] {
      if (!query) {
        // The rubric's own sentences come back with every question: each is read once.
        const known = texts.get(text);
        if (known) return [...known];
        const t = text.normalize('NFKC').toLowerCase();
        const taken = new Array<boolean>(t.length).fill(false);
        const out: string[] = [];
        for (const { v, term } of present(t, multiByHead)) out.push(...mask(t, taken, v).map(() => term));
        for (const raw of segment(t, 'index')) if (content(raw.trim())) out.push(single.get(raw.trim()) ?? raw.trim());
        texts.set(text, out);
        return [...out];
      }
      return [...read(text).terms];
    },
    /** The terms of a text read as the rubric's (terms(text, false)), as a set shared by every caller: read only. */
    termSet(text: string): ReadonlySet<string> {
      const known = textSets.get(text);
      if (known) return known;
      const set = new Set(this.terms(text, false));
      textSets.set(text, set);
      return set;
    },
    surfaces(text: string): Surface[] {
      return [...read(text).surfaces];
    },
    intents(text: string): Intent[] {
      const reading = read(text);
      reading.intents ??= intentsOf(text, reading);
      return [...reading.intents];
    },
    /**
     * What a question asks for, when no synonym group or question word covers it: 面积 in
     * 「辅导室要多大面积」, 设备 in 「沙盘室要配哪些设备」, 坐班 in 「心理老师要不要坐班」.
     */
    focus(text: string): string[] {
      const { t, spans, meant } = read(text);
      const out: string[] = [];
      for (const m of t.matchAll(WHAT)) {
        const at = m.index + m[0].length;
        if (!m[1] && meant.slice(m.index, at).includes(true)) continue;
        for (let k = Math.max(0, lastStartingBefore(spans, at)); k < spans.length; k++) {
          const s = spans[k]!;
          if (s.end <= at) continue;
          const word = t.slice(Math.max(s.start, at), s.end);
          if (/[\p{P}\s]/u.test(word)) break;
          if (!content(word)) continue;
          // 「要不要给他们发补贴」: a verb of one character (给, 发) or a pronoun before the thing asked
          // for is passed over, within a few characters of the question word.
          if ((LIGHT_ONE.test(word) || PRONOUN.test(word) || (AHEAD.test(word) && MAKING.test(t.slice(s.end)))) && s.end - at <= FOCUS_SPAN && m[1]) continue;
          // A single character (天 in 多少天, 用) is a unit or a verb, not a thing asked for by name.
          // (「督学进校要做哪些工作」: work, tasks or things in general name nothing the text could be silent on.)
          if (/^(?:工作|事情|任务|事项)$/.test(word)) break;
          if ([...word].length > 1 && !meant.slice(Math.max(s.start, at), s.end).includes(true)) out.push(word);
          // 「得开什么医院证明」: a word of the tables before the noun that ends the phrase (证明) qualifies it;
          // the noun is the thing asked for.
          else if (!m[1] && /什么|啥|哪/.test(m[0]) && !/情况|时候|时间|地方|方面|东西|样子?|种|下$/.test(word)) {
            let j = k + 1;
            if (spans[j] && t.slice(spans[j]!.start, spans[j]!.end) === '的') j += 1;
            const head = spans[j];
            const tail = head ? t.slice(head.end) : '';
            const noun = head ? t.slice(head.start, head.end) : '';
            if (head && [...noun].length > 1 && content(noun) && !meant.slice(head.start, head.end).includes(true) && /^(?:[吗呢啊呀吧嘛]|[\p{P}\s]|$)/u.test(tail)) out.push(noun);
          }
          break;
        }
      }
      return out;
    },
    declined(text: string): boolean {
      const t = text.normalize('NFKC').toLowerCase();
      return decline.some((w) => t.includes(w));
    },
    dated(text: string): boolean {
      const t = text.normalize('NFKC').toLowerCase();
      return synonyms.dated.some((w) => t.includes(w));
    },
  };
}

/**
 * Readings remembered by text, a bounded number: those of the rubric's own text (a part of `corpus`)
 * across messages, the rest — a message's words, an answer made for it — only until `forget`.
 */
class Memo<T> {
  private readonly lasting = new Map<string, T>();
  private readonly message = new Map<string, T>();
  constructor(private readonly corpus: string) {}
  get(text: string): T | undefined {
    return this.message.get(text) ?? this.lasting.get(text);
  }
  set(text: string, value: T): void {
    const kept = text.length > 1 && this.corpus.includes(text) ? this.lasting : this.message;
    if (kept.size >= MEMO) kept.clear();
    kept.set(text, value);
  }
  forget(): void {
    this.message.clear();
  }
  remembered(): number {
    return this.message.size;
  }
  held(): string[] {
    return [...this.lasting.keys(), ...this.message.keys()];
  }
}

/** Some character of [from, to) is already taken. */
function anyTaken(taken: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return true;
  return false;
}

/** The index of the last span starting before `at` (spans in order), or -1. */
function lastStartingBefore(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
