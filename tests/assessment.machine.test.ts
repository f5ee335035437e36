import { loadRubric } from './helpers/rubric.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreSemester } from '../src/core/rubric/engine.ts';
import type { Question, Rubric, SchoolFacts } from '../src/core/rubric/schema.ts';
import { parseAnswer } from '../src/core/assessment/parse.ts';
import { assessmentQuestions, factQuestions, rubricQuestions } from '../src/core/assessment/questions.ts';
import {
  AssessmentStateSchema,
  FACTS_CHECK,
  migrateState,
  step,
  type AssessmentCtx,
  type AssessmentState,
} from '../src/core/assessment/machine.ts';
import { MESSAGE_CHARS, PHONE_CHARS } from '../src/core/text/assessment-replies.ts';

const mini = loadRubric('fixtures/mini-rubric.yaml');
const real = loadRubric('../rubric/rubric.yaml');

const FACTS: SchoolFacts = { stage: '初中', ownership: '公办', students: 1800, classesFromGrade4: 36, boarding: false };
const FACT_ANSWERS = ['初中', '公办', '1800人', '36', '否'];
/** Mini rubric, all requirements met: 是, 2 meetings, biweekly, 2 + 4 teachers, 10 h, records, no veto. */
const MINI_ALL_MET = ['是', '两次', '每两周1节', '2', '4', '10小时', '有', '没有'];

const RULE_ANSWER = '第12条：所有班级每两周不少于1课时。';
const fakeRules = (text: string) => (text.includes('心理课') ? { inScope: true, text: RULE_ANSWER } : { inScope: false, text: '不在考核办法范围内' });

function ctx(over: Partial<AssessmentCtx> = {}): AssessmentCtx {
  return {
    rubric: mini,
    now: '2026-11-02T02:00:00.000Z',
    semester: { id: '2026-2027-1', assessmentDate: '2027-01-16' },
    schoolName: '城关中学',
    knownFacts: null,
    factsConfirmedSemester: null,
    actor: { name: '王校长', canSubmit: true },
    answerRuleQuestion: fakeRules,
    ...over,
  };
}

/** Every reply ends by saying what to type next (a continued message says it continues). */
function expectGuiding(replies: string[]): void {
  expect(replies.length).toBeGreaterThan(0);
  for (const r of replies) {
    expect(r.trim().length).toBeGreaterThan(0);
    const last = r.trim().split('\n').pop() ?? '';
    expect(last, r).toMatch(/回复|输入|见下一条/);
  }
}

/** A conversation driven through `step`, as the app does it. */
class Chat {
  state: AssessmentState | null;
  last: string[] = [];
  log: string[][] = [];
  constructor(
    public c: AssessmentCtx,
    state: AssessmentState | null = null,
  ) {
    this.state = state;
  }
  say(text: string): string {
    const out = step(this.state, { type: 'text', text }, this.c);
    expectGuiding(out.replies);
    this.state = out.state;
    this.last = out.replies;
    this.log.push(out.replies);
    return out.replies.join('\n---\n');
  }
  start(): string {
    const out = step(this.state, { type: 'start' }, this.c);
    expectGuiding(out.replies);
    this.state = out.state;
    this.last = out.replies;
    return out.replies.join('\n---\n');
  }
  script(texts: string[]): string {
    return texts.map((t) => this.say(t)).pop() ?? '';
  }
  get s(): AssessmentState {
    if (!this.state) throw new Error('no state');
    return this.state;
  }
}

/** A mini-rubric chat past the school facts, at question 1. */
function atFirstQuestion(c: AssessmentCtx = ctx()): Chat {
  const chat = new Chat(c);
  chat.say('自评');
  chat.script(FACT_ANSWERS);
  expect(chat.s.cursor).toBe('q-2-team');
  return chat;
}

