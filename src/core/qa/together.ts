/**
 * 「一学年 家长课堂加家长会 最少一共多少次」: two requirements of one clause, each named by the asker and
 * added (加, 一共), over the stretch of time asked: (2 + 2) × 2 = 8次. Pure; part of the apply stage.
 */
import type { Requirement } from '../rubric/schema.ts';
import { requiredOver, requirementRate } from './rates.ts';

/** 加起来, 一共, 合计: the requirements asked together are added. */
const ADDED = /加|一共|总共|合计|共计/;

/** The thing a requirement counts, as its text names it: 「每学期家长课堂不少于2次」 → 家长课堂. */
const subject = (r: Requirement) => /^(?:每(?:个)?(?:学期|学年|周|两周|月))?([^，,。；0-9]{2,8}?)(?:不少于|至少)/u.exec(r.text)?.[1];

export interface Together {
  said: string;
  unit: string;
  parts: { what: string; required: number; rule: string }[];
  total: number;
  reading: boolean;
}

export function requiredTogether(question: string, candidates: readonly Requirement[]): Together | null {
  if (!ADDED.test(question)) return null;
  const named = [...new Set(candidates)].map((r) => ({ r, what: subject(r) })).filter((x): x is { r: Requirement; what: string } => x.what !== undefined && question.includes(x.what));
  if (new Set(named.map((x) => x.what)).size < 2) return null;
  // (「一学期一共至少几次」: the requirement's own period asked, its own count.)
  const own = (r: Requirement) => {
    const rate = requirementRate(r);
    return rate && rate.count === 1 && rate.period.name === '学期' && /(?:一|每|这|本)个?学期/.test(question) && /几|多少/.test(question) ? { said: '每学期', required: rate.amount, reading: false } : null;
  };
  const each = named.map((x) => ({ ...x, over: requiredOver(question, [x.r]) ?? own(x.r), unit: requirementRate(x.r)?.unit }));
  const [first] = each;
  if (!first?.over || each.some((x) => !x.over || x.unit !== first.unit || x.over.said !== first.over?.said)) return null;
  const parts = each.map((x) => ({ what: x.what, required: x.over?.required ?? 0, rule: x.r.text }));
  return { said: first.over.said, unit: first.unit ?? '', parts, total: parts.reduce((n, x) => n + x.required, 0), reading: each.some((x) => x.over?.reading) };
}
