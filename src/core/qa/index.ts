/**
 * Retrieval over every passage of the rubric (the 21 items and the `section-*` passages):
 * Chinese segmentation (injected), the synonym table, BM25 with field weights, and the direct
 * lookups 「第10条」「原文 10」「队伍建设有哪些要求」「考核依据」. Pure: the segmenter is a port.
 */
import type { Area, Item, Requirement, Rubric } from '../rubric/schema.ts';
import type { Intent, Synonyms } from './synonyms.ts';
import { INTENTS } from './synonyms.ts';

/**
 * Splits text into words (adapters/qa/jieba.ts in production). Passages are cut in `index` mode
 * (whole words and their sub-words, for recall), questions in `query` mode (whole words only,
 * so that one word is not counted three times).
 */
export type Segmenter = (text: string, mode: 'index' | 'query') => string[];

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
  intents(text: string): Intent[];
  /** True when the text asks to ignore the rules, reveal internals, or for something else entirely. */
  declined(text: string): boolean;
  idf(term: string): number;
  /** The term occurs in some passage. */
  known(term: string): boolean;
  /** The term a word stands for: its synonym group (`=经费` for 钱) or the word itself. */
  concept(word: string): string;
  /** Terms that do not narrow an overview request (考核, 内容, 心理健康…). */
  generic: ReadonlySet<string>;
  docs: Doc[];
  avgLength: number;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the query's idf weight that this passage matches, 0..1. */
  coverage: number;
  /** It matches a word of its title or keywords, or a synonym group: the question is about it. */
  onTopic: boolean;
}

const K1 = 1.2;
const B = 0.75;
/** Field weights (BM25F-style): a title word counts three times, a keyword twice. */
const WEIGHT = { title: 3, keywords: 2, text: 1, area: 1, requirements: 0.5, questions: 0.5, evidence: 0.5 };

export function buildIndex(rubric: Rubric, synonyms: Synonyms, segment: Segmenter): QaIndex {
  const analyzer = createAnalyzer(synonyms, segment);
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

  const n = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idfCache = new Map<string, number>();
  for (const [t, f] of df) idfCache.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
  const unseen = Math.log(1 + (n + 0.5) / 0.5);

  const groupOf = new Map(synonyms.groups.flatMap((g) => g.map((v) => [v, `=${g[0]}`] as const)));
  const concept = (word: string) => groupOf.get(word.normalize('NFKC').toLowerCase()) ?? word;
  return {
    rubric,
    passages,
    concept,
    generic: new Set(GENERIC_WORDS.map(concept)),
    byId: new Map(passages.map((p) => [p.id, p])),
    terms: (text) => analyzer.terms(text, true),
    intents: analyzer.intents,
    declined: analyzer.declined,
    // A single character (「用」「排」) says little, whether the rubric uses it or not.
    idf: (t) => ([...t].length === 1 ? Math.min(1, idfCache.get(t) ?? 1) : (idfCache.get(t) ?? unseen)),
    known: (t) => idfCache.has(t),
    docs,
    avgLength: docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n),
  };
}

/** BM25 over the passages, best first (ties in document order); passages matching nothing are left out. */
export function search(index: QaIndex, text: string, limit = 5): Hit[] {
  return rank(index, unique(index.terms(text))).slice(0, limit);
}

export function rank(index: QaIndex, terms: readonly string[]): Hit[] {
  // A word the segmenter cut differently in the passages (进校 in 进校园) is still found as text.
  const fallback = new Map<string, { idf: number; tf: number[] }>();
  for (const t of terms) {
    if (index.known(t) || t.startsWith('=') || [...t].length < 2) continue;
    const tf = index.docs.map((d) => d.raw.split(t).length - 1);
    const df = tf.filter((x) => x > 0).length;
    if (df > 0) fallback.set(t, { idf: Math.log(1 + (tf.length - df + 0.5) / (df + 0.5)), tf });
  }
  const idf = (t: string) => fallback.get(t)?.idf ?? index.idf(t);
  const total = terms.reduce((s, t) => s + idf(t), 0);
  const hits: Hit[] = [];
  index.docs.forEach((d, i) => {
    let score = 0;
    let matched = 0;
    let onTopic = false;
    for (const t of terms) {
      const tf = d.tf.get(t) ?? fallback.get(t)?.tf[i];
      if (!tf) continue;
      matched += idf(t);
      onTopic ||= d.topics.has(t);
      score += (idf(t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / index.avgLength));
    }
    if (score > 0) hits.push({ passage: d.passage, score, coverage: total > 0 ? matched / total : 0, onTopic });
  });
  return hits.sort((a, b) => b.score - a.score);
}

// ───────────── direct lookups ─────────────

export type Lookup =
  | { kind: 'item'; passage: Passage; /** 「原文 10」「第10条全文」 */ full: boolean; rest: string }
  | { kind: 'area'; area: Area; passages: Passage[] }
  | { kind: 'section'; passage: Passage };

