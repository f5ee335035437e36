/**
 * The pieces every stage's answer is made of: a Part (text, passages cited, figures), the
 * citation line, and `fit`, which keeps an answer within its budget. Pure.
 */
import type { Passage } from './index.ts';
import type { Calculation } from '../rubric/calculators.ts';
import { QA_TEXT } from '../text/qa-replies.ts';

export interface QaCitation {
  id: string;
  title: string;
  points: number | null;
}

export interface QaFigure {
  id: string;
  value: number;
  unit: string;
  formula: string;
}

export interface Part {
  inScope: boolean;
  text: string;
  passages: Passage[];
  figures: QaFigure[];
}


export function inScope(text: string, passages: Passage[]): Part {
  return { inScope: true, text, passages, figures: [] };
}

export function outOfScope(): Part {
  return { inScope: false, text: QA_TEXT.outOfScope, passages: [], figures: [] };
}

export function cite(...passages: Passage[]): string {
  return QA_TEXT.citation(passages.map((p) => QA_TEXT.source(p.ref, p.points, p.provisional)));
}

/** 「原文 10」 / 「详细」: the whole clause. */
export function full(p: Passage): Part {
  return inScope(QA_TEXT.full(p.ref, p.title, p.text, cite(p)), [p]);
}

/** 「第10条」 alone: the requirements in short, or the first sentence. */
export function overview(p: Passage, budget: number): string {
  const reqs = p.requirements.map((r) => r.requirement.text);
  const head = `第${p.no}条 ${p.title}。`;
  const body = reqs.length > 0 ? QA_TEXT.itemOverview(reqs) : `${p.sentences[0]?.text ?? ''}${p.item?.scoring.explain ?? ''}。`;
  return fit([head + body, cite(p), p.no !== null ? QA_TEXT.fullTip(p.no) : ''], budget);
}

/** A passage made of numbered parts (考核内容 1.… 8.…): 「共8个方面：1. 政策落实；…」, else null. */
export function headings(p: Passage): string | null {
  const heads = [...p.text.matchAll(/^(\d+)\.\s*([^。\n]+)。/gm)].map((m) => `${m[1]}. ${m[2]}`);
  return heads.length >= 2 ? QA_TEXT.headings(heads) : null;
}


/**
 * A passage of paragraphs each led by a short heading sentence (基本原则: 以人为本，预防为主。…):
 * 「共4条：1. 以人为本，预防为主；…」, else null. Only where the parts themselves are asked for.
 */
export function paragraphHeads(p: Passage): string | null {
  const lines = p.text.split('\n').filter((l) => l.trim() !== '');
  const heads = lines.map((l) => /^([^。\n]{4,12})。/.exec(l)?.[1]);
  if (lines.length < 2 || heads.some((h) => h === undefined)) return null;
  return QA_TEXT.paragraphHeads(heads as string[]);
}

/** 「三全育人是什么意思」: one paragraph of a section named by its head (三全育人，协调联动。) asks of that paragraph, not the list of heads. */
export function headNamed(p: Passage, question: string): boolean {
  return p.text.split('\n').some((l) => {
    const head = /^([^。，\n]{4,8})，[^。\n]{2,8}。/.exec(l)?.[1];
    return head !== undefined && question.includes(head);
  });
}

/** Joins the pieces; optional pieces (quote, rule, tip) that would pass the budget are left out. The citation always stays. */
export function fit(pieces: readonly string[], budget: number): string {
  const isCitation = (x: string) => x.startsWith('——');
  const [first = '', ...rest] = pieces.filter((x) => x.length > 0);
  let room = budget - rest.filter(isCitation).reduce((n, x) => n + x.length, 0) - first.length;
  let out = first;
  for (const piece of rest) {
    if (isCitation(piece)) out += piece;
    else if (piece.length <= room) {
      out += piece;
      room -= piece.length;
    }
  }
  return out;
}


export function figure(c: Calculation): QaFigure {
  return { id: c.id, value: c.value, unit: c.unit, formula: c.formula };
}
