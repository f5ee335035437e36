/**
 * Which sentences of a clause answer, in stage 6 of the Q&A pipeline (compose): the sentence that
 * gives what is asked (a figure, a day, a place), the one that says the asker's word for a
 * definition, a sentence per thing for a comparison; and the key words of them within a budget.
 * Pure.
 */
import type { Intent } from './synonyms.ts';
import type { Passage, QaIndex } from './index.ts';

/** What a sentence that answers the question looks like, by question kind. */
export const ANSWERS: Partial<Record<Intent, RegExp>> = {
  when: /\d+天|之日|[前后]|学期|学年|开学|时段/,
  frequency: /每.{0,3}(?:不少于|至少)\s*[\d一二两三四五六七八九十]+\s*(?:次|节|课时)|[\d一二两三四五六七八九十]+[次节]|课时/,
  duration: /\d+小时|\d+分钟|\d+天/,
  count: /\d+名|每班|每个岗位/,
  amount: /\d+元/,
  // 「办公室设在哪儿」: a place the text names.
  where: /设在|位于|设于/,
};

/**
 * 「要什么证」: a thing asked for by name in one character, which no word of the table covers; or, at
 * the end of a clause, in a few (「学校要建什么清单」: the sentence that holds 清单).
 */
export const ASKED_CHAR = /(?:什么|啥|哪种|哪类)(\p{Script=Han}|(?<=什么)\p{Script=Han}{2,3}(?=[吗呢啊呀吧嘛]*(?:[？?。，,！!]|\s*$)))[吗呢啊呀吧嘛]*(?:$|[^\p{Script=Han}])/u;
/** 「什么样的预警网络」: the thing whose kind is asked, at the end of the question. */
export const WHAT_KIND = /(?:什么|啥)样(?:的|子的)(\p{Script=Han}{2,4})[吗呢啊呀吧嘛]*(?:[？?。，,！!]|\s*$)/u;

const HANDLING_ACT = /^(?:转介|上报|备案|研判|反馈|通报|问责|家访)$/;
/** 「有自伤行为的学生要转介吗」: the act a must is asked of, right before 吗, when the clause says it (转介). */
export function mustWord(p: Passage, question: string): string | null {
  const w = /(?:要不要|需不需要|要|需要|得|必须|应该)(\p{Script=Han}{2,4}?)(?:吗|么|嘛)[？?]?\s*$/u.exec(question)?.[1];
  // (Only an act of handling a case, which one sentence states: not 建档, which 一人一档 says in other words.)
  return w && HANDLING_ACT.test(w) && p.text.includes(w) ? w : null;
}

/** A heading of a clause or of one of its parts: no comma, a few words, …工作. */
// (「（2）推动心理健康教科研。」: a numbered heading, whatever its last word.)
const HEADING_LIKE = /^(?:[（(][0-9一二三四五六七八九十]+[)）][^，,；;]{2,16}|(?:[（(][0-9一二三四五六七八九十]+[)）])?[^，,；;]{2,14}工作)[。；]?$/;

/** A line that is only a title, a few words and no comma: 做好家校合作。 */
export const TITLE_ONLY = /^[^，,；;：:]{2,12}。$/;

/** A short sentence brings the one after it (实施“全员导师制”：… → 逐步做到…). */
export function definedWith(p: Passage, s: Passage['sentences'][number]): Passage['sentences'] {
  const next = p.sentences[p.sentences.indexOf(s) + 1];
  return s.text.length < 30 && next ? [s, next] : [s];
}

/**
 * The best-matching sentence; with it the one after when the best is only a heading
 * (「三全育人，协调联动。」), or the runner-up when it matches nearly as well. In document order.
 */
