/**
 * Several requirements of one clause, each with the asker's own figure, in stage 5 of the Q&A
 * pipeline: 「家长课堂开了2次，家长会只开了1次，能拿满分吗」「督学来过一回 但是没听课 会扣分吗」. Each
 * figure is the count said next to the words that are that requirement's own (not shared with the
 * clause's others), 没… before them is 0; judged against the requirement's data and scored by the
 * engine's rule. Pure.
 */
import type { Requirement } from '../rubric/schema.ts';
import { atLeastScore } from '../rubric/engine.ts';
import { extractNumbers } from '../text/numbers.ts';
import type { Passage, QaIndex } from './index.ts';
import { compareRate, requirementRate, SCHOOL_YEAR, UNITS, WHOLE_YEAR } from './rates.ts';

export interface RequirementFigure {
  r: Requirement;
  given: number;
  need: number;
  unit: string;
  met: boolean;
  score: number;
  /** Said not done at all (没听课), not given as a count. */
  denied: boolean;
  /** The asker's own words for it when not a plain count: 每2周1课时, 已做到. */
  said?: string;
  /** The clause of the message the count was read from. */
  clause?: string;
}

/** A clause with a figure in it, in digits or in words. */
const HAS_FIGURE = /[0-9零一二两三四五六七八九十]/;

/** Words that do not tell a clause's requirements apart (periods, units, 不少于). */
const SHARED = /^=?(?:学期|每学期|周|学年|次|节|课时|不少|于|心理|健康|心理健康|教育)$/;

