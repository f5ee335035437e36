/**
 * Round 17 of issue 10: a practice, not its written rules, when only the practice is asked (全员导师制);
 * a definition asked is the sentence that names it; voice input's lone 吗 ends the question before it;
 * and the crisis check: phrasings it missed (永远休息, 五楼走廊说要跳, debts settled and nothing left to
 * care for), stories and the news, and the model's guess on messages that laugh at themselves. Over the
 * real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('which clause, which sentence', () => {
  it('全员导师制到底是啥意思 → 第9条, the sentence that says it (人人是导师), not 第5条’s rules', () => {
    const a = ask('全员导师制到底是啥意思？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('人人是导师');
    expect(a.answer).toContain('全体教职员工');
  });

  it('全员导师制只让班主任当导师行吗 → 不行, 全体教职员工共同参与 (导师 narrows nothing)', () => {
    const a = ask('全员导师制只让班主任当导师行吗');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer.startsWith('不行。')).toBe(true);
    expect(a.answer).toContain('全体教职员工');
  });

  it('…but the rules asked of (制度里不写…频次) are 第5条’s, though 谈心谈话 is 第9条’s word', () => {
    expect(ask('全员导师制的制度里不写谈心谈话的频次，可以吗').citations[0]?.id).toBe('item-5');
  });

  it('二次研判到底是啥意思 → the sentence that says 二次研判, with who takes part', () => {
    const a = ask('二次研判到底是啥意思 谁参与判');
    expect(a.answer).toContain('班主任');
    expect(a.answer).toContain('二次研判');
  });

  it('voice input: 「学生心理档案 要 一人一档 吗」 is one question → 需要', () => {
    const a = ask('那个啥 学生心理档案 要 一人一档 吗');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.citations[0]?.id).toBe('item-17');
  });
});

describe('retrieval: words of the text, places, the summary’s own things, every piece answered', () => {
  it('心理危机识别与干预的主题培训 → 第9条, which says it word for word (安全员)', () => {
    const a = ask('心理危机识别与干预的主题培训是针对哪些人的？');
    expect(a.citations[0]?.id).toBe('item-9');
    expect(a.answer).toContain('安全员');
  });

  it('办公室设在哪儿 → the sentence that says where (指导中心)', () => {
    expect(ask('县里考核领导小组的办公室设在哪儿？').answer).toContain('指导中心');
  });

  it('社会力量, named by the summary alone, keeps 二(二) first → 可以', () => {
    const a = ask('心理健康工作的经费可以找社会力量赞助吗');
    expect(a.citations[0]?.id).toBe('section-content');
    expect(a.answer.startsWith('可以。')).toBe(true);
    expect(a.answer).toContain('社会力量');
    // …but 标准 (of 标准化) is no such thing: 第21条 still answers the money.
    expect(ask('心理经费按学生人头算，标准是多少钱').citations[0]?.id).toBe('item-21');
  });

  it('a piece declined among several gets the clause it plainly names', () => {
    const a = ask('心理经费要不要列进年度预算？社会上的力量能不能参与进来？');
    expect(a.answer).toContain('1. 要。');
    expect(a.answer).toContain('2. 能。');
    expect(a.answer).toContain('社会力量');
  });

  it('…and one no clause answers is said to be left unanswered, not dropped', () => {
    const a = ask('心理课多久上一次？教师节的慰问品一般发什么比较好？');
    expect(a.answer).toContain('每两周');
    expect(a.answer).toContain('另有1个问题考核办法里没有写到');
  });
});

describe('small words', () => {
  it('谁来修 is no 谁来考 (the last of three characters is not repaired)', () => {
    expect(qa.index.terms('保安室的监控坏了，找谁来修？')).not.toContain(qa.index.concept('谁来考'));
    // …while a loose middle character still is (辅到室 → 辅导室).
    expect(qa.index.terms('辅到室每周开多久')).toContain(qa.index.concept('辅导室'));
  });

  it('谁 asks: 「考核由谁组织实施，办公室设在哪里」 is two questions, both answered', () => {
    const a = ask('考核由谁组织实施，领导小组办公室设在哪里？');
    expect(a.answer).toContain('县教育局');
    expect(a.answer).toContain('指导中心');
  });

  it('哪天公布的 / published asks the document’s date → 2023年11月13日', () => {
    for (const q of ['这个考核办法是哪天公布的？', '这个 assessment policy 是哪天 published 的？']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('section-results');
      expect(a.answer).toContain('2023年11月13日');
    }
  });
});

describe('silence on what the clause never names', () => {
  it('家访每学期至少要做几次 → silent on 家访 (2次 is 家长课堂’s), 校长会被免职吗 → silent on 免职', () => {
    const a = ask('家访每学期至少要做几次？');
    expect(a.answer.startsWith('原文没有直接规定家访')).toBe(true);
    expect(ask('考核不合格的学校，校长会被免职吗？').answer.startsWith('原文没有直接规定免职')).toBe(true);
    // …while 问责, the text's own word, is answered.
    expect(ask('学校发生学生跳楼，校长会被问责吗').answer.startsWith('会。')).toBe(true);
  });
});

describe('which part of 考核内容', () => {
  it('危机干预归在哪个方面 → 第6方面 心理健康监测; 社会力量 → 第8方面 经费投入', () => {
    for (const q of ['考核内容里，“危机干预”归在哪个方面？', '学生危机干预在考核内容里归到哪一块？']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('section-content');
      expect(a.answer.startsWith('属于第6方面“心理健康监测”')).toBe(true);
    }
    expect(ask('社会力量支持属于哪个方面').answer.startsWith('属于第8方面“经费投入”')).toBe(true);
  });
});

describe('the asker’s figures', () => {
  it('七年级 / 四年级 are grades, not school years (年 of 年级 is no period)', () => {
    const a = ask('本学期20周，七年级各班一共只上了8节心理课，够吗？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('20周至少10课时');
    expect(a.answer).toContain('还差2课时');
    const b = ask('我们本学年秋季开学已经给全体四年级以上学生测过一次，春季还必须再测吗？');
    expect(b.answer.startsWith('不需要。')).toBe(true);
  });

  it('1节校级公开课、1节年级观摩课 are two of what the requirement counts (公开课或观摩课) → 够', () => {
    expect(ask('这学期心理组开了1节校级公开课、1节年级观摩课，公开课这项够吗？').answer.startsWith('够。')).toBe(true);
    expect(ask('这学期家长课堂办了1次线下讲座、1次线上讲座，次数够吗？').answer.startsWith('够。')).toBe(true);
    // …but 家长课堂 and 家长会 are two requirements: 1 and 3, not 4.
    expect(ask('这学期开了1次家长课堂、3次家长会，够吗').answer).toContain('你说的1次还差1次');
  });

  it('专班会议一学年至少开几次 → 4次, two semesters being the rubric’s own (no reading note)', () => {
    const a = ask('专班会议一整个学年加起来至少开几次');
    expect(a.answer).toContain('至少4次');
    expect(a.answer).not.toContain('本助手的理解');
  });

  it('每天 with the days named is each of them: 周一、三、五 → 9小时, 周一到周四 → 12小时 (1小时40分钟 still one amount)', () => {
    const a = ask('辅导室周一、三、五每天下午开3小时，够不够？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('每周9小时');
    expect(ask('辅导室周一到周四每天开3小时，周五不开，这样够了吧？').answer).toContain('每周12小时');
    expect(ask('我们辅导室一周开5天，每天开1小时40分钟，每周开放时长够10小时吗？').answer).toContain('8小时20分钟');
  });

  it('督学来了2次活动，但一节课都没听 → 不行 (听课 0节); 没听课 still none', () => {
    const a = ask('督学这学期来参加了2次心理活动，但一节课都没听，行吗？');
    expect(a.answer.startsWith('不行。')).toBe(true);
    expect(a.answer).toContain('0节');
    expect(ask('督学来过一回 但是没听课 会扣分吗').answer.startsWith('会。')).toBe(true);
  });

  it('自杀预防讲座，算不算家长课堂的次数 → 算 (讲座); 兼职老师上课算不算工作量 → 算', () => {
    expect(ask('给家长开自杀预防讲座，算不算家长课堂的次数？').answer.startsWith('算。')).toBe(true);
    expect(ask('我们学校兼职心里老师上课算不算工作量啊 财务那边说不算').answer.startsWith('算。')).toBe(true);
  });

  it('辛苦了，我明白了 is thanks', () => {
    expect(ask('辛苦了，我明白了').answer.startsWith('不客气')).toBe(true);
  });

  it('学期18周，心理课每三周上一节 → over the semester told: 18周至少9课时, 6课时, 还差3课时', () => {
    const a = ask('学期18周，心理课每三周上一节，算下来够吗？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('18周至少9课时');
    expect(a.answer).toContain('还差3课时');
  });

  it('a risk of suicide is no death: 自伤自杀风险高…怎么处理 → 第17条 转介; a death asked how → the veto, no 是', () => {
    const a = ask('自伤自杀风险高、超出学校辅导范畴的学生，考核要求学校怎么处理？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('转介');
    const b = ask('学生自杀了，考核怎么处理');
    expect(b.citations[0]?.id).toBe('section-results');
    expect(b.answer.startsWith('是。')).toBe(false);
  });

  it('每生每学期5元, a year → 10元, 够', () => {
    const a = ask('学生1200人，心理健康经费按每生每学期5元安排，一年下来达标吗？');
    expect(a.answer.startsWith('够。')).toBe(true);
    expect(a.answer).toContain('一年两个学期共10元');
  });

  it('每个学生每年的心理经费只有8块钱 → 不够, 还差2元 (the figure a few words after 每年)', () => {
    const a = ask('我们每个学生每年的心理经费只有8块钱，达不达标？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差2元');
  });

  it('重点关注学生27人，只有20人配了成长导师 → 不达标, 还差7名', () => {
    const a = ask('年级有重点关注学生27人，目前只有20人配了成长导师，达标吗？');
    expect(a.answer.startsWith('不达标。')).toBe(true);
    expect(a.answer).toContain('还差7名');
  });

  it('meetings averaged over the year are judged each semester, not as the year’s score', () => {
    const a = ask('去年专班会议上学期开了4次，下学期一次都没开，全年平均下来每学期2次，算达标吗？');
    expect(a.citations[0]?.id).toBe('item-2');
    expect(a.answer).toContain('下学期0次');
  });

  it('有下限吗 with the asker’s hours told → 有, then their figure against it', () => {
    const a = ask('我们只有一个心理老师，辅导室周一到周五中午各开1小时，他还要上课。辅导室开放时间有下限吗？');
    expect(a.answer.startsWith('有。')).toBe(true);
    expect(a.answer).toContain('还差5小时');
  });

  it('what others did not do leaves the asker’s own figure to judge (语文组1次，其他学科没搞 → 够)', () => {
    expect(ask('本学期语文组搞了1次学科渗透心理健康的教研活动，其他学科没搞，学科渗透达标了没').answer.startsWith('够。')).toBe(true);
  });

  it('辅导室面积有要求吗 → silent on 面积, with the clause on the room (上面对 is 上面 + 对)', () => {
    for (const q of ['辅导室面积有要求吗', '上面对辅导室面积有要求吗']) {
      const a = ask(q);
      expect(a.answer.startsWith('原文没有直接规定面积')).toBe(true);
      expect(a.citations[0]?.id).toBe('item-18');
    }
  });

  it('提要求了没 / 提没提 ask whether the text says it → 有', () => {
    expect(ask('有个学生因为抑郁在家休学半年了，家长说想回来上学。考核里对休学复学提要求了没').answer.startsWith('有。')).toBe(true);
    expect(ask('我提议把心理健康工作放进教师考核，出了问题也要追责。考核办法在机制上提没提这个').answer.startsWith('有。')).toBe(true);
  });

  it('辅导室周末不开放，只在工作日开 → 行: the clause sets the week’s hours, not the days', () => {
    const a = ask('心理辅导室周末不开放，只在工作日开，行吗？');
    expect(a.answer.startsWith('行。')).toBe(true);
    expect(a.answer).toContain('10小时');
  });

  it('制度里不写谈心谈话的频次 → 不可以: 频次 is what the rules must state', () => {
    const a = ask('全员导师制的制度里不写谈心谈话的频次，可以吗');
    expect(a.citations[0]?.id).toBe('item-5');
    expect(a.answer.startsWith('不可以。')).toBe(true);
  });

  it('a definition beside a yes/no on the same sentence stays one answer (倾听一刻钟)', () => {
    const a = ask('倾听一刻中到底是啥活动啊 每周搞一次就行吗');
    expect(a.answer.startsWith('不行。')).toBe(true);
    expect(a.answer).not.toContain('2. ');
  });
});

describe('privacy, claims and words of the text', () => {
  it('测评结果贴在公告栏, 高风险学生名单全校公开 → 不可以, 防止信息泄露', () => {
    for (const q of ['心理测评结果可以贴在班级公告栏里吗？', '心理危机筛查出的高风险学生名单可以在全校公开吗？']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-17');
      expect(a.answer.startsWith('不可以。')).toBe(true);
      expect(a.answer).toContain('泄露');
    }
  });

  it('辅导室的咨询记录随便给班主任看 → 不可以, kept secret by the evidence list (said to be the project’s)', () => {
    const a = ask('班主任想看学生在辅导室的咨询记录，可以随便给他看吗');
    expect(a.answer.startsWith('不可以。')).toBe(true);
    expect(a.answer).toContain('保密');
    expect(a.answer).toContain('本助手的材料清单');
  });

  it('组长是分管德育的副校长，书记和校长都不在 → 不符合; 培训有次数要求吗 asks no eligibility', () => {
    expect(ask('我们学校心理健康领导小组的组长是分管德育的副校长，书记和校长都不在小组里。这样符合考核要求吗？').answer.startsWith('不符合。')).toBe(true);
    const a = ask('这学期全校教职工培训已经安排过一次心理健康讲座。可班主任们说她们没有专门的心理培训。对班主任和心理老师的培训有次数要求吗？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('2次');
  });

  it('means the clause lists (心理橱窗, 广播) count, beside things the asker says they lack (没有心理社团)', () => {
    expect(ask('我们是乡村小学，没条件搞校园电视台，也没有心理社团，就是每月出一期心理橱窗，广播站每周放一次心理小知识。这种程度算不算开展了心理健康主题活动？').answer.startsWith('算。')).toBe(true);
    expect(ask('我们没有心理社团，算吗').answer.startsWith('算。')).toBe(false);
  });

  it('a lesson in one’s own class is no 年级或校级 公开课 → 不算', () => {
    expect(ask('心理老师只在自己任教的班上了一节展示课，没有其他老师来观摩，能算作公开课吗？').answer.startsWith('不算。')).toBe(true);
  });

  it('没有心理学学历，也没有资格证书 → 不可以 (学历 is the background lacked)', () => {
    expect(ask('一位语文老师，没有心理学学历，也没有任何心理相关资格证书，能直接让他当心理健康教育教师吗？').answer.startsWith('不可以。')).toBe(true);
  });

  it('每人一份 is 一人一档, 一人一个方案 is 一生一策', () => {
    const a = ask('学生心理档案要不要做到每人一份？');
    expect(a.answer.startsWith('需要。')).toBe(true);
    expect(a.answer).toContain('一人一档');
    expect(ask('学生危机干预是不是要一人一个方案？').answer).toContain('一生一策');
  });

  it('words quoted as the text’s and all in it → 是; two semesters in English', () => {
    expect(ask('心理危机的预防，办法是不是强调“预防为主、关口前移”？').answer.startsWith('是。')).toBe(true);
    expect(ask('Annual score 是不是 two semesters 的分数加起来？').answer.startsWith('是。')).toBe(true);
  });

  it('教职工130人 is staff, not students; 12个班 beside a lesson question start no committee count', () => {
    const a = ask('本学期全校教职工130人，已经组织过一次全员心理健康培训，班主任另外集中培训了一次，心理老师去市里学习了三天。对专兼职心理教师和班主任的心理健康主题培训每学期要几次？');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('2次');
    const b = ask('我们初二有12个班，每周有班会课一节、体育与健康课三节，心理课目前还没排进课表。教务主任问最少要排多少。心理课最低要求是怎样的？');
    expect(b.citations[0]?.id).toBe('item-12');
    expect(b.answer).not.toContain('心理委员');
  });
});

describe('venting that asks nothing', () => {
  it('周五又要开会，烦死了 / 全校忙成狗 → a friendly line, no clause', () => {
    for (const q of ['周五又要开会，烦死了', '笑死，隔壁班老师把教案拿反了还讲了十分钟', '县里检查组要来，全校忙成狗', '年底了，各种检查要把人累垮']) {
      const a = ask(q);
      expect(a.inScope).toBe(false);
      expect(a.citations).toEqual([]);
      expect(a.answer.startsWith('辛苦了！')).toBe(true);
    }
  });

  it('…and laughter alone is no venting: no 「辛苦了」 for 哈哈哈哈', () => {
    expect(ask('哈哈哈哈').answer.startsWith('辛苦了')).toBe(false);
  });

  it('…but words of distress still get the check-in, and a question still its answer', () => {
    // (Round 18: worn out by the work itself, 期末…卷子, is venting; see qa.r18.test.ts for the words that still alarm.)
    expect(ask('期末要崩溃了，三个班的卷子还没改完').answer).toContain('辛苦了');
    expect(ask('我要崩溃了，活不下去了').answer).toContain('12356');
    expect(ask('烦死了，专班会议一学期到底要开几次？').answer).toContain('2次');
  });
});

describe('the crisis check', () => {
  const crisis = (q: string) => ask(q).crisis;
  const checkedIn = (q: string) => ask(q).answer.includes('现在安全吗');

  it('catches 永远休息 beside a rubric question, and a student in a corridor who says he will jump', () => {
    expect(crisis('问下生均10元是最低标准吗。顺便说一句，这是我最后一次帮学校弄材料了，之后我就永远休息了')).toBe('self');
    expect(crisis('本来想问考核的事，但是现在有个学生在五楼走廊说要跳，先问这个怎么办')).toBe('student');
    expect(crisis('他在五楼走廊说要跳绳')).toBeUndefined();
  });

  it('debts settled and nothing left to care for, a reservoir unwatched at night: the check-in', () => {
    expect(checkedIn('这个月的工作都安排好了，欠的钱也还清了，没什么牵挂了')).toBe(true);
    expect(checkedIn('看了一下，学校后面那个水库晚上没人')).toBe(true);
  });

  it('an act told of a story or the news is no crisis reply, and no check-in on its own', () => {
    expect(crisis('那本小说的女主最后自杀了，作者也太狠了，看完难受了一晚上')).toBeUndefined();
    expect(checkedIn('电视剧里学生跳楼那一段，能不能剪出来放给学生当生命教育素材？')).toBe(false);
    expect(checkedIn('刷到新闻说十几年前外省一所学校出过学生轻生的事，当时挺轰动的')).toBe(false);
    // …while the writer’s own intent after the news still is one.
    expect(crisis('看了新闻我也想自杀')).toBe('self');
  });

  it('a student supposed, with the school’s process asked (研判, 报备, 预警, 过程性资料), keeps its rule answer', () => {
    const cases: [string, string][] = [
      ['假设测评中有学生勾选了“想结束生命”，要怎么二次研判？', 'item-17'],
      ['如果学生在校外自杀未遂，家里又没人管，学校要向社区报备吗？', 'item-17'],
      ['如果学生周末离家出走并留言要轻生，学校的分级预警要怎么启动？', 'item-17'],
      ['说过想死的学生转介到专科医院以后，学校还要建档吗？', 'item-20'],
    ];
    for (const [q, id] of cases) {
      const a = ask(q);
      expect(a.crisis).toBeUndefined();
      expect(a.citations[0]?.id).toBe(id);
    }
    // …while the teacher’s own first step for a student who says it gets the crisis steps.
    expect(crisis('如果学生说想死，老师第一步该怎么做？')).toBe('student');
  });

  it('假如有学生…说想自杀，按办法学校要走什么流程 → 第17条 (想自杀 is 危机干预, not a death), what to do, not its heading alone', () => {
    const a = ask('假如有学生跟老师说想自杀，按办法学校要走什么流程');
    expect(a.crisis).toBeUndefined();
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('一生一策');
  });

  it('a case long past and well now (救回来了，现在复学了) gets its rule answer, no check-in', () => {
    const a = ask('之前有个学生割腕被救回来了，现在复学了，学校需要做什么？');
    expect(a.crisis).toBeUndefined();
    expect(a.answer).not.toContain('现在安全吗');
    expect(a.citations[0]?.id).toBe('item-17');
  });

  it('a message that laughs at itself, a system that crashes, a rate (自杀率): no check-in', () => {
    for (const q of ['我们组今天吵翻天了，差点打起来，哈哈现在已经和好了', '群里那个“我不想上班”的表情包笑死', '电脑蓝屏了，系统崩溃，谁会重装', '这个Excel公式把我整崩溃了，谁会VLOOKUP', '日本中学生的自杀率是不是比我们高？']) {
      expect(checkedIn(q)).toBe(false);
    }
  });
});
