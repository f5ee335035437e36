/**
 * Retrieval over every passage of the rubric (the 21 items and the `section-*` passages):
 * Chinese segmentation (injected), the synonym table, BM25 with field weights, and the direct
 * lookups 「第10条」「原文 10」「队伍建设有哪些要求」「考核依据」. How a text is read into terms (typo
 * repair, synonyms, focus words) is in analyze.ts. Pure: the segmenter is a port.
 */
import type { Area, Item, Requirement, Rubric } from '../rubric/schema.ts';
import type { Intent, Synonyms } from './synonyms.ts';
import type { CrisisTable } from './crisis.ts';
import type { RiskModel } from './risk.ts';
import type { Glossary } from './scope.ts';
import type { Qualification } from './qualify.ts';
import { createAnalyzer, unique } from './analyze.ts';

/**
 * Splits text into words (src/qa/jieba.ts in production). Passages are cut in `index` mode
 * (whole words and their sub-words, for recall), questions in `query` mode (whole words only,
 * so that one word is not counted three times).
 */
export type Segmenter = ((text: string, mode: 'index' | 'query') => string[]) & {
  /**
   * A word's class in the segmenter's general dictionary (jieba: n noun, v verb, d adverb, r
   * pronoun…); undefined when unknown. Optional: without it every unknown word weighs the same.
   */
  wordClass?: (word: string) => string | undefined;
};

export interface Passage {
  /** `item-10`, `section-results`. */
  id: string;
  kind: 'item' | 'section';
  /** The item number, null for sections. */
  no: number | null;
  title: string;
  /** Where it stands in the document: 三(四)第10条, 五、考核结果运用. */
  ref: string;
  text: string;
  points: number | null;
  provisional: boolean;
  item: Item | null;
  /** The clause cut into sentences (。；and line breaks), each with its terms. */
  sentences: { text: string; terms: ReadonlySet<string> }[];
  requirements: { requirement: Requirement; terms: ReadonlySet<string> }[];
}

export interface Doc {
  passage: Passage;
  /** All its text, folded, for words the segmenter cut differently. */
  raw: string;
  /** Terms from its title and keywords, and its synonym-group terms: what it is about. */
  topics: ReadonlySet<string>;
  /** Field-weighted term frequencies. */
  tf: Map<string, number>;
  length: number;
}

export interface QaIndex {
  rubric: Rubric;
  passages: Passage[];
  byId: ReadonlyMap<string, Passage>;
  /** Query text → terms (synonym groups as `=canonical`, question words masked). */
  terms(text: string): string[];
  /** The synonym-table words of a query as written (结对 for `=全员导师制`). */
  surfaces(text: string): Surface[];
  /** Rubric text → terms, as passages are indexed. */
  textTerms(text: string): string[];
  /** textTerms as a set, remembered like the readings: read it, never change it. */
  textTermSet(text: string): ReadonlySet<string>;
  intents(text: string): Intent[];
  /** Words a 「什么/哪些/多大 X」 question asks for that are neither a synonym-group word nor a question word. */
  focus(text: string): string[];
  /** True when the text asks to ignore the rules, reveal internals, or for something else entirely. */
  declined(text: string): boolean;
  /** True when the text names a particular day (明天, 下周). */
  dated(text: string): boolean;
  /** The synonym table's misspellings put right in a text (挂勾 → 挂钩), nothing else changed. */
  fixTypos(text: string): string;
  idf(term: string): number;
  /** The term occurs in some passage. */
  known(term: string): boolean;
  /** A word of no topic in general Chinese (来, 主要, 最后: an adverb, a pronoun, a particle…), by the segmenter's word classes. */
  filler(term: string): boolean;
  /** The term a word stands for: its synonym group (`=经费` for 钱) or the word itself. */
  concept(word: string): string;
  /** Forget the readings remembered while a message was answered (answer.ts calls it after each). */
  forget(): void;
  /** Every text whose reading is held now: the rubric's own, and the message's until it is forgotten (tests). */
  held(): string[];
  /** How many readings are remembered now (tests). */
  remembered(): number;
  /** Terms that do not narrow an overview request (考核, 内容, 心理健康…). */
  generic: ReadonlySet<string>;
  docs: Doc[];
  /** The indexed form of a passage (its terms and weights). */
  docOf(p: Passage): Doc | undefined;
  avgLength: number;
  /** The crisis stage's table and the county's own lines; without it no crisis check runs (bare test indexes). */
  crisis?: { table: CrisisTable; localLines: readonly string[] };
  /** English words → the rubric's Chinese (rubric/glossary.yaml). */
  glossary?: Glossary;
  /** Who may hold a post, as conditions (rubric/qualifications.yaml). */
  qualifications?: readonly Qualification[];
  /** Whether a message asks what the text never says (rubric/silence-model.json); without it, the rules alone decide. */
  silence?: RiskModel;
}

