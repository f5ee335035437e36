/**
 * A school's score card as a PNG (sent after 得分 / 提交, and `cli card`): school name, semester,
 * total, one bar per area (score / max), the three largest gains, and 「暂定」 while provisional.
 *
 * Rendering: @napi-rs/canvas (Skia, prebuilt binaries, no install script). Chinese text comes
 * from Noto Sans SC shipped by @fontsource/noto-sans-sc: its `chinese-simplified` subset files
 * (.woff2, about 1.1 MB each, regular and bold) are registered by path, so the card renders the
 * same on a machine without any CJK system font.
 */
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import type { SKRSContext2D } from '@napi-rs/canvas';

// The native canvas loads when a card is drawn, not with every command that imports this file.
type Canvas = typeof import('@napi-rs/canvas');
import type { SemesterResult } from '../core/rubric/result.ts';
import { answeredGains } from '../core/rubric/engine.ts';
import { fmt } from '../core/text/office-replies.ts';
import { VETO_HEAD } from '../core/text/assessment-replies.ts';

const CARD_FONT = 'Noto Sans SC';
const FONT_FILES = [
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2',
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2',
];

let fontsReady = false;
function registerFonts({ GlobalFonts }: Canvas): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  for (const file of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), CARD_FONT)) throw new Error(`cannot load font ${file}`);
  }
  fontsReady = true;
}

export interface ScoreCardData {
  school: string;
  /** 「2026-2027学年第一学期」 */
  semester: string;
  result: SemesterResult;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything goes: shared by the renderer and the tests. */
export interface CardLayout {
  width: number;
  height: number;
  header: Box;
  /** The school name. */
  title: Box;
  total: Box;
  /** One per area: its label (一 政策落实). */
  areaLabels: Box[];
  areaBars: Box[];
  gainsTitle: Box;
  gains: Box[];
  footer: Box;
}

/**
 * What the card says, as plain text (the renderer draws exactly this; tests read it). A vetoed
 * result leads with 「一票否决 · 年度考核不合格」 in place of the score; 「最值得补的三项」 lists
 * unanswered items first and says 「各项要求均已达到」 only when every item is answered and met.
 */
export interface CardText {
  /** The line under the school and semester. */
  kicker: string;
  /** The big figure: the total, or 「不合格」. */
  total: string;
  sub: string;
  gains: string[];
  footer: string;
}

export function cardText(result: SemesterResult): CardText {
  const open = result.items.filter((i) => i.status === 'unanswered');
  const gains = [
    ...open.map((i) => `第${i.no}条 ${i.title}：未作答，回复“修改 ${i.no}”补答`),
    ...answeredGains(result).map((g) => g.text),
  ].slice(0, 3);
  const footer = [
    result.unanswered > 0 ? `${result.unanswered} 条未作答` : '全部条目已作答',
    result.veto ? `各项得分 ${fmt(result.total)}/${fmt(result.max)} 不作数` : '',
    result.provisional ? '暂定：部分分值待县教育局确认' : '',
  ].filter(Boolean);
  return {
    kicker: result.veto ? VETO_HEAD : '心理健康工作考核 · 自评得分',
    total: result.veto ? '不合格' : fmt(result.total),
    sub: result.veto ? '一票否决' : `/ ${fmt(result.max)} 分${result.provisional ? '（暂定）' : ''}`,
    gains: gains.length > 0 ? gains : ['各项要求均已达到，继续保持。'],
    footer: footer.join(' · '),
  };
}

const W = 750;
const PAD = 40;
const HEADER_H = 170;
const ROW_H = 50;
const GAIN_H = 40;

export function cardLayout(result: SemesterResult): CardLayout {
  const areasTop = HEADER_H + 30;
  const areaLabels = result.areas.map((_, i) => ({ x: PAD, y: areasTop + i * ROW_H, w: 285, h: 30 }));
  const areaBars = result.areas.map((_, i) => ({ x: PAD + 295, y: areasTop + i * ROW_H + 6, w: 260, h: 20 }));
  const gainsTop = areasTop + result.areas.length * ROW_H + 20;
  const gainsTitle = { x: PAD, y: gainsTop, w: W - 2 * PAD, h: 34 };
  const gainCount = cardText(result).gains.length;
  const gains = Array.from({ length: gainCount }, (_, i) => ({ x: PAD, y: gainsTop + 44 + i * GAIN_H, w: W - 2 * PAD, h: 28 }));
  const footerTop = gainsTop + 44 + gainCount * GAIN_H + 16;
  return {
    width: W,
    height: footerTop + 60,
    header: { x: 0, y: 0, w: W, h: HEADER_H },
    title: { x: PAD, y: 34, w: 440, h: 44 },
    total: { x: W - PAD - 220, y: 30, w: 220, h: 110 },
    areaLabels,
    areaBars,
    gainsTitle,
    gains,
    footer: { x: PAD, y: footerTop, w: W - 2 * PAD, h: 40 },
  };
}

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#0f766e';
const RED = '#dc2626';

/** Renders the card; returns the PNG bytes. */
function renderScoreCard(data: ScoreCardData, lib: Canvas): Buffer {
  registerFonts(lib);
  const { result } = data;
  const L = cardLayout(result);
  const words = cardText(result);
  const veto = result.veto;
  const canvas = lib.createCanvas(L.width, L.height);
  const ctx = canvas.getContext('2d');
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.width, L.height);