/** The asker's figure for each requirement of `p` it names, in the clause's order. */
export function requirementFigures(index: QaIndex, p: Passage, q: string): RequirementFigure[] {
  const surfaces = index.surfaces(q);
  const out: RequirementFigure[] = [];
  // 「督学来了2次，听了0节课」: counts told in both kinds of unit are each their own kind's (次 an
  // activity's, 节 a lesson's); a lesson requirement then reads no 次, and the one 节 said is its own.
  const kinds = [...q.matchAll(new RegExp(UNIT_SAID.source, 'g'))].map((m) => ({ lesson: lessons(m[1] ?? ''), value: extractNumbers(m[0])[0]?.value, i: m.index }));
  const both = kinds.some((k) => k.lesson) && kinds.some((k) => !k.lesson);
  const unitOf = (r: Requirement, u: string) => (both ? (lessons(r.unit ?? u) ? LESSON_UNIT : EVENT_UNIT) : UNITS[u]);
  const onlyOfKind = (r: Requirement, u: string) => {
    const mine = kinds.filter((k) => k.lesson === lessons(r.unit ?? u));
    return both && mine.length === 1 ? (mine[0] ?? null) : null;
  };
  for (const { requirement: r, terms } of p.requirements) {
    const need = requirementRate(r);
    // A counted requirement is told apart from the clause's other counted ones (班主任 in 主题培训 is
    // shared only with 待遇, which no figure is said of).
    // (Only when its own words are not said, and only words rarer than 学生.)
    const rivals = p.requirements.filter((o) => o.requirement !== r && (!need || requirementRate(o.requirement) !== null));
    const strict = [...terms].filter((t) => !SHARED.test(t) && !p.requirements.some((o) => o.requirement !== r && o.terms.has(t)));
    const named = (t: string) => (t.startsWith('=') ? surfaces.some((s) => s.term === t) : [...t].length > 1 && q.includes(t));
    const own = strict.some(named) ? strict : [...terms].filter((t) => !SHARED.test(t) && index.idf(t) >= 1 && !rivals.some((o) => o.terms.has(t)));
    const ats = own
      .flatMap((t) => (t.startsWith('=') ? surfaces.filter((s) => s.term === t).map((s) => ({ i: q.indexOf(s.word), len: s.word.length })) : [...t].length > 1 ? [{ i: q.indexOf(t), len: t.length }] : []))
      .filter((x) => x.i >= 0)
      .sort((a, b) => a.i - b.i);
    // The clause that names the requirement: 「心理课每两周1节」「各年级教学计划教案都齐」.
    const clauseAt = (i: number) => {
      const start = Math.max(...[...'，,。；;？?！! '].map((c) => q.lastIndexOf(c, i))) + 1;
      const stop = q.slice(i).search(/[，,。；;？?！!\s]/);
      return q.slice(start, stop < 0 ? undefined : i + stop);
    };
    // 「领导小组成立了，专班会开了2次」: a counted requirement is where its words stand with a figure.
    const counted = need && own.length > 0 ? ats.filter((x) => HAS_FIGURE.test(clauseAt(x.i))) : [];
    const counts = need ? unitOf(r, need.unit) : undefined;
    // (Not a clause that names another requirement's own words: 「各班心理主题的班团队会开了1次」 is the
    // 班团队会's, not 心理课's.)
    const says = (text: string, t: string) => [...t.replace(/^=/, '')].length > 1 && (t.startsWith('=') ? surfaces.some((x) => x.term === t && text.includes(x.word)) : text.includes(t));
    const rivalIn = (text: string) => rivals.some((o) => [...o.terms].some((t) => !SHARED.test(t) && !terms.has(t) && says(text, t)));
    // The words the asker wrote for a term of the requirement (its synonym-table surfaces, or itself).
    const wordsOf = (t: string) => ([...t.replace(/^=/, '')].length < 2 ? [] : t.startsWith('=') ? surfaces.filter((x) => x.term === t).map((x) => x.word) : [t]);
    // The places of the requirement's words in the clause of `x`, its own words first; any word of it
    // may stand next to the figure (「…的培训只有1次」), in a clause no other requirement owns.
    const placesIn = (x: { i: number; len: number }) => {
      const clause = clauseAt(x.i);
      const start = x.i - clause.indexOf(q.slice(x.i, x.i + x.len));
      const mine = counted.filter((y) => clauseAt(y.i) === clause);
      const beside = rivalIn(clause)
        ? []
        : [...terms]
            .filter((t) => !SHARED.test(t))
            .flatMap(wordsOf)
            .map((w) => ({ i: q.indexOf(w, start), len: w.length }))
            .filter((y) => y.i >= start && y.i < start + clause.length);
      return { words: new Set(mine.map((y) => q.slice(y.i, y.i + y.len))).size, places: [...mine, ...beside] };
    };
    // (「全体教职工培训搞了2次，专兼职心理老师和班主任的培训只有1次」: of several such clauses, the one that
    // names most of its own words and holds a figure beside one of them.)
    // (「这学期我们专班就开学初开了一次会」: then a clause with any other word of it, 专班.)
    // (Not when its own words stand in a clause with no figure: 「但是没听课」 tells none of it.)
    const elsewhere = need && ats.every((x) => counted.includes(x))
      ? [...terms]
          .filter((t) => !SHARED.test(t) && !own.includes(t))
          .flatMap(wordsOf)
          .map((w) => ({ i: q.indexOf(w), len: w.length }))
          .filter((x) => x.i >= 0 && HAS_FIGURE.test(clauseAt(x.i)) && !counted.some((y) => clauseAt(y.i) === clauseAt(x.i)))
      : [];
    const figured = [...counted, ...elsewhere]
      .map((x) => ({ x, ...placesIn(x) }))
      .map((c) => ({ ...c, at: c.places.find((y) => figureAt(q, y.i, y.i + y.len, counts) !== null) }))
      .filter((c) => c.at !== undefined)
      .sort((a, b) => b.words - a.words || a.x.i - b.x.i);
    // (「督学来了3次，听了2节课」: the one 节 said is the lesson requirement's, named by the words the two
    // share — not a figure in a clause of another requirement's own words: 「也能算一次公开课」.)
    const lone = !(figured[0]?.at ?? counted[0] ?? ats[0]) && need && need.count === 1 && r.op === 'atLeast' && [...terms].some((t) => wordsOf(t).some((w) => q.includes(w))) ? onlyOfKind(r, need.unit) : null;
    const at = figured[0]?.at ?? counted[0] ?? ats[0] ?? (lone && !rivalIn(clauseAt(lone.i)) ? { i: lone.i, len: 0 } : undefined);
    if (!at) continue;
    const clause = clauseAt(at.i);
    // 「各班心理主题的班团队会开了1次」: a clause of another requirement's own words, naming none of this one's, is that one's.
    // (Nor by its scale: 各班 is every class's.)
    if (need && rivalIn(clause) && !strict.some((t) => !SCALE.test(t) && says(clause, t))) continue;
    if (r.op === 'yes') {
      // 「教案都齐」「应急预案还没写」: a yes/no requirement told done or not done, in a clause of its
      // own that asks nothing (not 「有没有集体备课的要求」).
      if (clause.length === q.length || ASKING.test(clause)) continue;
      const done = UNDONE.test(clause) ? false : DONE.test(clause) ? true : null;
      if (done === null) continue;
      out.push({ r, given: done ? 1 : 0, need: 1, unit: '', met: done, score: done ? r.points : 0, denied: false, said: done ? '已做到' : '没做到' });
      continue;
    }
    if (!need) continue;
    if (need.count !== 1 || r.op === 'oneOf') {
      // 「心理课每两周1节」: a rate said against a rate over another stretch (每两周).
      const v = compareRate(clause, r);
      if (!v) continue;
      const score = r.op === 'oneOf' ? (v.enough ? r.points : 0) : atLeastScore(r, v.given, v.required);
      out.push({ r, given: v.given, need: v.required, unit: v.unit, met: v.enough, score, denied: false, said: v.said });
      continue;
    }
    if (r.op !== 'atLeast') continue;
    // 「但没参加过我们的心理活动」: 没 earlier in the same clause, with no count said, is none.
    const before = q.slice(0, at.i).split(/[，,。；;？?！!\s]/).pop() ?? '';
    // 「一节心理课都没听」「一次也没来」: 一 … 都没 / 也没 is none, not one.
    // (「没听课」 names the requirement by its own negation.)
    const none = NONE_AT.test(q.slice(Math.max(0, at.i - 4), at.i + at.len + 6)) || /^(?:没|未)/.test(q.slice(at.i, at.i + at.len));
    const said = none ? null : (figureAt(q, at.i, at.i + at.len, unitOf(r, need.unit)) ?? onlyOfKind(r, need.unit)?.value ?? null);
    // (「专职的有没有班主任同等待遇」: 有没有 asks, it denies nothing.)
    const denied = (said === null && /没|未(?!遂|成年)|从没|从未/.test(before.replace(/(\p{Script=Han})[没不]\1/gu, ''))) || none;
    const given = denied ? 0 : said;
    if (given === null) continue;
    const unit = r.unit ?? need.unit;
    // 「上下两个学期督学一共就来了1次」「全年专班会开了3次」: a count told over the whole year, against a
    // semester's requirement, is owed once for each semester.
    const year = YEAR_TOLD.exec(q);
    const times = year && need.period.weeks * need.count < SCHOOL_YEAR.weeks ? SCHOOL_YEAR.weeks / (need.period.weeks * need.count) : 1;
    if (year && times > 1 && Number.isInteger(times)) {
      const total = need.amount * times;
      out.push({ r, given, need: total, unit, met: given >= total, score: atLeastScore(r, given, total), denied, clause, said: `${year[0]}${given}${unit}（${year[0]}至少${total}${unit}）` });
      continue;
    }
    out.push({ r, given, need: need.amount, unit, met: given >= need.amount, score: atLeastScore(r, given, need.amount), denied, clause });
  }
  return oneFigureOnce(out, q);
}

