/**
 * 「家长投诉老师怎么处理」「学生在学校受伤了谁负责」: an event of a school's daily life that the rubric has
 * no word for (投诉, 受伤, 吵), asked of the people the rubric names (家长, 老师, 学生) with a verb of
 * doing (处理, 负责) and no word of the rubric's work (心理, 考核, 测评…). A clause that shares only
 * the people and the verb (第15条's 家长…处理技能) does not answer it: the message is not about the
 * rubric. Pure.
 */
import type { QaIndex } from './index.ts';
import { RUBRIC_WORK } from './scope.ts';
import { silentWord } from './silence.ts';
import { checkInFolded, foldForCrisis } from './crisis.ts';

/** Who the rubric names, and where (学校, 群): no subject of a clause of their own. */
const PEOPLE = ['家长', '教师', '老师', '学生', '班主任', '校长', '学校', '孩子', '同事', '群'];
/** A verb of doing or of answering for something: 处理, 负责, 管. */
const DOING = /^(?:处理|解决|负责|谁负责|管|应对|对待|办|弄|搞|做)$/;

export function everydayIncident(index: QaIndex, q: string, whole: string = q): boolean {
  if (RUBRIC_WORK.test(whole)) return false;
  const terms = index.terms(q);
  const own = (t: string) => !t.startsWith('=') && !index.known(t) && !index.filler(t) && [...t].length >= 2 && silentWord(t);
  if (!terms.some(own)) return false;
  const people = new Set(PEOPLE.map((w) => index.concept(w)));
  const written = index.surfaces(q);
  const doing = (t: string) => DOING.test(t) || written.some((x) => x.term === t && DOING.test(x.word));
  // (Someone the rubric names must be in it: 「原文这一条有没有具体列出」 is about the text.)
  if (!terms.some((t) => people.has(t))) return false;
  if (!terms.every((t) => own(t) || index.filler(t) || [...t].length === 1 || people.has(t) || index.generic.has(t) || doing(t))) return false;
  // (「学生刚跟家长吵完架 冲出去说要去撞车」: never a message the crisis table would check in on, declined —
  // the crisis reply reads it, not this.)
  const crisis = index.crisis;
  return !crisis || checkInFolded(crisis.table, foldForCrisis(crisis.table, whole), true, crisis.localLines) === null;
}
