/**
 * The asker's place in the county's ranking, read from the question (stage 5 of the Q&A pipeline,
 * apply): from the bottom (倒数第四, 末位), among so many schools (一共20所 我们第18名), from the top with
 * no count (排第3), and one semester's place beside another's. Pure.
 */
import { extractNumbers } from '../text/numbers.ts';

/** 「我们是职业学校」「在职校里排倒数第二」: the asker's own school told as vocational. */
export const OWN_VOCATIONAL = /(?:我们|我校|本校|咱们|咱|我们学校)(?:是|学校是|属于|这种)?(?:一所|个)?(?:职业学校|职校|中职)|(?:职校|职业学校|中职)(?:里|中|当中)(?:排|是|排名)/;

/** 「小学排倒数第四会不会被取消评优」: the rank given, from the bottom, and whether the school is vocational. */
export function rankFromBottom(question: string): { n: number; vocational: boolean; of?: string } | null {
  const vocational = /职业|职校|中职/.test(question);
  if (/末位|最后一名|倒数第一(?![0-9一二三四五六七八九十])|排(?:在|名)?(?:了)?最后(?![0-9一二两三四五六七八九十])|垫底/.test(question)) return { n: 1, vocational };
  const m = /倒数第?\s*([0-9]+|[一二两三四五六七八九十]+)\s*[名位]?/.exec(question);
  if (!m) return rankOfTotal(question, vocational);
  const n = extractNumbers(m[1] ?? '')[0]?.value;
  return n && n > 0 ? { n, vocational } : null;
}

/** 「全县38所 我们排第35」「一共20所学校 我们第18名」: a place among so many schools, counted from the bottom. */
function rankOfTotal(question: string, vocational: boolean): { n: number; vocational: boolean; of: string } | null {
  const total = /([0-9]+|[一二两三四五六七八九十]+)\s*(?:所|个学校|家学校)/.exec(question);
  // (The place may be told before the count: 「学校排名第二 小学组一共12所」.)
  const place = PLACE.exec(question.slice(total ? total.index + total[0].length : 0)) ?? (total ? PLACE.exec(question.slice(0, total.index)) : null);
  const [m, n] = [extractNumbers(total?.[1] ?? '')[0]?.value, extractNumbers(place?.[1] ?? '')[0]?.value];
  if (!(m && n && n <= m)) return null;
  // 「县里职业学校就两所，我们排第一，另一所会被取消评优吗」: of two, the other school's place is asked.
  if (m === 2 && OTHER_SCHOOL.test(question.slice(place ? (place.index ?? 0) : 0))) {
    const other = 3 - n;
    return { n: m - other + 1, vocational, of: `${m}所你们排第${n}，另一所排第${other}，即` };
  }
  return { n: m - n + 1, vocational, of: `${m}所排第${n}，即` };
}

/** 「排名第二」「排第3」「第18名」: a place counted from the top. */
const PLACE = /(?:排(?:名|在)?\s*第?|第)\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:名|位)?/;

/** 「考核排第3，会被取消评优吗」: a place from the top with no count of schools, the number; else null. */
export function placeWithoutTotal(question: string): number | null {
  if (/倒数|末位|最后|垫底|[0-9一二两三四五六七八九十]\s*(?:所|个学校|家学校)|第[一二三四五六七八九十0-9]+(?:条|项|学期|学年|周|次|节|年级)/.test(question)) return null;
  const m = /排(?:名|在)?\s*第?\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:名|位)?/.exec(question);
  const n = m ? extractNumbers(m[1] ?? '')[0]?.value : undefined;
  return n && n > 0 ? n : null;
}

/** 「上学期排倒数第3，这学期排第10」: a semester's place among the bottom, another's outside them (from the top, or 倒数 beyond): the first, else null. */
export function otherTermOutside(q: string, limit: number): RegExpExecArray | null {
  const told = [...q.matchAll(/(?:上|下|这|本|第一个?|第二个?)学期[^，,。？?倒第]{0,8}((?:倒数)?第?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*[名位]?)/g)];
  const among = told.find((m) => /倒数/.test(m[1] ?? '') && (rankFromBottom(m[1] ?? '')?.n ?? 99) <= limit);
  const outside = told.some((m) => m !== among && (!/倒数/.test(m[1] ?? '') || (rankFromBottom(m[1] ?? '')?.n ?? 0) > limit));
  return among && outside ? among : null;
}

/** The other school of two: 另一所, 另一家, 对方. */
const OTHER_SCHOOL = /另(?:外)?一(?:所|家|个学校)|对方|另一个/;