/** A count's own unit word after its figure: 来了1次, 听了2节. */
const UNIT_SAID = /(?:[0-9]+|[一二两三四五六七八九十])\s*(次|回|趟|场|遍|节|课时)/;
const lessons = (unit: string) => /节|课时/.test(unit);
const LESSON_UNIT = /^(?:节课?|课时)/;
const EVENT_UNIT = /^(?:次|回(?!事)|趟|遍|场|期)/;

/**
 * 「一学年督学来了1次」: one figure, said once in a clause two requirements share (督学 of 参与活动 and
 * 听课), is the requirement's counted in its unit (次, not 节); the other is not told. Pure.
 */
function oneFigureOnce(out: RequirementFigure[], q: string): RequirementFigure[] {
  // (Only a message that counts in one kind of unit: 「督学来了1次，听了1节课」 tells both.)
  const said = [...q.matchAll(new RegExp(UNIT_SAID.source, 'g'))].map((m) => lessons(m[1] ?? ''));
  if (said.length === 0 || said.some((x) => x !== said[0])) return out;
  const drop = new Set<RequirementFigure>();
  const groups = new Map<string, RequirementFigure[]>();
  // (0 lessons, 听了0节课, is a figure of lessons alone; no visit, 一次都没来 → 来了0次, is none of either.)
  for (const f of out) if (f.clause !== undefined && !f.denied && (f.given > 0 || /(?<![0-9.])0\s*(?:节|课时)/.test(f.clause))) groups.set(`${f.clause}|${f.given}`, [...(groups.get(`${f.clause}|${f.given}`) ?? []), f]);
  for (const g of groups.values()) {
    const unit = g.length > 1 ? UNIT_SAID.exec(g[0]?.clause ?? '')?.[1] : undefined;
    if (unit === undefined) continue;
    const kept = g.filter((f) => lessons(f.unit) === lessons(unit));
    if (kept.length > 0 && kept.length < g.length) for (const f of g) if (!kept.includes(f)) drop.add(f);
  }
  return drop.size === 0 ? out : out.filter((f) => !drop.has(f));
}