describe('questions', () => {
  it('derives the list from the rubric: facts, items in order, veto last', () => {
    const list = assessmentQuestions(mini, {});
    expect(list.map((q) => q.id)).toEqual([
      'fact-stage',
      'fact-ownership',
      'fact-students',
      'fact-classesFromGrade4',
      'fact-boarding',
      'q-2-team',
      'q-2-meetings',
      'q-3-frequency',
      'q-10-fulltime',
      'q-10-parttime',
      'q-20-hours',
      'q-20-records',
      'q-99-veto',
    ]);
    expect(list[1]?.position).toBe('基本信息 2/5');
    expect(list[8]?.position).toBe('第 4/8 题 · 队伍建设');
    expect(list[12]?.position).toBe('第 8/8 题 · 一票否决');
    expect(list[8]?.item?.id).toBe('item-10');
  });

  it('asks 排名学段 only for 九年一贯制 and 完全中学, and counts classes by stage', () => {
    const nine = factQuestions({ stage: '九年一贯制' });
    expect(nine.map((q) => q.fact)).toEqual(['stage', 'rankStage', 'ownership', 'students', 'classesFromGrade4', 'boarding']);
    expect(nine[1]?.question.choices?.map((c) => c.id)).toEqual(['小学', '初中']);
    expect(nine[4]?.question.text).toContain('四年级及以上');
    expect(factQuestions({ stage: '完全中学' })[1]?.question.choices?.map((c) => c.id)).toEqual(['初中', '高中']);
    expect(factQuestions({ stage: '高中' }).map((q) => q.fact)).not.toContain('rankStage');
    expect(factQuestions({ stage: '高中' })[3]?.question.text).toBe('全校共有多少个班？');
  });

  it('numbers the real rubric: 40 item questions and the veto', () => {
    const qs = rubricQuestions(real);
    expect(qs).toHaveLength(41);
    expect(qs.filter((q) => q.kind === 'veto')).toHaveLength(1);
    expect(qs[0]?.position).toBe('第 1/41 题 · 组织领导');
    expect(qs.at(-1)?.position).toBe('第 41/41 题 · 一票否决');
    // Item order, each question exactly once.
    const nos = qs.flatMap((q) => (q.item ? [q.item.no] : []));
    expect(nos).toEqual([...nos].sort((a, b) => a - b));
    expect(new Set(qs.map((q) => q.id)).size).toBe(41);
  });
});

describe('a whole self-assessment', () => {
  it('runs from 自评 to 提交 on the mini rubric', () => {
    const chat = new Chat(ctx());
    let r = chat.say('开始自评');
    expect(r).toContain('开始城关中学2026-2027学年第一学期自评，共 8 题');
    expect(r).toContain('（基本信息 1/5）\n贵校属于哪个学段？');
    r = chat.script(FACT_ANSWERS);
    expect(chat.s.facts).toEqual(FACTS);
    expect(chat.s.factsConfirmed).toBe(true);
    expect(r).toContain('已记录寄宿生：否。');
    expect(r).toContain('（第 1/8 题 · 组织领导）\n是否成立了工作专班？\n请回复“是”或“否”');

    r = chat.say('是');
    expect(r).toContain('（第 2/8 题 · 组织领导）');
    expect(r).toContain('请回复数字，如 2');
    r = chat.say('两次');
    expect(r).toContain('已记录第2题：2 次。');
    expect(r).toContain('请回复序号：①每周1节 ②每两周1节 ③更少');
    r = chat.script(MINI_ALL_MET.slice(2));
    expect(chat.s.cursor).toBeNull();
    expect(chat.s.answers).toEqual({
      'q-2-team': true,
      'q-2-meetings': 2,
      'q-3-frequency': 'biweekly',
      'q-10-fulltime': 2,
      'q-10-parttime': 4,
      'q-20-hours': 10,
      'q-20-records': true,
      'q-99-veto': false,
    });
    expect(r).toContain('全部 8 题已答完。');
    expect(r).toContain('自评得分（暂定）30/30 分');
    expect(r.endsWith('回复“提交”提交，或“修改 N”修改。')).toBe(true);

    r = chat.say('提交');
    expect(r).toContain('回复“确认提交”');
    expect(chat.s.status).toBe('in_progress');
    r = chat.say('确认提交');
    expect(chat.s.status).toBe('submitted');
    expect(r).toContain('已提交本学期自评，得分（暂定）30/30 分');
    expect(r).toContain('2027年1月16日 前回复“重新打开”');

    // Locked: answers and edits are refused until 重新打开.
    const before = chat.s.answers;
    r = chat.say('修改 10');
    expect(r).toContain('答案已锁定');
    r = chat.say('3');
    expect(chat.s.answers).toEqual(before);
    expect(chat.say('得分')).toContain('30/30');
  });

  it('runs the real rubric: 41 questions, full marks, the veto last', () => {
    const c = ctx({ rubric: real });
    const chat = new Chat(c);
    chat.say('自评');
    chat.script(FACT_ANSWERS);
    const qs = rubricQuestions(real);
    qs.forEach((q, i) => {
      expect(chat.last.join('\n')).toContain(`（第 ${i + 1}/41 题 · `);
      chat.say(fullMarksAnswer(real, q.question, q.kind === 'veto'));
    });
    expect(chat.s.cursor).toBeNull();
    expect(Object.keys(chat.s.answers)).toHaveLength(41);
    const summary = chat.last.join('\n');
    expect(summary).toContain('全部 41 题已答完。');
    expect(summary).toContain('自评得分（暂定）100/100 分');
    expect(scoreSemester(real, { facts: FACTS, answers: chat.s.answers }).total).toBe(100);
    chat.say('提交');
    chat.say('确认');
    expect(chat.s.status).toBe('submitted');
  });
});

