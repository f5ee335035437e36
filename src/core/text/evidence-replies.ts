/** Replies about process evidence (过程性资料). Pure; short enough for a phone screen. */
const ALLOWED_LABEL = '图片（jpg/png/webp/heic）、PDF、Word、Excel、PPT';

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
const NEXT = '继续发送文件，或发送“资料”查看清单。';

export const EVIDENCE_TEXT = {
  notBound: '请先绑定学校（发送“绑定 邀请码”），再上传过程性资料。',
  schoolOnly: '过程性资料由学校上传。查看请发送“资料 学校名”看清单，或“看资料 条号 学校名”，如“看资料 10 示例县实验小学”。',
  privacy: '提醒：请不要上传能看出学生姓名、诊断或筛查结果的材料，必要时先遮挡。',
  tooLarge: (max: number) => `文件太大（上限 ${mb(max)}），没有保存。请压缩或拆分后再发；发送“资料”查看清单。`,
  refused: (what: string) => `这个文件其实是${what}，不能作为过程性资料，没有保存。可以发送${ALLOWED_LABEL}。`,
  readFailed: '文件没有收到完整，没有保存。请重新发送一次。',
  overQuota: (quota: number) => `本校资料已满 ${mb(quota)} 的上限，这份没有保存。请联系县教育局考核办公室。`,
  diskFull: '服务器存储空间已满，这份资料没有保存。请稍后再发，并告知县教育局考核办公室。',
  writeFailed: '资料没有保存成功，请稍后再发一次。',
  filed: (name: string, no: number, title: string, seq: number, count: number) =>
    `已收到《${name}》，归入第${no}条（${title}），编号 ${no}-${seq}，本条共 ${count} 份。${NEXT}`,
  askItem: (no: number, title: string) => `这份资料归到第${no}条（${title}）吗？回复“是”或“否”。`,
  askWhich: '这份资料归到哪一条？回复“资料 条号”，如“资料 10”。',
  droppedPending: (n: number) => `好的，刚才的 ${n} 份资料不归档。要归到其他条，请先发送“资料 条号”，再重新发送文件。`,
  target: (no: number, title: string, count: number, needs: readonly string[]) =>
    [
      `好的，接下来 30 分钟内发送的照片和文件都归入第${no}条（${title}），本条已有 ${count} 份。`,
      ...(needs.length > 0 ? [`需备：${needs.join('、')}`] : []),
      '请直接发送照片或文件。',
    ].join('\n'),
  noItem: (n: number, total: number) => `没有第${n}条（共 ${total} 条）。请发送“资料 条号”，如“资料 10”。`,
  checklistHead: (school: string, semester: string) => `${school} ${semester} 过程性资料：`,
  checklistLine: (no: number, title: string, count: number, needs: readonly string[]) =>
    `${count > 0 ? '✓' : '○'} 第${no}条 ${title}：${count} 份${count === 0 && needs.length > 0 ? `（需：${needs.slice(0, 3).join('、')}${needs.length > 3 ? '等' : ''}）` : ''}`,
  checklistTail: '上传：发送“资料 条号”后发送文件；查看：“看资料 条号”；删除：“删除资料 10-2”。',
  deleted: (no: number, seq: number, name: string, count: number) => `已删除资料 ${no}-${seq}《${name}》，第${no}条还有 ${count} 份。发送“资料”查看清单。`,
  noSuchFile: (no: number, seq: number) => `没有资料 ${no}-${seq}。发送“看资料 ${no}”查看本条的资料编号。`,
  deleteSubmitted: '自评已提交，资料只能由县教育局考核办公室删除。发送“资料”查看清单。',
  deleteNotAllowed: '只有本校的校长、老师或县教育局考核办公室可以删除资料。发送“看资料 条号 学校名”查看。',
  whichSchool: (cmd: string) => `请写上学校名，如“${cmd} 示例县实验小学”。`,
  noSchool: (name: string) => `没有找到“${name}”。请写学校全称。`,
  otherSchool: '只能查看本校的资料。发送“资料”查看本校清单。',
  noFiles: (no: number, title: string) => `第${no}条（${title}）还没有资料。上传请发送“资料 ${no}”后发送文件。`,
  sending: (no: number, title: string, lines: readonly string[]) =>
    [`第${no}条（${title}）共 ${lines.length} 份，逐个发给您：`, ...lines, '删除请发送“删除资料 条号-编号”。'].join('\n'),
  fileLine: (no: number, seq: number, name: string, by: string, date: string) => `${no}-${seq} 《${name}》 ${by} ${date}`,
  missingHead: '需备资料（已自评达标、还没上传资料的条目）：',
  missingLine: (no: number, needs: readonly string[]) => `· 第${no}条：${needs.slice(0, 3).join('、')}${needs.length > 3 ? '等' : ''}`,
  missingTail: '上传：发送“资料 条号”后发送照片或文件。',
} as const;