export interface Surface {
  word: string;
  term: string;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the query's idf weight that this passage matches, 0..1. */
  coverage: number;
  /** It matches a word of its title or keywords, or a synonym group: the question is about it. */
  onTopic: boolean;
}

/**
 * The weight in a question of a word that no passage holds. Chat questions are full of them
 * (还是, 咋样, 几趟, 初三): they must not outweigh the rubric words of the question, yet enough
 * of them (「学生沉迷手机咋整」) still show that the question is about something else.
 */
const UNKNOWN_WORD = 1.5;
/** From this many distinct terms on, a message is long… */
const LONG_MESSAGE_TERMS = 10;
/** …and a word of it that no clause uses weighs this much in coverage. */
const LONG_UNKNOWN_WEIGHT = 0.4;
const UNKNOWN_CHAR = 0.5;
/**
 * …and a word no passage holds that is, in general Chinese, a verb, an adverb, a pronoun or a
 * particle (来, 主要, 最后, 拍板) weighs this much: chat is full of them, while a noun the rubric
 * does not know (刀削面, 教师节, 房贷) names another topic and keeps UNKNOWN_WORD.
 */
const UNKNOWN_FILLER = 0.5;
/** …and a noun the rubric does not know (刀削面, 教师节, 房贷) this much: it names another topic. */
const UNKNOWN_NOUN = 2.5;
const NOUN_CLASS = /^(?:n|nr|nrt|ns|nt|nz|ng|vn|an)$/;
/** Word classes (jieba) that carry no topic of their own. */
const FILLER_CLASS = /^(?:d|dg|r|rr|rz|p|c|u|uj|ul|uz|uv|ud|ug|y|e|o|f|m|mq|q|t|tg|b|z|zg)$/;
/** A passage is on topic when it matches a title or keyword word at least this specific (not 学生, 学期). */
const MIN_TOPIC_IDF = 1;
/** Share of the idf of the question's words found together in one sentence added to the score. */
const PROXIMITY = 0.5;
/** Share of a synonym group's idf added when the passage has the very word the question used. */
const SURFACE = 0.25;
const K1 = 1.2;
const B = 0.75;
/** Field weights (BM25F-style): a title word counts three times, a keyword twice. */
const WEIGHT = { title: 3, keywords: 2, text: 1, area: 1, requirements: 0.5, questions: 0.5, evidence: 0.5 };

