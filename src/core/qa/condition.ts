/**
 * A must asked of an act a sentence requires only of some students, in stage 6 of the Q&A pipeline
 * (compose): 「对个别有严重心理疾病的学生，能够及时识别、转介到相关心理诊治部门」 requires 转介 of those
 * students, not of every one. 「学生情绪低落要不要转介」 → 要看情况, with the students the sentence
 * names; 「重度抑郁的学生要不要转介」 names them → the must stands. Pure.
 */
import type { QaIndex } from './index.ts';
import { contentTerms, statedIn } from './permission.ts';

/**
 * A case told as grave (割腕, 有自杀风险, 学校处理不了, 已经转介到医院): the students the sentences name
 * (严重心理疾病, 超出…辅导范畴), in the asker's words.
 */
const SEVERE = /严重|重度|自杀|轻生|自伤|自残|割腕|想死|风险|危机|处理不了|管不了|超出|医院|就医|精神科|确诊|诊断|抑郁症|疾病|转介了|转介到|转介去|已经转|送医|住院/;

/** 「对超出学校心理健康辅导范畴的学生，…」: the students a sentence's act is required of. */
const CONDITION = /^对(.{2,30}?)的学生，/;

/**
 * `lead` (要。/ 需要。) kept when the question names the students the sentence asks it of; else 要看情况
 * with them. The sentence is the one answering (`sentences[0]`), or one of the clause's whose act the
 * question names (转介 in 「学生情绪低落要不要转介」, answered from the clause's 排查).
 */
export function conditionedMust(index: QaIndex, question: string, lead: string, sentences: readonly (string | undefined)[]): string {
  if (!/^(?:要|需要)。/.test(lead) || SEVERE.test(question)) return lead;
  const asked = new Set(contentTerms(index, question));
  for (const [i, sentence] of sentences.entries()) {
    const m = sentence === undefined ? null : CONDITION.exec(sentence);
    if (!m || sentence === undefined) continue;
    const who = m[1] ?? '';
    // The condition's own words, not the act's (超出学校 stands for 转介 in the table, as the act does).
    const act = index.textTermSet(sentence.slice(m[0].length));
    if (i > 0 && ![...act].some((t) => asked.has(t))) continue;
    const own = contentTerms(index, who).filter((t) => !act.has(t) && t !== index.concept('学生'));
    if (own.length === 0 || statedIn(index, question, own).length > 0) return lead;
    return `要看情况：对${who}的学生才要。`;
  }
  return lead;
}
