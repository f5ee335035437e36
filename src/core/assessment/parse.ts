/**
 * Reading a self-assessment answer (pure): chat text → typed answer, or what to ask again.
 * Commands (暂停, 跳过 …) are the state machine's business, not this module's.
 */
import type { AnswerValue, Choice, Question } from '../rubric/schema.ts';
import { normalize } from '../text/normalize.ts';
import { extractNumbers, type NumberMatch } from '../text/numbers.ts';
import { hasPersonalNumber } from '../text/privacy.ts';

export type ParseResult = { ok: true; value: AnswerValue; confirm?: string } | { ok: false; reprompt: string };

const ok = (value: AnswerValue, confirm?: string): ParseResult =>
  confirm === undefined ? { ok: true, value } : { ok: true, value, confirm };
const fail = (reprompt: string): ParseResult => ({ ok: false, reprompt });

const UNKNOWN = /不[太大]?(?:知道|清楚|确定|记得|了解|晓得)|说不[准清好]|不好说|没印象|unknown|\b(?:i )?(?:don'?t|do not) know\b|\bnot sure\b|\bno idea\b|\bidk\b/;

// ---- vague replies ---------------------------------------------------------------------------

/**
 * Replies that are neither 是 nor 否 nor a number. They are never stored as 是 / 否 / 0: a yes/no
 * question asks 「是还是否？」 again; a number question offers 不知道, stored only once confirmed.
 * Kept as data (tests/assessment.parse.test.ts walks every entry).
 */
export const VAGUE_PHRASES = {
  /** The person does not remember: 不知道 after confirmation (numbers), 是还是否 (yes/no). */
  memory: ['记不清', '记不太清', '记不清楚', '记不得', '记不住', '想不起来', '忘了', '忘记了'],
  /** Nobody counted: for a number, 不知道 after confirmation (not 0). Yes/no questions read them as they are. */
  uncounted: ['没统计', '没有统计', '未统计', '没统计过', '没有统计过', '没记录', '没有记录', '没记录过', '没有记录过', '未记录', '没记过', '没数过', '没算过', '没法统计', '不好统计', '查不到'],
  /** Part of it, roughly: 是还是否 (yes/no), an exact number (numbers). */
  partial: ['有一部分', '一部分', '部分', '有些', '差不多吧', '差不多', '大概吧', '大概', '基本上', '基本', '好像', '可能有', '可能是', '可能吧', '也许', '应该是', '应该有', '算是吧', '算是', '还行吧', '还行', '一般般', '不一定', '有时候', '有时', '偶尔', '不全', '不完全', '一半'],
} as const;

type VagueKind = keyof typeof VAGUE_PHRASES;

/** The kind of vague reply `t` is, if it holds a vague phrase and, without it, no number. */
function vagueKind(t: string, kinds: readonly VagueKind[]): { kind: VagueKind; phrase: string } | null {
  for (const kind of kinds) {
    const phrase = VAGUE_PHRASES[kind].find((p) => t.includes(p));
    if (phrase === undefined) continue;
    const rest = VAGUE_PHRASES[kind].reduce((acc, p) => acc.replaceAll(p, ' '), t);
    if (extractNumbers(rest).length === 0) return { kind, phrase };
  }
  return null;
}

export const VAGUE_TEXT = {
  yesNo: (phrase: string) => `“${phrase}”——是还是否？请回复“是”或“否”；确实不清楚请回复“不知道”。`,
  unknown: (phrase: string) => `“${phrase}”的话，本题按“不知道”记录（暂不得分），对吗？确认请回复“确认”；查到了请直接回复数字。`,
  exact: (hint: string) => `请回复确切的数字，不要估计。\n${hint}`,
} as const;

// ---- yes / no --------------------------------------------------------------------------------

/** A leading 嗯 / 哦 before the real answer (「嗯，没有」); alone, 嗯 means yes. */
const FILLER = /^(?:嗯|恩|哦|噢|额|呃)+[\s,.!。~]*(?=.)/;
/** Phrases with a negative character that mean yes. */
const YES_IDIOMS = /没错|没问题|不错/g;
/** Longest first, so that removing them leaves no 有 / 是 of 没有 / 不是 behind. */
const NO_WORDS = /还没有|没有|不是|不对|不行|不好|尚未|暂无|还没|没|无|未|否|不|×|\b(?:no|n|nope|not|false|x)\b/g;
const YES_WORDS = /是|有|对|嗯|恩|已|好|行|✓|√|当然|肯定|确实|确认|\b(?:yes|y|yep|ok|okay|true)\b/;

/** true / false, 'both' when the text says yes and no (「有，但没有记录」), null when neither. */
function readYesNo(t: string): boolean | 'both' | null {
  const s = t.replace(FILLER, '').replace(YES_IDIOMS, '对');
  const no = s.search(NO_WORDS) >= 0;
  const yes = YES_WORDS.test(s.replace(NO_WORDS, ' '));
  if (yes && no) return 'both';
  return yes ? true : no ? false : null;
}

// ---- numbers ---------------------------------------------------------------------------------

interface UnitWord {
  word: string;
  scale: number;
}

const SAME_UNIT: readonly string[][] = [
  ['名', '人', '个', '位'],
  ['次', '回', '场'],
  ['节', '课时', '堂'],
  ['元', '块钱', '块'],
];

/** The unit words that may follow an answer to `q` (and what they multiply by). */
function unitWords(q: Question): UnitWord[] {
  if (q.type === 'hours') {
    return [
      ...['小时', '钟头', 'hours', 'hour', 'h'].map((word) => ({ word, scale: 1 })),
      ...['分钟', 'min'].map((word) => ({ word, scale: 1 / 60 })),
    ];
  }
  const unit = q.unit ?? (q.type === 'amount' ? '元' : '');
  const words = SAME_UNIT.find((group) => group.includes(unit)) ?? (unit ? [unit] : []);
  return words.map((word) => ({ word, scale: 1 }));
}

/** The unit right after a number (「3个小时」 counts too), if it is one of `units`. */
function unitAfter(t: string, n: NumberMatch, units: readonly UnitWord[]): UnitWord | undefined {
  const rest = t.slice(n.end).trimStart();
  return units.find((u) => rest.startsWith(u.word) || rest.startsWith(`个${u.word}`));
}

const trimNumber = (v: number): string => String(Number(v.toFixed(2)));

function numberHint(q: Question): string {
  if (q.type === 'amount') return `请回复金额，如 18000 ${q.unit ?? '元'}`;
  if (q.type === 'hours') return '请回复小时数，如 1.5';
  return '请回复数字，如 2';
}

/** The period a rate is given per (「每天2小时」), or that a question asks about (「每周开放多少小时」). */
const PERIODS: readonly { re: RegExp; label: string }[] = [
  { re: /每(?:一)?天|每日|一天|天天/, label: '每天' },
  { re: /每(?:一)?(?:周|星期)|一周|本周/, label: '每周' },
  { re: /每两周|隔周/, label: '每两周' },
  { re: /每(?:个)?月|一个月/, label: '每月' },
  { re: /本学期|每学期|一学期/, label: '本学期' },
  { re: /本学年|每学年|每年|一年(?!级)|年度/, label: '本学年' },
];
const periodOf = (t: string) => PERIODS.find((p) => p.re.test(t))?.label;

/** 「3到4次」: a number that is one end of a range. */
const RANGE_LINK = /^\s*(?:到|至|~|～|-|—|或者?)\s*$/;
function inRange(t: string, numbers: readonly NumberMatch[], n: NumberMatch): boolean {
  const i = numbers.indexOf(n);
  const prev = numbers[i - 1];
  const next = numbers[i + 1];
  return (prev !== undefined && RANGE_LINK.test(t.slice(prev.end, n.start))) || (next !== undefined && RANGE_LINK.test(t.slice(n.end, next.start)));
}

/** 「本学期召开专班会议几次？」 + 300 → 「本学期召开专班会议 300 次？」 */
function confirmText(q: Question, value: number): string {
  const asked = q.text.replace(/[?？。\s]+$/, '');
  const shown = formatAnswer(q, value);
  const line = /几|多少/.test(asked)
    ? asked.replace(/(?:几|多少)(个小时|小时|课时|个|次|名|节|位|人|元|场|回)?/, (_, unit?: string) =>
        ` ${shown}${q.unit || !unit ? '' : ` ${unit}`}`,
      )
    : `${asked}：${shown}`;
  return `${line.trim()}？确认请回复“确认”，否则请重新输入。`;
}

/** No count or amount in a school's self-assessment comes near this; beyond it a typo or an ID. */
const MAX_QUANTITY = 1e9;

function parseQuantity(q: Question, t: string): ParseResult {
  const hint = numberHint(q);
  // A phone or ID number typed as a count: refused, and never echoed (the reply is stored).
  if (hasPersonalNumber(t)) return fail(`这像是电话号码或证件号，不是数量，没有保存。\n${hint}`);
  if (/一[个次名节位人场回]?(?:[都也](?:没|无|不)|没)/.test(t)) return ok(0); // 一次也没开
  const vague = vagueKind(t, ['memory', 'uncounted', 'partial']);
  if (vague) return vague.kind === 'partial' ? fail(VAGUE_TEXT.exact(hint)) : ok(null, VAGUE_TEXT.unknown(vague.phrase));
  const numbers = extractNumbers(t).filter((n) => !n.ordinal);
  if (numbers.length === 0) return readYesNo(t) === false ? ok(0) : fail(hint); // 没有 → 0

  const units = unitWords(q);
  const withUnit = numbers.filter((n) => unitAfter(t, n, units));
  const pool = withUnit.length > 0 ? withUnit : numbers;
  if (new Set(pool.map((n) => n.value)).size > 1) return fail(`请只回复一个数字。\n${hint}`);
  const n = pool[0];
  if (!n) return fail(hint);
  if (n.approx || inRange(t, numbers, n)) return fail(`请回复确切的数字，不要估计。\n${hint}`);
  // 「每天2小时」 to 「每周开放多少小时？」: ask for the total over the question's period.
  const asked = periodOf(q.text);
  const given = periodOf(t);
  if (asked && given && given !== asked) return fail(`请回复${asked}一共多少${q.unit ?? (q.type === 'hours' ? '小时' : '')}（您说的是${given}的数）。\n${hint}`);

  const value = Number((n.value * (unitAfter(t, n, units)?.scale ?? 1)).toFixed(4));
  if (!Number.isFinite(value)) return fail(hint);
  if (value < 0) return fail(`不能是负数。\n${hint}`);
  if (value > MAX_QUANTITY) return fail(`这个数太大了，不像是实际的数量，没有保存。\n${hint}`);
  if (q.type === 'count' && !Number.isInteger(value)) return fail(`应为整数。\n${hint}`);
  if (q.plausibleMax !== undefined && value > q.plausibleMax) return ok(value, confirmText(q, value));
  if (q.plausibleMin !== undefined && value < q.plausibleMin) return ok(value, confirmText(q, value));
  return ok(value);
}

// ---- choices ---------------------------------------------------------------------------------

/** Numerals as digits, no spaces: 「每两周一节」 and 「每两周1节」 compare equal. */
function canon(text: string): string {
  const t = normalize(text).toLowerCase();
  let out = '';
  let at = 0;
  for (const n of extractNumbers(t)) {
    out += t.slice(at, n.start) + (n.approx ? n.raw : String(n.value));
    at = n.end;
  }
  return (out + t.slice(at)).replace(/\s+/g, '');
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const PICK = /^(?:我们?)?(?:选择?|选的是|答案是?|是)?第?(\d{1,2}|[一二两三四五六七八九十])(?:个|项|种|条|号)?$/;

function choiceHint(choices: readonly Choice[]): string {
  return `请回复序号：${choices.map((c, i) => `${CIRCLED[i] ?? `${i + 1}.`}${c.label}`).join(' ')}`;
}

function parseChoice(q: Question, t: string): ParseResult {
  const choices = q.choices ?? [];
  const hint = choiceHint(choices);
  if (choices.length === 0) return fail('这道题缺少选项，请回复“跳过”。');
  const bare = t.replace(/[\s()[\].、:,;!。，：；！（）]/g, '');
  const picked = PICK.exec(bare)?.[1];
  if (picked !== undefined) {
    const index = (extractNumbers(picked)[0]?.value ?? 0) - 1;
    const choice = choices[index];
    return choice ? ok(choice.id) : fail(`没有第 ${index + 1} 项。\n${hint}`);
  }

  const text = canon(t);
  if (text === '') return fail(hint);
  const keys = choices.flatMap((c) => [c.label, ...c.aliases].map((k) => ({ id: c.id, key: canon(k) })));
  const ambiguous = fail(`有几项都符合，请回复序号。\n${hint}`);
  // The longest label or alias found in the answer wins, unless another choice's words are also
  // there outside it (「每周两节或每两周一节」); 「少于每两周1节」 holds 「每两周1节」 and still wins.
  const found = keys.filter((k) => k.key !== '' && text.includes(k.key)).sort((a, b) => b.key.length - a.key.length);
  const [best] = found;
  if (best) {
    const rest = text.replaceAll(best.key, '\u0000');
    return found.some((k) => k.id !== best.id && rest.includes(k.key)) ? ambiguous : ok(best.id);
  }
  // Else the shortest label or alias that holds the answer (「每两周」 → 每两周1节).
  if (text.length < 2) return fail(hint);
  const holding = keys.filter((k) => k.key.includes(text)).sort((a, b) => a.key.length - b.key.length);
  const [first] = holding;
  if (!first) return fail(hint);
  return holding.some((k) => k.id !== first.id && k.key.length === first.key.length) ? ambiguous : ok(first.id);
}

// ---- public ----------------------------------------------------------------------------------

/**
 * `offerUnknown: false` leaves 「不清楚可回复“不知道”」 out of the hints, for questions where
 * 不知道 is no answer (the school facts); 不知道 is still read as null, for the caller to refuse.
 */
export function parseAnswer(question: Question, text: string, offerUnknown = true): ParseResult {
  const t = normalize(text).toLowerCase();
  // 「记不清楚」 is a memory gap, confirmed before it becomes 不知道 (below), not an explicit 不清楚.
  if (UNKNOWN.test(t) && !VAGUE_PHRASES.memory.some((p) => t.includes(p))) return ok(null);
  switch (question.type) {
    case 'yesno': {
      const vague = vagueKind(t, ['memory', 'partial']);
      if (vague) return fail(VAGUE_TEXT.yesNo(vague.phrase));
      const yn = readYesNo(t);
      const hint = answerHint(question, offerUnknown);
      if (yn === 'both') return fail(`回答里既有“是”也有“否”。\n${hint}`);
      return yn === null ? fail(hint) : ok(yn);
    }
    case 'choice':
      return parseChoice(question, t);
    default:
      return parseQuantity(question, t);
  }
}

/** An answer as shown back to the user: 是 / 否 / 不知道 / 「2 次」 / 「每两周1节」. */
export function formatAnswer(question: Question, value: AnswerValue): string {
  if (value === null) return '不知道';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return question.unit ? `${trimNumber(value)} ${question.unit}` : trimNumber(value);
  return question.choices?.find((c) => c.id === value)?.label ?? value;
}

/** The line shown under each question saying what to reply. */
export function answerHint(question: Question, offerUnknown = true): string {
  switch (question.type) {
    case 'yesno':
      return offerUnknown ? '请回复“是”或“否”（不清楚可回复“不知道”）' : '请回复“是”或“否”';
    case 'choice':
      return choiceHint(question.choices ?? []);
    default:
      return numberHint(question);
  }
}