/**
 * 「这学期专班会议开了1次，家长会开了2次，哪个没达标」: counts told for the requirements of two clauses
 * of the rubric or more (`ps`, ranked), each read from a part of the message of its own; null unless
 * two clauses each have one and a verdict is asked.
 */
export function acrossClauses(index: QaIndex, ps: readonly Passage[], q: string): { passages: Passage[]; each: RequirementFigure[] } | null {
  // (Not a sum asked, 「加起来够数吗」, nor what something counts as, 「能算进…吗」.)
  if (!/[吗么嘛]|哪一?个|哪一?项|哪一?条|哪些|够不够|达不达标|达标没|分别/.test(q) || /加起来|合起来|加在一起|一共|总共|算进|算作|算是|能算|算不算/.test(q)) return null;
  // Two counts told at least, or there is nothing to read apart (and nothing to spend on reading).
  if ((q.match(/[0-9一二两三四五六七八九十]\s*(?:次|回|场|节|课时|个|名|位|人|小时)/g) ?? []).length < 2) return null;
  const found = ps
    .slice(0, 3)
    .filter((p) => p.kind === 'item')
    .map((p) => ({ p, each: requirementFigures(index, p, q).filter((f) => f.said === undefined && f.clause !== undefined && !f.denied) }))
    .filter((x) => x.each.length > 0);
  // (A part of the message that names what another clause is about, 「两次家长会都开了」, is not this one's.)
  const elsewhere = (x: (typeof found)[number], clause: string) =>
    found.some((y) => y !== x && index.surfaces(clause).some((s) => !index.generic.has(s.term) && (index.docOf(y.p)?.topics.has(s.term) ?? false) && !(index.docOf(x.p)?.topics.has(s.term) ?? false)));
  const own = found.map((x) => ({ ...x, each: x.each.filter((f) => !elsewhere(x, f.clause ?? '')) })).filter((x) => x.each.length > 0);
  const clauses = own.flatMap((x) => x.each.map((f) => f.clause));
  if (own.length < 2 || new Set(clauses).size !== clauses.length) return null;
  return { passages: own.map((x) => x.p), each: own.flatMap((x) => x.each) };
}