export function bestSentences(
  p: Passage,
  intents: readonly Intent[],
  reqTerms: ReadonlySet<string>,
  weight: (s: ReadonlySet<string>) => number,
  asked: string | null,
  spoken: readonly string[] = [],
  reqText = '',
) {
  // 「预警有几级」: the sentence that says the requirement's own words (三级预警网络) word for word.
  const key = reqText.split(/[，,；;。]/)[0] ?? '';
  // (Words that ask, 哪三级, say nothing a sentence must hold.)
  const said = spoken.filter((x) => !/[哪几啥]|什么|多少/.test(x));
  const scored = p.sentences.map((s, i) => {
    let w = weight(s.terms);
    for (const t of reqTerms) if (s.terms.has(t)) w += 0.1;
    // (Only when it says every word the asker said: 「对预警学生怎么处理」 is the sentence on 预警学生.)
    if (w > 0 && [...key].length >= 4 && s.text.includes(key) && said.every((x) => s.text.includes(x))) w += 0.3;
    // On a tie, the sentence that says the asker's own words most (干预 twice in 「做到危机干预…加强
    // 预警和干预工作」, once in the heading 「做好心理摸排与干预工作」).
    if (w > 0) w += 0.05 * Math.min(3, spoken.reduce((n, x) => n + s.text.split(x).length - 1, 0));
    // A sentence that gives the number asked for (几次 → 一次) outweighs one that only shares a
    // word of context (县里); 「学期」 alone answers 「啥时候」 only weakly.
    // A day or a count of days (学期结束前15天, 开学) answers 啥时候 as a figure does 几次.
    // A place asked for (设在哪) is given only by a sentence that names one: it leads whatever else the other shares.
    for (const intent of intents) if (w > 0 && ANSWERS[intent]?.test(s.text)) w += intent === 'where' ? 10 : intent !== 'when' || /\d+\s*天|\d+月|\d+日|之日|开学|结束前/.test(s.text) ? 3 : 1;
    // A heading (做好心理摸排与干预工作。（1）开展心理测评工作。) loses a tie to a sentence that says what to do.
    // (So does a line that is only a title, 做好家校合作。, to a sentence that says the asker's word in full.)
    if (w > 0 && (HEADING_LIKE.test(s.text) || TITLE_ONLY.test(s.text))) w -= 0.01;
    // 「考核对心理健康科研有啥要求」: a sentence that only encourages (鼓励将…科研成果应用…) loses a tie to the
    // heading it stands under, though it says the asker's word (科研) once more.
    if (w > 0 && /^鼓励/.test(s.text)) w -= 0.1;
    // A sentence with what is asked for (资格证书 for 证) comes before one that only shares the topic.
    return { s, i, w, holds: w > 0 && asked !== null && s.text.includes(asked) };
  });
  const [best, second] = [...scored].sort((a, b) => Number(b.holds) - Number(a.holds) || b.w - a.w || a.i - b.i);
  if (!best) return [];
  const next = p.sentences[best.i + 1];
  // 「对心理健康教科研有什么要求」: a numbered heading (（2）推动心理健康教科研。) brings its whole paragraph,
  // up to the next heading: what it asks is all of what stands under it.
  if (/^[（(][0-9一二三四五六七八九十]+[)）]/.test(best.s.text) && HEADING_LIKE.test(best.s.text) && next) {
    const end = p.sentences.findIndex((x, i) => i > best.i && HEADING_LIKE.test(x.text));
    return p.sentences.slice(best.i, end < 0 ? undefined : end);
  }
  if (best.s.text.length < 20 && next) return [best.s, next];
  // (A second that lacks the requirement's own words, which the best says, adds nothing to it.)
  const keyed = (x: { s: { text: string } }) => [...key].length >= 4 && x.s.text.includes(key) && said.every((w) => x.s.text.includes(w));
  if (second && second.w > 0 && second.w >= 0.5 * best.w && best.s.text.length + second.s.text.length <= 100 && !(keyed(best) && !keyed(second))) {
    return [best, second].sort((a, b) => a.i - b.i).map((x) => x.s);
  }
  return [best.s];
}

/**
 * For a comparison, the best sentence for each distinct word of the question (by idf), in
 * document order: 家长课堂 → （1）…, 家长会 → （2）…. A short heading brings the sentence after it.
 */