/** An answer that meets every requirement the question feeds (the veto: 否). */
function fullMarksAnswer(rubric: Rubric, q: Question, veto: boolean): string {
  if (veto) return '否';
  if (q.type === 'yesno') return '是';
  if (q.type === 'choice') {
    const req = rubric.items.flatMap((i) => i.requirements).find((r) => r.question === q.id);
    const index = q.choices?.findIndex((ch) => req?.accept?.includes(ch.id)) ?? 0;
    return String(index + 1);
  }
  return String(q.plausibleMax ?? 100);
}

describe('moving around', () => {
  it('skips, goes back, and shows the answer already given', () => {
    const chat = atFirstQuestion();
    let r = chat.say('跳过');
    expect(r).toContain('已跳过');
    expect(chat.s.skipped).toEqual(['q-2-team']);
    expect(chat.s.cursor).toBe('q-2-meetings');
    chat.say('3');
    r = chat.say('上一题');
    expect(chat.s.cursor).toBe('q-2-meetings');
    expect(r).toContain('当前答案：3 次；不改请回复“跳过”。');
    r = chat.say('跳过'); // keeps the answer
    expect(chat.s.answers['q-2-meetings']).toBe(3);
    expect(chat.s.skipped).toEqual(['q-2-team']);
    chat.say('上一题');
    chat.say('上一题');
    expect(chat.s.cursor).toBe('q-2-team');
    chat.say('是'); // a skipped question answered later leaves the skipped list
    expect(chat.s.skipped).toEqual([]);
    expect(chat.s.cursor).toBe('q-2-meetings');
  });

  it('edits item 10 after the end and comes back to the summary', () => {
    const chat = atFirstQuestion();
    chat.script(['是', '2', '1', '1', '1', '10', '是']);
    chat.say('跳过'); // the veto question
    expect(chat.s.cursor).toBeNull();
    expect(chat.last.join()).toContain('题目已走完，还有 1 题未答（第8题（一票否决））');

    let r = chat.say('修改第十条');
    expect(r).toContain('修改第10条（配齐配好教师）');
    expect(r).toContain('当前答案：1 名');
    expect(chat.s.cursor).toBe('q-10-fulltime');
    expect(chat.s.edit).toEqual({ section: 'item-10', returnTo: null });
    chat.say('2');
    r = chat.say('4名');
    expect(chat.s.cursor).toBeNull();
    expect(chat.s.edit).toBeNull();
    expect(r).toContain('改好了。');
    expect(r).toContain('回复“提交”提交，或“修改 N”修改。');
    expect(chat.s.answers['q-10-fulltime']).toBe(2);
    expect(chat.s.answers['q-10-parttime']).toBe(4);

    // In the middle, an edit returns to the question the user was on.
    const mid = atFirstQuestion();
    mid.say('是');
    r = mid.say('改第10条');
    expect(mid.s.edit).toEqual({ section: 'item-10', returnTo: 'q-2-meetings' });
    mid.script(['2', '跳过']);
    expect(mid.s.cursor).toBe('q-2-meetings');
    expect(mid.last.join()).toContain('改好了，回到刚才的题：');
    expect(mid.last.join()).toContain('（第 2/8 题 · 组织领导）');
  });

  it('answers 修改 N for items without questions or out of range', () => {
    const chat = atFirstQuestion();
    expect(chat.say('修改 1')).toContain('第1条不单独提问');
    expect(chat.say('修改 30')).toContain('没有第30条');
    expect(chat.s.cursor).toBe('q-2-team');
  });

  it('pauses and resumes where it stood', () => {
    const chat = atFirstQuestion();
    chat.say('是');
    let r = chat.say('暂停');
    expect(chat.s.status).toBe('paused');
    expect(r).toContain('已答 1/8 题');
    r = chat.say('3');
    expect(r).toContain('自评已暂停');
    expect(chat.s.answers['q-2-meetings']).toBeUndefined();
    r = chat.say('继续');
    expect(chat.s.status).toBe('in_progress');
    expect(r).toContain('继续自评：已答 1/8 题。');
    expect(r).toContain('（第 2/8 题 · 组织领导）');
  });

  it('shows progress, the result and help without moving', () => {
    const chat = atFirstQuestion();
    chat.script(['跳过', '1']);
    expect(chat.say('进度')).toContain('自评进度：已答 1/8 题，跳过 1 题（第2条）。当前：第 3/8 题 · 组织领导。');
    expect(chat.say('帮助')).toContain('修改 N');
    const score = chat.say('得分');
    expect(score).toContain('自评得分（暂定）');
    expect(score).toContain('未答 3 条');
    expect(chat.s.cursor).toBe('q-3-frequency');
  });
});