/** A whole school year told as the stretch of a count: 全年, 一学年, 上下两个学期. */
const YEAR_TOLD = new RegExp(`${WHOLE_YEAR.source}|(?:上下)?(?:两|二|2)个?学期(?:加起来|一共|总共)?`);

/** 「一节…都没听」「一次也没开」: none at all. */
const NONE_AT = /一\s*(?:节|次|回|场|个|名|堂)[^，,。；;？?！!]{0,6}(?:都|也)(?:没|不|未)|(?:都|也)(?:没|未)[^，,。；;？?！!]{0,4}一\s*(?:节|次|回|场)/;

/** A yes/no requirement said done (教案都齐, 预案有了) or not done (还没写, 没有). */
const DONE = /齐|(?:都|也|我们|已经|早就)有|有了|已经|做了|建了|写了|定了|制定了|建立了|成立了|设立了|建好了|配好了|落实了|弄好了|搞好了|完成|到位|都(?:讲|开|做|搞|上|配|提|说|讨论|研究)/;
// (Not 没意思, 没意义, 没希望: words a student wrote, quoted, of no work left undone.)
const UNDONE = /没(?!意思|意义|希望|劲|用|人(?:理|在乎|关心))|未(?!遂|成年)|缺|不全|不齐|还差|不是每|不(?:讲|开|做|搞|上|配|建|设|写|报|交)/;
/** A clause that asks, not tells. */
const ASKING = /吗|么|嘛|[？?]|(.)[不没]\1|几|多少|什么|啥|怎么|哪/u;

/** 「家长会只开了1次」「开了2次家长课堂」「没听课」: the count next to the words at [from, to), or null. */
function figureAt(q: string, from: number, to: number, unit: RegExp | undefined): number | null {
  if (!unit) return null;
  // (Only within the clause: 「…搞了2次，专兼职…培训只有1次」 — the 2 before the comma is another's.)
  const head = (q.slice(Math.max(0, from - 6), from).split(/[，,。；;？?！!]/).pop() ?? '');
  const rest = q.slice(to, to + 10);
  // 「开了1次家长课堂、3次家长会」: a count right before the words is theirs.
  const glued = /([0-9]+|[一二两三四五六七八九十]+)\s*(?:次|场|回|节|堂)$/.exec(head);
  if (glued && unit.test(head.slice(glued.index + glued[1]!.length))) return extractNumbers(glued[1] ?? '')[0]?.value ?? null;
  const after = extractNumbers(rest).find((n) => !n.ordinal && /^[^，,。；0-9]*$/.test(rest.slice(0, n.start)) && unit.test(rest.slice(n.end)));
  // 「全体教职工培训这学期一次没搞」: a count said with 没 after it is none.
  // (「少开一次没啥」: a count owed or added, 少开/再开 before it, is no count of what was done.)
  if (after && /[少多再补][开上搞做办来听]?\s*$/.test(rest.slice(0, after.start))) return null;
  if (after) return /^\s*(?:次|回|场|节)\s*(?:都|也)?(?:没|未)(?:有)?(?:开|搞|做|办|上|组织|召开|开展|来|听|参加)/.test(q.slice(to + after.end, to + after.end + 8)) ? 0 : after.value;
  const before = extractNumbers(head).filter((n) => !n.ordinal && unit.test(head.slice(n.end)) && /^\S{0,3}$/.test(head.slice(n.end).replace(unit, ''))).pop();
  return before ? before.value : null;
}

/**
 * 「专班会议上学期开了3次，下学期只开了1次，平均每学期2次，算达标吧」: a requirement of every semester
 * against each semester's own count — an average over two does not make up for one short. The
 * first requirement of `rs` owed each semester that two or more named semesters give a count for.
 */
