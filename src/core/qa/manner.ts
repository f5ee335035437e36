/**
 * The manner or time a sentence asks a thing done (随机, 定期, 单独建档, 用好开学重要时段), against the
 * asker's plan, in stage 5 of the Q&A pipeline (apply): 不能 / 不可以 / 不行 with that sentence. Pure.
 */
import { ASKS_LEAVE, refusalWord, type LeaveVerdict } from './permission.ts';

/** How a sentence asks a thing done (随机, 定期, 常态化), and the plans that go against it. */
const MANNERS: readonly { word: RegExp; against: RegExp }[] = [
  { word: /随机/, against: /提前|事先|预先|指定|安排好|准备好|准备过|挑好|选好|定好/ },
  { word: /定期|常态化/, against: /不定期|偶尔|有空再|有时间再|想起来再|临时/ },
  // 「上级布置的心理健康任务能挑着做吗」: every task (逐条逐项落实), against a few picked.
  { word: /逐条逐项/, against: /挑着|挑重点|挑(?:了|出)?(?:最|几条|几项)?(?:要紧|重要|紧要)?的?(?:几条|几项|做|落实|来)|选着|只(?:做|落实|搞)了?(?:一部分|几条|几项|其中)|剩下的[^，,。？?]{0,8}(?:明年|以后|再说|不做|不管)/ },
  // 「心理课可以期末集中上几节吗」「心理课集中在一个学期上完可以吗」: a rate every two weeks (每两周, 每周, 每天), against lessons put together at one time.
  { word: /每两周|每周|每天/, against: /集中(?:起来|[到在][^，,。？?！!]{0,6}?)?(?:一起)?(?:上|开|讲|做|搞|补|聊|谈)|(?:一个|一)(?:学期|月|周|星期)(?:之?内|里)?(?:就|全|都|全部)*(?:上|讲|开)完|一次性(?:上|开|讲|补)|突击(?:上|补|开)|(?:期末|学期末|最后几周)[^，,。？?！!]{0,4}(?:一起|一块儿?)(?:上|开|补)/ },
  // 「辅导室可以只在上级来检查的时候开放吗」: a thing done as a matter of course (常态化, 每周, 每两周), against doing it only when inspected.
  { word: /常态化|每两周|每周|周开放/, against: /(?:只|仅|就|平时不[^，,。？?！!]{0,6}?)(?:在|有|等|是)?[^，,。？?！!]{0,8}?(?:检查|督导|督查|迎检|验收|考核)(?:的时候|时|前|那几天|才)|(?:检查|督导|迎检|验收|考核)(?:的时候|时|前)才/ },
  { word: /单独建档/, against: /放一起|放一块|放在一起|一起归档|统一归档|混在一起|合在一起/ },
  // 「全校心理测评可以拖到期末再做吗」: the clause's time (用好开学重要时段), against a later one.
  // (A plan for that time, not one told of it: 「去年期末我班一个孩子写过遗书…档案还要保留吗」.)
  { word: /用好开学/, against: /(?:拖|推|放|挪|改|延|安排)(?:到|在)[^，,。？?！!]{0,6}(?:期末|期中|学期末|学期结束|年底|年末|放假前|下半学期)|(?:期末|期中|学期末|年底|年末)[^，,。？?！!]{0,3}(?:再|才)(?:做|测|搞|弄|开展)|推迟|往后(?:推|放|挪)|延后/ },
];

/**
 * 「能不能提前给督学安排好一节准备过的心理课去听」: leave for a plan that goes against the manner a
 * sentence of the clause asks (随机听取) → 不能 / 不可以 / 不行 with that sentence; null otherwise.
 */
export function mannerVerdict(question: string, sentences: readonly { text: string }[]): LeaveVerdict | null {
  const must = /要不要|需不需要|用不用|该不该|(?:要|需要|得|必须)[^，,。？?]{0,16}[吗么][？?]?\s*$/.test(question);
  if (!ASKS_LEAVE.test(question) && !must) return null;
  for (const s of sentences) {
    const m = MANNERS.find((x) => x.word.test(s.text) && x.against.test(question) && !x.word.test(question));
    if (m) return { word: must && !ASKS_LEAVE.test(question) ? '不能' : refusalWord(question), sentence: s.text };
  }
  return null;
}