describe('interruptions and confirmations', () => {
  it('answers a rule question in the middle, then asks the current question again', () => {
    const chat = atFirstQuestion();
    chat.say('是');
    const r = chat.say('心理课多久上一次？');
    expect(r.startsWith(RULE_ANSWER)).toBe(true);
    expect(r).toContain('—— 接着自评 ——\n（第 2/8 题 · 组织领导）');
    expect(chat.s.cursor).toBe('q-2-meetings');
    expect(chat.s.failures).toBe(0);
    chat.say('2');
    expect(chat.s.answers['q-2-meetings']).toBe(2);
    // Out of scope: an ordinary failed answer.
    chat.say('今天天气怎么样');
    expect(chat.s.failures).toBe(1);
  });

  it('answers 「原文 12」 and 「第12条」 in the middle too, instead of reading them as an answer', () => {
    const clause = (text: string) => (/原文|第12条/.test(text) ? { inScope: true, text: '第12条全文……' } : null);
    const chat = atFirstQuestion(ctx({ answerRuleQuestion: clause }));
    for (const text of ['原文 12', '第12条']) {
      const r = chat.say(text);
      expect(r).toContain('第12条全文……\n\n—— 接着自评 ——\n（第 1/8 题');
      expect(chat.s.failures).toBe(0);
    }
    expect(chat.say('帮助')).toContain('答题中也可以直接问考核办法');
    expect(chat.s.cursor).toBe('q-2-team');
  });

  it('asks to confirm an implausible value before storing it', () => {
    const chat = atFirstQuestion();
    chat.say('是');
    let r = chat.say('300');
    expect(r).toContain('300 次？');
    expect(r).toContain('“确认”');
    expect(chat.s.answers['q-2-meetings']).toBeUndefined();
    expect(chat.s.pending).toEqual({ kind: 'value', question: 'q-2-meetings', value: 300 });
    r = chat.say('确认');
    expect(chat.s.answers['q-2-meetings']).toBe(300);
    expect(chat.s.pending).toBeNull();
    expect(chat.s.cursor).toBe('q-3-frequency');

    // A corrected value instead of 确认 replaces it.
    chat.say('上一题');
    chat.say('200');
    chat.say('3');
    expect(chat.s.answers['q-2-meetings']).toBe(3);
    // 否 declines and asks again.
    chat.say('上一题');
    chat.say('99');
    r = chat.say('否');
    expect(chat.s.answers['q-2-meetings']).toBe(3);
    expect(chat.s.cursor).toBe('q-2-meetings');
    expect(r).toContain('（第 2/8 题');
  });

  it('asks to confirm a veto before storing it', () => {
    const toVeto = () => {
      const chat = atFirstQuestion();
      chat.script(MINI_ALL_MET.slice(0, 7));
      expect(chat.s.cursor).toBe('q-99-veto');
      expect(chat.say('是')).toContain('一票否决');
      expect(chat.s.answers['q-99-veto']).toBeUndefined();
      return chat;
    };
    const slip = toVeto();
    slip.say('否');
    expect(slip.s.answers['q-99-veto']).toBe(false);
    expect(slip.s.cursor).toBeNull();
    const meant = toVeto();
    expect(meant.say('确认')).toContain('已填报发生学生因心理健康问题非正常死亡事件');
    expect(meant.s.answers['q-99-veto']).toBe(true);
  });

  it('offers 跳过 after three failed tries, not before', () => {
    const chat = atFirstQuestion();
    chat.say('是');
    expect(chat.say('很多')).not.toContain('跳过');
    expect(chat.say('abc')).not.toContain('跳过');
    const third = chat.say('???');
    expect(third).toContain('回复“跳过”');
    expect(chat.s.failures).toBe(3);
    chat.say('2');
    expect(chat.s.failures).toBe(0);
  });

  it('does not skip school facts nor take 不知道 for them', () => {
    const chat = new Chat(ctx());
    chat.say('自评');
    expect(chat.say('跳过')).toContain('不能跳过');
    expect(chat.s.cursor).toBe('fact-stage');
    chat.say('初中');
    chat.say('公办');
    expect(chat.say('不知道')).toContain('不能答“不知道”');
    expect(chat.s.facts.students).toBeUndefined();
    // Nor offer it: the yes/no fact's hint and re-prompt leave 不知道 out.
    const boarding = chat.script(['1800', '36']);
    expect(boarding).toContain('学校有寄宿生吗？\n请回复“是”或“否”');
    expect(boarding).not.toContain('不知道');
    expect(chat.say('看情况')).toBe('请回复“是”或“否”');
  });
});

