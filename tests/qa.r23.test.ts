/**
 * Round 23 of issue 10: whether the rule says what was told just before (这是考核里写了的吗, 我记得有
 * 硬性规定), the heading 考核原则, a subject's lesson (语文课) as a subject teacher's, and 文件里要求…吗
 * answered 要. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';
import { checkInFor } from '../src/core/qa/crisis.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const table = loadCrisisTable();

describe('whether the rule says what was told before', () => {
  it('「…让班主任参加心理课集体备课…这是考核里写了的吗」 → 是, item 12 (was 四、考核组织实施)', () => {
    const a = ask('学校让班主任每周参加心理课的集体备课，老师们有点抱怨。想问问，这是考核里写了的吗？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('是。')).toBe(true);
    expect(a.answer).toContain('集体备课');
  });

  it('「…校长说辅导室一周开五六个小时就行。我记得有硬性规定？」 → item 20, 10小时 (was the stock refusal)', () => {
    const a = ask('我刚接手心理工作。校长说心理辅导室一周开五六个小时就够了，午休时开一下。我记得好像有硬性规定？');
    expect(a.citations[0]?.id).toBe('item-20');
    expect(a.answer).toContain('10小时');
  });

  it('…but 够不够考核要求 is still judged on the figures told', () => {
    const a = ask('辅导室是我一个人管，我还带两个班的课。现在每天中午开一个小时，一周五天。够不够考核要求？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差5小时');
  });

  it('…and a question of its own after 想问一下 is not joined to the situation', () => {
    const a = ask('我是刚接手德育的副校长，以前教数学，对心理这块是外行。校长让我牵头准备考核材料。我想先搞清楚一个问题：这个考核多长时间考一次？');
    expect(a.citations[0]?.id).toBe('section-organization');
  });
});

describe('the heading and the subjects', () => {
  it('「考核原则有哪几条」 → the four principles (was 四、考核组织实施)', () => {
    const a = ask('考核原则一共几条');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('以人为本');
  });

  it('…while 考核要求遵循什么原则 for counselling records stays with item 20', () => {
    expect(ask('有自残行为学生的辅导记录，考核要求遵循什么原则？').citations[0]?.id).toBe('item-20');
  });

  it('「数学课上渗透心理健康，是文件要求的吗」 → 是, item 14 (语文课 / 数学课 are a subject\'s lessons)', () => {
    const a = ask('数学课上渗透心理健康教育，是文件要求的吗？');
    expect(a.citations[0]?.id).toBe('item-14');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「文件里要求班主任参加集体备课吗」 → 要 (was the clause alone)', () => {
    const a = ask('文件里要求班主任参加心理课集体备课吗');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer.startsWith('要。')).toBe(true);
  });
});

describe('a claim put for confirming, and one answer for two parts of one sentence', () => {
  it('「心理委员男生女生各一个对吧」 → 对 (对吧 / 对吗 confirm a claim the sentence states)', () => {
    const a = ask('心理委员男生女生各一个对吗？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('对。')).toBe(true);
    expect(ask('心理委员是男生女生各一个对吧？').answer).toMatch(/^(?:对|是)。/);
  });

  it('「心理委员每个class要几个，boy girl各一个对吧」 → one answer led by 对 (was the same answer twice, no verdict)', () => {
    const a = ask('心理委员每个班要几个，boy和girl各一个对吧？');
    expect(a.answer).toMatch(/^(?:对|是)。/);
    expect(a.answer).not.toMatch(/^1\. /);
    expect(a.answer).toContain('2名');
  });

  it('…while a claim with a figure the sentence does not hold gets no 对', () => {
    expect(ask('心理委员每班配一个就行对吧？').answer.startsWith('对。')).toBe(false);
  });
});

describe('kinds of school and the clauses that name them', () => {
  it('「职业学校也要配专职心理老师吗」 → 要, item 10, which names 职业学校 itself (was the targets)', () => {
    const a = ask('职业学校也要配备专职的心理教师吗');
    expect(a.citations[0]?.id).toBe('item-10');
    expect(a.answer).toContain('1:1000');
  });

  it('…but 职业学校也要开心理健康课吗 stays the targets\' (item 12 names no kind of school)', () => {
    expect(ask('职业学校也要开心理健康课吗').citations[0]?.id).toBe('section-targets');
  });

  it('「职业学校算这个考核吗」「vocational schools…」 → 算, the targets (was 四、考核组织实施)', () => {
    const a = ask('中职学校算这个考核吗');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer.startsWith('算。')).toBe(true);
    expect(ask('Are vocational schools included? 职校也考吗').citations[0]?.id).toBe('section-targets');
  });
});

describe('counts of clauses, grades of a nine-year school, and either of two', () => {
  it('「组织领导那两条加起来一共多少分」 → the area, 11分 (那两条 was read as 第2条)', () => {
    const a = ask('组织领导那两条加起来总共几分？');
    expect(a.answer).toContain('11分');
  });

  it('「九年一贯制，每个年级3个班，心理委员要几个」 → grades 4–9, 18个班, 36名 (was 3个班, 6名)', () => {
    const a = ask('我们是九年一贯制学校，每个年级3个班，心理委员一共要配多少个');
    expect(a.answer).toContain('36名');
  });

  it('「公开课只开年级的、不开校级的，行吗」 → 行 (年级或校级: either; was 不可以)', () => {
    const a = ask('公开课我们只开年级的，不开校级的，行吗');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer.startsWith('行。')).toBe(true);
    expect(ask('公开课不开年级的只开校级的可以吗').answer.startsWith('可以。')).toBe(true);
  });

  it('…while leaving out subject teaching this term altogether is still not allowed', () => {
    const a = ask('这学期教研活动很多，但没有一次跟学科渗透心理健康有关。教务处说下学期补两次。这学期空着不搞，行不行？');
    expect(a.answer.startsWith('不')).toBe(true);
  });
});

describe('claims of how the year and the money are counted', () => {
  it('「年度得分怎么算？是两学期的总和吗」 → 是, one answer (the claim took no subject: was declined)', () => {
    const a = ask('年度分怎么算？是两个学期的总和吗');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是。')).toBe(true);
    expect(a.answer).not.toContain('没有回答');
  });

  it('「Is the annual score the sum of two semesters?」 → 是 (is between two noun phrases reads 是)', () => {
    const a = ask('Is the annual score the sum of the two semesters?');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('…while 「Is the counseling room open 10 hours a week?」 keeps its week', () => {
    expect(ask('Is the counseling room open 10 hours a week?').answer).toMatch(/^够。|10小时/);
  });

  it('「心理经费是按学生人数算的吗」 → 是 (per student is the clause\'s 生均)', () => {
    const a = ask('心理健康经费是按学生人数来算的吗');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer.startsWith('是。')).toBe(true);
  });
});

describe('what is asked of the assessment, made known, or kept', () => {
  it('「危机干预算不算考核内容的一部分」 → 算 (the part asked of by its title)', () => {
    const a = ask('心理危机干预算不算考核内容里的一部分');
    expect(a.citations[0]?.id).toBe('section-content');
    expect(a.answer.startsWith('算。')).toBe(true);
  });

  it('「自杀危机干预在考核里有什么要求」 → item 17 (在考核里 frames; 自杀危机干预 is crisis work, not the veto)', () => {
    expect(ask('自杀危机干预在考核里有哪些要求？').citations[0]?.id).toBe('item-17');
  });

  it('「辅导室位置要不要公开」 → 要, item 19 (公开 is 公布: was 原文没有直接规定公开)', () => {
    const a = ask('心理辅导室的位置要不要公开');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer.startsWith('要。')).toBe(true);
  });

  it('「辅导室里学生说的内容能在办公室随便讲吗」「能告诉别人吗」 → 不能, 遵循保密原则 (was silent on 办公室)', () => {
    for (const q of ['学生在辅导室里讲的事，老师能在办公室随便说吗', '学生在辅导室说的事，心理老师能告诉别人吗']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-20');
      expect(a.answer.startsWith('不能。')).toBe(true);
      expect(a.answer).toContain('保密');
    }
  });
});

describe('questions of other business, a guess after where, and either of the people named', () => {
  it('「评职称要准备哪些材料」「职称论文有什么要求」 → declined (was item 11\'s evidence list)', () => {
    for (const q of ['评职称一般要交哪些材料', '职称论文要发什么级别的']) expect(ask(q).inScope).toBe(false);
  });

  it('…while 专职心理老师评职称能享受班主任同等待遇吗 stays item 11', () => {
    const a = ask('专职心理老师评职称可以享受班主任同等待遇吗');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('同等待遇');
  });

  it('「考核结果在哪里公布，县教育局官网吗」 → silent on the channel, one answer (the guess was a question of its own)', () => {
    const a = ask('考核结果会在哪儿公布，教育局官网吗');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(true);
    expect(a.answer).not.toMatch(/^1\. /);
  });

  it('「倾听一刻钟跟谁聊？班主任还是家长都可以吗」 → 可以 (was 不是)', () => {
    const a = ask('倾听一刻钟是跟谁聊？班主任还是家长都可以吗');
    expect(a.citations[0]?.id).toBe('item-16');
    expect(a.answer.startsWith('可以。')).toBe(true);
  });

  it('…while 必须是班主任吗 stays 不是, with the others', () => {
    const a = ask('倾听一刻钟必须是班主任陪着聊吗');
    expect(a.answer.startsWith('不是。')).toBe(true);
  });
});

describe('words of manner are never what the text is silent on', () => {
  it('「应急预案本身是考核要求的吗」 → 需要, item 4 (was 原文没有直接规定本身)', () => {
    const a = ask('自伤事件的处置流程要写进应急预案里 应急预案本身是考核要求的吗');
    expect(a.citations[0]?.id).toBe('item-4');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(false);
  });

  it('「高危学生的名单，文件里正式叫什么」 → 重点关爱人员清单 (was silent on 正式)', () => {
    const a = ask('高危学生名单在文件里正式的叫法是什么');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('重点关爱人员清单');
  });

  it('…while 就医费用学校要不要承担 stays silent on 承担', () => {
    expect(ask('学生转介到医院后，看病的费用学校要不要承担？').answer.startsWith('原文没有直接规定')).toBe(true);
  });
});

describe('two figures told, each for its own requirement', () => {
  it('「全体教职工培训搞了2次，专兼职心理老师和班主任的培训只有1次，够吗」 → 不够, 还差1次 (the 2 before the comma was taken: 够)', () => {
    const a = ask('全校教职工心理培训这学期办了2次，专兼职心理老师和班主任的培训就1次，够不够');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('「全体教职工培训一次没搞，班主任和心理老师的培训搞了3次」 → 不够, 0次 (一次没搞 is none; was 1次)', () => {
    const a = ask('全体教职工心理培训这学期一次没搞，班主任和心理老师的培训倒是搞了3次，培训这块达标吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('0次');
  });

  it('「每个班这学期开了3次心理主题班会，够不够」 → 够 (the 班会 figure is no 心理课 figure: was 不够)', () => {
    const a = ask('每个班这学期开了3次心理主题班会，够不够？');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).not.toContain('心理健康课');
  });
});

describe('after blind-36 (mid-round, read after its one measurement): verdicts and figures', () => {
  it('「有学生跳楼身亡，那年考核还能评合格吗」 → 不能 (a student\'s death by his own hand is the veto\'s)', () => {
    const a = ask('如果有学生跳楼身亡，当年的考核还能评合格吗');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('一票否决');
  });

  it('「我们倒数第二，明年心理类评优还有戏吗」 → 没有 (was 会)', () => {
    expect(ask('小学组10所，我们排倒数第二，明年心理类评优还有戏吗').answer.startsWith('没有。')).toBe(true);
  });

  it('「辅导室一三五开，每次3小时，达标吗」 → 不够, 9小时, 还差1小时 (一三五 are weekdays)', () => {
    const a = ask('我们辅导室二四六开，每次3小时，达标吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('9小时');
    expect(a.answer).toContain('还差1小时');
  });

  it('「测评是不是全校都要测」 → 不是 (only from 小学四年级; was 要)', () => {
    expect(ask('心理测评是不是全校学生都要测').answer.startsWith('不是。')).toBe(true);
  });

  it('「两个学期一个88一个92，年度得分是不是90」 → 不是, 180分', () => {
    const a = ask('我们两个学期一个88一个92，年度最终得分是不是90');
    expect(a.answer.startsWith('不是。')).toBe(true);
    expect(a.answer).toContain('180分');
  });

  it('「1800个学生，其中四到六年级900个，测评要测多少人」 → 900人 (900个 counts students)', () => {
    expect(ask('学校1600个学生，其中四到六年级700个，测评最少测多少人').answer).toContain('700人');
  });

  it('「年度分怎么算，两个学期相加吗」 → 是 (a sum claimed with 吗)', () => {
    expect(ask('年度分是怎么算的，两个学期相加吗').answer.startsWith('是。')).toBe(true);
  });

  it('「考核什么时候考，结果谁定，年度分怎么算」 → three answers, the last from 五 (was taken as 结果谁定 again)', () => {
    const a = ask('考核什么时候考，结果谁定，年度分怎么算');
    expect(a.answer).toMatch(/3\. [^\n]*两学期考核总分/);
  });

  it('「成长导师给哪些学生配？一个学生配几个？」 → no 「你说的1名学生」 (一个学生 asks the rate)', () => {
    expect(ask('成长导师给哪些学生配？一个学生配几个？').answer).not.toContain('你说的1名学生');
  });

  it('「全员导师制的 policy 里要 cover 哪些东西」 → item 5 (a practice\'s policy is its 制度)', () => {
    expect(ask('全员导师制的 policy 要 cover 哪些方面').citations[0]?.id).toBe('item-5');
  });

  it('「前任啥材料都没留下…这条原文怎么写的」 → item 8, no silence on 前任 (啥…都没 asks nothing)', () => {
    const a = ask('我是新来的德育主任，上一任啥都没留。马上考核了。方案、预案以外，还有一条说要完善其他规章制度，这条原文是怎么写的？');
    expect(a.citations[0]?.id).toBe('item-8');
    expect(a.answer.startsWith('原文没有直接规定')).toBe(false);
  });
});

describe('harm to oneself said with the act (划自己, 捅自己)', () => {
  it('「学生拿着美工刀说要划自己」 → the student crisis reply (was a rule answer, then the check-in)', () => {
    const a = ask('有个学生拿着美工刀说要划自己，怎么劝都不听');
    // (「学生在厕所用圆规划自己手臂」, once the model's alone, the lists now ask after too.)
    expect(checkInFor({ ...table, model: null }, '学生在厕所用圆规划自己手臂', true)).toContain('12356');
    expect(a.answer).toContain('12356');
    expect(a.answer).toMatch(/110|120/);
    expect(a.answer).toContain('不要让他/她独处');
  });

  it('…while 美术课用刻刀别伤自己 and 学生自伤的处置流程 are no crisis', () => {
    for (const q of ['美术课用刻刀小心别划伤自己', '学生自伤的处置流程考核怎么要求']) expect(ask(q).answer).not.toMatch(/现在安全吗|^这很紧急|^谢谢你愿意说出来|^很关心你/);
  });
});

describe('how often, said 回; 相关 frames; 专门 is no plain yes', () => {
  it('「心理考核一学期考几回」 → 一次, 学期结束前15天 (was silent on a figure)', () => {
    const a = ask('县里的心理考核一学期考几回，一般啥时候来？');
    expect(a.citations[0]?.id).toBe('section-organization');
    expect(a.answer).toContain('一次');
    expect(a.answer).toContain('15天');
  });

  it('「…想让心理老师去参加县里的基本功大赛。这个在考核里有相关要求吗」 → item 11 (was item 8\'s 相关规章制度)', () => {
    const a = ask('我们听了市里的心理优质课，收获挺大。学校想让心理老师去参加县里的基本功大赛。这个在考核里有相关要求吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('基本功大赛');
  });

  it('「心理安全员是不是专门防学生跳楼的」 → no 是 (专门 claims only that)', () => {
    expect(ask('心理安全员是不是专门防学生跳楼的？宿管也要配吗').answer.startsWith('是。')).toBe(false);
  });
});

describe('…了没有 asks; the week coming names no rate; the document asked with 文件对', () => {
  it('「专班会只开了一次，全体教师会也只开了一次。下周就要考核了，这两项达标了没有」 → 不够 (was declined as a day\'s schedule)', () => {
    const a = ask('这学期活动多。工作专班的会只开了一次，全体教师的心理工作会也只开了一次。下周就要考核了，这两项达标了没有？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });

  it('「学生因为抑郁想轻生办了休学，文件对休学复学有机制要求吗」 → item 17, no crisis reply (文件对 asks the document)', () => {
    const a = ask('有个学生因为抑郁想轻生办了休学，文件对休学复学有机制要求吗');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('休学');
  });

  it('…while 「学生现在说想轻生，文件对这种情况有要求吗」 is still a student crisis (现在)', () => {
    expect(ask('学生现在说想轻生，文件对这种情况有要求吗').answer).toContain('不要让他/她独处');
  });

  it('「兼职心理老师上课和辅导能不能算工作量」 → 算 (the requirement\'s own words state it)', () => {
    expect(ask('兼职心理老师上课和做辅导能不能算工作两').answer.startsWith('算。')).toBe(true);
  });
});

describe('a question run on after 吗', () => {
  it('「经费是按学生人头算的吗一个人多少」 → 是, 10元 (was one clause with no verdict)', () => {
    const a = ask('那个心理经费是按学生人头算的吗一个人多少');
    expect(a.citations[0]?.id).toBe('item-21');
    expect(a.answer.startsWith('是。')).toBe(true);
    expect(a.answer).toContain('10元');
  });
});

describe('after blind-35 and blind-37 (both read after their last measurement): wrong verdicts', () => {
  it('「专班会开了3次，全体教师心理工作会开了1次，哪个不够」 → 不够, each clause\'s count (was 够, the 3 taken for the teachers\' meeting)', () => {
    const a = ask('这学期工作专班会议开了3次，全体教师心理工作会议只开了1次，哪个没达标？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('全体教师会议不少于2次，你说的1次还差1次');
    expect(a.answer).toContain('专班会议不少于2次，你说的3次达到了');
  });

  it('「专班会议开了1次，家长会开了2次，哪个没达标」 → 家长会 达到, 专班 还差1次 (was 家长会 1次)', () => {
    const a = ask('本学期专班会议开了1次，家长会开了2次，哪一项没达标');
    expect(a.answer).toContain('家长会不少于2次，必讲心理健康教育，你说的2次达到了');
    expect(a.answer).toContain('专班会议不少于2次，你说的1次还差1次');
  });

  it('…while 「公开课1次、观摩课1次，加起来够数吗」 stays one requirement added up', () => {
    expect(ask('这学期开了1次年级心理公开课，又开了1次校级观摩课，加起来够数吗？').citations[0]?.id).toBe('item-11');
  });

  it('「保安宿管食堂都有，只在保安里配了1个安全员，达标没」 → 不达标 (都有 told the posts: was 达标)', () => {
    const a = ask('保安、宿管、食堂这几个岗位都有，现在只在保安里配了1个安全员，达标没');
    expect(a.answer.startsWith('不达标。')).toBe(true);
    expect(a.answer).toContain('宿管、食堂还差');
  });

  it('「五年级一个班45人，心理委员只选了一个女生，够不够」 → 不够 (45人 are the class\'s students: was 够, 45名)', () => {
    const a = ask('我们四年级一个班48人，心理委员只选了一个男生，够不够');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).not.toContain('48名');
  });
});