export function eachSemester(q: string, rs: readonly Requirement[]): { r: Requirement; unit: string; need: number; said: { name: string; given: number }[] } | null {
  const said = [...q.matchAll(SEMESTER_COUNT)].map((m) => ({ name: m[1] ?? '', given: Number(extractNumbers(m[2] ?? '')[0]?.value ?? NaN), unit: m[3] ?? '' }));
  const named = said.filter((x, i) => Number.isFinite(x.given) && said.findIndex((y) => y.name === x.name) === i);
  if (named.length < 2) return null;
  const r = rs.find((x) => x.op === 'atLeast' && requirementRate(x)?.period.name === '学期' && requirementRate(x)?.count === 1 && UNITS[requirementRate(x)?.unit ?? '']?.test(named[0]?.unit ?? ''));
  const need = r ? requirementRate(r)?.amount : undefined;
  return r && need !== undefined ? { r, unit: requirementRate(r)?.unit ?? '', need, said: named.map(({ name, given }) => ({ name, given })) } : null;
}

/** A grade or a part of the school that a figure can be told of: 初一, 高二, 五年级, 初中部. */
const PART_LABEL = /初[一二三]|高[一二三]|(?<![0-9初高])[一二三四五六七八九1-9]\s*年级|小学部|初中部|高中部/g;
/** Nothing told done for the part: 初三没排, 高三不上. */
const NONE_TOLD = /^[^，,。；;？?！!0-9]{0,6}?(?:没排|没上|没开|没有|不上|不排|不开|没安排|停了|取消了|一节(?:都|也)没)/;

/**
 * 「初一每周1节心理课，初二两周1节，初三没排，哪个年级不达标」: each grade's own rate, told in a clause
 * that begins with it, against the first rate requirement of `rs` every one of them can be read
 * against. Null unless two grades or more are told, each with a rate or with none done.
 */
export function eachGrade(q: string, rs: readonly Requirement[]): { r: Requirement; parts: { label: string; said: string; enough: boolean }[] } | null {
  const labels = [...q.matchAll(PART_LABEL)];
  if (labels.length < 2 || new Set(labels.map((m) => m[0])).size !== labels.length) return null;
  for (const r of rs) {
    if (!requirementRate(r)) continue;
    const parts: { label: string; said: string; enough: boolean }[] = [];
    for (const [i, m] of labels.entries()) {
      // The clause the grade begins, up to the next grade or the next break.
      const to = Math.min(labels[i + 1]?.index ?? q.length, ...[...'，,。；;？?！!'].map((c) => q.indexOf(c, m.index)).filter((x) => x >= 0));
      const clause = q.slice(m.index, to);
      const body = clause.slice(m[0].length);
      const none = NONE_TOLD.exec(body);
      const v = none ? null : compareRate(body, r);
      if (!none && !v) break;
      parts.push(v ? { label: m[0], said: v.said, enough: v.enough } : { label: m[0], said: none?.[0].replace(/^[^没不停取一]*/, '') ?? '', enough: false });
    }
    if (parts.length === labels.length) return { r, parts };
  }
  return null;
}

/** 「上学期开了3次」「下学期只开了1次」「第一学期2次」: a semester named, then its count. */
const SEMESTER_COUNT = /(上|下|这|本|第一|第二|春季|秋季)(?:个)?学期[^，,。；;？?！!0-9一二两三四五六七八九十]{0,8}?([0-9]+|[一二两三四五六七八九十]+)\s*(次|回|场|节|课时)/gu;

/** Words that set a requirement's scale or period, not what it is about (每班, 每学期). */
const SCALE = /^=?(?:班级|学期|每学期|周|学年|年度|学生|课时|次数|次|不少|于)$/;

/**
 * 「主题班会每班只开了1次，够吗」: the requirements of `p` whose words the question names (主题班会,
 * not 心理课; 每班 sets a scale, 心理 is every requirement's): only those take its figure. All of
 * them when it names none.
 */
export function requirementsNamed(index: QaIndex, p: Passage, terms: readonly string[]): Passage['requirements'] {
  const naming = (t: string) => terms.includes(t) && !SCALE.test(t) && !index.generic.has(t) && index.idf(t) >= 1 && !p.requirements.every((o) => o.terms.has(t));
  const named = p.requirements.filter((x) => [...x.terms].some(naming));
  return named.length > 0 ? named : p.requirements;
}