describe('submitting, reopening, cancelling', () => {
  const finished = (c: AssessmentCtx) => {
    const chat = atFirstQuestion(c);
    chat.script(MINI_ALL_MET);
    return chat;
  };

  it('lets only the principal submit', () => {
    const chat = finished(ctx({ actor: { name: '李老师', canSubmit: false } }));
    expect(chat.last.join()).toContain('请校长回复“提交”提交');
    const r = chat.say('提交');
    expect(r).toContain('只有校长可以提交');
    expect(chat.s.pending).toBeNull();
    // A teacher cannot confirm the principal's pending submission either.
    chat.c = ctx();
    chat.say('提交');
    chat.c = ctx({ actor: { name: '李老师', canSubmit: false } });
    chat.say('确认提交');
    expect(chat.s.status).toBe('in_progress');
  });

  it('warns about unanswered questions before submitting', () => {
    const chat = atFirstQuestion();
    chat.script(['是', '跳过', '跳过']);
    const r = chat.say('提交');
    expect(r).toContain('还有 7 题未答（第2、3、10、20条、第8题（一票否决））');
    chat.say('2'); // anything else drops the pending submission and is read normally
    expect(chat.s.pending).toBeNull();
    expect(chat.s.status).toBe('in_progress');
  });

  it('reopens before the assessment date (Asia/Shanghai), not on or after it', () => {
    const submittedAt = (now: string) => {
      const chat = finished(ctx({ now }));
      chat.script(['提交', '确认提交']);
      expect(chat.s.status).toBe('submitted');
      return chat;
    };
    const early = submittedAt('2027-01-15T15:59:00.000Z'); // 23:59 on the 15th in Shanghai
    expect(early.say('重新打开')).toContain('已重新打开');
    expect(early.s.status).toBe('in_progress');
    expect(early.s.cursor).toBeNull();
    early.say('修改 10');
    early.say('3');
    expect(early.s.answers['q-10-fulltime']).toBe(3);

    const late = submittedAt('2027-01-15T16:00:00.000Z'); // 00:00 on the 16th in Shanghai
    expect(late.last.join()).not.toContain('重新打开');
    expect(late.say('重新打开')).toContain('考核日（2027年1月16日）已到，不能再重新打开');
    expect(late.s.status).toBe('submitted');

    expect(atFirstQuestion().say('重新打开')).toContain('还没有提交');
  });

  it('cancels only after 确认取消, and 自评 then starts afresh', () => {
    const chat = atFirstQuestion();
    chat.say('是');
    let r = chat.say('取消');
    expect(r).toContain('回复“确认取消”');
    chat.say('2'); // not a confirmation: the answer is read and the cancellation dropped
    expect(chat.s.status).toBe('in_progress');
    expect(chat.s.answers['q-2-meetings']).toBe(2);
    chat.say('取消');
    chat.say('确认'); // not enough
    expect(chat.s.pending).toEqual({ kind: 'cancel' });
    expect(chat.s.answers['q-2-meetings']).toBe(2);
    r = chat.say('确认取消');
    expect(chat.s.status).toBe('cancelled');
    expect(r).toContain('已取消');
    expect(chat.say('是')).toContain('本学期自评已取消');
    chat.c = ctx({ knownFacts: FACTS, factsConfirmedSemester: '2026-2027-1' });
    r = chat.say('自评');
    expect(chat.s.status).toBe('in_progress');
    expect(chat.s.answers).toEqual({});
    expect(chat.s.cursor).toBe('q-2-team');
  });
});