const NUM = '([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})';
const FULL_WORDS = '(?:原文|全文|原话|条文|原条文|完整)';
const ITEM_PATTERNS: [RegExp, boolean][] = [
  [new RegExp(`${FULL_WORDS}\\s*[:：]?\\s*第?\\s*${NUM}(?![0-9])\\s*条?`), true],
  [new RegExp(`第\\s*${NUM}\\s*条.*${FULL_WORDS}`), true],
  [new RegExp(`item-([0-9]{1,2})`), false],
  [new RegExp(`第\\s*${NUM}\\s*条`), false],
  [/(?:^|[^0-9])([0-9]{1,2})\s*条/, false],
  [/^\s*([一二两三四五六七八九十]{1,3})\s*条/, false],
];
/** Words that leave a lookup an overview request (「队伍建设有哪些要求」, 「考核依据是什么」). */
const GENERIC_WORDS = [
  ...['考核', '考核内容', '规章制度', '内容', '考', '查', '方面', '部分', '细则', '具体', '条', '项', '讲', '看看', '看'],
  ...['心理健康', '心理', '健康', '教育', '工作'],
];

/** 「第10条」, 「原文 10」, 「十条怎么说」, an area's name alone, or a section's title alone. */
export function lookup(index: QaIndex, text: string, parseNumber: (s: string) => number | null): Lookup | null {
  const t = text.normalize('NFKC').toLowerCase();
  for (const [re, full] of ITEM_PATTERNS) {
    const m = re.exec(t);
    const n = m?.[1] ? parseNumber(m[1]) : null;
    const passage = n !== null ? index.byId.get(`item-${n}`) : undefined;
    if (m && passage) return { kind: 'item', passage, full, rest: t.replace(m[0], ' ') };
  }
  const overview = (name: string) => {
    const at = t.indexOf(name);
    if (at < 0) return false;
    return index.terms(t.slice(0, at) + ' ' + t.slice(at + name.length)).every((x) => index.generic.has(x));
  };
  for (const area of index.rubric.areas) {
    if ([area.title, ...areaAliases(area.title)].some(overview)) {
      const passages = index.passages.filter((p) => p.item?.area === area.id);
      if (passages.length > 0) return { kind: 'area', area, passages };
    }
  }
  for (const p of index.passages) {
    if (p.kind === 'section' && overview(p.title)) return { kind: 'section', passage: p };
  }
  return null;
}

/** 「心理健康教育常规工作落实」 is also said 「常规工作」; 「基础设施配置与使用」 「基础设施」. */
function areaAliases(title: string): string[] {
  const out: string[] = [];
  const short = title.replace(/^心理健康教育/, '').replace(/落实$/, '');
  if (short !== title) out.push(short);
  const head = title.split('与')[0];
  if (head && head !== title && head.length >= 4) out.push(head.replace(/配置$/, ''));
  return out.filter((s) => s.length >= 4);
}

// ───────────── analysis ─────────────

/** A numeral or demonstrative with its measure word (一份, 几个, 这次) carries no topic. */
const MEASURE = /^[一二两三四五六七八九十几每这那哪某][个份次些下项名位件种本张场节回遍]$/;

function createAnalyzer(synonyms: Synonyms, segment: Segmenter) {
  const stop = new Set(synonyms.stopwords);
  const variants = synonyms.groups
    .flatMap((g) => g.map((v) => ({ v, term: `=${g[0]}` })))
    .sort((a, b) => b.v.length - a.v.length);
  const multi = variants.filter((x) => x.v.length > 1);
  const single = new Map(variants.filter((x) => x.v.length === 1).map((x) => [x.v, x.term]));
  const intentWords = INTENTS.flatMap((intent) => (synonyms.intents[intent] ?? []).map((w) => ({ w, intent }))).sort(
    (a, b) => b.w.length - a.w.length,
  );
  const decline = synonyms.decline;
  const corrected = (text: string) => {
    let t = text.normalize('NFKC').toLowerCase();
    for (const [wrong, right] of synonyms.typos) t = t.replaceAll(wrong, right);
    return t;
  };

  /** Masks each occurrence of `word` in `text` whose characters are still free; calls `hit` for each. */
  const mask = (text: string, taken: boolean[], word: string, hit: () => void) => {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (taken.slice(i, i + word.length).includes(true)) continue;
      taken.fill(true, i, i + word.length);
      hit();
    }
  };

  return {
    /**
     * Synonym groups first (longest variant wins), then, in questions, the question words; jieba
     * cuts the rest of a question, but the whole of a passage (so 校长 is also found in 校长负责制).
     */
    terms(text: string, query: boolean): string[] {
      const t = query ? corrected(text) : text.normalize('NFKC').toLowerCase();
      const taken = new Array<boolean>(t.length).fill(false);
      const out: string[] = [];
      for (const { v, term } of multi) mask(t, taken, v, () => out.push(term));
      if (query) for (const { w } of intentWords) mask(t, taken, w, () => {});
      let rest = t;
      if (query) rest = t.replace(/[^]/g, (c, i: number) => (taken[i] ? ' ' : c));
      for (const raw of segment(rest, query ? 'query' : 'index')) {
        const w = raw.trim();
        if (!w || stop.has(w) || /^[\p{P}\p{S}\p{N}\s]+$/u.test(w) || MEASURE.test(w)) continue;
        out.push(single.get(w) ?? w);
      }
      return out;
    },
    intents(text: string): Intent[] {
      const t = corrected(text);
      const taken = new Array<boolean>(t.length).fill(false);
      const found: Intent[] = [];
      for (const { w, intent } of intentWords) mask(t, taken, w, () => found.includes(intent) || found.push(intent));
      return found;
    },
    declined(text: string): boolean {
      const t = text.normalize('NFKC').toLowerCase();
      return decline.some((w) => t.includes(w));
    },
  };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
