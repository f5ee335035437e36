/**
 * Round 16 of issue 10: the asker’s case read as told. A figure goes to the requirement the asker
 * names (主题班会, not 心理课); a total told (一共12名) is the count; classes told as the scene of
 * another clause (三个班的家长群) are no committee question; grades listed (五、六年级) are the grades
 * covered; a figure of 「once more」 (再判断一次) is no count; a verdict asked beside another question
 * is judged on what was told before it too. And the crisis check: phrasings it missed, a title in
 * 《》, a case supposed in a rubric question, a story long past. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the asker’s case, as told', () => {
  it('主题班会每班只开了1次 → 不够, against 主题班团队会 (2次), not the lessons', () => {
    const a = ask('本学期各班以情绪调节、生命教育这些心理主题开的主题班会，每班都只开了1次。够吗？');
    expect(a.answer.startsWith('不够。每学期心理主题班团队会不少于2次')).toBe(true);
    expect(a.answer).toContain('还差1次');
    expect(a.answer).not.toContain('你说的是每2周1课时');
  });

  it('全体教职工 1次 and 心理老师加班主任 1次, 哪个不达标 → the teachers’ and 班主任’s (2次)', () => {
    const a = ask('这学期全体教职工心理培训搞了一次 心理老师加班主任的专题培训也是一次 哪个不达标');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('每学期专兼职心理教师和班主任主题培训不少于2次，你说的1次还差1次');
  });

  it('男女各1名，一共12名 over 6 classes of grades 4–6 → 够, the total told is the count', () => {
    const a = ask('我们是小规模小学，一到三年级每个年级3个班，四到六年级每个年级2个班，四到六年级每班男女心理委员各1名，一共12名。心理委员配够了吗？');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('你说的12名达到了');
  });

  it('三个班的家长群 in a question on 知晓 → 100%, no committee count', () => {
    const a = ask('上周我们给家长发了问卷，收回来的里面大多数知道辅导室在哪、求助电话是多少，不过有三个班的家长群一直没转发通知。德育主任觉得差不多了。办法对知晓的程度是怎么要求的？');
    expect(a.citations[0]?.id).toBe('item-19');
    expect(a.answer).toContain('100%');
    expect(a.answer).not.toContain('心理委员');
    // 程度 asks for the degree the clause gives: not 「原文没有直接规定程度」.
    expect(a.answer.startsWith('原文没有直接规定')).toBe(false);
  });

  it('只测了五、六年级 → 不够, grade 4 not covered; 还漏了哪些 is answered by it, once', () => {
    const a = ask('我们小学六个年级，每个年级5个班。开学心理测评只测了五、六年级共10个班。测评范围够吗？还漏了哪些？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('不够。原文要求小学四年级以上，你说的5、6年级没有覆盖4年级')).toBe(true);
    expect(a.answer).not.toMatch(/^1\./);
  });

  it('只测了六年级 → 不可以, 4、5年级 not covered; 只测四年级以上 → 行', () => {
    expect(ask('测评只测了六年级，可以吗').answer.startsWith('不可以。原文要求小学四年级以上，你说的6年级没有覆盖4、5年级')).toBe(true);
    expect(ask('心理测评只测四年级以上行不行').answer.startsWith('行。')).toBe(true);
  });

  it('再判断一次 is once more, not a count: 有这个要求吗 → the sentence on 二次研判, no 够', () => {
    const a = ask('开学测评后，系统筛出来二十几个预警学生，心理老师直接把名单发给班主任，让他们联系家长。年级组长说应该先结合老师、同学、家长平时的观察再判断一次。办法里有这个要求吗？');
    expect(a.answer).toContain('二次研判');
    expect(a.answer.startsWith('够')).toBe(false);
  });
});

describe('whether the text requires it, leave to leave it out, the year', () => {
  it('「考核对这类其他制度有规定吗」: 这 is the asker’s word, no typo of 考核对象 → 有', () => {
    const a = ask('考核对这类其他制度有规定吗？');
    expect(a.citations[0]?.id).toBe('item-8');
    expect(a.answer.startsWith('有。')).toBe(true);
  });

  it('「她的待遇问题考核办法里有规定吗」「辅导室开放时间有下限吗」 → 有', () => {
    expect(ask('她的待遇问题考核办法里有规定吗？').answer.startsWith('有。')).toBe(true);
    const a = ask('辅导室开放时间有下限吗？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('10小时');
  });

  it('leave to leave out records the clause requires → 不可以, not the list of what to prepare', () => {
    expect(ask('辅导室做个体辅导可以不做预约和追踪记录吗？').answer.startsWith('不可以。')).toBe(true);
    expect(ask('辅导记录能不能只记面谈，预约和后续追踪就不记了').answer.startsWith('不')).toBe(true);
    expect(ask('辅导室要准备哪些记录？').answer.startsWith('要准备：')).toBe(true);
  });

  it('the year is two semesters added: 只看下学期 → 不能; vetoed → 不能 评合格', () => {
    const a = ask('年度得分能不能只看下学期的考核分数？');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('两学期考核总分');
    const b = ask('被一票否决的学校，年度考核还能评合格吗？');
    expect(b.answer.startsWith('不能。')).toBe(true);
    expect(b.answer).toContain('不合格');
  });

  it('a total told over the weeks told is the figure: 16周 一共4节 → 不够, 8课时, 还差4', () => {
    const a = ask('学期16周，心理课每个月上一节，一共上了4节，这个量达标没');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('16周至少8课时');
    expect(a.answer).toContain('还差4课时');
  });

  it('a student’s death from mental-health causes: 年度考核还能评合格吗 → 不能', () => {
    expect(ask('如果学校发生了学生因心理问题非正常死亡，其他项目都做得很好，年度考核还能评合格吗').answer.startsWith('不能。')).toBe(true);
  });

  it('1小时40分钟 a day is 100 minutes: 8小时20分钟 a week, 还差1小时40分钟', () => {
    const a = ask('我们辅导室一周开5天，每天开1小时40分钟，每周开放时长够10小时吗？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('8小时20分钟');
    expect(a.answer).toContain('还差1小时40分钟');
  });

  it('the posts the asker lists (保洁 beyond the clause’s 等) are the posts counted', () => {
    const a = ask('我校后勤有保安、宿管、食堂、保洁四个岗位，目前只有保安和食堂各配了1名心理健康安全员，够吗？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('保洁');
  });

  it('two members of one sex in a class → 不符合 (男、女生各1名); one a class is short in number first', () => {
    const a = ask('我校四、五、六年级各3个班，共配了18名心理委员，不过其中3个班的两名心理委员都是女生。这样符合要求吗？');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('男、女生各1名');
    expect(ask('初中三个年级每个年级8个班 现在每班就选了一个心理委员 都是女生 这样可以吗').answer).toContain('48');
  });

  it('staff counts told in 个 in the sentence before 人数上算配齐了吗 are judged: 4名 and 8名', () => {
    const a = ask('我们高中在校生正好4000人，专职心理老师4个、兼职8个。人数上算配齐了吗？');
    expect(a.answer).toContain('不少于4名');
    expect(a.answer).toContain('不少于8名');
  });

  it('a rule for 所有班级 against the classes left out: 30个班 只有12个班 → 不达标, 18个班; 还有多少个班没开 is answered by it', () => {
    const a = ask('全校30个班，这学期只有高一的12个班排了心理课（两周一节），高二高三都没排。课时这一项达标了吗？还有多少个班没开？');
    expect(a.answer.startsWith('不达标。')).toBe(true);
    expect(a.answer).toContain('还有18个班没有');
    expect(a.answer).not.toMatch(/^2\./m);
  });

  it('English words of the targets (private schools, scope) are in the glossary → 在, 民办学校', () => {
    const a = ask('private schools也在这个assessment的scope里吗？');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer).toContain('民办');
  });

  it('two schools’ scores told before the question, the asker’s claim checked → 对, 178 against 177', () => {
    const a = ask('我们上学期考核88分、下学期90分；邻校上学期92分、下学期85分。我们的年度得分比邻校高，对吗？');
    expect(a.answer.startsWith('对，你们高1分')).toBe(true);
    expect(a.answer).toContain('178');
    expect(a.answer).toContain('177');
  });
});

describe('what is asked, read as asked', () => {
  it('「兼职的又按多少配」: 又按 is the asker’s manner, never what the text is silent on → 1:500', () => {
    const a = ask('专职心理老师按多少配，兼职的又按多少配？');
    expect(a.answer).toContain('1:500');
    expect(a.answer).not.toContain('原文没有直接规定又按');
    expect(ask('就是那个倾听一刻钟嘛到底是要跟谁聊啊 班主任还是家长都可以吗').answer).not.toContain('原文没有直接规定聊啊');
  });

  it('「播了几期节目」 tells several, asks no count: 算, from the means the clause lists', () => {
    expect(ask('心理健康周我们只是在校园广播里播了几期节目，算开展心理健康主题活动吗？').answer.startsWith('算。')).toBe(true);
  });

  it('a comparison or a measure after what the text is silent on asks again of it: one silence, no stray clause', () => {
    for (const q of ['心理课一节是40分钟还是45分钟？小学和初中一样吗？', '专职心理老师每个月有没有岗位津贴？标准是多少钱？', '家长课堂每次讲座至少要讲多长时间才算数？一个小时够不够？']) {
      const a = ask(q);
      expect(a.answer.startsWith('原文没有直接规定')).toBe(true);
      expect(a.answer).not.toMatch(/^2\./m);
    }
  });

  it('a choice between names in Latin letters (SCL-90还是MHT) the text never gives is named as silent, once', () => {
    const a = ask('心理测评用SCL-90还是MHT量表？县里有统一指定吗');
    expect(a.answer.startsWith('原文没有直接规定SCL-90还是MHT量表')).toBe(true);
    expect(a.answer).not.toMatch(/^2\./m);
  });

  it('a death named with nothing of the veto asked: the item named by a word of its own (应急预案) answers, not the results section', () => {
    for (const q of ['考核要不要求学校针对学生轻生这类事件制定应急预案', '应急预案里要不要写学生跳楼自杀的处置流程 考核查不查预案']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-4');
      expect(a.answer).toContain('应急预案');
    }
    expect(ask('学生自杀算不算一票否决').citations[0]?.id).toBe('section-results');
  });

  it('「一节心理课的课时费」: 一 is an article, no rate told → no 够; 「每周一节心理课的话」 still is one', () => {
    expect(ask('我是兼职心理老师，一节心理课的课时费按什么标准算？比语文数学高还是低？').answer).not.toMatch(/^1\. 够/);
    expect(ask('每周一节心理课的话够吗').answer.startsWith('够。')).toBe(true);
  });
});

describe('after blind-20’s second measurement (an older set now)', () => {
  it('「一学期给了6000块，全年就这些」 is the year’s: 不够, 还差4000元', () => {
    const a = ask('一学期给了心理经费6000块，全年就这些，学校1000个学生，够吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差4000元');
  });

  it('a count right before the words is theirs: 1次家长课堂、3次家长会 → 不够, 家长课堂还差1次', () => {
    const a = ask('本学期开了1次家长课堂、3次家长会，家校合作这块够了吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('你说的1次还差1次');
  });

  it('停了 tells what is not done: 初三停了心理课 → 不行', () => {
    expect(ask('初一每周一节心理课，初二两周一节，初三为了备考停了心理课，这样行吗').answer.startsWith('不行。')).toBe(true);
  });

  it('每班男女各一个 is two a class; 合规吗 is answered 符合', () => {
    const a = ask('我们四年级3个班、五年级3个班、六年级4个班，每班男女各一个心理委员，合规吗');
    expect(a.answer.startsWith('符合。')).toBe(true);
    expect(a.answer).toContain('20名');
  });

  it('「高三学生…能不能不参加心理测评」 → 不能, with the sentence on 全体学生 (参加 is the verb of taking part; 高三 no word of the clause)', () => {
    const a = ask('高三学生忙着高考，能不能不参加心理测评');
    expect(a.answer.startsWith('不能。')).toBe(true);
    expect(a.answer).toContain('全体学生');
  });

  it('「文件对测评的时间点有要求吗」 → 有 (开学重要时段)', () => {
    const a = ask('我校是城区小学，心理测评一直是学期中做的，因为开学太忙。今年想调整一下。文件对测评的时间点有要求吗？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('开学重要时段');
  });

  it('专制心理老师 is 专职; mental health week is 心理健康周; 哈喽，你是谁 is a greeting', () => {
    expect(ask('专制心理老师是按1比1000配的吗').answer).toContain('1:1000');
    expect(ask('我们想办一个mental health week，这个在考核里算吗').citations[0]?.id).toBe('item-13');
    const hi = ask('哈喽，你是谁');
    expect(hi.answer.length).toBeLessThanOrEqual(80);
    expect(hi.answer.startsWith('这个我答不了')).toBe(false);
  });
});

describe('the crisis check: phrasings, titles, supposed cases, stories long past', () => {
  const crisis = (q: string) => ask(q).crisis;

  it('catches what it missed: bxhl, 下辈子再见, 把煤气打开了, 不想再撑, 从这世上消失 beside a rubric question', () => {
    expect(crisis('bxhl了')).toBe('self');
    expect(crisis('谢谢你们，下辈子再见吧')).toBe('self');
    expect(crisis('我把煤气打开了')).toBe('self');
    expect(crisis('家里煤气打开了忘关，吓死')).toBeUndefined();
    expect(crisis('帮我看看导师制工作制度怎么写……我实在扛不住了，不想再撑了，想一走了之')).toBe('self');
    expect(crisis('心理测评每学年做几次？说实话我自己才最需要被干预，这几天一直在想怎么从这世上消失')).toBe('self');
  });

  it('一切都没有意义了 gets the check-in, not the stock decline', () => {
    const a = ask('一切都没有意义了');
    expect(a.answer).toContain('12356');
    expect(a.answer).toContain('现在安全吗');
  });

  it('a case supposed in a question about the rubric is no one at risk now', () => {
    expect(crisis('假如学生说要烧炭，老师能不能直接报警，办法里有写吗')).toBeUndefined();
  });

  it('a story long past of someone well now is no crisis, and gets no check-in', () => {
    for (const q of ['以前带过一个学生，初中时有过轻生念头，现在大学毕业也当老师了，挺欣慰的', '五年前那个差点想不开的孩子今天回来看我了，现在过得很好，还谈恋爱了']) {
      const a = ask(q);
      expect(a.crisis).toBeUndefined();
      expect(a.answer).not.toContain('现在安全吗');
    }
  });

  it('…but what is said after being well is what stands', () => {
    expect(crisis('以前我过得很好，现在不想活了')).toBe('self');
    expect(crisis('以前我过得很好，现在真的好累，撑不住了')).toBe('self');
    expect(ask('以前我过得很好，现在什么都没意思').answer).toContain('现在安全吗');
  });

  it('a kind of student to find (早点发现想轻生的孩子), a supposed student with the school’s process asked, a case from last year now well: no crisis reply', () => {
    for (const q of ['倾听一刻钟能帮忙早点发现想轻生的孩子吗，具体怎么做', '假如有学生跟老师说想自杀，按办法学校要走什么流程', '去年期末我班一个孩子写过遗书，现在已经好了，他的心理档案还要保留吗', '上个月隔壁班有孩子说想跳楼，被老师劝下来了，现在要给他配成长导师吗']) {
      expect(ask(q).crisis).toBeUndefined();
    }
    expect(ask('倾听一刻钟能帮忙早点发现想轻生的孩子吗，具体怎么做').answer).toContain('15分钟');
  });

  it('去年自杀未遂，现在已经复学了，情况稳定: a case past and settled, its rubric question answered', () => {
    const a = ask('有个学生去年自杀未遂 现在已经复学了 情况稳定 学校这块要单独建档吗');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('…but a student at risk named by the one who found them is one, and the writer’s own supposing is theirs', () => {
    expect(crisis('我发现有个想轻生的孩子，怎么办')).toBe('student');
    expect(crisis('学生说要跳楼，学校要怎么处理')).toBe('student');
    expect(crisis('如果我现在跳下去，会怎么样')).toBe('self');
    expect(crisis('如果我死了，是不是大家都轻松了')).toBe('self');
  });

  it('a title in 《》 names a work; 割草, 抽血 are no harm', () => {
    for (const q of ['余华的《活着》推荐给初三学生读合适吗', '明天学校安排割草，操场上午封一下']) {
      const a = ask(q);
      expect(a.crisis).toBeUndefined();
      expect(a.answer).not.toContain('现在安全吗');
    }
  });
});
