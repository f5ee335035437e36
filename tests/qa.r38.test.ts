/**
 * Round 38 of issue 10: counts asked about, never read as done (还要再开一次吗, 能不能补一次); weeks
 * told off beside a weekly amount (那两周停了, 有3周没上); a figure of a kind a clause never gives
 * (主题活动有次数要求吗, 家长课堂有时长要求吗) named as silent, and 有 for one it gives; a grade's own
 * public lesson counted; a kind of school said to be out, denied; the holiday as the semester's end;
 * 、 before 怎么 splits two questions; pinyin of the crisis table's words read as the words; ranges and
 * areas summed; what blind-81's and blind-82's one measurement showed (read after it: not evidence).
 * On ddeacc9, 56 of these 76 fail; the 20 that pass are guards. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';
import { detectCrisis, foldForCrisis } from '../src/core/qa/crisis.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const first = (q: string) => ask(q).citations[0]?.id;
const table = loadCrisisTable();

describe('a count asked about is no count done (normalize.ts)', () => {
  it('「家长会开了1次，期末前还要再开一次吗」 → 需要, 还差1次 (was 不需要 on 1+1 = 2)', () => {
    const a = ask('家长会开了1次，期末前还要再开一次吗').answer;
    expect(a.startsWith('需要')).toBe(true);
    expect(a).toContain('还差1次');
  });
  it('「能不能补一次家长课堂」 → never 「你说的是每学期1次」 (was 不能 on a count never told)', () => {
    const a = ask('能不能补一次家长课堂').answer;
    expect(a).not.toContain('你说的是');
    expect(a.startsWith('不能')).toBe(false);
  });
  it('「期末前还要再开一次家长会吗」 → no count of the asker\'s (was 你说的是每学期1次)', () => {
    expect(ask('期末前还要再开一次家长会吗').answer).not.toContain('你说的是');
  });
  it('「下个月能不能补一次家长课堂」 → no 每月1次 (was 每月1次折合每学期5次)', () => {
    expect(ask('下个月能不能补一次家长课堂').answer).not.toContain('每月1次');
  });
  it('guard: a plan told, 「家长课堂搞了一次，下个月再补一次，够不够」, still counts → 够', () => {
    expect(ask('家长课堂搞了一次，下个月再补一次，够不够').answer.startsWith('够')).toBe(true);
  });
});

describe('weeks off beside a weekly amount (rates.ts, lack.ts)', () => {
  it('「心理课每周一节，期中考试那两周停了，一学期20周，够吗」 → 18课时 (was 20课时)', () => {
    const a = ask('心理课每周一节，期中考试那两周停了，一学期20周，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('你说的是18课时');
  });
  it('「心理课两周一节，停了4周，一学期18周，够吗」 → 不够, 7课时, 还差2课时 (was 够 on 9)', () => {
    const a = ask('心理课两周一节，停了4周，一学期18周，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('7课时');
    expect(a).toContain('还差2课时');
  });
  it('「心理课每周一节，有3周没上，这学期一共16周，达标吗」 → 够, 13课时 (was 不达标: 没上 read as not done)', () => {
    const a = ask('心理课每周一节，有3周没上，这学期一共16周，达标吗').answer;
    expect(a.startsWith('不')).toBe(false);
    expect(a).toContain('13课时');
  });
});

describe('a figure of a kind the clause never gives (silence.ts, compose.ts)', () => {
  it('「心理测评要多少钱」 → silent on its cost (was 第21条\'s 10元 as if it were the cost)', () => {
    expect(ask('心理测评要多少钱').answer.startsWith('原文没有直接规定心理测评的费用')).toBe(true);
  });
  it('guard: 「学生1000人经费要多少钱」 → 10000元', () => {
    expect(ask('学生1000人经费要多少钱').answer).toContain('10000元');
  });
  it('「主题活动有次数要求吗」 → silent on 次数 (was 需要)', () => {
    expect(ask('主题活动有次数要求吗').answer.startsWith('原文没有直接规定次数')).toBe(true);
  });
  it('「心理社团有人数要求吗」 → silent on 人数 (was 有)', () => {
    expect(ask('心理社团有人数要求吗').answer.startsWith('原文没有直接规定人数')).toBe(true);
  });
  it('「家长课堂有时长要求吗」 → silent on 时长 (was 有, from 每学期2次)', () => {
    expect(ask('家长课堂有时长要求吗').answer.startsWith('原文没有直接规定时长')).toBe(true);
  });
  it('「心理委员培训有次数要求吗」 → silent (定期, no count)', () => {
    expect(ask('心理委员培训有次数要求吗').answer.startsWith('原文没有直接规定次数')).toBe(true);
  });
  it('「倾听一刻钟有时长要求吗」 → 有, 15分钟 (was 需要)', () => {
    const a = ask('倾听一刻钟有时长要求吗').answer;
    expect(a.startsWith('有')).toBe(true);
    expect(a).toContain('15分钟');
  });
  it('「成长导师有人数要求吗」 → 有 (was 需要)', () => {
    expect(ask('成长导师有人数要求吗').answer.startsWith('有')).toBe(true);
  });
  it('guard: 「家长会有次数要求吗」 → 有, 2次', () => {
    expect(ask('家长会有次数要求吗').answer.startsWith('有。每学期家长会不少于2次')).toBe(true);
  });
  it('「心理主题活动每学期要搞几次」 → 第13条, silent (was 第7条\'s 督学 不少于1次)', () => {
    const a = ask('心理主题活动每学期要搞几次');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(true);
    expect(a.answer).toContain('开展主题活动。通过心理健康周');
  });
  it('guard: 「督学每学期参加几次主题活动」 → 第7条, 1次', () => {
    expect(first('督学每学期参加几次主题活动')).toBe('item-7');
    expect(ask('督学每学期参加几次主题活动').answer).toContain('不少于1次');
  });
});

describe('a grade\'s lesson, a kind of school, the holiday, two questions', () => {
  it('「年级组织的心理公开课算不算次数」 → 算 (年级或校级)', () => {
    expect(ask('年级组织的心理公开课算不算次数').answer.startsWith('算')).toBe(true);
  });
  it('「班级组织的心理公开课算不算次数」 → 不算', () => {
    expect(ask('班级组织的心理公开课算不算次数').answer.startsWith('不算')).toBe(true);
  });
  it('「公办学校才考核，民办的不算在里面吧？」 → 不是, 民办学校在内', () => {
    const a = ask('公办学校才考核，民办的不算在里面吧？').answer;
    expect(a.startsWith('不是')).toBe(true);
    expect(a).toContain('民办学校在内');
  });
  it('「职业学校不在考核范围里吧」 → 不是 (was 在, a yes to a no)', () => {
    expect(ask('职业学校不在考核范围里吧').answer.startsWith('不是')).toBe(true);
  });
  it('guard: 「幼儿园不在考核范围里吧」 → 不在', () => {
    expect(ask('幼儿园不在考核范围里吧').answer.startsWith('不在')).toBe(true);
  });
  it('「寒假前考核是哪天」「我们1月底放假，考核是哪天」 → 四、考核组织实施 (was the stock decline)', () => {
    for (const q of ['寒假前考核是哪天', '我们1月底放假，考核是哪天', '放假前考核是哪天']) {
      expect(ask(q).inScope).toBe(true);
      expect(first(q)).toBe('section-organization');
      expect(ask(q).answer).toContain('15天');
    }
  });
  it('guard: 「寒假前能不能补一次家长课堂」 stays 第15条', () => {
    expect(first('寒假前能不能补一次家长课堂')).toBe('item-15');
  });
  it('「一年要考几次、年度分又是怎么出来的？」 → both answered (was silent on 怎么出来的)', () => {
    const a = ask('一年要考几次、年度分又是怎么出来的？').answer;
    expect(a).toContain('每学期');
    expect(a).toContain('两学期考核总分');
    expect(a.startsWith('原文没有')).toBe(false);
  });
});

describe('pinyin of the crisis table\'s words (src/qa/pinyin.ts)', () => {
  it.each([
    ['huo zhe hao lei', 'self'],
    ['yi le bai le suan le', 'self'],
    ['cheng bu xia qu le', 'self'],
  ])('「%s」 → %s (was none)', (q, kind) => {
    expect(detectCrisis(table, q).kind).toBe(kind);
  });
  it.each([
    ['wo xiang tiao lou', 'self'],
    ['有学生说他想tiaolou', 'student'],
  ])('guard: 「%s」 → %s', (q, kind) => {
    expect(detectCrisis(table, q).kind).toBe(kind);
  });
  it('「我今晚想把药都吃了」 → self, the crisis reply (was the check-in only)', () => {
    expect(detectCrisis(table, '我今晚想把药都吃了').kind).toBe('self');
  });
  it('guard: 「奶奶的药都吃了吗」 → none', () => {
    expect(detectCrisis(table, '奶奶的药都吃了吗').kind).toBe('none');
  });
  it('reads the words back: 「huo zhe hao lei」 → 活着好累', () => {
    expect(foldForCrisis(table, 'huo zhe hao lei')).toBe('活着好累');
  });
  it.each(['huozhe ni lai ye xing', 'xinli ke meizhou shang ji jie', 'KPI deadline shi na tian', 'tiaolou shi shenme yisi'])('guard: 「%s」 → none', (q) => {
    expect(detectCrisis(table, q).kind).toBe('none');
  });
});

describe('a semester\'s place, a must asked again, the grades below four', () => {
  it('「上学期全县小学排倒数第3，这学期排第10，年度会被取消评优吗」 → 还说不准 (was 会 on one semester\'s place)', () => {
    expect(ask('上学期全县小学排倒数第3，这学期排第10，年度会被取消评优吗').answer.startsWith('还说不准')).toBe(true);
  });
  it('「这学期倒数第二，上学期倒数第六，会取消评优吗」 → 还说不准', () => {
    expect(ask('这学期倒数第二，上学期倒数第六，会取消评优吗').answer.startsWith('还说不准')).toBe(true);
  });
  it('guard: the year\'s place told, 「…万一年度排名掉到倒数第三，会影响什么？」 → 会', () => {
    expect(ask('上学期考核我们在全县初中里排倒数第四，这学期大家压力都很大。万一年度排名掉到倒数第三，会影响什么？').answer.startsWith('会')).toBe(true);
  });
  it('「一学年测评一次，我们上学期测了，这学期还要测吗」 → 不需要 (was 够)', () => {
    expect(ask('一学年测评一次，我们上学期测了，这学期还要测吗').answer.startsWith('不需要')).toBe(true);
  });
  it('「全校30个班，其中四年级以下12个班，心理委员要几个」 → 36名 (was 60, the grades below four counted)', () => {
    const a = ask('全校30个班，其中四年级以下12个班，心理委员要几个').answer;
    expect(a).toContain('不少于36名');
  });
});

describe('a make-up asked, both kinds of teacher, a primary school\'s six grades', () => {
  it('「这学期开了1次全体教师心理会议，期末前还能补开吗」 → 能, 还差1次 (was 不能)', () => {
    const a = ask('这学期开了1次全体教师心理会议，期末前还能补开吗').answer;
    expect(a.startsWith('能')).toBe(true);
    expect(a).toContain('还差1次');
  });
  it('guard: 「家长课堂这学期只搞了1次，可以补一次吗」 → 可以', () => {
    expect(ask('家长课堂这学期只搞了1次，可以补一次吗').answer.startsWith('可以')).toBe(true);
  });
  it('「学生1800，专兼职心理老师一共要几个」 → 专职2名, 兼职4名, 合计6名 (was 兼职 only)', () => {
    const a = ask('学生1800，专兼职心理老师一共要几个').answer;
    expect(a).toContain('专职心理健康教育教师不少于2名');
    expect(a).toContain('合计不少于6名');
  });
  it('guard: 「专兼职心理老师培训一学期几次」 stays 第11条, 2次', () => {
    expect(first('专兼职心理老师培训一学期几次')).toBe('item-11');
  });
  it('「我们一个年级4个班，小学六个年级，心理委员共要配多少」 → 24名 over 12 classes (was 8 over 4)', () => {
    expect(ask('我们一个年级4个班，小学六个年级，心理委员共要配多少').answer).toContain('不少于24名');
  });
  it('「辅导室周一到周五每天开放2小时，周三下午教研不开，够10小时吗」 → 不够 (was 不可以)', () => {
    expect(ask('辅导室周一到周五每天开放2小时，周三下午教研不开，够10小时吗').answer.startsWith('不够')).toBe(true);
  });
});

describe('the points of a run of items or of an area (pieces.ts)', () => {
  it('「第3条到第5条加起来几分」 → 13分 (was 第3条满分5分)', () => {
    const a = ask('第3条到第5条加起来几分').answer;
    expect(a).toContain('合起来13分');
  });
  it('「前7条满分多少」 → 35分 (was 满分100分)', () => {
    expect(ask('前7条满分多少').answer).toContain('合起来35分');
  });
  it('guard: 「第二到第七项我们一共得了68分，第1条政策落实能得几分」 stays 第1条\'s 8分 (项 are the areas)', () => {
    const a = ask('第二到第七项我们一共得了68分，第1条政策落实能得几分');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer).toContain('8分');
  });
  it('「第五部分课程教学占多少分」 → 五、…共5条，17分 (was silent)', () => {
    expect(ask('第五部分课程教学占多少分').answer).toContain('共5条，17分');
  });
  it('「第五部分一共多少分」 → 17分 (was the stock decline)', () => {
    expect(ask('第五部分一共多少分').answer).toContain('共5条，17分');
  });
  it('「前7条得了30分，总分最多能到多少」 → 95分 (30 + 其余14条 65分; was 满分100分)', () => {
    expect(ask('前7条得了30分，总分最多能到多少').answer.startsWith('最多能到95分')).toBe(true);
  });
  it('「第二到七项满分多少」 → 85分, in short (was the stock decline)', () => {
    const a = ask('第二到七项满分多少').answer;
    expect(a).toContain('合起来85分');
    expect(a.length).toBeLessThan(120);
  });
  it('「第七项满分几分」 → 七、基础设施配置与使用共3条，11分 (was the stock decline)', () => {
    expect(ask('第七项满分几分').answer).toContain('共3条，11分');
  });
  it('guard: an area of one item, 「经费投入占多少分」, keeps the item\'s answer (第21条满分5分)', () => {
    expect(ask('经费投入占多少分').answer.startsWith('第21条满分5分')).toBe(true);
  });
});

describe('read after blind-81\'s one measurement (not evidence)', () => {
  it('「心理按全员设在那些岗位」 → 第9条, 保安、宿管、食堂 (was the stock decline)', () => {
    const a = ask('心理按全员设在那些岗位');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('保安');
  });
  it('「辅导室要不要制定论理规范」 → 需要 (was silent on 制定)', () => {
    expect(ask('辅导室要不要制定论理规范').answer.startsWith('需要')).toBe(true);
  });
  it('「学生3000，生均按10元算，一年预算3万可以吗」 → 够, 30000元 (was the rule alone)', () => {
    const a = ask('学生3000，生均按10元算，一年预算3万可以吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('30000');
  });
  it('guard: 「全校就86个学生，是不是要单独设个专项经费」 → 需要', () => {
    expect(ask('全校就86个学生，是不是要单独设个专项经费').answer.startsWith('需要')).toBe(true);
  });
  it('「辅导室每周只开6小时，开放时长那项是不是就0分了」 → 1.5分 (was no score)', () => {
    expect(ask('辅导室每周只开6小时，开放时长那项是不是就0分了').answer).toContain('1.5分');
  });
  it('「缺少家庭支持、有轻生风险的学生，学校要向哪里反馈」 → 第17条, 街道、社区 (was 第20条\'s 反馈)', () => {
    const a = ask('缺少家庭支持、有轻生风险的学生，学校要向哪里反馈');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('社区');
  });
});

describe('known-left items of round 37', () => {
  it('「一个月开一次家长课堂，一学期4个月，够吗」 → 每学期4次 (was 5, the reading\'s 20 weeks)', () => {
    const a = ask('一个月开一次家长课堂，一学期4个月，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('每学期4次');
  });
  it('guard: 「心理课一个月两节，一学期4个月，够吗」 → 够 (a rate of every two weeks, not the semester\'s count)', () => {
    expect(ask('心理课一个月两节，一学期4个月，够吗').answer.startsWith('够')).toBe(true);
  });
  it('「心理测评可以让家长代填吗」 → silent on 家长代填 (was 可以)', () => {
    expect(ask('心理测评可以让家长代填吗').answer.startsWith('原文没有直接规定家长代填')).toBe(true);
  });
  it('「辅导室要不要放绿植」 → no 要 (was 要: 绿植 is in single characters to the segmenter)', () => {
    expect(ask('辅导室要不要放绿植').answer.startsWith('要')).toBe(false);
  });
});

describe('read after blind-82\'s one measurement (not evidence)', () => {
  it('「我们保安、宿管、食堂三个岗位，一共就1个安全员，行吗」 → 不行, 还差2名 (was 行)', () => {
    const a = ask('我们保安、宿管、食堂三个岗位，一共就1个安全员，行吗').answer;
    expect(a.startsWith('不行')).toBe(true);
    expect(a).toContain('还差2名');
  });
  it('「学校2000个学生，兼职心理老师3个，兼职这2分能得满分吗」 → 不能, 1.5分 (was 需要 and no score)', () => {
    const a = ask('学校2000个学生，兼职心理老师3个，兼职这2分能得满分吗').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('1.5分');
  });
  it('「辅导室每周开8小时，开放时长有没有满分，能得几分」 → 不能, 2分', () => {
    const a = ask('辅导室每周开8小时，开放时长有没有满分，能得几分').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('得2分');
  });
  it('guard: 「学生1000人，专职1个，专职那3分能拿满吗」 → 能', () => {
    expect(ask('学生1000人，专职1个，专职那3分能拿满吗').answer.startsWith('能')).toBe(true);
  });
  it('「辅导室晚上要开到几点」 → silent on the clock time (was 第20条\'s 10小时)', () => {
    expect(ask('辅导室晚上要开到几点').answer.startsWith('原文没有直接规定具体的开放时段')).toBe(true);
  });
  it('「我们上学期90分，下学期85分，年度总分是175对吧」 → 对 (was no verdict); 170 → 不是', () => {
    expect(ask('我们上学期90分，下学期85分，年度总分是175对吧').answer.startsWith('对')).toBe(true);
    expect(ask('我们上学期90分，下学期85分，年度总分是170吗').answer.startsWith('不是')).toBe(true);
  });
  it('「有严重心理疾病的学生，学校能不能自己辅导，不往外转」 → 不能 (was 能; read after blind-80\'s second measurement)', () => {
    expect(ask('有严重心理疾病的学生，学校能不能自己辅导，不往外转').answer.startsWith('不能')).toBe(true);
  });
});