export function coverSentences(p: Passage, terms: readonly string[], index: QaIndex): Passage['sentences'] {
  const chosen = new Set<number>();
  const words = [...new Set(terms)].filter((t) => index.idf(t) >= 1).sort((a, b) => index.idf(b) - index.idf(a));
  for (const t of words) {
    if ([...chosen].some((i) => p.sentences[i]?.terms.has(t))) continue;
    const best = p.sentences
      .map((s, i) => ({ i, w: terms.reduce((sum, x) => sum + (s.terms.has(x) ? index.idf(x) : 0), 0) + s.text.length / 1000 }))
      .filter((x) => p.sentences[x.i]?.terms.has(t))
      .sort((a, b) => b.w - a.w)[0];
    if (!best) continue;
    const short = (p.sentences[best.i]?.text.length ?? 0) < 20 && best.i + 1 < p.sentences.length;
    chosen.add(short ? best.i + 1 : best.i);
  }
  return [...chosen].sort((a, b) => a - b).flatMap((i) => p.sentences[i] ?? []);
}

/** The sentences, cut to `max` characters around the comma-separated clauses that match best. */
export function keyText(sentences: readonly { text: string }[], terms: readonly string[], index: QaIndex, max: number): string {
  const s = sentences.map((x) => x.text).join('');
  if (s.length <= max) return s;
  const parts = s.split(/(?<=[，,、；。])/);
  const sets = parts.map((c) => new Set(index.terms(c)));
  const scores = sets.map((set) => terms.reduce((w, t) => w + (set.has(t) ? index.idf(t) : 0), 0));
  // The window grown from a part (forward first) as far as `max` allows.
  const grow = (from: number): [number, number] => {
    let [a, b, len] = [from, from, parts[from]?.length ?? 0];
    while (true) {
      const next = parts[b + 1];
      const prev = parts[a - 1];
      if (next && len + next.length <= max) len += parts[++b]!.length;
      else if (prev && len + prev.length <= max) len += parts[--a]!.length;
      else break;
    }
    return [a, b];
  };
  // 「安全员…要培训啥」: of the windows, the one that holds the most of what is asked (安全员 and 培训),
  // not only its weightiest word; the best single part first among equals.
  const covered = ([a, b]: [number, number]) => [...new Set(terms)].reduce((w, t) => w + (sets.slice(a, b + 1).some((x) => x.has(t)) ? index.idf(t) : 0), 0);
  const best = scores.indexOf(Math.max(...scores));
  let [lo, hi] = grow(best);
  let most = covered([lo, hi]);
  for (let i = 0; i < parts.length; i++) {
    if (scores[i] === 0 || i === best) continue;
    const w = grow(i);
    const c = covered(w);
    if (c > most + 1e-9) [lo, hi, most] = [w[0], w[1], c];
  }
  const body = parts.slice(lo, hi + 1).join('').replace(/[，,、；]$/, '');
  return `${lo > 0 ? '…' : ''}${body.length > max ? body.slice(0, max) : body}${hi < parts.length - 1 ? '…' : ''}`;
}

/** 「…大赛；」 → 「…大赛。」 */
export function endSentence(text: string): string {
  return /[。…”]$/.test(text) ? text : `${text.replace(/[；;，,、]$/, '')}。`;
}

/** What comes next asked: 接下来要做什么, 下一步怎么办, 怎么跟进. */
const NEXT_ASKED = /(?:接下来|下一步|后续|之后|然后|接着)[^，,。？?]{0,6}(?:做什么|干什么|干嘛|做啥|干啥|怎么办|怎么做|怎么弄|怎么跟进|怎么处理|要做|该做|咋办|咋弄)|(?:怎么|如何)(?:跟进|后续处理)/;
/** The words that open a sentence on a case: 根据…, 对…, 针对…. */
const ON_CASE = /^(?:根据|对于|对|针对|发现|经)/;

/**
 * The step after what the asker tells: a sentence of `p` that opens on a case (根据测评筛出预警学生，…)
 * every named word of which the question tells, when it asks what comes next; else undefined.
 */
export function nextStep(index: QaIndex, p: Passage, question: string): Passage['sentences'][number] | undefined {
  if (!NEXT_ASKED.test(question)) return undefined;
  const told = new Set(index.terms(question));
  return p.sentences.find((s) => {
    const lead = (s.text.replace(/^[一二三四五六七八九十]是/, '').split(/[，,]/)[0] ?? '');
    if (!ON_CASE.test(lead)) return false;
    const words = index.terms(lead.replace(ON_CASE, '')).filter((t) => t.startsWith('=') && !index.generic.has(t));
    return words.length >= 2 && words.every((t) => told.has(t));
  });
}