export function buildIndex(rubric: Rubric, synonyms: Synonyms, segment: Segmenter): QaIndex {
  const domain = new Set(
    [...rubric.items.flatMap((i) => [i.title, ...i.keywords]), ...rubric.sections.flatMap((s) => [s.title, ...s.keywords])].map(
      (w) => w.normalize('NFKC').toLowerCase(),
    ),
  );
  // (Everything of the rubric a stage may read again as a question is: its texts, requirements, titles.)
  const corpus = [
    ...rubric.items.flatMap((i) => [i.title, i.text, ...i.keywords, ...i.requirements.map((r) => `${r.text} ${r.counts}`), ...i.questions.map((q) => q.text), ...i.evidence]),
    ...rubric.sections.flatMap((s) => [s.title, s.text, ...s.keywords]),
  ].join('\n');
  const analyzer = createAnalyzer(synonyms, segment, domain, corpus);
  const areas = new Map(rubric.areas.map((a) => [a.id, a]));
  const setOf = (text: string) => new Set(analyzer.terms(text, false));
  const sentencesOf = (text: string) =>
    text
      .split(/(?<=[。；;！!？?])|\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .map((s) => ({ text: s, terms: setOf(s) }));

  const passages: Passage[] = [
    ...rubric.items.map((item): Passage => {
      const area = areas.get(item.area);
      return {
        id: item.id,
        kind: 'item',
        no: item.no,
        title: item.title,
        ref: `三(${area?.no ?? '?'})第${item.no}条`,
        text: item.text,
        points: item.points,
        provisional: item.provisional,
        item,
        sentences: sentencesOf(item.text),
        requirements: item.requirements.map((r) => ({ requirement: r, terms: setOf(`${r.text} ${r.counts}`) })),
      };
    }),
    ...rubric.sections.map(
      (s): Passage => ({
        id: s.id,
        kind: 'section',
        no: null,
        title: s.title,
        ref: /^[一二三四五六七八九十]+$/.test(s.ref) ? `${s.ref}、${s.title}` : `${s.ref}${s.title}`,
        text: s.text,
        points: null,
        provisional: false,
        item: null,
        sentences: sentencesOf(s.text),
        requirements: [],
      }),
    ),
  ];

  const docs: Doc[] = passages.map((p) => {
    const fields: [string, number][] = [
      [p.title, WEIGHT.title],
      [p.text, WEIGHT.text],
    ];
    const item = p.item;
    const section = rubric.sections.find((s) => s.id === p.id);
    if (item) {
      fields.push(
        [item.keywords.join(' '), WEIGHT.keywords],
        [areas.get(item.area)?.title ?? '', WEIGHT.area],
        [item.requirements.map((r) => r.text).join('。'), WEIGHT.requirements],
        [item.questions.map((q) => q.text).join('。'), WEIGHT.questions],
        [item.evidence.join('。'), WEIGHT.evidence],
      );
    } else if (section) fields.push([section.keywords.join(' '), WEIGHT.keywords]);
    const tf = new Map<string, number>();
    const topics = new Set<string>();
    let length = 0;
    for (const [text, w] of fields) {
      for (const t of analyzer.terms(text, false)) {
        tf.set(t, (tf.get(t) ?? 0) + w);
        length += w;
        if (w >= WEIGHT.keywords || t.startsWith('=')) topics.add(t);
      }
    }
    return { passage: p, topics, raw: fields.map(([t]) => t).join('\n').normalize('NFKC').toLowerCase(), tf, length };
  });

  const byPassage = new Map(docs.map((d) => [d.passage, d] as const));
  const n = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idfCache = new Map<string, number>();
  for (const [t, f] of df) idfCache.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));

  const groupOf = new Map(synonyms.groups.flatMap((g) => g.map((v) => [v, `=${g[0]}`] as const)));
  // (Every stage asks for the same few words' groups, over and over: a word of plain Chinese characters
  // only, which folding leaves as it is, is looked up as it stands.)
  const concept = (word: string) => groupOf.get(PLAIN_HAN.test(word) ? word : word.normalize('NFKC').toLowerCase()) ?? word;
  // A word's class, remembered: a word of the rubric's for good, a message's own word (a name, say) only
  // until the message is answered (forget).
  const classes = new Map<string, 'filler' | 'noun' | 'other'>();
  const messageClasses = new Map<string, 'filler' | 'noun' | 'other'>();
  const classOf = (word: string): 'filler' | 'noun' | 'other' => {
    const known = classes.get(word) ?? messageClasses.get(word);
    if (known) return known;
    // 自己 names who (老师自己也要测吗): not chat.
    const cls = word === '自己' ? '' : (segment.wordClass?.(word) ?? '');
    const found = FILLER_CLASS.test(cls) ? 'filler' : NOUN_CLASS.test(cls) ? 'noun' : 'other';
    const kept = idfCache.has(word) || groupOf.has(word) ? classes : messageClasses;
    if (kept.size >= 65_536) kept.clear();
    kept.set(word, found);
    return found;
  };
  const unknownWeight = (word: string) => ({ filler: UNKNOWN_FILLER, noun: UNKNOWN_NOUN, other: UNKNOWN_WORD })[classOf(word)];
  // 「课程管理这块应该怎么做」: a compound of a question the rubric holds nowhere whole (课程管理) is read by its
  // parts, when the rubric holds each (课程, 管理), as the rubric's own text is indexed (课程开设管理机制).
  const generic = new Set(GENERIC_WORDS.map(concept));
  const parts = new Map<string, readonly string[]>();
  const byParts = (t: string): readonly string[] => {
    if (t.startsWith('=') || idfCache.has(t) || [...t].length < 4 || /[^\p{Script=Han}]/u.test(t)) return [t];
    let found = parts.get(t);
    if (!found) {
      const pieces = segment(t, 'index').filter((w) => w !== t && [...w].length > 1);
      // (Only when the rubric holds every part: 食品安全 is no 安全 of 安全员.)
      const read = pieces.map((w) => analyzer.terms(w, true));
      // (…and says them together in one sentence, as 课程开设管理机制 does: 信息中心 is no 信息 of 防止信息泄露.)
      const held = read.length > 1 && read.every((xs) => xs.length > 0 && xs.every((x) => x.startsWith('=') || idfCache.has(x))) && passages.some((p) => p.sentences.some((x) => read.flat().every((t) => x.terms.has(t))));
      found = held ? [...new Set(read.flat())] : [t];
      if (parts.size >= 4096) parts.clear();
      parts.set(t, found);
    }
    return found;
  };
  return {
    rubric,
    passages,
    concept,
    generic,
    byId: new Map(passages.map((p) => [p.id, p])),
    terms: (text) => {
      const read = analyzer.terms(text, true);
      // (Only a question that names nothing else the rubric holds: 「…信息中心主任问…」 names 心理档案, and its
      // 信息中心 is no 信息 of 防止信息泄露.)
      return read.some((t) => (t.startsWith('=') || idfCache.has(t)) && !generic.has(t)) ? read : read.flatMap(byParts);
    },
    surfaces: (text) => analyzer.surfaces(text),
    textTerms: (text) => analyzer.terms(text, false),
    textTermSet: (text) => analyzer.termSet(text),
    intents: analyzer.intents,
    // (A message's compounds read by parts, and its words' classes, are forgotten with its readings.)
    forget: () => {
      analyzer.forget();
      messageClasses.clear();
      parts.clear();
    },
    held: () => [...analyzer.held(), ...messageClasses.keys(), ...parts.keys()],
    remembered: () => analyzer.remembered() + messageClasses.size + parts.size,
    focus: analyzer.focus,
    declined: analyzer.declined,
    dated: analyzer.dated,
    fixTypos: analyzer.fixTypos,
    idf: (t) => {
      const known = idfCache.get(t);
      // A single character (「用」「排」) says little, whether the rubric uses it or not.
      if (t.length === 1 || (t.length === 2 && t.codePointAt(0)! > 0xffff)) return Math.min(1, known ?? UNKNOWN_CHAR);
      return known ?? unknownWeight(t);
    },
    known: (t) => idfCache.has(t),
    filler: (t) => classOf(t) === 'filler',
    docs,
    docOf: (p) => byPassage.get(p),
    avgLength: docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n),
  };
}

