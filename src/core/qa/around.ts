/**
 * Words around a question that are no part of what it asks, in the pipeline's first stage (normalize):
 * the aim told before or after it (为了让…，好让…), an example after it that asks nothing of its own
 * (比如…的), and voice input's spaces around a run of lone characters. Pure.
 */

/** 「为了让有轻生念头的学生知道去哪求助，学校要公布哪些信息」: the aim told before the question is no part of what is asked. */
const PURPOSE_BEFORE = /^(?:为了|为)(?:让|使|方便|便于)[^，,。？?！!]{2,30}[，,]\s*(?=[^，,。？?！!]*(?:[吗么嘛]|哪|什么|啥|几|多少|怎么|要不要|需不需要))/u;

/** A question (吗, 要不要, A不A), then the aim it serves (好让, 以便): the aim is cut. */
const PURPOSE_AFTER = /((?:[吗么嘛]|要不要|需不需要|用不用|该不该|(\p{Script=Han})不\2)[^，,。？?！!]*)[，,]\s*(?:好让|以便|以免|免得|好方便|为了让|这样才能|这样就能|怕|生怕|担心|就怕|主要是怕)[^，,。？?！!]*[？?]?$/u;

/**
 * 「有没有要求学校建追责问责机制，比如处理学生自伤事件不力的？」: a yes-or-no question, then an example of
 * what it means that asks nothing itself: the example is cut (answer.ts reads the question without it).
 */
const EXAMPLE_AFTER = /((?:有没有|要不要|需不需要|是不是|能不能|可不可以)[^，,。？?！!]*)[，,]\s*((?:比如|例如|譬如|比方说)[^，,。？?！!]*)[？?]?$/u;
/** An example that asks something of its own (比如心理剧算吗, 比如几次). */
const EXAMPLE_ASKS = /[吗么嘛]|几|多少|算不算|行不行|能不能|可不可以|要不要|怎么|什么|啥|哪/;

/** The question without an example after it that asks nothing of its own (its yes or no is the head's). */
export function withoutExample(q: string): string {
  return q.replace(EXAMPLE_AFTER, (m, head: string, example: string) => (EXAMPLE_ASKS.test(example) ? m : `${head}？`));
}

/**
 * 「那个 政策落实 那一条 的 分 是 怎么 打 的」: voice input that spaces out single characters — a space beside
 * a run of lone characters (的 分 是, 打 的) is no break between clauses; it is taken out.
 */
export function singlesJoined(piece: string): string {
  const words = piece.trim().split(/\s+/);
  if (words.length < 3) return piece;
  // Only a run of two or more lone characters (的 分 是, 打 的): one alone (嗯, 吗, 用) may well stand apart.
  const lone = (k: number) => /^\p{Script=Han}$/u.test(words[k] ?? '');
  const inRun = (k: number) => lone(k) && (lone(k - 1) || lone(k + 1));
  return words.reduce((out, w, k) => (k === 0 ? w : `${out}${inRun(k) || inRun(k - 1) ? '' : ' '}${w}`), '');
}

/** The question as asked: its aim and its example cut (answer.ts reads each question so). */
export function asAsked(q: string): string {
  return withoutExample(q.replace(PURPOSE_AFTER, '$1？').replace(PURPOSE_BEFORE, ''));
}