describe('state across restarts and semesters', () => {
  it('resumes from a JSON round-trip at the same question', () => {
    const chat = atFirstQuestion();
    chat.script(['是', '跳过', '上一题']);
    const stored = JSON.parse(JSON.stringify(chat.state)) as unknown;
    const revived = new Chat(ctx(), migrateState(stored));
    expect(revived.s).toEqual(chat.s);
    const r = revived.say('自评');
    expect(r).toContain('继续自评：已答 1/8 题，跳过 1 题。');
    expect(r).toContain('（第 2/8 题 · 组织领导）');
    revived.say('2');
    expect(revived.s.answers).toEqual({ 'q-2-team': true, 'q-2-meetings': 2 });
    expect(revived.s.cursor).toBe('q-3-frequency');
  });

  it('rejects stored states of an unknown version or shape', () => {
    const s = atFirstQuestion().s;
    expect(() => migrateState({ ...s, v: 2 })).toThrow(/版本/);
    expect(() => migrateState(null)).toThrow();
    expect(() => migrateState({ ...s, status: 'done' })).toThrow();
    expect(() => migrateState({ ...s, extra: 1 })).toThrow();
  });

  it('keeps answers under a new rubric version and moves off questions that are gone', () => {
    const chat = atFirstQuestion();
    chat.script(['是', '2']);
    const next: Rubric = {
      ...mini,
      version: 'sha256:0000000000000000',
      items: mini.items.map((i) => (i.id === 'item-3' ? { ...i, questions: [], requirements: [] } : i)),
    };
    chat.c = ctx({ rubric: next });
    const r = chat.say('继续');
    expect(chat.s.rubricVersion).toBe('sha256:0000000000000000');
    expect(chat.s.cursor).toBe('q-10-fulltime');
    expect(chat.s.answers).toEqual({ 'q-2-team': true, 'q-2-meetings': 2 });
    expect(r).toContain('（第 3/7 题 · 队伍建设）');
  });

  it('asks next semester to confirm the school facts in one message', () => {
    const c = ctx({ knownFacts: FACTS, factsConfirmedSemester: '2025-2026-2' });
    const yes = new Chat(c);
    let r = yes.start();
    expect(yes.s.cursor).toBe(FACTS_CHECK);
    expect(new Chat(c).script(['自评', '不变'])).toContain('（第 1/8 题'); // 不变 means 是 here
    expect(r).toContain('学校基本信息：初中·公办·学生 1800 人·共 36 个班·无寄宿生 仍然准确吗？（是/否）');
    r = yes.say('是');
    expect(yes.s.factsConfirmed).toBe(true);
    expect(yes.s.cursor).toBe('q-2-team');

    const no = new Chat(c);
    no.start();
    r = no.say('否');
    expect(r).toContain('当前：初中；不变请回复“不变”。');
    no.say('不变');
    no.say('跳过'); // with a current value, 跳过 keeps it too
    // Issue 11 §3: a change of the office's facts from the school side is confirmed, then pending.
    r = no.say('2000');
    expect(r).toContain('学生数：1800 人 → 2000 人？');
    r = no.say('确认');
    expect(r).toContain('已提交县教育局审核：学生数 1800 人 → 2000 人');
    expect(r).toContain('当前：36 个');
    no.script(['不变', '不变']);
    expect(no.s.facts).toEqual(FACTS);
    expect(no.s.proposed).toEqual({ students: 2000 });
    expect(no.s.factsConfirmed).toBe(true);
    expect(no.s.cursor).toBe('q-2-team');

    // The ranking stage is shown only when it differs from the stage.
    expect(new Chat(ctx({ knownFacts: { ...FACTS, rankStage: '初中' } })).start()).toContain('学校基本信息：初中·公办·');

    // Already confirmed this semester: straight to the questions.
    const same = new Chat(ctx({ knownFacts: FACTS, factsConfirmedSemester: '2026-2027-1' }));
    expect(same.start()).toContain('（第 1/8 题 · 组织领导）');
  });

  it('asks 排名学段 for a 九年一贯制 school and drops it when the stage changes', () => {
    const chat = new Chat(ctx());
    chat.say('自评');
    let r = chat.say('九年一贯制');
    expect(r).toContain('（基本信息 2/6）\n九年一贯制学校按哪个学段参加排名？');
    chat.script(['初中', '公办', '900', '20', '是']);
    expect(chat.s.facts).toEqual({ stage: '九年一贯制', rankStage: '初中', ownership: '公办', students: 900, classesFromGrade4: 20, boarding: true });
    expect(chat.s.factsConfirmed).toBe(true);
    r = chat.say('修改基本信息');
    expect(chat.s.edit).toEqual({ section: 'facts', returnTo: 'q-2-team' });
    chat.say('初中');
    expect(chat.s.facts.rankStage).toBeUndefined();
    expect(chat.s.cursor).toBe('fact-ownership');
    chat.script(['不变', '不变', '不变', '不变']);
    expect(chat.s.cursor).toBe('q-2-team');
    expect(chat.s.facts.stage).toBe('初中');
  });
});