/** Characters that NFKC folding and lower case leave as they are (the CJK Unified Ideographs block). */
const PLAIN_HAN = /^[\u4e00-\u9fff]*$/;

/** BM25 over the passages, best first (ties in document order); passages matching nothing are left out. */
export function search(index: QaIndex, text: string, limit = 5): Hit[] {
  return rank(index, unique(index.terms(text)), index.surfaces(text)).slice(0, limit);
}

/**
 * `surfaces`: the question's table words as written. Synonyms find a passage; the word itself,
 * where a passage has it (结对成长导师), tells two passages that share the synonym apart.
 */
export function rank(index: QaIndex, terms: readonly string[], surfaces: readonly Surface[] = []): Hit[] {
  // A word the segmenter cut differently in the passages (进校 in 进校园) is still found as text.
  const fallback = new Map<string, { idf: number; tf: number[] }>();
  for (const t of terms) {
    if (index.known(t) || t.startsWith('=') || [...t].length < 2 || fallback.has(t)) continue;
    const tf = index.docs.map((d) => occurrences(d.raw, t));
    const df = tf.filter((x) => x > 0).length;
    if (df > 0) fallback.set(t, { idf: Math.log(1 + (tf.length - df + 0.5) / (df + 0.5)), tf });
  }
  const idfs = new Map<string, number>();
  const idf = (t: string) => {
    let w = idfs.get(t);
    if (w === undefined) idfs.set(t, (w = fallback.get(t)?.idf ?? index.idf(t)));
    return w;
  };
  // A long message (voice input, a situation told first) has many words no clause uses: they count
  // less towards what must be covered, so that the question inside is still found.
  const long = new Set(terms).size >= LONG_MESSAGE_TERMS;
  const unknown = (t: string) => !index.known(t) && !t.startsWith('=') && !fallback.has(t);
  const total = terms.reduce((s, t) => s + (long && unknown(t) ? LONG_UNKNOWN_WEIGHT * idf(t) : idf(t)), 0);
  const hits: Hit[] = [];
  index.docs.forEach((d, i) => {
    let score = 0;
    let matched = 0;
    let onTopic = false;
    for (const t of terms) {
      const tf = d.tf.get(t) ?? fallback.get(t)?.tf[i];
      if (!tf) continue;
      matched += idf(t);
      onTopic ||= d.topics.has(t) && idf(t) >= MIN_TOPIC_IDF;
      score += (idf(t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / index.avgLength));
    }
    if (score === 0) return;
    // Words of the question that stand in one sentence of the clause (考核结果…公布) weigh more.
    let together = 0;
    for (const s of d.passage.sentences) {
      let inside = 0;
      let sum = 0;
      for (const t of terms) {
        if (!s.terms.has(t)) continue;
        inside += 1;
        sum += idf(t);
      }
      if (inside >= 2 && sum > together) together = sum;
    }
    score += PROXIMITY * together;
    for (const { word, term } of surfaces) if (d.raw.includes(word)) score += SURFACE * idf(term);
    hits.push({ passage: d.passage, score, coverage: total > 0 ? matched / total : 0, onTopic });
  });
  return hits.sort((a, b) => b.score - a.score);
}

