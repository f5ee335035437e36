/**
 * The guard between a model's draft and the user (pure). A phrased answer is sent only when
 * everything it states is grounded in what the deterministic path gave the model:
 *
 * - every number (Arabic, full-width, Chinese) appears in the passages or the figures;
 * - every clause reference (第N条, item-N, section-…) is one of the citations;
 * - every citation line of the deterministic answer is kept verbatim;
 * - no run of the prompt text is repeated (a leaked system prompt);
 * - no school name, no foreign-language run and no claim of an act the bot never performs
 *   (changing a score, switching to a mode) that the passages do not contain themselves;
 * - it is Simplified Chinese and fits in a chat message.
 *
 * Otherwise the deterministic answer is sent instead.
 */
import { simplify } from '../text/normalize.ts';
import { extractNumbers } from '../text/numbers.ts';

export interface GuardAllowed {
  /** The retrieved passages (and the deterministic answer itself, which is grounded by construction). */
  passages: readonly { id: string; text: string }[];
  /** The calculators' figures. */
  figures: readonly { value: number; unit?: string; formula: string }[];
  citations: readonly { id: string }[];
  /** The deterministic answer's citation lines (「——三(四)第10条，6分（暂定）」), to be kept verbatim. */
  citationLines: readonly string[];
  /** The prompt templates the model was given; the draft must not repeat them. */
  prompts: readonly string[];
}

export type GuardResult = { ok: true } | { ok: false; reason: string };

/** A phone-sized answer: about 200 characters plus the citation lines. */
export const MAX_DRAFT_CHARS = 260;
/** A run of this many prompt characters (punctuation and spaces ignored) in the draft is a leak. */
const LEAK_WINDOW = 10;

/** 第10条, 第十条, item-10, section-basis. */
const CLAUSE_REF = /第\s*([0-9０-９零〇一二两三四五六七八九十百]+)\s*条|\b(item-\d+|section-[a-z-]+)\b/g;
/** The area part of a reference, 三(四), whose numerals are positions, not figures. */
const AREA_REF = /[一二三四五六七八九十]+[(（][一二三四五六七八九十]+[)）]/g;
/** School names: two characters and a school word, e.g. 阳光小学, 第一中学, 城南实验学校 (not 中学生, 小学阶段). */
const SCHOOL_NAME = /([\u4e00-\u9fff]{2})(小学|中学|高中|初中|职校|职中|实验学校|外国语学校|学院)(?![生部段])/g;
/** A character before a school word that makes it generic (中小学, 各中学, 在小学…). */
const GENERIC_BEFORE = new Set('中小各本我该全每在于和与及或的等含是为对向到'.split(''));
/** Kinds of school, not names. */
const GENERIC_SCHOOLS = ['普通高中', '普通中学', '完全中学', '初级中学', '高级中学', '职业中学'];
/** Acts the bot never performs; a draft that claims or offers one is not sent. */
const FORBIDDEN_PHRASES = [
  '满分', '改成', '改为', '已修改', '已更改', '已调整', '已设置', '已将', '已把', '上调', '加分', '管理员', '开发者',
  '模式', '越狱', '系统提示', '提示词', '指令', '我是', '我现在是', '扮演', '角色', '授权', '特批', '批准',
  '局长', '督导员', '检查组', '检查员',
];
/** Units that bind a number to what it counts; words in one group are the same unit. */
const UNIT_GROUPS = [['课时', '节次', '节', '堂'], ['小时', '钟头'], ['名', '人', '位'], ['次', '回', '场'], ['元'], ['分'], ['周'], ['天'], ['条'], ['项'], ['班']];
const UNIT_OF = new Map(UNIT_GROUPS.flatMap((g) => g.map((u) => [u, g[0] ?? u] as const)));
const UNIT_WORDS = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length);

/** Every number, with the unit right after it if any: 「2次」 → 2 次, 「两周」 → 2 周, 「3 名」 → 3 名. */
function readNumbers(text: string): { value: number; unit: string | null; raw: string; word: string }[] {
  return extractNumbers(text).map((n) => {
    const after = text.slice(n.end, n.end + 3).trimStart();
    const word = UNIT_WORDS.find((u) => after.startsWith(u)) ?? '';
    return { value: n.value, unit: UNIT_OF.get(word) ?? null, raw: n.raw, word };
  });
}

/**
 * The numbers of a ground text, positions (第10条, 三(四)) left out. The same rubric passages come
 * back with every question, so their numbers are kept (a bounded cache; reading them is most of
 * the guard's time).
 */
const groundNumberCache = new Map<string, ReturnType<typeof readNumbers>>();
function groundNumbers(text: string): ReturnType<typeof readNumbers> {
  let found = groundNumberCache.get(text);
  if (!found) {
    found = readNumbers(text.replace(CLAUSE_REF, '\n').replace(AREA_REF, '\n'));
    if (groundNumberCache.size >= 500) groundNumberCache.clear();
    groundNumberCache.set(text, found);
  }
  return found;
}