describe('result texts', () => {
  const worst = () => {
    const chat = new Chat(ctx({ rubric: real }));
    chat.say('自评');
    chat.script(FACT_ANSWERS);
    for (const q of rubricQuestions(real)) chat.say(q.question.type === 'yesno' ? (q.kind === 'veto' ? '是' : '否') : q.question.type === 'choice' ? String(q.question.choices?.length ?? 1) : '0');
    chat.say('确认'); // the veto
    return chat;
  };

  it('fits the summary and 得分 on a phone, with deductions, gains and evidence', () => {
    const chat = worst();
    const summary = chat.last.join();
    expect(summary.length).toBeLessThanOrEqual(PHONE_CHARS);
    expect(summary).toContain('一票否决');
    expect(summary).toContain('扣分：');
    expect(summary).toContain('回复“详细”');
    const score = chat.say('得分');
    expect(score.length).toBeLessThanOrEqual(PHONE_CHARS);

    const partial = atFirstQuestion();
    partial.script(['是', '1', '3', '1', '2', '5', '否', '否']);
    const r = partial.last.join();
    expect(r).toMatch(/扣分：\n· 第\d+条 −/);
    expect(r).toContain('最能提分：\n1. ');
    expect(r).toContain('需备资料：\n· 第2条：会议纪要、签到表');
  });

  it('lists 第1条 (scored from the others) after the deductions it follows from', () => {
    const chat = new Chat(ctx({ rubric: real }));
    chat.say('自评');
    chat.script([...FACT_ANSWERS, '是', '2', '否']);
    const score = chat.say('得分');
    expect(score).toMatch(/扣分：\n· 第2条 −2：未做到：每周行政例会必讲心理健康工作\n· 第1条 −9\.5：按二至七项得分/);
  });

  it('gives the whole breakdown with 详细, in messages of at most 1500 characters', () => {
    const chat = worst();
    chat.say('详细');
    const parts = chat.last;
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MESSAGE_CHARS);
    const all = parts.join('\n');
    for (const item of real.items) expect(all).toContain(`第${item.no}条 ${item.title}：`);
  });
});

