/**
 * Chat text normalisation (pure): what every inbound message goes through before it is
 * matched, parsed or searched.
 *
 * Full-width → half-width (NFKC), @mentions, emoji and WeChat emoticons out, traditional →
 * simplified Chinese (opencc-js, Taiwan/standard traditional → mainland simplified), whitespace
 * collapsed. Line breaks are kept (as one `\n`) so that `splitQuestions` still sees them.
 */
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

// Built on first use: the tries take ~9 ms to build, which start-up need not pay.
let toSimplified: ((text: string) => string) | undefined;

/**
 * 么 is also a simplified character (行么, 会公布么), but the converter reads it alone as the
 * traditional form of 幺: the pieces around it are converted, 么 itself kept.
 */
export function simplify(text: string): string {
  const convert = (toSimplified ??= ConverterFactory(from['tw'] ?? [], to['cn'] ?? []));
  return text.includes('么') ? text.split('么').map(convert).join('么') : convert(text);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A mention runs from @ to the next space (WeChat puts U+2005 there) or punctuation. */
const MENTION = /(?<![A-Za-z0-9_.%+-])[@＠][^\s@＠,，.。:：;；!！?？、]+\s?/g;

/**
 * Removes @mentions. `botNames` are removed exactly first, so a name holding a space, or one
 * typed without the separator (「@心理助手心理课几节」), still comes off cleanly.
 */
export function stripMentions(text: string, botNames: readonly string[] = []): string {
  let out = text;
  const names = botNames
    .map((n) => n.normalize('NFKC').trim())
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    out = out.replace(new RegExp(`[@＠]${escapeRegExp(name)}\\s?`, 'g'), '');
  }
  return out.replace(MENTION, '').trim();
}

/** Check-mark and cross emoji carry a yes/no: keep them as the plain ✓ and ×. */
const CHECK = /[✅✔☑]\uFE0F?/g;
const CROSS = /[❌❎✖✗✘]\uFE0F?/g;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3]/gu;
/** WeChat's bracket emoticons: [微笑] [捂脸] [破涕为笑] [OK] [Facepalm]. */
const EMOTICON = /\[(?:[\u4E00-\u9FFF]{1,4}|[A-Za-z]{1,12})\]/g;

/**
 * Faces laughing till they cry (😂 🤣 [破涕为笑]) in a message of some words: laughter, kept as the word
 * 哈哈 (「被这考核搞得想死😂」 jokes). Alone or after a word or two (「好的😂」) they go like any emoji.
 */
const LAUGH = /😂|🤣|\[(?:破涕为笑|笑哭)\]/gu;
const laughing = (t: string) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6;

/**
 * A Chinese comma between half-width digits (「经费500，800个学生」) parts two numbers: NFKC would make
 * it the thousands separator of 500,800. It stays full-width there; everywhere else it folds to 「,」
 * (full-width digits typed in a full-width IME, 「１，８００人」, group thousands with it).
 */
const DIGIT_COMMA = /(?<=[0-9])，(?=[0-9])/;
const nfkc = (text: string): string => text.split(DIGIT_COMMA).map((x) => x.normalize('NFKC')).join('，');

export function normalize(text: string, botNames: readonly string[] = []): string {
  const laughs = laughing(text);
  const t = stripMentions(nfkc(text), botNames)
    .replace(CHECK, '✓')
    .replace(CROSS, '×')
    .replace(LAUGH, (m) => (laughs ? '哈哈' : m))
    .replace(EMOJI, '')
    .replace(EMOTICON, '');
  return simplify(t)
    .replace(/\s+/g, (ws) => (ws.includes('\n') ? '\n' : ' '))
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

const BREAK = /[?？。!！;；\n.]/;

/**
 * Splits a message holding several questions into its pieces, each trimmed and keeping its
 * question mark. A `.` between digits (1.5) does not split; commas never do.
 */
export function splitQuestions(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const piece = current.trim();
    if (!/^[\s?？]*$/.test(piece)) pieces.push(piece);
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const decimalPoint = c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (decimalPoint || !BREAK.test(c)) {
      current += c;
      continue;
    }
    if (c === '?' || c === '？') current += c;
    flush();
  }
  flush();
  return pieces;
}
