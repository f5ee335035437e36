/**
 * Reply templates of the app layer (routing, permissions, errors). Simplified Chinese, short,
 * each ending with what to type next.
 */

export const APP_TEXT = {
  nonText: '请发送文字消息。发送“帮助”查看我能做什么。',
  empty: '请用文字提问，如“心理课多久上一次”；发送“帮助”查看用法。',
  rateLimited: '消息有点多，请稍等一分钟再发。',
  privateOnly: '自评、得分、绑定和管理命令请私聊我使用，群里只回答考核办法的问题。',
  officeOnly: '该命令仅限县教育局考核办公室人员使用。可以问我考核办法的问题，如“心理课多久上一次”。',
  notBound:
    '您还没有绑定学校，暂时不能自评。请向县教育局或本校校长索取邀请码，然后发送“绑定 邀请码”。考核办法的问题可以直接问我。',
  officeNoAssessment: '自评由各学校填写。考核办公室可发送“完成情况”或“学校 名称”查看各校自评。',
  notStartedYet: (school: string) => `${school}本学期还没有开始自评。发送“自评”开始，一次一题，随时可“暂停”。`,
  noSchools: '还没有学校数据。请先用命令行导入学校：npm run cli -- school import <文件>',
  saveFailed: '抱歉，刚才的回答没有保存成功，请稍后再发一次。',
  internalError: '抱歉，我这边出了点问题，请稍后再试。发送“帮助”查看用法。',
  pickSchool: (names: readonly string[]) =>
    ['请选择要自评的学校（回复序号）：', ...names.map((n, i) => `${i + 1}. ${n}`)].join('\n'),
  pickSchoolAgain: (count: number) => `请回复 1–${count} 之间的序号，或学校全名。`,
  schoolPicked: (name: string) => `已选择：${name}。`,
  /** 你好 / 在吗: fits one phone line or two. */
  hello: '你好！我是心理健康工作考核助手。考核办法的问题直接问我，如“心理课多久上一次”；发“帮助”看全部功能。',
  helpPrivate: [
    '我是心理健康工作考核助手，可以：',
    '1. 回答考核办法的问题，如“心理课多久上一次”“1800个学生要几个专职心理老师”',
    '2. 查看原文：发送“原文 10”看第10条全文',
    '3. 自评：发送“自评”开始或继续本校本学期自评，随时可“暂停”“进度”“得分”',
    '4. 过程性资料：发送“资料 10”后发照片或文件，发送“资料”看清单',
  ].join('\n'),
  helpOffice: '考核办公室命令：完成情况、排名 [学段]、学校 <名称>、导出、发送提醒。',
  helpOperator: '本机操作员可代任一学校自评：发送“自评”后选择学校，“切换学校”可重新选择。',
  helpGroup:
    '在群里@我或以“#心理”开头提问考核办法，如“@我 心理课多久上一次”。自评和得分请私聊我。',
} as const;