describe('properties', () => {
  /** A state at every question of the mini rubric (facts included), reached by answering. */
  const statesAtEveryQuestion = (): AssessmentState[] => {
    const chat = new Chat(ctx());
    chat.say('自评');
    const states: AssessmentState[] = [];
    for (const text of [...FACT_ANSWERS, ...MINI_ALL_MET]) {
      states.push(chat.s);
      chat.say(text);
    }
    return states;
  };

  it('never throws on random text at any question; a rejected answer changes nothing', () => {
    const states = statesAtEveryQuestion();
    const list = assessmentQuestions(mini, FACTS);
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('一千八百', '2千3百', '1,800人', '－3', '不知道', '确认', '不变', '?')), (state, text) => {
        const out = step(state, { type: 'text', text }, ctx());
        expectGuiding(out.replies);
        const q = list.find((x) => x.id === state.cursor);
        if (q && !parseAnswer(q.question, text).ok) {
          expect(out.state.answers).toEqual(state.answers);
          expect(out.state.facts).toEqual(state.facts);
        }
        expect(AssessmentStateSchema.safeParse(JSON.parse(JSON.stringify(out.state))).success).toBe(true);
      }),
      { numRuns: 400, seed: 20261102 },
    );
  });

  it('stays valid through any sequence of commands and answers', () => {
    const words = ['自评', '继续', '暂停', '跳过', '上一题', '修改 10', '修改第二条', '修改基本信息', '进度', '得分', '详细', '提交', '确认提交', '确认', '重新打开', '取消', '确认取消', '帮助', '不变', '是', '否', '2', '300', '每周', '心理课几节？', '不知道', 'abc'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 40 }), fc.boolean(), (texts, principal) => {
        const c = ctx({ actor: { name: 'x', canSubmit: principal } });
        let s: AssessmentState | null = null;
        for (const text of texts) {
          const out = step(s, { type: 'text', text }, c);
          expectGuiding(out.replies);
          s = migrateState(JSON.parse(JSON.stringify(out.state)));
          if (!principal) expect(s.status).not.toBe('submitted');
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  // Issue 11 §1/§2 fuzz: a principal, a teacher and the office (knownFacts on record) interleaving
  // random commands and answers. The state stays valid; an answer only ever lands on the question
  // its sender was shown (or awaits their confirmation); a teacher never reopens, cancels or restores.
  it('keeps each person on their own question through any interleaving (3 people, 6,000 messages)', () => {
    const words = ['自评', '继续', '暂停', '跳过', '上一题', '修改 10', '修改 一票否决', '补答', '恢复', '修改基本信息', '提交', '确认提交', '确认', '重新打开', '取消', '确认取消', '不变', '是', '否', '对', '2', '300', '1', '每周', '记不清', '有一部分', '不知道'];
    const people = [
      { name: '王校长', canSubmit: true, key: 'p' },
      { name: '李老师', canSubmit: false, key: 't' },
      { name: '赵科长', canSubmit: true, key: 'o', ownsFacts: true },
    ];
    let messages = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...words)), { minLength: 20, maxLength: 20 }), (turns) => {
        let s: AssessmentState | null = null;
        for (const [who, text] of turns) {
          const actor = people[who]!;
          const c = ctx({ actor, knownFacts: FACTS, factsConfirmedSemester: '2025-2026-2' });
          const view = s?.views[actor.key];
          const out = step(s, { type: 'text', text }, c);
          messages++;
          expectGuiding(out.replies);
          const next = migrateState(JSON.parse(JSON.stringify(out.state)));
          if (s && view) {
            const changed = Object.keys({ ...s.answers, ...next.answers }).filter((id) => JSON.stringify(s!.answers[id]) !== JSON.stringify(next.answers[id]));
            const restoring = s.status !== next.status || text === '恢复' || text === '自评';
            if (!restoring) for (const id of changed) expect([view.cursor, view.pending?.kind === 'value' ? view.pending.question : null]).toContain(id);
          }
          if (!actor.canSubmit && s) {
            if (s.status === 'submitted') expect(next.status).toBe('submitted');
            if (s.status !== 'cancelled') expect(next.status).not.toBe('cancelled');
            if (s.status === 'cancelled') expect(['cancelled', 'in_progress']).toContain(next.status);
          }
          // The teacher's fact changes wait for the office; the principal's too.
          if (actor.key !== 'o' && s) for (const k of Object.keys(next.facts) as (keyof typeof FACTS)[]) if (s.facts[k] !== undefined && k !== 'rankStage') expect(next.facts[k]).toBe(s.facts[k]);
          s = next;
        }
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(messages).toBe(6000);
  });

  it('is deterministic: the same events give byte-identical states and replies', () => {
    const script = ['自评', ...FACT_ANSWERS, '是', '300', '确认', '心理课多久上一次？', '跳过', '2', '修改 10', '3', '4', '进度', '得分', '详细', '暂停', '继续', '10', '是', '否', '提交', '确认提交'];
    const run = () => {
      let s: AssessmentState | null = null;
      const out: string[] = [];
      for (const text of script) {
        const r = step(s, { type: 'text', text }, ctx());
        s = r.state;
        out.push(JSON.stringify(r));
      }
      return out.join('\n');
    };
    const a = run();
    expect(run()).toBe(a);
    expect(a).toContain('"status":"submitted"');
  });
});