// ───────────── direct lookups ─────────────

export type Lookup =
  | { kind: 'item'; passage: Passage; /** 「原文 10」「第10条全文」 */ full: boolean; rest: string }
  | { kind: 'area'; area: Area; passages: Passage[] }
  | { kind: 'section'; passage: Passage }
  /** 「第25条」「原文 30」: an item number the rubric does not have. */
  | { kind: 'noItem'; no: number };

const NUM = '([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})';
const FULL_WORDS = '(?:原文|全文|原话|条文|原条文|完整)';
const ITEM_PATTERNS: [RegExp, boolean][] = [
  [new RegExp(`${FULL_WORDS}\\s*[:：]?\\s*第?\\s*${NUM}(?![0-9])\\s*条?`), true],
  [new RegExp(`第\\s*${NUM}\\s*条.*${FULL_WORDS}`), true],
  [new RegExp(`item-([0-9]{1,2})`), false],
  [new RegExp(`第\\s*${NUM}\\s*条`), false],
  // (「组织领导那两条加起来多少分」: 那两条 counts clauses, it names none.)
  [/(?:^|[^0-9那这哪共有前后头])([0-9]{1,2})\s*条/, false],
  [/^\s*([一二两三四五六七八九十]{1,3})\s*条/, false],
];
/** Words that leave a lookup an overview request (「队伍建设有哪些要求」, 「考核依据是什么」). */
const GENERIC_WORDS = [
  ...['考核', '考核内容', '规章制度', '内容', '考', '查', '方面', '部分', '细则', '具体', '条', '项', '讲', '看看', '看'],
  ...['心理健康', '心理', '健康', '教育', '工作'],
  // 「规章制度那一大块满分几分」: words for a part and its points do not narrow an area.
  ...['大块', '一大块', '大项', '这项', '这块', '那块', '一块', '板块', '满分', '总分', '几分', '多少分', '分值'],
  // 「组织领导那两条加起来一共多少分」: the clauses of an area counted and added.
  ...['两条', '三条', '几条', '加起来', '合起来', '加在一起', '合计'],
  // 「组织领导下面两条加起来一共多少分」「组织领导下面有几条」: the clauses under an area.
  ...['下面', '下边', '底下', '里面', '里头'],
  // 「有轻生风险的学生要单独建档吗」: what kind of student, which the text names by its own words (严重心理疾病).
  ...['风险', '倾向'],
];

