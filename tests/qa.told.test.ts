/**
 * Round 14 of issue 10: the person or the work the asker describes, judged. Who may be a
 * psychology teacher, from the conditions in rubric/qualifications.yaml (背景或证书, 岗前培训);
 * 「有没有…的要求」 answered 有 when the clause names what is asked (also by a word many clauses
 * share, or the asker's own word inside the frame); 这些 points back; 「算完成了吗」 asks a verdict on
 * what was told. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { parseQualifications, toldConditions } from '../src/core/qa/qualify.ts';
import { readFileSync } from 'node:fs';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('who may be a psychology teacher (rubric/qualifications.yaml)', () => {
  it('中文系, no background, no certificate, trained: 不符合, naming what is missing', () => {
    const a = ask('我们学校的心理老师是中文系毕业的，没有心理学背景，也没考证，但参加过县里的岗前培训。她这样符合心理健康教育教师的要求吗？');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('取得相关资格证书');
    expect(a.answer).toContain('本助手的理解');
  });

  it('a certificate without the background: 可以, but still the training', () => {
    const a = ask('心理老师不是学心理的，但有心理咨询相关证书，可以当心理老师吗');
    expect(a.answer.startsWith('可以，但还要经过岗前培训。')).toBe(true);
  });

  it('no background: 能, by the certificate and the training, not the background it lacks', () => {
    const a = ask('没有心理学背景的老师能当心理老师吗');
    expect(a.answer.startsWith('能，但还要取得相关资格证书、经过岗前培训。')).toBe(true);
  });

  it('neither background nor certificate: 不能 (资格证书 is no 有资格 asked)', () => {
    expect(ask('一个老师既没有心理学背景也没有资格证书，能直接当专职心理老师吗？').answer.startsWith('不能。')).toBe(true);
    expect(ask('我们新来的老师本科学的中文 也没有心理方面的证 能直接当专职心理老师吗').answer.startsWith('不能。')).toBe(true);
  });

  it('a psychology degree without a certificate: 有资格, in the word asked', () => {
    const a = ask('我今年刚从语文老师转岗做兼职心理老师，本科读的是应用心理学，但没考心理咨询师证。学校问我这样有没有资格教心理课，考核办法怎么说的？');
    expect(a.answer.startsWith('有资格，但还要经过岗前培训。')).toBe(true);
  });

  it('nothing told of the conditions, or a figure asked: no verdict from the table', () => {
    expect(ask('心理老师要有证吗').answer).not.toMatch(/你说的情况/);
    expect(ask('没证的心理老师扣几分').answer).not.toMatch(/你说的情况/);
  });

  it('the table is read clause by clause, lacking before having', () => {
    const parsed = parseQualifications(readFileSync('rubric/qualifications.yaml', 'utf8'), 'rubric/qualifications.yaml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [teacher] = parsed.value;
    if (!teacher) throw new Error('no row');
    const told = toldConditions(teacher, '没有心理学背景但有证书，还没参加岗前培训');
    expect(Object.fromEntries(told)).toEqual({ background: 'lacks', certificate: 'has', training: 'lacks' });
    // 教师资格证 is no certificate of psychology.
    expect(toldConditions(teacher, '她有教师资格证').has('certificate')).toBe(false);
  });

  it('a broken table is refused with the file and the place', () => {
    const bad = parseQualifications('- item: item-10\n  role: x\n  reading: r\n  who: "("\n  asks: a\n  sentence: s\n  need: [[a]]\n  conditions: {}\n', 'q.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/^q\.yaml: /);
  });
});

describe('what the asker told, judged', () => {
  it('「有没有配导师的要求」: 导师 inside the frame names it → 有', () => {
    const a = ask('我们班有个学生父母离异，跟奶奶住，家里也比较困难。班主任想知道，学校对这类学生有没有配导师的要求？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「规章制度还有要求没」: a word many clauses share still names what is asked → 有', () => {
    expect(ask('除了工作方案和应急预案，别的心理方面的规章制度还有要求没？').answer.startsWith('有。')).toBe(true);
  });

  it('「这些能算开展主题活动吗」 points back at what was listed → 算', () => {
    const a = ask('我校今年新成立了心理社团，还办了心理橱窗，五月份又搞了心理健康月。这些能算开展主题活动吗？');
    expect(a.citations[0]?.id).toBe('item-13');
    expect(a.answer.startsWith('算。')).toBe(true);
  });

  it('「算完成了吗」 with 没时间听课 told before: 不算, the lesson still owed', () => {
    const a = ask('这学期我们请责任督学来参加了心理健康周开幕式，但他没时间听课。这学期督学这块算完成了吗？');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer.startsWith('不算。')).toBe(true);
    expect(a.answer).toContain('还差1节');
  });
});

describe('long messages: the situation told, then the question', () => {
  it('a section the whole lands on gives way when it does not say what the last clause asks (一票否决)', () => {
    const a = ask('上周行政会上副校长说考核里有个一票否决，大家都挺紧张，我是办公室的，要写个说明发给各年级组长，麻烦说下一票否决具体指什么');
    expect(a.citations[0]?.id).toBe('section-results');
    // …and stays when it does (问责 in 五、考核结果运用).
    expect(ask('要是因为学生自杀被一票否决了，校长会被问责吗').citations[0]?.id).toBe('section-results');
  });

  it('「测评对象」 is whom the screening covers, not 考核对象', () => {
    const a = ask('我们学校去年的心理测评是期中才做的，教研员说时间不太对。今年我想开学就安排，准备全校一到六年级都测。办法里测评对象和时间是怎么说的？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });

  it('「到时候考核会不会有问题」 judges the plan told before it, in the word asked', () => {
    const a = ask('校长让我排课表，我打算把心理课并到班会课里一起上，反正都是班主任上，能省点课时。到时候考核会不会有问题？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('有问题。不得以班会课')).toBe(true);
    expect(ask('心理课合并到班会课里上行不行').answer.startsWith('不行。')).toBe(true);
  });

  it('「先确认个底线」 frames the question; 「什么时间」 asks when', () => {
    const a = ask('期中以后好几个班的心理课被主科老师借走了，心理老师跟我投诉好几次。我想在行政会上提一下，先确认个底线：心理课最少要保证多少？');
    expect(a.answer).toContain('每两周不少于1课时');
    expect(ask('期末事情特别多，监考、阅卷、写评语全挤在一起，我得提前把心理这块的材料准备好。县里的心理工作考核一般在什么时间？').answer).toContain('学期结束前15天');
  });

  it('who sent the asker (校长让我问一下) names no subject', () => {
    const a = ask('我们校长让我问一下那个考核是什么时候来考啊就是学期末吗还是怎么样');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('15天');
    expect(ask('校长让我问一下').inScope).toBe(false);
  });
});

describe('the asker\'s numbers, applied', () => {
  it('第2条 scored from what is told: 成立了 is done, 不是每周都讲 is not', () => {
    const a = ask('领导小组和专班都成立了，专班会这学期开了3次，但行政例会不是每周都讲心理，第2条能拿几分');
    expect(a.answer.startsWith('共得4分（满分6分）。')).toBe(true);
    expect(ask('领导小组成立了，专班会开了2次，就是行政例会没有每周讲心理，第2条能得几分？').answer.startsWith('共得4分')).toBe(true);
  });

  it('「够吗？差多少？」: the verdict with its gap, once', () => {
    const a = ask('学生1350人，今年心理经费预算10500元，够吗？差多少？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差3000元');
    expect(a.answer).not.toMatch(/^1\./);
  });

  it('students from the clause\'s first grade up: the whole less the grades below', () => {
    const a = ask('全校1500个学生，其中一二三年级600人，心理测评要测多少人');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('900人。')).toBe(true);
    expect(ask('我们小学1200名学生，1到3年级共500人，测评一共要测多少学生').answer.startsWith('700人。')).toBe(true);
  });

  it('政策落实 怎么给的 asks how it is scored', () => {
    expect(ask('政策落实那一项10分，到底是按什么打分的？').answer).toContain('二至七');
  });
});

describe('verdicts the situation settles', () => {
  it('what a semester missed is not made up in the next (每学期), in the word asked', () => {
    const a = ask('责任督学这学期没来，能不能下学期来两次补上');
    expect(a.citations[0]?.id).toBe('item-7');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(ask('家长课堂这学期只开了1次，下学期多开一次补上可以吗').answer.startsWith('不可以。')).toBe(true);
  });

  it('who leads the leading group (党政主要负责同志, read as 书记、校长, labelled)', () => {
    const a = ask('我们心理工作领导小组是德育主任牵头的，符合要求不？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('党政主要负责同志指书记、校长是本助手的理解');
    expect(ask('领导小组让副校长牵头行不行').answer.startsWith('不行。')).toBe(true);
    expect(ask('领导小组由校长亲自任组长，这样可以吗').answer.startsWith('可以。')).toBe(true);
  });

  it('在不在 asked last is answered 在, whatever the situation said before (管)', () => {
    const a = ask('我们是民办学校，举办者说民办不归这个考核管，心理这些先放一放。我有点怀疑，民办学校到底在不在考核范围里？');
    expect(a.answer.startsWith('在。')).toBe(true);
  });

  it('a yes/no beside 是哪一条 names what the message named (追责问责 → 要)', () => {
    expect(ask('追责问责那套机制 要学校自己建吗 是哪一条').answer.startsWith('要。第6条')).toBe(true);
  });

  it('a last clause that names nothing asks of the one before it (我们想加心理课，原文最低要求是多少)', () => {
    const a = ask('最近新闻里学生跳楼的事多，我们想加心理课，原文最低要求是多少');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toContain('每两周不少于1课时');
  });
});

describe('a ratio said, against the clause\'s', () => {
  it('a claim of the clause\'s own ratio is 是; another is 不是', () => {
    expect(ask('专职心理老师是1000个学生配1个吗').answer.startsWith('是。')).toBe(true);
    expect(ask('兼职心理老师是1000个学生配1个吗').answer.startsWith('不是。')).toBe(true);
  });

  it('leave for a plan of a ratio: as many or more teachers 可以, fewer 不行', () => {
    expect(ask('心理老师1000个学生配1个full-time，OK吗').answer.startsWith('可以。')).toBe(true);
    expect(ask('兼职心理老师1000个学生配1个，行吗').answer.startsWith('不行。')).toBe(true);
    expect(ask('兼职的300个学生配1个可以吗').answer.startsWith('可以。')).toBe(true);
  });
});

describe('tune-14: the asker\'s own week, semesters and counts', () => {
  it('each semester against a requirement of every semester: an average does not make up for one short', () => {
    const a = ask('去年我们专班会议上学期开了3次，下学期只开了1次，一年加起来4次，平均每学期2次，这样算达标吧？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('下学期1次，还差1次');
    expect(ask('家长课堂上学期开了2次，下学期开了3次，够吗').answer.startsWith('够。')).toBe(true);
  });

  it('「一节心理课都没听」 is none; the clause going on from one told of 督学 is told of it', () => {
    const a = ask('本学期责任督学来我们学校参加了2次心理活动，但一节心理课都没听。督学这块达标没有？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1节');
  });

  it('周末不开 leaves out no requirement; 四点到六点 on 周一到周五 is 10 hours', () => {
    expect(ask('我们辅导室每天下午四点到六点开，周一到周五，周末不开。这样开放时间符合要求吗？').answer.startsWith('符合。')).toBe(true);
  });

  it('so many hours a day beside extra hours on a day: 1×5 + 3 = 8', () => {
    const a = ask('辅导室周一到周五每天开1小时，周六上午再开3小时，加起来够10小时吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差2小时');
  });

  it('这个名次 points back at the rank told (5所排第3 is 倒数第3)', () => {
    expect(ask('我们县高中学段就5所学校，我们今年排第3，算中间吧。这个名次会不会被取消评优评先？').answer.startsWith('会。')).toBe(true);
  });

  it('the figure told in the sentence before the question (兼职心理老师目前4个)', () => {
    const a = ask('学校3000个学生，兼职心理老师目前4个。兼职的按比例配够了没？差几个');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差2名');
  });

  it('a score band is never given, whatever clause shares a word with it (良好)', () => {
    const a = ask('考核多少分算优秀，多少分算良好');
    expect(a.answer.startsWith('原文没有直接规定多少分算优秀、多少分算良好')).toBe(true);
  });

  it('thanks, greetings and goodbyes in short pieces get a short line', () => {
    for (const t of ['谢谢老师，解答得很清楚👍', '辛苦啦 晚安', '早上好！今天又要麻烦你了']) {
      const a = ask(t);
      expect(a.inScope).toBe(false);
      expect(a.answer.length).toBeLessThanOrEqual(80);
      expect(a.answer).not.toContain('答不了');
    }
  });
});

describe('tune-14: yes/no the clause settles', () => {
  it('a growth mentor is a teacher with experience (rubric/qualifications.yaml), told before the question too', () => {
    expect(ask('刚毕业的年轻老师没啥经验，可以安排当留守儿童的成长导师吗？').answer.startsWith('不可以。条文要求有经验')).toBe(true);
    expect(ask('让食堂师傅当学生的成长导师可以吗').answer.startsWith('不可以。条文要求是教师')).toBe(true);
    // Leaving the post to some alone is no question of one person's fitness.
    expect(ask('成长导师能不能只让班主任当，其他老师不参与？').answer).not.toContain('你说的情况');
  });

  it('「不同程度」 is no comparison asked: 要不要分级 → 要', () => {
    expect(ask('学生出现不同程度的心理危机，预警上要不要分级？').answer.startsWith('要。')).toBe(true);
  });

  it('考核会看…吗 → 会, when the clause names it (章程 is a 制度)', () => {
    const a = ask('去年我们初中有个孩子因为抑郁休学，后来回来复学的时候一团乱，啥章程都没有。这回考核会看休学复学这块吗');
    expect(a.answer.startsWith('会。')).toBe(true);
    expect(a.answer).not.toContain('原文没有直接规定');
  });

  it('应不应该 → 应该; 幼儿园要不要参加 → 不需要; a means among the open forms → 能', () => {
    expect(ask('心理辅导到底应不应该算进工作量里？').answer.startsWith('应该。')).toBe(true);
    expect(ask('幼儿园要不要参加这个心理健康工作考核？').answer.startsWith('不需要。')).toBe(true);
    expect(ask('心理健康活动能不能用校园广播和公众号推文来搞').answer.startsWith('能。')).toBe(true);
  });

  it('「一个人带几个学生」: one person is no count of students', () => {
    expect(ask('成长导师一个人带几个学生').answer).not.toMatch(/^1名/);
  });
});

describe('tune-14: figures over a period, two schools, several items', () => {
  it('the period asked (这学年) is judged on the figure told of it, not of another (上学年)', () => {
    const a = ask('我们上学年9月做过一次全员心理测评，这学年从9月到现在7月了一次都没做，这学年算达标吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('money per student with the students told: the whole budget and its gap', () => {
    const a = ask('我们学校900个学生，心理经费按每人8块钱做的预算，离标准差多少钱？');
    expect(a.answer).toContain('9000元');
    expect(a.answer).toContain('还差1800元');
  });

  it('two schools\' years compared, once (高几分 is answered by the comparison)', () => {
    const a = ask('同学段两所学校比名次：我们两学期78分和95分，对面学校90分和84分，谁的年度得分高？高几分？');
    expect(a.answer.startsWith('对方高1分：你们78 + 95 = 173分，对方90 + 84 = 174分。')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });

  it('the year\'s highest score is two semesters\' full marks', () => {
    expect(ask('每学期考核满分100的话，一年两学期加起来年度得分最高能到多少？').answer.startsWith('200分：')).toBe(true);
  });

  it('several items named by number: each one\'s points and the sum', () => {
    const a = ask('组织领导那块，第2条和第3条在考核表里分别几分，合起来满分多少？');
    expect(a.citations.map((c) => c.id)).toEqual(['item-2', 'item-3']);
    expect(a.answer).toContain('合起来11分');
  });

  it('「这个指标差几次」 takes the count told before (1次校级 → 还差1次)', () => {
    const a = ask('这学期只搞了1次校级心理观摩课，年级的没有。公开课这个指标差几次？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });
});

describe('tune-14: greetings before the question, 测评对象', () => {
  it('「王主任在吗？」 before a question is a greeting, not a question', () => {
    const a = ask('王主任在吗？我是城关二小德育处的。上周局里来查资料，说我们专班会议记录太少，这学期就开了一回。校长觉得一回够了，反正每周行政例会都讲心理。专班会议一学期到底要开几次啊');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).not.toMatch(/^1\./);
    expect(ask('在吗').answer).not.toContain('答不了');
  });

  it('「测评对象」 is the screening\'s (第17条)', () => {
    const a = ask('开学第一周我们打算给全校学生都做个心理测评，连一年级都算上。有老师说低年级字都认不全做不了问卷。测评对象文件是咋规定的');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });
});

describe('tune-14: the rest of this round', () => {
  it('the person told of before 这种情况 is judged from the whole message', () => {
    const a = ask('我们学校有个语文老师，大学读的是应用心理学本科，但没考过什么证。现在想让他兼心理课。他这种情况可以当心理健康教育教师吗？');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer.startsWith('可以，但还要经过岗前培训。')).toBe(true);
  });

  it('a forbidden substitute names what is required instead (每两周不少于1课时)', () => {
    expect(ask('心理课能用班会课代替吗').answer).toContain('要求是所有班级每两周不少于1课时心理健康课');
  });

  it('测评数据保护 is 数据安全保护 (第17条), not the document\'s basis', () => {
    const a = ask('测评数据保护是怎么要求的');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('防止信息泄露');
  });

  it('「不知道要干啥」 asks nothing; 「要参加什么培训吗」 is a yes or no', () => {
    const a = ask('我是学校宿管，学校让我当心理健康安全员，说实话有点懵，不知道要干啥。当安全员要参加什么培训吗？');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });
});

describe('tune-14b: what the text never names, asked after a yes/no word', () => {
  it('「要不要给他们发补贴，标准多少」: silent on 补贴, once', () => {
    const a = ask('保安宿管当心理健康安全员，学校要不要给他们发补贴，标准多少');
    expect(a.answer.startsWith('原文没有直接规定补贴')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
    expect(ask('学校要新建心理辅导室，基建科问面积至少多少平方米才算标准化，考核办法里有具体数吗').answer).not.toMatch(/^1\./);
  });

  it('这些 + a noun names its own subject; 有没有想死的念头 is no thing asked for', () => {
    expect(ask('测评里能看出学生有没有想死的念头，这些测评结果要建档吗').answer.startsWith('需要。')).toBe(true);
  });
});

describe('tune-14b: long messages told of one clause', () => {
  it('all the clause was told of, before 这块能过关吗 (少开一次 is no count)', () => {
    const a = ask('城东初中德育主任在这。这学期我们专班就开学初开了一次会，后面一直忙迎检没顾上再开。校长说反正每周行政例会都提一嘴心理，专班会少开一次没啥。期末考核这块能过关吗');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).toMatch(/^不(?:够|达标)。/);
    expect(a.answer).toContain('还差1次');
  });

  it('a last question that names nothing (到底一学期要开几次) is read with the situation', () => {
    const a = ask('校长让我安排全体教师的心理健康工作会，九月份开过一回了，打算十二月再开一回。教务主任说一学期一次就够了考核不看这个。到底一学期要开几次');
    expect(a.citations[0]?.id).toBe('item-3');
    expect(a.answer).toContain('不少于2次');
  });

  it('校长负责制 from rubric/qualifications.yaml: 德育处主任签字负责 → 不符合', () => {
    const a = ask('我们的心理健康工作方案是德育处主任签字负责的，校长基本不过问，应急预案倒是有一份。县里来查会不会说我们这块不符合');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('本助手的理解');
  });
});

describe('tune-14b: leave the text refuses', () => {
  it('不排进课表 leaves out 列入课程表: 不可以, not a rate read from 上一节', () => {
    expect(ask('心理课不排进课表，哪个班有空就机动上一节，可以吗？').answer.startsWith('不可以。')).toBe(true);
  });

  it('生均够不够10块 quotes the rule\'s figure; the budget told is judged', () => {
    const a = ask('我们学校1800个学生，今年心理健康专项经费预算15000元，生均够不够10块');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差3000元');
  });

  it('可以申请不参加 is opting out: 不可以 for a kind of school assessed', () => {
    expect(ask('我们是民办学校，可以申请不参加县里的心理健康考核吗').answer.startsWith('不可以。')).toBe(true);
  });

  it('moving the assessment is not the school\'s: 不能, 学期结束前15天', () => {
    const a = ask('期末太忙，学校心理工作考核能不能推到下学期开学再考');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('15天');
  });
});

describe('tune-14b: hours and counts as told', () => {
  it('a clock range added on one day is that day\'s, not every day\'s (5×1 + 1.5 = 6.5)', () => {
    const a = ask('辅导室周一到周五中午12点到1点开，周三下午再加4点到5点半，一周下来够时长吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('6.5小时');
    expect(ask('我们辅导室只有周二周四中午开，一次一个半钟头。心理老师还兼着两个班的课，很难再多开。我们这个开放时间够不够').answer.startsWith('不够。')).toBe(true);
  });

  it('「一共上了4节」 tells a total, no part to add to 每个月一节', () => {
    expect(ask('学期16周，心理课每个月上一节，一共上了4节，这个量达标没').answer.startsWith('不够。')).toBe(true);
  });

  it('这学期还要补吗: each semester, and 要 for the one short', () => {
    const a = ask('全体教师心理工作会一学年加起来开了3次，上学期2次这学期1次，这学期还要补吗');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('这学期1次，还差1次');
  });
});