/** Simplified as it stands: core/text/normalize.ts's conversion leaves it unchanged (么 included). */
const isSimplified = (text: string): boolean => simplify(text) === text;

const normalizeForLeak = (s: string): string => s.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

function windows(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + LEAK_WINDOW <= text.length; i++) out.add(text.slice(i, i + LEAK_WINDOW));
  return out;
}

/** The prompts are a few fixed templates: their windows are computed once. */
const promptWindowCache = new Map<string, Set<string>>();
function promptWindows(prompt: string): Set<string> {
  let w = promptWindowCache.get(prompt);
  if (!w) {
    // Placeholders ({question}) split the template: no window spans one.
    w = new Set(prompt.split(/\{[a-z_]+\}/).flatMap((part) => [...windows(normalizeForLeak(part))]));
    promptWindowCache.set(prompt, w);
  }
  return w;
}

/** `第十条` → `item-10`; `item-10` and `section-…` as they are. */
function refId(m: RegExpMatchArray): string {
  if (m[2]) return m[2];
  const no = extractNumbers(m[1] ?? '')[0]?.value;
  return no === undefined ? (m[0] ?? '') : `item-${no}`;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function guardDraft(draft: string, allowed: GuardAllowed): GuardResult {
  const text = draft.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if ([...text.replace(/\s/g, '')].length > MAX_DRAFT_CHARS) return { ok: false, reason: 'too-long' };

  const missing = allowed.citationLines.find((line) => !text.includes(line));
  if (missing !== undefined) return { ok: false, reason: 'citation-missing' };
  if (!isSimplified(text)) return { ok: false, reason: 'traditional' };

  const ground = [
    ...allowed.passages.map((p) => p.text),
    ...allowed.figures.map((f) => f.formula),
    ...allowed.citationLines,
  ].join('\n');

  let groundNorm: string | undefined;
  for (const w of windows(normalizeForLeak(text))) {
    if (!allowed.prompts.some((p) => promptWindows(p).has(w))) continue;
    groundNorm ??= normalizeForLeak(ground);
    if (!groundNorm.includes(w)) return { ok: false, reason: 'prompt-leak' };
  }

  // Citation lines are checked above as a whole; the rest of the draft is checked piece by piece.
  const body = allowed.citationLines.reduce((t, line) => t.replaceAll(line, '\n'), text);

  const cited = new Set(allowed.citations.map((c) => c.id));
  for (const m of body.matchAll(CLAUSE_REF)) {
    const id = refId(m);
    if (!cited.has(id)) return { ok: false, reason: `unknown-clause:${m[0].trim()}` };
  }

  // Numbers may come from the passages and figures, but not from positions: 第10条, 三(四), and the
  // citation lines' references (only their points, 6分, count as figures).
  const groundTexts = [...allowed.passages.map((p) => p.text), ...allowed.figures.map((f) => f.formula)];
  const points = allowed.citationLines.flatMap((line) => [...line.matchAll(/(\d+(?:\.\d+)?)分/g)].map((m) => Number(m[1])));
  const known = [
    ...groundTexts.flatMap((t) => groundNumbers(allowed.citationLines.reduce((x, line) => x.replaceAll(line, '\n'), t))),
    ...allowed.figures.map((f) => ({ value: f.value, unit: UNIT_OF.get(f.unit ?? '') ?? null })),
    ...points.map((value) => ({ value, unit: '分' })),
  ];
  const withoutRefs = body.replace(CLAUSE_REF, '\n').replace(AREA_REF, '\n');
  for (const n of readNumbers(withoutRefs)) {
    const same = known.filter((k) => sameNumber(k.value, n.value));
    if (same.length === 0) return { ok: false, reason: `unknown-number:${n.raw}` };
    // A number must also count the same thing: 「不少于1次」 is wrong when the clause says 2次 and 1名
    // (a number that the ground holds only without a unit, as in a formula, may take any unit).
    const units = same.flatMap((k) => (k.unit ? [k.unit] : []));
    if (n.unit && units.length > 0 && !units.includes(n.unit)) return { ok: false, reason: `unknown-quantity:${n.raw}${n.word}` };
  }

  const groundLower = ground.toLowerCase();
  for (const word of withoutRefs.match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? []) {
    if (!groundLower.includes(word.toLowerCase())) return { ok: false, reason: `foreign-text:${word}` };
  }

  for (const m of body.matchAll(SCHOOL_NAME)) {
    const head = m[1] ?? '';
    if (GENERIC_BEFORE.has(head[1] ?? '') || GENERIC_SCHOOLS.includes(m[0])) continue;
    if (!ground.includes(m[0])) return { ok: false, reason: `school-name:${m[0]}` };
  }

  const claim = FORBIDDEN_PHRASES.find((p) => body.includes(p) && !ground.includes(p));
  if (claim) return { ok: false, reason: `forbidden:${claim}` };

  return { ok: true };
}

/** The citation lines of a deterministic answer (each starts with ——). */
export function citationLines(answer: string): string[] {
  return answer.match(/——[^\n]+/g) ?? [];
}
