/**
 * Reply templates of binding (invite codes), re-verification after a WeChat re-login, and the
 * WeChat channel's own lines. Simplified Chinese, short, each saying what to type next. Pure.
 */

export const ROLE_LABEL = { office: '考核办公室', principal: '校长', staff: '学校老师', inspector: '考核组' } as const;

/** 「示例县实验小学 · 校长」, 「示例县教育局 · 考核办公室」. */
export const bindingLabel = (place: string, role: keyof typeof ROLE_LABEL): string => `${place} · ${ROLE_LABEL[role]}`;

export const BIND_TEXT = {
  usage: '请发送“绑定 邀请码”，如“绑定 K7QM3XPA”。邀请码向县教育局或本校校长索取。',
  operator: '本机操作员无需绑定，可直接使用全部功能。',
  locked: '邀请码错误次数过多，已暂停绑定一小时。请核对邀请码，一小时后再发送“绑定 邀请码”。',
  wrong: (left: number) =>
    left > 0
      ? `邀请码不正确，请核对后重新发送“绑定 邀请码”（还可再试 ${left} 次）。`
      : '邀请码不正确。错误次数过多，已暂停绑定一小时，请核对后再试。',
  globalLocked: '最近一小时全县输错邀请码的次数过多，为安全起见已暂停所有绑定一小时。请稍后再发送“绑定 邀请码”；急用请联系县教育局。',
  guessingAlert: (n: number) =>
    `【助手提醒】最近一小时有人输错邀请码已达 ${n} 次（来自不同微信号），可能有人在猜邀请码。所有绑定已暂停一小时，之后自动恢复；已发出的邀请码不受影响。`,
  expired: '这个邀请码已过期，请向发码人索取新的邀请码，再发送“绑定 邀请码”。',
  used: '这个邀请码已经用过了，每个邀请码只能用一次。请索取新的邀请码，再发送“绑定 邀请码”。',
  bound: (label: string, role: keyof typeof ROLE_LABEL) =>
    role === 'office'
      ? `绑定成功：${label}。发送“完成情况”查看各校进度，“帮助”查看全部命令。`
      : role === 'inspector'
        ? `绑定成功：${label}。私聊发送“考核 学校名称”开始或继续核实该校，“帮助”查看用法。`
        : `绑定成功：${label}。发送“自评”开始本校本学期自评，“帮助”查看用法。`,
  reverifyAsk: (label: string) =>
    `检测到您曾绑定“${label}”，回复“确认”恢复绑定。若不是您本人的绑定，请发送“绑定 邀请码”重新绑定。`,
  reverified: (label: string) => `已恢复绑定：${label}。发送“自评”继续，“帮助”查看用法。`,
} as const;

export const WECHAT_TEXT = {
  /** Appended to a group answer cut for length. */
  cutTip: (no: number | null) => (no === null ? '…私聊我看全文' : `…私聊我发送“原文 ${no}”看全文`),
  /** To the office accounts once the assistant is back after a logout or a failed login. */
  outageAlert: (what: string, since: string, back: string) =>
    `【助手提醒】微信${what}（${since}），已于 ${back} 重新登录。期间收到的消息可能没有回复，请提醒老师们重发。`,
} as const;
