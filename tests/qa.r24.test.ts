/**
 * Round 24 of issue 10: 有标准吗 answered 有, pinyin 码 for 吗, one listed alternative put for another
 * (用优秀案例交流代替公开课), leave to stay out asked after (不参加…行不行), a claim closed by its own
 * question mark, English beside a number, money in 万, a primary school's classes in all and by grade,
 * and poisons bought. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const ALARM = /现在安全吗|^这很紧急|^谢谢你愿意说出来|^很关心你|^请立刻有人陪着学生/;

describe('verdicts read from the asking words', () => {
  it('「…开放时间有标准吗」 → 有, 10小时 (was no verdict)', () => {
    const a = ask('我们学校一千五百多学生，辅导室平时基本锁着，只有中午开一会儿。下周局里来检查。开放时间有标准吗？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('10小时');
  });

  it('…while 辅导室面积有标准吗 is still what the text is silent on', () => {
    expect(ask('辅导室面积有标准吗').answer.startsWith('原文没有直接规定')).toBe(true);
  });

  it('「专职心里老师是按1:1000配备的码」 → 是 (码 typed for 吗)', () => {
    const a = ask('专职心里老师是按1:1000配备的码');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「学科渗透用优秀案例交流代替公开课行不行」 → 行 (the clause lists both, joined by 或)', () => {
    const a = ask('学科渗透用优秀案例交流代替公开课行不行');
    expect(a.citations[0]?.id).toBe('item-14');
    expect(a.answer.startsWith('行。')).toBe(true);
    expect(ask('用教研活动代替公开课可以吗').answer.startsWith('可以。')).toBe(true);
  });

  it('…while 用班会课代替心理课 is still forbidden', () => {
    expect(ask('用班会课代替心理课行不行').answer.startsWith('不行。')).toBe(true);
  });

  it('「民办学校不参加这个考核行不行」 → 不行 (was 包括)', () => {
    const a = ask('民办学校不参加这个考核行不行');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer.startsWith('不行。')).toBe(true);
  });

  it('「职业学校排名末为的也要取消评优吗」 → the results section (末为 typed for 末位)', () => {
    const a = ask('职业学校排名末为的也要取消评优吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer).toContain('末位');
  });
});

describe('a claim closed by its own question mark', () => {
  it('「心理测评是每学年一次吗，从四年级开始？」 → both answered: 1次 and 四年级', () => {
    const a = ask('心理测评是每学年一次吗，从四年级开始？');
    expect(a.answer.startsWith('1. 是。')).toBe(true);
    expect(a.answer).toContain('1次');
    expect(a.answer).toMatch(/2\. 需要。小学四年级起/);
  });

  it('「safety officer是each post至少一个吗，保安食堂宿管都要？」 → 是, then 要', () => {
    const a = ask('safety officer是each post至少一个吗，保安食堂宿管都要？');
    expect(a.answer.startsWith('1. 是。')).toBe(true);
    expect(a.answer).toContain('2. 要。');
  });
});

describe('English read beside Chinese', () => {
  it('「annual score就是两个semester的total吗」 → 是', () => {
    expect(ask('annual score就是两个semester的total吗').answer.startsWith('是。')).toBe(true);
  });

  it('「家长课堂每个semester要几次？need at least 2?」 → 需要, 2次 (至少 2 read as 至少2)', () => {
    const a = ask('家长课堂每个semester要几次？need at least 2?');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.answer).toContain('2次');
  });

  it('「辅导室一定要 standardized 吗」 and 「other rules 还要完善吗」 are answered, not declined', () => {
    const a = ask('辅导室一定要 standardized 吗，我们就一间小屋子');
    expect(a.citations[0]?.id).toBe('item-18');
    expect(a.answer.startsWith('需要。')).toBe(true);
    const b = ask('除了方案和预案，other rules 还要完善吗');
    expect(b.citations[0]?.id).toBe('item-8');
    expect(b.answer).toContain('规章制度');
  });
});

describe('figures told', () => {
  it('「一年给心理这块3万，学生2800人，够不够标准」 → 够, 28000 (a sum in 万 is money)', () => {
    const a = ask('一年给心理这块3万，学生2800人，够不够标准');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('28000');
  });

  it('「小学一共18个班，每个年级3个，心理委员现在配了12个」 → grades 4–6, 18名, 还差6名', () => {
    const a = ask('小学一共18个班，每个年级3个，心理委员现在配了12个，够吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('12名还差6名');
  });
});

describe('poisons bought', () => {
  it('「学生偷偷买了一瓶百草枯」 asks after the student (was the stock refusal)', () => {
    expect(ask('学生偷偷买了一瓶百草枯').answer).toMatch(ALARM);
    expect(ask('学生偷偷买了一瓶百草枯').answer).toContain('12356');
  });
});

describe('a kind of student in a question about the school’s measures', () => {
  it('「想死、自残这类高危学生，按办法学校要建什么清单」 → item 17, 重点关爱人员清单 (was the writer’s crisis reply)', () => {
    const a = ask('想死、自残这类高危学生，按办法学校要建什么清单');
    expect(a.answer).not.toMatch(ALARM);
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('重点关爱人员清单');
  });

  it('「求助热线要让全校都知道吗？想轻生的孩子得能找到电话」 → 要, item 19 (was the student crisis reply)', () => {
    const a = ask('求助热线要让全校都知道吗？想轻生的孩子得能找到电话');
    expect(a.answer).not.toMatch(ALARM);
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer).toMatch(/^(?:要|需要)。/);
  });

  it('…while a student of that kind told of now, or named, is still a crisis', () => {
    for (const q of ['我们班有个想轻生的孩子，现在站在窗台上', '这类想死的学生现在就在我办公室，刚才说要跳楼', '学生说想死，这种孩子怎么办']) expect(ask(q).answer).toMatch(ALARM);
  });
});

describe('a question after a long situation that names nothing of its own', () => {
  it('「…我发现学校没有追责问责机制。请问考核会看这个吗」 → item 6 (这个 points back; was 四、考核组织实施)', () => {
    const a = ask('我是新来的副校长，分管德育。校长让我看看心理健康这块的制度建设。我发现学校没有追责问责机制。请问考核会看这个吗？');
    expect(a.citations[0]?.id).toBe('item-6');
    expect(a.answer).toContain('问责');
  });

  it('「…后勤主任说安全员只在保安里配了一个就行。我觉得不对，想问问原文怎么要求的」 → item 9, 每个岗位', () => {
    const a = ask('学校后勤一共有保安、宿管、食堂三个岗位。后勤主任说安全员只在保安里配了一个就行。我觉得不对，想问问原文怎么要求的？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('每个岗位');
  });

  it('「…心理课被排成一个月一节了…督导说可能不合格。原文要求到底是多少」 → item 12, 每两周 (督导 who judges is not carried)', () => {
    const a = ask('初三这学期课很紧，心理课被排成一个月一节了，期中期末周还停了。督导说可能不合格。原文要求到底是多少？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('每两周');
  });
});

describe('which sentence, and said once', () => {
  it('「…申报一个县级课题…办法里提到课题研究了吗」 → the sentence on 课题 (a numbered heading loses the tie)', () => {
    const a = ask('我们心理老师想申报一个县级课题，研究初中生考试焦虑。校长问这个跟考核有没有关系。办法里提到课题研究了吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('设立课题或项目');
  });

  it('「…这个知晓率考核要求到多少」 → item 19, 100% (公布 of results is not 知晓率; was 四、考核组织实施)', () => {
    const a = ask('上次县里抽查，随便拉几个学生问心理辅导室在哪，一半答不上来，校长气坏了。这个知晓率考核要求到多少');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer).toContain('100%');
    expect(ask('求助电话要公布吗').citations[0]?.id).toBe('item-19');
  });

  it('「求助电话的知晓率要达到多少？要向哪些人公布？」 → one answer, not the same sentence twice', () => {
    const a = ask('求助电话的知晓率要达到多少？要向哪些人公布？');
    expect(a.answer.startsWith('1.')).toBe(false);
    expect(a.answer.split('面向全体师生').length).toBe(2);
  });
});

describe('crisis work named, and every class claimed', () => {
  it('「考核办法里对学生自伤自杀的危机干预有哪些要求」 → item 17, 一生一策 (suicide beside 危机干预 is that work, not the veto)', () => {
    const a = ask('考核办法里对学生自伤自杀的危机干预有哪些要求？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('一生一策');
    expect(ask('考核细则里有没有针对跳楼、自杀这类危机干预的条款').citations[0]?.id).toBe('item-17');
  });

  it('…while 学生自杀算不算一票否决 is still the veto', () => {
    expect(ask('学生自杀算不算一票否决').citations[0]?.id).toBe('section-results');
    expect(ask('学生跳楼身亡了，危机干预做得再好也一票否决吗').citations[0]?.id).toBe('section-results');
  });

  it('「心理委员是不是每个班都要配」 → 不是 (小学一到三年级的班不在其内; was 是)', () => {
    const a = ask('心理委员是不是每个班都要配');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('一到三年级');
  });

  it('…while 初中…每个班都要配 is 是, and 每个班要配几个 asks a count', () => {
    expect(ask('初中心理委员是不是每个班都要配').answer.startsWith('是。')).toBe(true);
    expect(ask('心理委员每个班要配几个').answer.startsWith('不是')).toBe(false);
  });
});

describe('after blind-39 (read after its one measurement)', () => {
  it('「考核一共分几大块内容」 → 考核内容, 8个方面 (was 四、考核组织实施)', () => {
    const a = ask('考核一共分几大块内容');
    expect(a.citations[0]?.id).toBe('section-content');
    expect(a.answer).toContain('8个方面');
  });

  it('「…学生两千多…心理经费有没有要求单独列进预算」 → 有, 专项 (whether the rule asks is no count)', () => {
    const a = ask('本校在县城，学生两千多，经费一直紧张。今年预算会上心理这块差点被砍掉。想问下心理经费有没有要求单独列进预算？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('专项');
    expect(ask('学生2000人，经费要求多少钱').answer).toContain('20000');
  });

  it('「…校长说下学期要全面搞倾听一刻钟，老师们都不太清楚是啥。顺便问下，这个活动是跟谁交流都可以吗…」 → item 16', () => {
    const a = ask('刚开完期中质量分析会，校长说下学期要全面搞倾听一刻钟，老师们都不太清楚是啥。顺便问下，这个活动是跟谁交流都可以吗，要多长时间？');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer).toContain('家人');
    expect(a.answer).toContain('15分钟');
  });

  it('「…只有保安和食堂各配了1个安全员，还差吗」 → judged: 宿管还差', () => {
    const a = ask('我们有保安、宿管、食堂三个岗位，现在只有保安和食堂各配了1个安全员，还差吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('宿管还差');
  });

  it('「被这考核搞得想死😂 话说督学每学期要听几节课来着」 → item 7, 1节 (laughing: a figure of speech)', () => {
    const a = ask('被这考核搞得想死😂 话说督学每学期要听几节课来着');
    expect(a.answer).not.toMatch(ALARM);
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer).toContain('1节');
    expect(ask('我真的想死😂').answer).toMatch(ALARM);
  });

  it('「对考核结果有异议的话怎么申诉，有复核程序吗」 is not answered from the results section (申诉: the text has no word for it)', () => {
    const a = ask('对考核结果有异议的话怎么申诉，有复核程序吗');
    expect(a.inScope && !a.answer.startsWith('原文没有直接规定')).toBe(false);
  });
});

describe('leaving a thing out of a document', () => {
  it('「学校整体发展规划里可以不写心理健康教育吗」 → 不可以, item 1 (里…不写 is 不写进)', () => {
    const a = ask('学校整体发展规划里可以不写心理健康教育吗');
    expect(a.citations[0]?.id).toBe('item-1');
    expect(a.answer.startsWith('不可以。')).toBe(true);
    expect(ask('学校年度工作计划里可以不写心理健康教育吗，反正有专门方案').answer.startsWith('不可以。')).toBe(true);
  });
});

describe('the veto and the head’s awards; guarding against suicide', () => {
  it('「学生因心理问题死亡，会影响校长评优评先吗」 → 会, the veto and 评优评先挂钩 (was the veto alone)', () => {
    const a = ask('学生因心理问题死亡，会影响校长评优评先吗？');
    expect(a.answer.startsWith('会。')).toBe(true);
    expect(a.answer).toContain('一票否决');
    expect(a.answer).toContain('评优评先考核挂钩');
  });

  it('「防学生轻生 …只有保安队长一个人是心理健康安全员 这样达标吗」 → 不达标, item 9 (防学生轻生 guards; was the student crisis reply)', () => {
    const a = ask('防学生轻生 我们后勤就保安 宿管 食堂三个岗位 现在只有保安队长一个人是心理健康安全员 这样达标吗');
    expect(a.answer).not.toMatch(ALARM);
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('不达标。')).toBe(true);
  });

  it('…while a student who wants to die now is still a crisis', () => {
    expect(ask('我们班有个学生现在说想轻生').answer).toMatch(ALARM);
    expect(ask('学生说想防学生会的人，然后去跳楼').answer).toMatch(ALARM);
  });
});

describe('after blind-40 (read after its one measurement; not evidence)', () => {
  it('「危机干预属不属于考核内容」 → 算, the content section (was the stock refusal)', () => {
    const a = ask('危机干预属不属于考核内容？');
    expect(a.inScope).toBe(true);
    expect(a.answer.startsWith('算。')).toBe(true);
    expect(a.answer).toContain('危机干预');
    expect(ask('危机干预属于考核内容吗').answer.startsWith('是。')).toBe(true);
  });

  it('「中午食堂的饭难吃死了」 is venting, not 第9条 (食堂)', () => {
    const a = ask('中午食堂的饭难吃死了');
    expect(a.inScope).toBe(false);
    expect(a.answer).not.toContain('第9条');
  });
});

describe('one student at risk, whatever is asked of the document', () => {
  it('「我们班有个学生想死，按办法要怎么办」 → the student crisis reply (was 第9条 with a safety line)', () => {
    for (const q of ['我们班有个学生想死，按办法要怎么办', '我们班有个学生想死，文件里要怎么办', '有个学生想自杀，文件里怎么规定的']) {
      const a = ask(q);
      expect(a.crisis).toBe('student');
      expect(a.answer).toContain('不要让他/她独处');
      expect(a.answer).toContain('12356');
    }
  });

  it('…while a kind of student, or a sign told, in a question about the document keeps its rule answer', () => {
    expect(ask('发现学生写遗言遗书这种预警以后 文件里的二次研判要结合哪些人的观察').citations[0]?.id).toBe('item-17');
    expect(ask('有想死自伤念头的学生，按办法要转介吗').citations[0]?.id).toBe('item-17');
  });
});

describe('one student at risk: what was done about it told after', () => {
  it('「有个学生因为抑郁想轻生办了休学，文件对休学复学有机制要求吗」 keeps 第17条 (办了休学: done), while 「有个学生想轻生，文件里怎么规定的」 is a crisis', () => {
    expect(ask('有个学生因为抑郁想轻生办了休学，文件对休学复学有机制要求吗').citations[0]?.id).toBe('item-17');
    expect(ask('有个学生想轻生，文件里怎么规定的').crisis).toBe('student');
  });
});
