/**
 * Round 34 of issue 10: the silence model reads a message of several questions too; what a plan
 * would make known is guarded by the clause that speaks of it (guard.ts: 辅导 → 第20条's 保密原则);
 * a place asked is the sentence that names one; and a few of the asker's words the table lacked.
 * Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/core/qa/answer.ts';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const rulesOnly = (q: string) => answerQuestion({ ...qa.index, silence: undefined }, q);

describe('the silence model reads a message of several questions (answer.ts)', () => {
  it('「测评量表用哪个，SCL-90行不行」: one piece quoted as if it answered, the other declined → the text is silent, 第17条 nearest', () => {
    const q = '测评量表用哪个，SCL-90行不行';
    expect(rulesOnly(q).answer.startsWith('原文没有')).toBe(false);
    const a = ask(q);
    expect(a.answer.startsWith('原文没有直接规定这一点。最相关的是第17条')).toBe(true);
    expect(a.answer).not.toContain('另有1个问题');
  });
  it('「学生休学要交什么材料，最长能休多久」: not the evidence list of 第17条', () => {
    const a = ask('学生休学要交什么材料，最长能休多久');
    expect(a.answer.startsWith('原文没有直接规定这一点')).toBe(true);
    expect(a.answer).not.toContain('要准备');
  });
  it('guard: a piece already told silent keeps what it names (「对考核结果不服能申诉吗，找谁申诉」 → 申诉)', () => {
    expect(ask('对考核结果不服能申诉吗，找谁申诉').answer.startsWith('原文没有直接规定申诉')).toBe(true);
  });
  it('guard: a figure worked out in one of the pieces is never overridden (「1800个学生要几个专职心理老师？经费要多少？」)', () => {
    const a = ask('1800个学生要几个专职心理老师？经费一年要多少？');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('18000');
  });
});

describe('what a plan would make known is guarded by the clause that speaks of it (guard.ts)', () => {
  it('「做心理辅导时可以把学生说的事讲给全班听吗」 → 不可以, 第20条 遵循保密原则 (not 第17条 for 学生)', () => {
    const a = ask('做心理辅导时可以把学生说的事讲给全班听吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.answer).toContain('保密');
    expect(a.citations[0]?.id).toBe('item-20');
  });
  it('「辅导记录可以拿到全校大会上当案例讲吗」 → 不可以, 第20条 (当案例讲 makes it known)', () => {
    const a = ask('辅导记录可以拿到全校大会上当案例讲吗');
    expect(a.answer.startsWith('不可以')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-20');
  });
  it('guard: a student’s crisis told to a parents’ group is still 第17条 (隐私保护), though only 学生 names it', () => {
    const a = ask('如果有学生说想死，我们能不能在家长群里通报一下让大家注意？');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
  it('guard: screening results in a parents’ group stay 第17条 (防止信息泄露)', () => {
    const a = ask('测评结果能不能发到家长群里');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('防止信息泄露');
  });
});

describe('a place asked is the sentence that names one (sentences.ts)', () => {
  it('「…县里考核工作领导小组的办公室设在哪里？」 → 指导中心, not the sentence that only lists the group', () => {
    const a = ask('我们想咨询考核细则的问题，但不知道该找谁。县里考核工作领导小组的办公室设在哪里？');
    expect(a.answer).toContain('指导中心');
    expect(a.citations[0]?.id).toBe('section-organization');
  });
  it('「领导小组办公室在哪」 (在哪 alone) → 指导中心', () => {
    expect(ask('考核领导小组办公室在哪').answer).toContain('指导中心');
  });
});

describe('the asker’s words the table lacked (rubric/synonyms.yaml)', () => {
  it('「倾听一刻钟 能跟家里人聊吗 还是只能跟老师」 → 能 (家里人 is 家人)', () => {
    const a = ask('就是 倾听一刻钟 能跟家里人聊吗 还是只能跟老师');
    expect(a.answer.startsWith('能')).toBe(true);
    expect(a.answer).toContain('家人');
  });
  it('「心理测评是不是开学那段时间做」 → 是 (用好开学重要时段)', () => {
    const a = ask('嗯心理测评是不是开学那段时间做');
    expect(a.answer.startsWith('是')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
  it('「预警学生筛出来以后 还要再判一次吗」 → 要, 二次研判', () => {
    const a = ask('那个预警学生 筛出来以后 还要再判一次吗');
    expect(a.answer.startsWith('要')).toBe(true);
    expect(a.answer).toContain('二次研判');
  });
  it('guard: 「再办一次」 is not mended into 再判一次 (家长课堂 stays 第15条)', () => {
    const a = ask('学期快结束了，这学期忙着迎检，家长课堂只开了一次。下周还能再办一次。这一项最低要求是几次？');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer).toMatch(/2次/);
  });
  it('guard: 「督学每个学期要来学校参加几次心理活动」 leads with the requirement (心理活动 is 主题活动, however jieba cuts it)', () => {
    expect(ask('督学每个学期要来学校参加几次心理活动').answer.startsWith('每学期责任督学参与主题活动不少于1次')).toBe(true);
  });
});

describe('what the text never says, asked in ways the rules missed (nearest.ts, answer.ts)', () => {
  it('「心理测评要家长签同意书吗」: a paper the rubric never names → silent, not 「要」 from the sentence on 家长', () => {
    const a = rulesOnly('心理测评要家长签同意书吗');
    expect(a.answer.startsWith('原文没有直接规定同意书')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
  it('「心理剧比赛怎么评分」「优秀心理老师怎么评」: another contest’s marking → silent, 第11条 nearest (not its points)', () => {
    for (const q of ['心理剧比赛怎么评分', '优秀心理老师怎么评']) {
      const a = rulesOnly(q);
      expect(a.answer.startsWith('原文没有直接规定这一点。最相关的是第11条')).toBe(true);
      expect(a.answer).not.toContain('1.5分');
    }
  });
  it('「家长课堂能不能收家长一点资料费」: money asked of parents → silent (向家长收费), not the count of 家长课堂', () => {
    const a = ask('家长课堂能不能收家长一点资料费');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-15');
  });
  it('guard: the assessment’s own marking of that clause keeps its points (「优质课比赛这一项考核怎么打分」 → 6分)', () => {
    expect(ask('优质课比赛这一项考核怎么打分').answer).toContain('6分');
  });
});

describe('blind-69 (measured once mid-round), mended on principles', () => {
  it('「督学能不能一学期一次都不来学校」: 一次都不来 is none → 不能 (not 「能…你说的是每学期1次」)', () => {
    const a = ask('督学能不能一学期一次都不来学校');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('0次');
  });
  it('guard: 「成长导师能不能一个都不配」 stays a post left out → 不能', () => {
    expect(ask('成长导师能不能一个都不配，让班主任统一管就行').answer.startsWith('不能')).toBe(true);
  });
  it('「年生均心理经费低于10块钱可以吗」: a figure told as a bound from above is below it → 不够 (not 「够…生均10元」)', () => {
    const a = ask('年生均心理经费低于10块钱可以吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('低于10元');
  });
  it('guard: 「生均低于20元够吗」 is not decided (it may be 10 or 19); 「生均不低于10元够吗」 → 够', () => {
    expect(ask('生均低于20元够吗').answer.startsWith('不够')).toBe(false);
    expect(ask('生均不低于10元够吗').answer.startsWith('够')).toBe(true);
  });
  it('「学校心理工作没做好 有追责的说法吗」 → 有 (whether there is a rule, not leave: not 「不可以」)', () => {
    const a = ask('学校心理工作没做好 有追责的说法吗');
    expect(a.answer.startsWith('有')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-6');
  });
  it('guard: a plan that leaves the mechanism out is still refused (「考核激励机制没建 可以吗」 → 不可以)', () => {
    expect(ask('考核激励机制没建 可以吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「全校5000学生，专职兼职合起来至少要几个心理老师」 → 15 in all', () => {
    expect(ask('全校5000学生，专职兼职合起来至少要几个心理老师').answer).toContain('合计不少于15名');
  });
  it('「初一到初三每个年级8个班，按每两周一节心理课，全校平均一周要排多少节」 → 24个班, 每周12课时', () => {
    const a = ask('初一到初三每个年级8个班，按每两周一节心理课，全校平均一周要排多少节');
    expect(a.answer.startsWith('24个班每周至少12课时')).toBe(true);
  });
  it('「我们一个月上一节心理课，这学期18周，够吗」 (blind-65): over the asker’s 18 weeks → 9课时 needed, 4.5 given', () => {
    const a = ask('我们一个月上一节心理课，这学期18周，够吗');
    expect(a.answer.startsWith('不够')).toBe(true);
    expect(a.answer).toContain('18周至少9课时，你说的是4.5课时');
  });
  it('guard: three weeks a lesson keeps its whole multiple (每6周至少3课时，你说的是2课时)', () => {
    expect(ask('这学期20周，我们三周上一节，够吗').answer).toContain('每6周至少3课时，你说的是2课时');
  });
  it('「24个班，一学期20周，全校总共多少节」: 节 asked are lessons (第12条), not committee members', () => {
    const a = ask('24个班，一学期20周，全校总共多少节');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('240课时');
  });
  it('「…举办者说只有公办学校才考这个。我们到底在不在考核范围里」: A不A asks → one answer, 在', () => {
    const a = ask('我们是民办初中，举办者说只有公办学校才考这个。我们到底在不在考核范围里');
    expect(a.answer.startsWith('在')).toBe(true);
  });
  it('「全园导师制是个啥要求」: 全园 is 全员 mistyped, 是个啥 asks what it is → 人人有导师', () => {
    const a = ask('全园导师制是个啥要求');
    expect(a.answer).toContain('人人有导师');
  });
  it('「领导说后勤岗位也要有心理健康安全员，这是规定吗」 → 是 (the claim checked)', () => {
    expect(ask('领导说后勤岗位也要有心理健康安全员，这是规定吗').answer.startsWith('是')).toBe(true);
  });
  it('「我是县教育局的，要给各校讲考核结果怎么用…结果还跟谁的评优挂钩」: the asker’s office is no subject → 五、考核结果运用 first', () => {
    const a = ask('我是县教育局的，要给各校讲考核结果怎么用。大家最关心评优评先。除了学校本身，结果还跟谁的评优挂钩');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('校长');
  });
});

describe('probes written this round (not blind), mended on principles', () => {
  it('「心理课能不能隔三周上一次」: 隔三周 skips three weeks (as 隔一周 skips one) → 不能 (not 「能…每2周1课时」)', () => {
    const a = ask('心理课能不能隔三周上一次');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).not.toContain('每2周1课时');
  });
  it('guard: 隔周 / 隔一周 stay every second week → 行 / 够', () => {
    expect(ask('心理课隔周上一次行吗').answer.startsWith('行')).toBe(true);
    expect(ask('心理课隔一周上一次够吗').answer.startsWith('够')).toBe(true);
  });
  it('「倾听一刻钟能不能一周聊一次」: a daily requirement against one day a week → 不能, 还差4个上课日', () => {
    const a = ask('倾听一刻钟能不能一周聊一次');
    expect(a.answer.startsWith('不能')).toBe(true);
    expect(a.answer).toContain('每天的要求');
  });
  it('「考核成绩会不会在县里的公众号上公布」: a channel the text never names → silent', () => {
    expect(ask('考核成绩会不会在县里的公众号上公布').answer.startsWith('原文没有直接规定公布的渠道')).toBe(true);
  });
});


describe('blind-70 (measured once at the end) — the crisis it missed, mended after (not evidence)', () => {
  it('「刚才差点把车开进河里，是故意的」: driving into water, said to be on purpose → the crisis reply for the writer', () => {
    const a = ask('刚才差点把车开进河里，是故意的');
    expect(a.crisis).toBe('self');
    expect(a.answer).toContain('12356');
  });
  it('guard: the same near-accident on a slippery road is no crisis', () => {
    expect(ask('差点把车开进河里 路太滑了 吓死我了').crisis).toBeUndefined();
  });
  it('「thanks a lot」「Thank you so much」 → the short thanks, not the stock decline', () => {
    for (const q of ['thanks a lot', 'Thank you so much']) expect(ask(q).answer.startsWith('不客气')).toBe(true);
  });
});
