/**
 * The office's results workbook (「导出」, `cli export-xlsx`), with exceljs.
 *
 * Sheet 「得分」: one row per school; columns 学校名称, 学段, 排名学段, 自评状态, one per item
 * (第1条 … 第21条, the item's score), one per area (subtotal), 总分, 未作答条数, 一票否决,
 * 学段排名, 标记 (the consequence in words). The header row and the first column are frozen.
 * A school with no self-assessment has its status and blank score cells.
 * Sheet 「说明」: the semester, the rubric version, whether scores are provisional, the rules.
 */
import type { RankEntry, SemesterResult } from '../core/rubric/result.ts';
import type { Rubric } from '../core/rubric/schema.ts';

export interface ExportRow {
  school: string;
  /** 学段 as declared. */
  stage: string;
  /** The stage it ranks in. */
  rankStage: string;
  /** 已提交 / 自评中 / 未开始… */
  status: string;
  result: SemesterResult | null;
  rank: RankEntry | null;
  /** The county's verified figures (issue 12), in their own labelled columns; null: not inspected. */
  official?: { total: number; rank: number | null; flag: string } | null;
}

export interface ExportData {
  rubric: Rubric;
  /** 「2026-2027学年第一学期」 */
  semester: string;
  /** When the export was made (ISO), shown in 说明. */
  at: string;
  provisional: boolean;
  rows: ExportRow[];
  /** Lines for the 说明 sheet (ranking rule, where 九年一贯制 ranks…). */
  notes: string[];
  /** 「官方（已确认）」 or 「官方（未确认）」 when any school was inspected: adds the official columns. */
  officialLabel?: string | null;
}

export const SHEET = '得分';

export async function writeResultsXlsx(path: string, data: ExportData): Promise<void> {
  const { rubric } = data;
  const wb = new (await import('exceljs')).default.Workbook();
  wb.creator = '心理健康工作考核助手';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });

  ws.columns = [
    { header: '学校名称', key: 'school', width: 26 },
    { header: '学段', key: 'stage', width: 11 },
    { header: '排名学段', key: 'rankStage', width: 10 },
    { header: '自评状态', key: 'status', width: 10 },
    ...rubric.items.map((item) => ({ header: `第${item.no}条\n${item.title}`, key: item.id, width: 11 })),
    ...rubric.areas.map((area) => ({ header: `${area.no} ${area.title}`, key: area.id, width: 13 })),
    { header: `${data.officialLabel ? '自评' : ''}${data.provisional ? '总分（暂定）' : '总分'}`, key: 'total', width: 10 },
    { header: '未作答条数', key: 'unanswered', width: 10 },
    { header: '一票否决', key: 'veto', width: 10 },
    { header: '学段排名', key: 'rank', width: 10 },
    { header: '标记', key: 'flag', width: 48 },
    ...(data.officialLabel
      ? [
          { header: `${data.officialLabel}总分`, key: 'officialTotal', width: 12 },
          { header: `${data.officialLabel}学段排名`, key: 'officialRank', width: 12 },
          { header: `${data.officialLabel}标记`, key: 'officialFlag', width: 40 },
        ]
      : []),
  ];

  for (const row of data.rows) {
    const r = row.result;
    ws.addRow({
      school: row.school,
      stage: row.stage,
      rankStage: row.rankStage,
      status: row.status,
      ...Object.fromEntries((r?.items ?? []).map((i) => [i.id, i.score])),
      ...Object.fromEntries((r?.areas ?? []).map((a) => [a.id, a.score])),
      total: r?.total ?? null,
      unanswered: r?.unanswered ?? null,
      veto: r ? (r.veto ? '是' : '否') : null,
      rank: row.rank?.rank ?? null,
      flag: row.rank?.flag ?? '',
      ...(data.officialLabel ? { officialTotal: row.official?.total ?? null, officialRank: row.official?.rank ?? null, officialFlag: row.official?.flag ?? '' } : {}),
    });
  }

  const header = ws.getRow(1);
  header.font = { bold: true };
  header.height = 36;
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4F1' } };
  ws.getColumn('flag').alignment = { wrapText: true, vertical: 'top' };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };

  const info = wb.addWorksheet('说明');
  info.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 90 },
  ];
  info.getRow(1).font = { bold: true };
  info.addRows([
    { k: '学期', v: data.semester },
    { k: '考核细则', v: `${rubric.meta.title}（${rubric.meta.label}，${rubric.version}）` },
    { k: '导出时间', v: data.at },
    { k: '分值', v: data.provisional ? '暂定：部分条目分值为暂定值，或仍有学校未提交自评' : '正式' },
    ...data.notes.map((v) => ({ k: '说明', v })),
  ]);

  await wb.xlsx.writeFile(path);
}
