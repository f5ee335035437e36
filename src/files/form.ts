/**
 * The seed's 考核表 (中小学校心理健康工作考核表) for one school: 年 月 日 · 考核项 · 考核内容 ·
 * 分值 · 得分, and signature lines for the assessors. As print-ready .xlsx (exceljs: A4 portrait,
 * fit to the page width, header row repeated) or .pdf (pdfkit, with the Noto Sans SC font the
 * project ships for the score card, in its .woff form, which pdfkit's fontkit reads and subsets).
 * The scores are the official ones, or before an inspection the self-check's, labelled as such.
 */
import { createRequire } from 'node:module';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { woffToSfnt } from './woff.ts';
import type { SemesterResult } from '../core/rubric/result.ts';
import type { Rubric } from '../core/rubric/schema.ts';

export interface FormData {
  rubric: Rubric;
  school: string;
  /** 「2026-2027学年第一学期」 */
  semester: string;
  /** YYYY-MM-DD of the form (the assessment date). */
  date: string;
  result: SemesterResult;
  /** 'official': verified by the inspectors; 'self': the school's own answers, not verified. */
  source: 'official' | 'self';
}

export interface FormRow {
  area: string;
  no: number;
  content: string;
  points: number;
  score: number;
}

export const FORM_TITLE = '中小学校心理健康工作考核表';

/** The label of the scores, printed on the form. */
export const sourceLabel = (d: Pick<FormData, 'source' | 'result'>): string =>
  d.source === 'official'
    ? `得分为考核组核实的官方得分${d.result.provisional ? '（暂定）' : ''}`
    : '尚未考核：得分为学校自评（未经考核组核实）';

export function formRows(d: FormData): FormRow[] {
  return d.rubric.items.map((item) => {
    const area = d.rubric.areas.find((a) => a.id === item.area);
    return {
      area: area ? `(${area.no})${area.title}` : item.area,
      no: item.no,
      content: item.text,
      points: item.points,
      score: d.result.items.find((i) => i.id === item.id)?.score ?? 0,
    };
  });
}

const dateWords = (ymd: string): string => {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
};

const SIGN = '考核组成员（签字）：____________________    学校负责人（签字）：____________________';

export async function writeFormXlsx(path: string, d: FormData): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '心理健康工作考核助手';
  const ws = wb.addWorksheet('考核表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } },
  });
  ws.columns = [
    { key: 'area', width: 14 },
    { key: 'content', width: 70 },
    { key: 'points', width: 7 },
    { key: 'score', width: 7 },
  ];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = FORM_TITLE;
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:D2');
  ws.getCell('A2').value = `学校：${d.school}    ${d.semester}    ${dateWords(d.date)}`;
  ws.mergeCells('A3:D3');
  ws.getCell('A3').value = sourceLabel(d);
  const head = ws.getRow(4);
  head.values = ['考核项', '考核内容', '分值', '得分'];
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle' };
  for (const r of formRows(d)) {
    const row = ws.addRow({ area: r.area, content: `${r.no}. ${r.content}`, points: r.points, score: r.score });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const total = ws.addRow({ area: '合计', content: d.result.veto ? '一票否决：年度考核不合格' : '', points: d.result.max, score: d.result.total });
  total.font = { bold: true };
  ws.addRow([]);
  const sign = ws.addRow([SIGN]);
  ws.mergeCells(`A${sign.number}:D${sign.number}`);
  const border = { style: 'thin' as const };
  for (let i = 4; i <= total.number; i++) {
    for (let c = 1; c <= 4; c++) ws.getRow(i).getCell(c).border = { top: border, left: border, bottom: border, right: border };
  }
  await wb.xlsx.writeFile(path);
}

/**
 * The WOFF (zlib) twin of the card's .woff2: fontkit subsets its plain tables to a few KB, while
 * from the .woff2 (transformed glyf) it copies about 1.4 MB per document. It is unwrapped to the
 * plain font once per process (woff.ts): fontkit's own WOFF reading took about 90 s per form.
 */
const FONT = '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff';
let font: Buffer | undefined;
async function formFont(): Promise<Buffer> {
  if (font) return font;
  const woff = await readFile(createRequire(import.meta.url).resolve(FONT));
  font = woffToSfnt(woff) ?? woff;
  return font;
}

export async function writeFormPdf(path: string, d: FormData): Promise<void> {
  const { default: PDFDocument } = await import('pdfkit');
  const cjk = await formFont();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 40, bottom: 40, left: 40, right: 40 }, info: { Title: `${FORM_TITLE} ${d.school}` } });
  const done = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.pipe(out);
  });
  doc.registerFont('cjk', cjk);
  doc.font('cjk');
  const left = 40;
  const width = doc.page.width - 80;
  const cols = [90, width - 90 - 80, 40, 40];
  doc.fontSize(16).text(FORM_TITLE, left, 40, { width, align: 'center' });
  doc.fontSize(10).text(`学校：${d.school}    ${d.semester}    ${dateWords(d.date)}`, { width, align: 'center' });
  doc.text(sourceLabel(d), { width, align: 'center' });
  let y = doc.y + 8;
  const row = (cells: string[], bold = false): void => {
    doc.fontSize(bold ? 10 : 8.5);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 6 }));
    const h = Math.max(...heights) + 6;
    if (y + h > doc.page.height - 40) {
      doc.addPage();
      y = 40;
    }
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, cols[i]!, h).stroke();
      doc.text(c, x + 3, y + 3, { width: cols[i]! - 6, align: i >= 2 ? 'center' : 'left' });
      x += cols[i]!;
    });
    y += h;
  };
  row(['考核项', '考核内容', '分值', '得分'], true);
  for (const r of formRows(d)) row([r.area, `${r.no}. ${r.content}`, String(r.points), String(r.score)]);
  row(['合计', d.result.veto ? '一票否决：年度考核不合格' : '', String(d.result.max), String(d.result.total)], true);
  doc.fontSize(10).text(SIGN, left, y + 24, { width });
  doc.end();
  await done;
}
