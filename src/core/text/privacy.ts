/**
 * Echoing what someone typed (「没有找到名称含“…”的学校」, 「收到 “…”」) puts it in the outbox
 * and the logs. A rejected input that looks like a phone or ID number is never echoed: it is
 * replaced by a note saying why it is not shown. Pure.
 */
import { hasPersonalNumber } from '../llm/redact.ts';

/** Shown instead of an input that looks like a phone or ID number (the style of redact's [电话]). */
export const HIDDEN_INPUT = '[号码已隐去]';

/** The input as it may be shown back: itself, or HIDDEN_INPUT when it looks like personal data. */
export function shownInput(raw: string): string {
  return hasPersonalNumber(raw) ? HIDDEN_INPUT : raw;
}

export { hasPersonalNumber };
