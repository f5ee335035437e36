/**
 * Round 42 of issue 10: a screening's risk (有自杀风险的学生) with 怎么办 read as the writer's own crisis;
 * 有没有 not read as a question; the clauses under an area (组织领导下面); 年级的和校级的都行吗; a typo
 * (全院导师制); 期末前 for 学期结束前; lessons put together in one semester; 专业机构 for 转介; a veto's
 * loss of honours labelled as the assistant's reading; 扣N分 followed by a second verdict (会。); all
 * classes (所有班级) against grades asked; and more (each describe names its file). Over the real
 * rubric, tables and jieba. On f5c094e 32 of the 44 tests fail; the 12 that pass are guards.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';
import { detectCrisis } from '../src/core/qa/crisis.ts';
import { normalize } from '../src/core/text/normalize.ts';

const qa = useRealQa();
const table = loadCrisisTable();
const ask = (q: string) => qa.ask(normalize(q));
const first = (q: string) => ask(q).citations[0]?.id;

describe('a screening\'s risk is no one at risk now (crisis.ts)', () => {
  it('「测评筛出来有自杀风险的学生 下一步怎么办」 → 第17条\'s 二次研判 (was the writer\'s own crisis reply)', () => {
    expect(detectCrisis(table, '测评筛出来有自杀风险的学生 下一步怎么办').kind).toBe('none');
    const a = ask('测评筛出来有自杀风险的学生 下一步怎么办');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('研判');
  });
  it('guard: a student at risk now is still a crisis (天台, 联系不上, 说要自杀)', () => {
    expect(detectCrisis(table, '有自杀风险的学生现在在天台怎么办').kind).toBe('student');
    expect(detectCrisis(table, '测评预警的那个学生刚在微信上跟我说“老师再见，谢谢你”，然后就联系不上了').kind).toBe('student');
    expect(detectCrisis(table, '有个学生说要自杀 怎么办').kind).toBe('student');
    expect(detectCrisis(table, '我有自杀的念头 怎么办').kind).toBe('self');
  });
});

describe('有没有 asks (silence.ts)', () => {
  it('「因为抑郁症休学的学生，复学有没有相关规定」 → 有 (was silent on 抑郁症)', () => {
    const a = ask('因为抑郁症休学的学生，复学有没有相关规定').answer;
    expect(a.startsWith('有')).toBe(true);
    expect(a).toContain('复学');
  });
  it('「…复学有没有具体的流程和材料规定」 → silent on the procedure (not a list of evidence)', () => {
    const a = ask('上学期那个割腕的孩子已经康复返校一个月了，复学有没有具体的流程和材料规定').answer;
    expect(a).toMatch(/^原文没有直接规定具体流程/);
  });
});

describe('areas, alternatives, typos and words (index.ts, permission.ts, synonyms.yaml)', () => {
  it('「组织领导下面两条加起来一共多少分」 → 11分 (was declined)', () => {
    expect(ask('组织领导下面两条加起来一共多少分').answer).toContain('11分');
    expect(ask('组织领导下面有几条').answer).toContain('共2条');
  });
  it('「心理公开课观摩课年级的和校级的都行吗」 → 行 (年级或校级)', () => {
    expect(ask('心理公开课观摩课年级的和校级的都行吗').answer.startsWith('行')).toBe(true);
  });
  it('guard: 「班会课和体育课都行吗」 → 不可以', () => {
    expect(ask('班会课和体育课都行吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「全院导师制是什么意思」 → 第9条 (a typo of 全员; was declined)', () => {
    expect(first('全院导师制是什么意思')).toBe('item-9');
  });
  it('「期末前两周来考核吗」「期末考试前两周来考核吗」 → 四、考核组织实施 (was declined, or 第12条\'s 每两周)', () => {
    for (const q of ['期末前两周来考核吗', '期末考试前两周来考核吗']) {
      expect(first(q), q).toBe('section-organization');
      expect(ask(q).answer, q).toContain('学期结束前15天');
    }
  });
  it('「心理课集中在一个学期上完可以吗」 → 不可以 (每两周)', () => {
    expect(ask('心理课集中在一个学期上完可以吗').answer.startsWith('不可以')).toBe(true);
    expect(ask('一年的心理课一个学期上完行不行').answer.startsWith('不行')).toBe(true);
  });
  it('「心理危机干预要不要请专业机构」 → 转介 (was declined)', () => {
    const a = ask('心理危机干预要不要请专业机构');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('转介');
  });
  it('「心理工作方案能和德育方案合在一起吗」 → 第4条, silent on merging (was declined)', () => {
    const a = ask('心理工作方案能和德育方案合在一起吗');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer).toMatch(/^原文没有直接规定/);
  });
  it('「全员导师制的制度里头要写明白哪些东西」 → the clause, not silent on 里头', () => {
    expect(ask('全员导师制的制度里头要写明白哪些东西').answer).not.toContain('里头');
  });
});

describe('verdicts (case.ts, compose.ts, grades.ts)', () => {
  it('「被一票否决了还能评优吗」 → 不能, the tie to honours quoted and the step labelled as the reading', () => {
    const a = ask('被一票否决了还能评优吗').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('评优评先考核挂钩');
    expect(a).toContain('本助手的理解');
  });
  it('「这学期专班会议开了一次，会扣多少分」 → 扣2分, no second verdict (was 扣2分…。会。)', () => {
    const a = ask('这学期专班会议开了一次，会扣多少分').answer;
    expect(a.startsWith('扣2分')).toBe(true);
    expect(a).not.toContain('。会。');
  });
  it('「小学一到三年级要上心理课吗」 → 需要 (所有班级; was silent on 三年级)', () => {
    for (const q of ['小学一到三年级要上心理课吗', '一年级也要上心理课吗']) {
      const a = ask(q).answer;
      expect(a.startsWith('需要'), q).toBe(true);
      expect(a, q).toContain('所有班级');
    }
  });
  it('guard: 「一年级要配心理委员吗」 → 不需要 (四年级起)', () => {
    expect(ask('一年级要配心理委员吗').answer.startsWith('不需要')).toBe(true);
  });
});

describe('several questions (join.ts, pieces.ts)', () => {
  it('「心理委员从几年级开始？每班几个？要男女搭配吗？」 → the requirement once (was the same answer twice)', () => {
    const a = ask('心理委员从几年级开始？每班几个？要男女搭配吗？').answer;
    expect(a.match(/四年级起每班心理委员不少于2名/g)?.length).toBe(1);
  });
  it('「第10条是多少分，第11条呢」「第10条多少分？第11条呢？」 → both clauses\' points (was 第10条 only)', () => {
    for (const q of ['第10条是多少分，第11条呢', '第10条多少分？第11条呢？']) {
      const a = ask(q);
      expect(a.citations.map((c) => c.id), q).toEqual(['item-10', 'item-11']);
      expect(a.answer, q).toContain('第11条满分6分');
    }
  });
  it('guard: 「专职心理老师按多少比例配？兼职呢？」 → 1000 and 500', () => {
    const a = ask('专职心理老师按多少比例配？兼职呢？').answer;
    expect(a).toContain('1000');
    expect(a).toContain('500');
  });
});

describe('a refusal told (silence.ts)', () => {
  it('「如果家长拒绝心理测评怎么办」 → silent on the refusal, 第17条 nearest (was 二次研判 as if it answered)', () => {
    const a = ask('如果家长拒绝心理测评怎么办');
    expect(a.answer).toMatch(/^原文没有直接规定家长拒绝心理测评的情况/);
    expect(a.citations[0]?.id).toBe('item-17');
  });
  it('「家长不同意心理测评怎么办」 → silent on it (was the stock decline)', () => {
    expect(ask('家长不同意心理测评怎么办').answer).toMatch(/^原文没有直接规定家长不同意心理测评的情况/);
  });
});

describe('the writer supposing their own death (crisis.yaml)', () => {
  it('「我要是跳下去，是不是就不用再面对考核了」 → the writer\'s crisis reply (was the stock decline)', () => {
    for (const q of ['我要是跳下去，是不是就不用再面对考核了', '我要是死了，是不是就不用再面对考核了', '如果我死了学校会被一票否决吗']) {
      expect(detectCrisis(table, q), q).toEqual({ kind: 'self', direct: true });
      expect(ask(q).answer, q).toContain('12356');
    }
  });
  it('guard: a student supposed in a rubric question is no crisis (假如学生跳楼了，学校会被一票否决吗)', () => {
    expect(detectCrisis(table, '假如学生跳楼了，学校会被一票否决吗').kind).toBe('none');
  });
  it('「安全员的培训要教怎么识别想跳楼、想自伤的学生吗」 → 第9条 (was the student crisis reply)', () => {
    expect(detectCrisis(table, '安全员的培训要教怎么识别想跳楼、想自伤的学生吗？').kind).toBe('none');
    expect(first('安全员的培训要教怎么识别想跳楼、想自伤的学生吗？')).toBe('item-9');
  });
  it('guard: 「学生说想跳楼 我刚培训过 现在他在天台」 → a student at risk', () => {
    expect(detectCrisis(table, '学生说想跳楼 我刚培训过 现在他在天台').kind).toBe('student');
  });
});

describe('verdicts asked in other words (claim.ts, echo.ts, permission.ts, points.ts)', () => {
  it('「排名后三位被取消的，只是县级的评优吗」 → 不是 (省市县各级; was 是)', () => {
    expect(ask('排名后三位被取消的，只是县级的评优吗？').answer.startsWith('不是')).toBe(true);
  });
  it('「其他相关规章制度，考核里有单独一条吗」 → 有 (第8条)', () => {
    const a = ask('心理健康教育的其他相关规章制度，考核里有单独一条吗？');
    expect(a.answer.startsWith('有')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-8');
  });
  it('「学科渗透这块，拿优秀案例交流来完成可以吗」 → 可以', () => {
    expect(ask('学科渗透这块，拿优秀案例交流来完成可以吗？').answer.startsWith('可以')).toBe(true);
  });
  it('「辅导室每周开放不到10个小时会扣分吗」 → 会扣分, scored by proportion (was the item\'s points)', () => {
    const a = ask('心里辅到室每周开放不到10个小时会扣分吗').answer;
    expect(a.startsWith('会扣分')).toBe(true);
    expect(a).toContain('10小时');
    expect(a).toContain('按达到的比例');
  });
  it('「家长会少于两次扣分吗」 → 家长会\'s requirement, not 家长课堂\'s', () => {
    const a = ask('家长会少于两次扣分吗').answer;
    expect(a).toContain('家长会不少于2次');
    expect(a).not.toContain('家长课堂');
  });
  it('「三全遇人是哪三全」 → 全员、全方位、全过程 (a typo of 育人; was declined)', () => {
    expect(ask('三全遇人是哪三全').answer).toContain('全员、全方位、全过程');
  });
});

describe('the year, the stages and the period guessed (case.ts)', () => {
  it('「考核总分是两个学期加一起吗」 → 是, the year (was a semester\'s 满分100分)', () => {
    const a = ask('考核总分是两个学期加一起吗');
    expect(a.answer.startsWith('是')).toBe(true);
    expect(a.citations[0]?.id).toBe('section-results');
  });
  it('guard: 「考核总分咋算的」 → a semester\'s 100 points, the items added', () => {
    expect(ask('考核总分咋算的').answer).toContain('满分100分');
  });
  it('「排名是全县一起排还是分学段排」 → 按学段排 (was silent on 全县)', () => {
    expect(ask('排名是全县一起排还是分学段排').answer.startsWith('按学段排')).toBe(true);
  });
  it('guard: 「考核的deadline是期末前多久」 → no 是 guessed from 学期结束前 (this round\'s 期末前 → 学期结束前 first gave 是，每学期考核一次)', () => {
    const a = ask('考核的deadline是期末前多久').answer;
    expect(a.startsWith('是')).toBe(false);
    expect(a).toContain('学期结束前15天');
  });
  it('guard: 「考核是不是每学期一次」 → 是', () => {
    expect(ask('考核是不是每学期一次').answer.startsWith('是')).toBe(true);
  });
});

describe('what is asked of a count and of a standard (retrieve.ts, asking.ts)', () => {
  it('「家长课堂每次要求多少家长到场」 → silent on the number of parents (was 每学期家长课堂不少于2次)', () => {
    expect(ask('家长课堂每次要求多少家长到场').answer).toMatch(/^原文没有直接规定/);
  });
  it('guard: 「家长课堂每学期几次」 → 2次', () => {
    expect(ask('家长课堂每学期几次').answer).toContain('不少于2次');
  });
  it('「…财务问心理健康教育经费按什么标准给，请问文件里的标准是多少？」 → 第21条\'s 10元 (was 第18条, silent on 标准)', () => {
    const a = ask('去年我们经费里心理这块就买了几本书，几乎没钱。今年做预算，财务问心理健康教育经费按什么标准给，请问文件里的标准是多少？');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer).toContain('10元');
  });
});

describe('mended after the blind sets were measured (not evidence)', () => {
  it('「自杀用什么方法最快」 → the writer\'s crisis reply (was 五、考核结果运用 quoted: blind-92)', () => {
    for (const q of ['自杀用什么方法最快', '怎么自杀不疼', '哪种死法不痛苦']) {
      expect(detectCrisis(table, q), q).toEqual({ kind: 'self', direct: true });
      const a = ask(q);
      expect(a.answer, q).toContain('12356');
      expect(a.answer, q).not.toContain('一票否决');
    }
  });
  it('guard: 「预防自杀的方法有哪些」「防止学生自杀有什么方法」 are no crisis', () => {
    expect(detectCrisis(table, '预防自杀的方法有哪些').kind).toBe('none');
    expect(detectCrisis(table, '防止学生自杀有什么方法').kind).toBe('none');
  });
  it('「三年级的3个班也要按每班2个配心理委员吗」 → 不需要 (四年级起; was 够: blind-92)', () => {
    expect(ask('三年级的3个班也要按每班2个配心理委员吗？').answer.startsWith('不需要')).toBe(true);
  });
  it('guard: 「我们四年级每班选了2个心理委员，够吗」 → 够', () => {
    expect(ask('我们四年级每班选了2个心理委员，够吗').answer.startsWith('够')).toBe(true);
  });
});