  // Header: school, semester, total.
  ctx.fillStyle = veto ? '#fde8e8' : '#e6f4f1';
  ctx.fillRect(L.header.x, L.header.y, L.header.w, L.header.h);
  text(ctx, data.school, L.title, `bold 34px "${CARD_FONT}"`, INK);
  text(ctx, data.semester, { ...L.title, y: L.title.y + 56, h: 30 }, `22px "${CARD_FONT}"`, MUTED);
  const kicker = { ...L.title, y: L.title.y + 92, h: 26 };
  text(ctx, words.kicker, kicker, veto ? `bold 22px "${CARD_FONT}"` : `20px "${CARD_FONT}"`, veto ? RED : MUTED);
  ctx.textAlign = 'right';
  const right = L.total.x + L.total.w;
  text(ctx, words.total, { ...L.total, h: 72 }, `bold 64px "${CARD_FONT}"`, veto ? RED : ACCENT, right);
  text(ctx, words.sub, { ...L.total, y: L.total.y + 80, h: 28 }, `22px "${CARD_FONT}"`, veto ? RED : MUTED, right);
  ctx.textAlign = 'left';

  // One bar per area.
  result.areas.forEach((area, i) => {
    const label = L.areaLabels[i]!;
    const bar = L.areaBars[i]!;
    text(ctx, `${area.no} ${area.title}`, label, `20px "${CARD_FONT}"`, INK);
    ctx.fillStyle = '#e4e7eb';
    ctx.fillRect(bar.x, bar.y, bar.w, bar.h);
    const share = area.max > 0 ? area.score / area.max : 0;
    ctx.fillStyle = share >= 1 ? ACCENT : share >= 0.6 ? '#d97706' : '#dc2626';
    ctx.fillRect(bar.x, bar.y, Math.round(bar.w * share), bar.h);
    const figure = { x: bar.x + bar.w + 16, y: label.y, w: W - PAD - (bar.x + bar.w + 16), h: label.h };
    text(ctx, `${fmt(area.score)}/${fmt(area.max)}`, figure, `22px "${CARD_FONT}"`, INK);
  });

  // The three largest gains.
  text(ctx, '最值得补的三项', L.gainsTitle, `bold 24px "${CARD_FONT}"`, INK);
  const numbered = words.gains.length > 1 || result.unanswered > 0 || answeredGains(result).length > 0;
  words.gains.forEach((g, i) => text(ctx, numbered ? `${i + 1}. ${g}` : g, L.gains[i]!, `20px "${CARD_FONT}"`, INK));
  text(ctx, words.footer, L.footer, `18px "${CARD_FONT}"`, veto ? RED : MUTED);

  return canvas.toBuffer('image/png');
}

export async function writeScoreCard(path: string, data: ScoreCardData): Promise<void> {
  await writeFile(path, renderScoreCard(data, await import('@napi-rs/canvas')));
}

/** Draws one line in `box`, cut with 「…」 when too wide; `x` overrides the start (right-aligned text). */
function text(ctx: SKRSContext2D, s: string, box: Box, font: string, color: string, x = box.x): void {
  ctx.font = font;
  ctx.fillStyle = color;
  ctx.fillText(fit(ctx, s, box.w), x, box.y);
}

function fit(ctx: SKRSContext2D, s: string, width: number): string {
  if (ctx.measureText(s).width <= width) return s;
  const chars = [...s];
  while (chars.length > 0 && ctx.measureText(`${chars.join('')}…`).width > width) chars.pop();
  return `${chars.join('')}…`;
}
