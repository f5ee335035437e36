/**
 * Round 28 of issue 10: the situation told before a question as a prior on the clause it asks
 * about (situation.ts), and what else this round mends. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the situation told before a question decides between clauses the question leaves close', () => {
  it('辅导室位置和求助电话 told, then 「是要求每个家长都得知道吗」 → 第19条 (知晓率), not 家长课堂', () => {
    const a = ask('我们学校家长群有四百多人，平时发个通知都没几个人看。上面说要公布心理辅导室位置和求助电话。是要求每个家长都得知道吗？');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer).toContain('100%');
  });

  it('a student with no family support told, then 「还得向哪里反馈」 → 第17条 (街道、社区), not the room\'s 反馈 records', () => {
    const a = ask('我们有个学生父母都在外地，家里没人照顾，生活也困难。班主任已经家访过了。按办法学校还得向哪里反馈？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toMatch(/街道|社区/);
  });

  it('主题班团队会和团日活动 told, then 「每学期要参与几次」 → 第12条 (2次), not 督学参与', () => {
    const a = ask('我是团委书记，今年团员发展了40多人。德育处问我情绪调节、生命教育这类主题的班团队会和团日活动要搞几次，我也说不清。每学期要参与几次？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('2次');
  });

  it('guard: a question that names its own clause keeps it, whatever the situation names', () => {
    const a = ask('这学期家长会开了三次，家长课堂开了两次。辅导室每周要开放多久？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('10小时');
  });
});

describe('a verdict the question alone gets is not lost to what was told', () => {
  it('「…学生都不到一百人…村小也算考核对象吗」 → 算, as the question alone', () => {
    const a = ask('咱们镇上有三个村小，学生都不到一百人，没有专门的心理老师，都是班主任兼着。村小也算考核对象吗？');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer.startsWith('算。')).toBe(true);
  });
});

describe('低年级 and 高年级 are grades', () => {
  it('「测评要包括低年级吗」 → 不需要 (小学四年级起), not 需要', () => {
    const a = ask('新学期一开学我们就想做全校心理测评，但一二年级的小朋友字都认不全。测评要包括低年级吗？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('不需要')).toBe(true);
  });

  it('「心理委员高年级要配吗」 → 需要', () => {
    expect(ask('心理委员高年级要配吗').answer.startsWith('需要')).toBe(true);
  });
});

describe('how long a thing lasts, of a clause that gives no length of time, is its silence', () => {
  it('「家长课堂每次要讲多长时间才算一次」 → 原文没有直接规定每次的时长 (第15条 gives 2次 a semester)', () => {
    const a = ask('家长课堂每次要讲多长时间才算一次？');
    expect(a.answer.startsWith('原文没有直接规定每次的时长')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-15');
  });

  it('「心理委员任期一般多久，要不要每学期换」 → 原文没有直接规定任期', () => {
    expect(ask('心理委员任期一般多久，要不要每学期换').answer.startsWith('原文没有直接规定任期')).toBe(true);
  });

  it('guard: how often (多久要上一节, 多长时间搞一回) is a frequency the clause gives', () => {
    expect(ask('心理课多久要上一节').answer).toContain('每两周');
    expect(ask('学生心理测评多长时间搞一回').answer).toContain('每学年');
  });

  it('guard: a length the clause gives is answered (辅导室 10小时, 倾听一刻钟 15分钟)', () => {
    expect(ask('辅导室每周开多久').answer).toContain('10小时');
    expect(ask('倾听一刻钟每天多长时间').answer).toContain('15分钟');
  });
});

describe('who may hold the post: 任何 and 直接', () => {
  it('「没有任何心理学背景的语文老师，能直接当心理老师吗」 → 不能直接, with what is still needed', () => {
    const a = ask('没有任何心理学背景的语文老师，能直接当心理老师吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('不能直接，还要取得相关资格证书、经过岗前培训')).toBe(true);
  });

  it('没什么心理学背景 is told lacking, as 没有心理学背景 is', () => {
    expect(ask('没什么心理学背景的数学老师能当兼职心理老师吗').answer).toBe(ask('没有心理学背景的数学老师能当兼职心理老师吗').answer);
  });
});

describe('the asker\'s own figures, applied', () => {
  it('「周一到周五中午开1小时，放学后再开1小时，够10小时吗」 → 够 (2小时×5天), not 不够 with 5小时', () => {
    const a = ask('辅导室周一到周五中午开1小时，放学后再开1小时，够10小时吗');
    expect(a.answer.startsWith('够')).toBe(true);
    expect(a.answer).toContain('2小时×5天');
  });

  it('「县里职业学校就两所，我们排第一，另一所会被取消评优吗」 → 会: the other of two is last', () => {
    const a = ask('县里职业学校就两所，我们排第一，另一所会被取消评优吗');
    expect(a.answer.startsWith('会。')).toBe(true);
    expect(ask('县里职业学校就两所，我们排第一，会被取消评优吗').answer.startsWith('不会。')).toBe(true);
  });

  it('「6000人的学校 专职兼职加起来最少配多少心理老师」 → 合计不少于18名', () => {
    expect(ask('6000人的学校 专职兼职加起来最少配多少心理老师').answer).toContain('专兼职合计不少于18名');
    expect(ask('6000人的学校 专职兼职各配多少').answer).not.toContain('合计');
  });

  it('「年度分是176，上学期得了90，那下学期得了多少」 → 下学期86分', () => {
    const a = ask('年度分是176，上学期得了90，那下学期得了多少');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('下学期86分')).toBe(true);
  });
});

describe('one of a sentence\'s alternatives put as the only one', () => {
  it('「倾听一刻钟是不是非得跟家人聊才算」 → 不是, 不限于家人', () => {
    const a = ask('我们是寄宿制高中，学生两周才回一次家。文件说倾听一刻钟要每天沟通，可住校的孩子见不到家长。是不是非得跟家人聊才算？');
    expect(a.answer.startsWith('不是。条文写的是同学、班主任、任课教师或家人')).toBe(true);
  });

  it('「倾听一刻钟是不是只能跟班主任聊」 → 不是 (was 能)', () => {
    expect(ask('倾听一刻钟是不是只能跟班主任聊').answer.startsWith('不是。')).toBe(true);
  });

  it('guard: a 家长 before the claim is not the one claimed (家长群里有人问是不是必须老师陪)', () => {
    expect(ask('家长群里有人问是不是必须老师陪孩子聊倾听一刻钟').answer).not.toContain('不限于家人');
  });
});

describe('whether the text holds or assesses a thing it states', () => {
  it('「追责问责机制也算考核要求里的吗」 → 算', () => {
    const a = ask('追责问责机制也算考核要求里的吗');
    expect(a.citations[0]?.id).toBe('item-6');
    expect(a.answer.startsWith('算。')).toBe(true);
  });

  it('「考核依据里有那个润心行动吗」 → 有 (the text quotes it: “润心”行动)', () => {
    const a = ask('考河依据里有那个润心行动吗');
    expect(a.citations[0]?.id).toBe('section-basis');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('guard: a document the basis does not name is its silence', () => {
    expect(ask('考核依据里有没有教育法').answer.startsWith('原文没有直接规定')).toBe(true);
  });

  it('「学校可以推选老师去参加县里的心理优质课比赛吗」 → 可以 (县里 is the sentence\'s 县; 比赛 is no comparison)', () => {
    expect(ask('学校可以推选老师去参加县里的心理优质课比赛吗').answer.startsWith('可以。')).toBe(true);
  });
});

describe('pay asked of the assistant', () => {
  it('「这学期绩效工资怎么算的，你知道不」 is declined', () => {
    expect(ask('这学期绩效工资怎么算的，你知道不').inScope).toBe(false);
  });

  it('guard: 心理老师的绩效工资怎么算，辅导算不算工作量 is the rubric\'s', () => {
    expect(ask('心理老师的绩效工资怎么算，辅导算不算工作量').inScope).toBe(true);
  });
});

describe('what is set aside, and a claim put for confirming before a follow-up', () => {
  it('「方案预案之外，别的心理规章制度还要弄吗」 → 第8条 (之外 without 除了)', () => {
    const a = ask('方案预案之外，别的心理规章制度还要弄吗？');
    expect(a.citations[0]?.id).toBe('item-8');
    expect(a.answer.startsWith('需要')).toBe(true);
  });

  it('「专职心理老师一千个学生配一个是吧 那兼职呢」 → two answers: 是 (1:1000), and 1:500', () => {
    const a = ask('专职心理老师一千个学生配一个是吧 那兼职呢');
    expect(a.answer).toMatch(/^1\. 是。/);
    expect(a.answer).toContain('1:500');
  });

  it('「倾听一刻钟就是每天十五分钟是吧 跟家人聊也算吗」 → 算 (was 不是, 不限于家人)', () => {
    expect(ask('呃倾听一刻钟就是每天十五分钟是吧 跟家人聊也算吗').answer.startsWith('算。')).toBe(true);
  });
});

describe('read after blind-50 and blind-52 were measured (not evidence)', () => {
  it('「求助热线要让每个学生都知道吗，怕有孩子想不开」 → 需要 (the fear told after the question is no part of it; was 不可以)', () => {
    const a = ask('求助热线要让每个学生都知道吗，怕有孩子想不开');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('需要')).toBe(true);
  });

  it('「测评筛出来的预警学生，按办法应该怎么跟进」 → 二次研判 (跟进 names nothing the text is silent on)', () => {
    const a = ask('测评筛出来的预警学生，按办法应该怎么跟进？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('二次研判');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(false);
  });

  it('「职校是排后几名算」 → 五、考核结果运用 (末位)', () => {
    const a = ask('我们是职业学校，全县就三所职校。听说排名靠后要取消评优资格。职校是排后几名算？');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('末位');
  });
});

describe('read after blind-52 was measured (not evidence): grades told and a claim put for confirming', () => {
  it('「我们三年级有6个班，这6个班要配心理委员吗」 → 不需要, not 12名', () => {
    const a = ask('我们三年级有6个班，这6个班要配心理委员吗');
    expect(a.answer.startsWith('不需要')).toBe(true);
    expect(a.answer).not.toContain('12名');
  });

  it('guard: 五年级有6个班 still gets 12名', () => {
    expect(ask('我们五年级有6个班，这6个班要配心理委员吗').answer).toContain('12名');
  });

  it('「董事会说这个考核跟我们没关系，是管公办学校的。真的是这样吗」 → 不是, 民办学校在内', () => {
    const a = ask('我们是一所民办初中，董事会说这个考核跟我们没关系，是管公办学校的。真的是这样吗');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('民办学校在内');
  });
});