/** 「第10条」, 「原文 10」, 「十条怎么说」, an area's name alone, or a section's title alone. */
export function lookup(index: QaIndex, text: string, parseNumber: (s: string) => number | null): Lookup | null {
  const t = text.normalize('NFKC').toLowerCase();
  // 「基本原则第一条是啥」: a principle numbered is one of 一(一)基本原则's, not an item.
  const principles = index.byId.get('section-principles');
  if (principles && new RegExp(`原则[^，,。？?]{0,4}第\\s*${NUM}\\s*(?:条|个|点|项)|第\\s*${NUM}\\s*(?:条|个|点|项)(?:基本)?原则`).test(t)) return { kind: 'section', passage: principles };
  let missing: number | null = null;
  for (const [re, full] of ITEM_PATTERNS) {
    const m = re.exec(t);
    const n = m?.[1] ? parseNumber(m[1]) : null;
    const passage = n !== null ? index.byId.get(`item-${n}`) : undefined;
    if (m && passage) return { kind: 'item', passage, full, rest: t.replace(m[0], ' ') };
    missing ??= n;
  }
  if (missing !== null) return { kind: 'noItem', no: missing };
  // 「第一项是怎么评的」「考核表第六项」: 项 numbers the eight areas, as the text's own 「二至七项」 does.
  // (「第五部分课程教学占多少分」: 部分 and 块 too; an area of several items, by its number, when its points are asked.)
  const areaNo = new RegExp(`第\\s*${NUM}\\s*(?:项|大项|个方面|方面|部分|大块|块|板块)`).exec(t);
  const area = areaNo?.[1] ? index.rubric.areas.find((a) => a.id === `area-${parseNumber(areaNo[1] ?? '')}`) : undefined;
  if (areaNo && area) {
    const passages = index.passages.filter((p) => p.item?.area === area.id);
    const [only] = passages;
    if (only && passages.length === 1) return { kind: 'item', passage: only, full: false, rest: t.replace(areaNo[0], ' ') };
    // (Not the end of a run, 「第二到第七项…第1项政策落实能得几分」: item 1's score is asked.)
    if (passages.length > 1 && !/[到至~\-—]\s*$/.test(t.slice(0, areaNo.index)) && /(?:多少|几)\s*分|分值|满分|占[^，,。？?]{0,3}分/.test(t)) return { kind: 'area', area, passages };
  }
  // (「第17项满分多少」: beyond the eight areas, 项 numbers the items.)
  const itemNo = areaNo?.[1] && !area ? index.passages.find((p) => p.item?.no === parseNumber(areaNo[1] ?? '')) : undefined;
  if (areaNo && itemNo) return { kind: 'item', passage: itemNo, full: false, rest: t.replace(areaNo[0], ' ') };
  // What is left around the name must not narrow it: generic words, or single characters (占 in 占几分).
  const overview = (name: string) => {
    const at = t.indexOf(name);
    if (at < 0) return false;
    // The document's own name around it (考核办法里的基本原则, 文件里讲的基本原则, 在考核表里) does not narrow it either.
    const rest = (t.slice(0, at) + ' ' + t.slice(at + name.length)).replace(/(?:这个|本)?(?:心理健康工作)?考核办法(?:里面|里|中)?(?:提出|规定|提到|讲|说)?的?|(?:办法|文件|原文)(?:里面|里|中|上)(?:提出|规定|提到|讲|说|写)?的?|(?:在)?(?:考核表|评分表|打分表|考核细则|细则)(?:里面|里|中|上)?的?/g, ' ');
    return index.terms(rest).every((x) => index.generic.has(x) || [...x].length === 1);
  };
  for (const area of index.rubric.areas) {
    const name = [area.title, ...areaAliases(area.title)].find(overview);
    if (name === undefined) continue;
    const passages = index.passages.filter((p) => p.item?.area === area.id);
    // An area of one item (一、政策落实) is that item.
    const [only] = passages;
    if (only && passages.length === 1) return { kind: 'item', passage: only, full: false, rest: t.replace(name, ' ') };
    if (passages.length > 0) return { kind: 'area', area, passages };
  }
  for (const p of index.passages) {
    if (p.kind === 'section' && overview(p.title)) return { kind: 'section', passage: p };
  }
  return null;
}

/** 「心理健康教育常规工作落实」 is also said 「常规工作落实」「常规工作」; 「基础设施配置与使用」 「基础设施」. */
function areaAliases(title: string): string[] {
  const out: string[] = [];
  const unprefixed = title.replace(/^心理健康教育/, '');
  if (unprefixed !== title) out.push(unprefixed);
  const short = unprefixed.replace(/落实$/, '');
  if (short !== unprefixed) out.push(short);
  const head = title.split('与')[0];
  if (head && head !== title && head.length >= 4) out.push(head.replace(/配置$/, ''));
  return out.filter((s) => s.length >= 4);
}

/** How many times `word` stands in `text`, not overlapping (as `text.split(word).length - 1` counts). */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n += 1;
  return n;
}
