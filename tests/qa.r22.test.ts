/**
 * Round 22 of issue 10: wrong verdicts turned right (有没有 asks and denies nothing; leaving a post
 * out is no question of who may hold it; a vocational school told before the question), rule
 * questions no longer alarmed (a time feared, 够不够 asked), claims read in the asker's words
 * (每个学生 = 生均, 不能低于 = 不低于, 加一块儿), 是吧 asked as 吗. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { loadCrisisTable } from '../src/qa/ask.ts';
import { detectCrisis } from '../src/core/qa/crisis.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const table = loadCrisisTable();
const alarmed = (t: string) => /现在安全吗|^这很紧急|^谢谢你愿意说出来|^很关心你/.test(t);

describe('verdicts that were wrong', () => {
  it('「…算不算工作量？专职的有没有班主任同等待遇？」 → 算 (有没有 told no lack: was 不算)', () => {
    const a = ask('心理老师上课和做辅导算不算工作量？专职的有没有班主任同等待遇？');
    // (Round 39: 有没有…待遇 gets its own 有, so the two questions are answered in turn.)
    expect(a.answer.replace(/^1\. /, '').startsWith('算。')).toBe(true);
    expect(a.answer).not.toMatch(/不算|0次/);
  });

  it('「成长导师能不能一个都不配，让班主任统一管就行」 → 不… (leaving the post out: was 能)', () => {
    for (const q of ['成长导师能不能一个都不配，让班主任统一管就行', '成长导师能不能不配']) {
      const a = ask(q);
      expect(a.citations[0]?.id).toBe('item-9');
      expect(a.answer).toMatch(/^不(?:能|可以)。/);
    }
  });

  it('「安全员就让保安队长一个人兼着…符合要求吗」 → 不符合, with the posts left without one', () => {
    const a = ask('我们后勤有保安、宿管、食堂三类岗位。老板说心理健康安全员就让保安队长一个人兼着得了。这样符合要求吗？');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('宿管、食堂');
  });

  it('「安全员能只在保安岗设，宿管食堂不设吗」 → 不能 (was the clause alone)', () => {
    expect(ask('安全员能只在保安岗设，宿管食堂不设吗').answer.startsWith('不能。')).toBe(true);
  });

  it('a vocational school told before the question: 倒数第二 → 不会 (only 末位; was 会)', () => {
    const a = ask('我们是职业学校，县里几所职校单独排名。去年我们在职校里排倒数第二。想问下倒数第二会被取消评优资格吗？');
    expect(a.answer.startsWith('不会。')).toBe(true);
    expect(a.answer).toContain('末位');
  });

  it('…but 职校 asked in another part does not make the first part vocational', () => {
    const a = ask('rank倒数第三会不会取消评优? 职校排倒数第二呢?');
    expect(a.answer).toMatch(/^1\. 会。/);
  });
});

describe('rule questions that share a crisis word are not alarmed', () => {
  it('「就怕学生想死的时候找不到」 after a question on the hotline: a time feared, answered by item 19', () => {
    const q = '心理求助热线要让全校都知道吗？就怕学生想死的时候找不到';
    expect(detectCrisis(table, q).kind).toBe('none');
    const a = ask(q);
    expect(a.citations[0]?.id).toBe('item-19');
    expect(alarmed(a.answer)).toBe(false);
  });

  it('…a student at risk now, with the same fear, is still a crisis', () => {
    expect(detectCrisis(table, '学生现在在天台上，我怕他想跳的时候我拉不住，怎么办').kind).toBe('student');
    expect(detectCrisis(table, '我怕我想死的时候没人在身边').kind).not.toBe('none');
  });

  it('「…家长老说找不到人。我们这样每周开放时长够不够」: 够不够 asks the rubric, no check-in; 还差5小时', () => {
    const a = ask('我是刚来的心理老师，学校给了一间小屋当辅导室。现在只有周一到周五中午各开一个小时。家长老说找不到人。我们这样每周开放时长够不够？');
    expect(alarmed(a.answer)).toBe(false);
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差5小时');
  });
});

describe('claims in the asker’s words', () => {
  it('「经费是不是每个学生一年不能低于十块钱 我没记错吧」 → 是 (每个学生 = 生均, 不能低于 = 不低于)', () => {
    expect(ask('经费是不是每个学生一年不能低于十块钱 嗯 我没记错吧').answer.startsWith('是。')).toBe(true);
    expect(ask('经费是按每个学生一年10块钱算对吧').answer.startsWith('是。')).toBe(true);
  });

  it('「年度得分是不是两个学期加一块儿」 → 是 (一块儿 is no money)', () => {
    const a = ask('年度得分是不是两个学期加一块儿');
    expect(a.citations[0]?.id).toBe('section-results');
    expect(a.answer.startsWith('是。')).toBe(true);
  });

  it('「辅导室每周开放12小时，超过要求了吧」 → 够; 8小时 → 不够 (超过要求 judges, it claims no rule)', () => {
    expect(ask('辅导室每周开放12小时，超过要求了吧').answer.startsWith('够。')).toBe(true);
    expect(ask('辅导室每周开放8小时，超过要求了吧').answer.startsWith('不够。')).toBe(true);
  });

  it('「…这几个岗位都要有心理安全员是吧」 → 要 (是吧 asks as 吗)', () => {
    expect(ask('保安 宿管 食堂 这几个岗位都要有心理安全员是吧').answer.startsWith('要。')).toBe(true);
  });

  it('「…各做了一次。还要再做吗？」 → 要, with the gap', () => {
    const a = ask('这学期已经给全体教职工做了一次心理培训，给班主任和心理老师做了一次主题培训。还要再做吗？');
    expect(a.answer.startsWith('要。')).toBe(true);
    expect(a.answer).toContain('还差1次');
  });
});

describe('English words', () => {
  it('open class, check: 「年级或校级的心理open class每学期要check几次」 → item 11, 2次', () => {
    const a = ask('年级或校级的心理open class每学期要check几次');
    expect(a.citations[0]?.id).toBe('item-11');
    expect(a.answer).toContain('2次');
  });

  it('end: 「考核的deadline怎么定？学期end前几天」 → 15天', () => {
    expect(ask('考核的deadline怎么定？学期end前几天').answer).toContain('15天');
  });

  it('penalize: 「ranking倒数三名的学校会被penalize吗」 → 会', () => {
    expect(ask('ranking倒数三名的学校会被penalize吗').answer.startsWith('会。')).toBe(true);
  });
});

describe('a grade asked of a clause that starts at 小学四年级', () => {
  it('「心理测评一年级的小朋友也要参加吗」 → 不需要 (was the stock refusal)', () => {
    const a = ask('心理测评一年级的小朋友也要参加吗');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer.startsWith('不需要。')).toBe(true);
  });

  it('「心里委员是几年级开始配的 三年级要不要配」: the second piece takes the first one’s subject → 不需要', () => {
    const a = ask('那个 心里委员 是几年级开始配的 三年级要不要配');
    expect(a.answer).toMatch(/2\. 不需要。[^\n]*3年级不在其内/);
  });

  it('…a count asked with grades told stays a count: 「四到六年级每个年级4个班，一共配了20个心理委员，够吗」 → 还差4名', () => {
    const a = ask('四到六年级每个年级4个班，一共配了20个心理委员，够吗？');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('还差4名');
  });
});

describe('the asker’s own figures, read as said', () => {
  it('「一个年级12个班，三个年级，心理委员配了60个」: 36 classes → 72, 还差12名', () => {
    const a = ask('我们高中一个年级12个班，三个年级，心理委员现在配了60个，够吗');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('72名');
    expect(a.answer).toContain('还差12名');
  });

  it('「期末从1月20日推到了1月25日…哪天迎检」: the end moved to → 1月10日', () => {
    const a = ask('这学期因为补课，期末从1月20日推到了1月25日。教育局说考核在学期结束前15天。那我们大概哪天迎检？');
    expect(a.answer).toContain('1月10日');
    expect(a.answer).not.toContain('1月5日');
  });

  it('「取平均还是加起来」 → 相加, with the year from the scores told (这学期自评大概88 is a score)', () => {
    const a = ask('上学期我们考了82分，这学期自评大概88。教育局说年度得分按两学期算。那年度得分是取平均还是加起来，我们大概多少分？');
    expect(a.answer.startsWith('是相加，不取平均。')).toBe(true);
    expect(a.answer).toContain('170分（82 + 88）');
    expect(ask('annual score是两个semester加起来还是取平均？').answer.startsWith('是相加')).toBe(true);
  });
});

describe('chat and the document named', () => {
  it('「感谢解答🙏」「谢谢您的耐心解答」 are thanks, not the stock refusal', () => {
    for (const q of ['感谢解答🙏', '谢谢您的耐心解答', '感谢指导！']) expect(ask(q).answer).toBe('不客气！还有考核办法的问题随时问我。');
  });

  it('「文件里讲的基本原则是哪几条」 → the four principles (文件里讲的 narrows nothing)', () => {
    const a = ask('文件里讲的基本原则是哪几条，我要写进方案里');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('以人为本');
  });
});

describe('what the asker says around the question', () => {
  it('「…想拿体育健康课…算心理课课时。我觉得不太对。这样能算心理课吗」: 这样 points past the opinion to the plan → 不算', () => {
    const a = ask('体育老师生病了，教务那边想拿体育健康课给学生讲点心理知识，然后算心理课课时。我觉得不太对。这样能算心理课吗？');
    expect(a.citations[0]?.id).toBe('item-12');
    expect(a.answer).toMatch(/^不(?:算|能)。/);
  });

  it('「那个是不是不行」 with one of two told → 不行 (a shortfall claimed, in its own word: was 是)', () => {
    expect(ask('嗯我们家长课堂这学期只开了一次 那个是不是不行').answer).toMatch(/^不行。.*还差1次/);
    expect(ask('家长课堂这学期开了3次，是不是不达标').answer.startsWith('不是。')).toBe(true);
  });

  it('「“珍爱生命 远离自杀”的家长讲座，算家长课堂次数吗」: a title names the event, not its subject → 算', () => {
    const a = ask('我们开了一次“珍爱生命 远离自杀”的家长讲座，算家长课堂次数吗');
    expect(a.citations[0]?.id).toBe('item-15');
    expect(a.answer.startsWith('算。')).toBe(true);
  });
});

describe('the targets, posts and English crisis words', () => {
  it('「这个考核只针对公办学校吧」 → 不是, 民办学校、职业学校也在内; 「考核对像包不包括民半学校」 → 包括', () => {
    const a = ask('这个考核只针对公办学校吧');
    expect(a.citations[0]?.id).toBe('section-targets');
    expect(a.answer).toMatch(/^不是。.*民办学校/);
    expect(ask('考核对像包不包括民半学校').answer.startsWith('包括。')).toBe(true);
  });

  it('「保安、宿管、食堂都有，现在只有保安队长一个是安全员，还差几个」 → 差2个 (都有 tells the posts: was 够)', () => {
    const a = ask('保安、宿管、食堂都有，现在只有保安队长一个是安全员，还差几个');
    expect(a.answer.startsWith('不够。')).toBe(true);
    expect(a.answer).toContain('差2个');
  });

  it('「A student is standing on the bridge near our school, threatening to jump」 → the student crisis reply', () => {
    expect(detectCrisis(table, 'A student is standing on the bridge near our school, threatening to jump').kind).toBe('student');
    expect(detectCrisis(table, 'my student is on the ledge and wants to jump').kind).toBe('student');
    expect(detectCrisis(table, 'A student just told me she wants to kill herself. What should I do right now?').kind).toBe('student');
    expect(ask('A student is standing on the bridge near our school, threatening to jump').answer).toContain('12356');
  });

  it('…and English words that are no crisis stay none', () => {
    expect(detectCrisis(table, 'Can students jump the queue for counseling?').kind).toBe('none');
    expect(detectCrisis(table, 'my student said the bridge project is due tomorrow').kind).toBe('none');
  });
});

describe('totals over the classes, grades and weeks told', () => {
  it('「初一12个班，每两周一节，一学期18周…一共多少节」 → 108 (每两周 is a rate told, not the stretch)', () => {
    const a = ask('初一12个班，每两周一节，一学期18周，整个初一一学期心理课一共多少节');
    expect(a.answer).toContain('108课时');
    expect(a.answer).not.toContain('全校');
  });

  it('「这学期18周，全校30个班，心理课总课时最少要多少」 → 270 (the unit named before 多少)', () => {
    expect(ask('这学期18周，全校30个班，心理课总课时最少要多少？').answer).toContain('270课时');
  });

  it('「九年一贯制，一到九年级每个年级4个班，每班45人，心理测评最少要测多少人」 → 1080 (grades 4–9)', () => {
    expect(ask('九年一贯制，一到九年级每个年级4个班，每班45人，心理测评最少要测多少人').answer.startsWith('1080人。')).toBe(true);
  });

  it('「学生心理档案要做到什么程度」 → 第17条 (not 第9条’s 逐步做到); 「全员导师只是什么意思」 → 人人有导师', () => {
    expect(ask('学生心理档案要做到什么程度').citations[0]?.id).toBe('item-17');
    expect(ask('全员导师只是什么意思啊').answer).toContain('人人有导师');
  });

  it('「两个semester加起来？」 put for checking → 是', () => {
    expect(ask('annual score是怎么算的？两个semester加起来？').answer.startsWith('是。')).toBe(true);
  });
});

describe('an act asked how, that the text never names', () => {
  it('「对县里的考核结果不服，怎么申诉」 → 原文没有直接规定申诉 (was the organization clause as if it answered)', () => {
    expect(ask('对县里的考核结果不服，怎么申诉').answer.startsWith('原文没有直接规定申诉')).toBe(true);
  });

  it('…how to do what a clause names is that clause’s to answer: 分级预警要怎么启动, 一票否决是怎么回事, 材料怎么准备', () => {
    expect(ask('学校的分级预警要怎么启动？').answer.startsWith('原文没有')).toBe(false);
    expect(ask('一票否决是怎么回事？').answer.startsWith('原文没有')).toBe(false);
    expect(ask('辅导室的材料怎么准备').answer.startsWith('原文没有')).toBe(false);
  });
});

describe('the ones that held it, counted over the weeks; 符合 asked in its word', () => {
  it('「学期16周 每周都开行政例会 但只有6次讲了心理健康 这样符合要求吗」 → 不符合, 6 of 16 (was 够, 96次)', () => {
    const a = ask('假如一个学期16周 每周都开行政例会 但只有6次讲了心理健康 这样符合要求吗');
    expect(a.answer.startsWith('不符合。')).toBe(true);
    expect(a.answer).toContain('还差10次');
    expect(a.answer).not.toContain('96');
  });

  it('「辅导室每天下午放学后开2小时，周一到周五都开，符合要求吗」 → 符合', () => {
    expect(ask('辅导室每天下午放学后开2小时，周一到周五都开，符合要求吗').answer.startsWith('符合。')).toBe(true);
  });
});

describe('two things asked with 各', () => {
  it('「专班会和全体教师会每学期各开几次」 → both, 第2条 and 第3条 (was 专班 only)', () => {
    const a = ask('专班会和全体教师会每学期各开几次？');
    expect(a.answer).toMatch(/专班会议不少于2次/);
    expect(a.answer).toMatch(/全体教师会议不少于2次/);
  });

  it('…one clause that gives both answers them together: 「家长课堂和家长会每学期各要几次」 stays one answer', () => {
    const a = ask('家长课堂和家长会每学期各要几次');
    expect(a.answer.startsWith('1.')).toBe(false);
    expect(a.answer).toContain('家长课堂不少于2次');
    expect(a.answer).toContain('家长会不少于2次');
  });
});

describe('typos read in their place', () => {
  it('「测评又从几年级开始」: 评又 is 测评 + 又, not 评优 → 第17条 (was 五、考核结果运用)', () => {
    const a = ask('心理委员几年级开始配？测评又从几年级开始？');
    expect(a.citations.map((c) => c.id)).toContain('item-17');
    expect(a.citations.map((c) => c.id)).not.toContain('section-results');
    expect(ask('考核结果跟校长评又评先挂钩吗').citations[0]?.id).toBe('section-results');
  });

  it('「二次研叛」 is 二次研判', () => {
    expect(ask('测评筛出来的预警学生要做二次研叛吗').answer).toContain('二次研判');
  });
});

describe('officers counted post by post', () => {
  it('「安全员配了2个（保安1个、宿管1个）」 → 食堂还差; 「…食堂1个，宿管一个没配」 → 宿管还差', () => {
    expect(ask('学校保安、宿管、食堂三个岗位，安全员配了2个（保安1个、宿管1个），这块配够了吗').answer).toMatch(/^不够。.*食堂还差/);
    expect(ask('后勤有保安、宿管、食堂三个岗位，保安配了2个安全员，食堂1个，宿管一个没配，行吗？').answer).toMatch(/^不行。.*宿管还差/);
  });

  it('…so many people on a post is its staff, and a post the school lacks is not owed: no 宿管还差 for a day school', () => {
    expect(ask('我们是走读小学，没有宿管，后勤只有保安2人、食堂5人，保安和食堂各选了1名心理健康安全员，够吗？').answer).not.toContain('宿管还差');
  });
});

describe('more than the rule asks, asked as a must', () => {
  it('「辅导室要24小时开着吗 文件要求每周开多久」 → 不需要, 10小时 (was 够)', () => {
    const a = ask('为了防学生轻生 辅导室要24小时开着吗 文件要求每周开多久');
    expect(a.answer).toMatch(/^不需要。.*10小时/);
    expect(ask('我们辅导室每周开24小时，够吗').answer.startsWith('够。')).toBe(true);
  });
});

describe('every teacher a mentor', () => {
  it('「全员导师制是不是所有老师都要当导师」 → the sentence 教师人人是导师 (was 成长导师 for some students)', () => {
    for (const q of ['全员导师制 就是说 每个老师 都要当导师吗', '全员导师制那个是不是所有老师都要当导师啊']) {
      const a = ask(q);
      expect(a.answer).toContain('人人是导师');
      expect(a.answer).toMatch(/^(?:是|要|需要)。/);
    }
  });
});

describe('a teacher’s 资质', () => {
  it('「考核办法对心理健康教育教师的资质怎么要求」 → 资格证书 and 岗前培训 (was 原文没有直接规定资质)', () => {
    const a = ask('考核办法对心理健康教育教师的资质怎么要求？');
    expect(a.answer.startsWith('原文没有')).toBe(false);
    expect(a.answer).toContain('资格证书');
    expect(a.answer).toContain('岗前培训');
  });

  it('「专职心理老师几比几？兼职呢？要什么资质？」 → the third part answered', () => {
    expect(ask('专职心理老师几比几？兼职呢？要什么资质？').answer).toMatch(/3\. .*(?:资格证书|证书)/);
  });
});

describe('after blind-34 (not evidence): a crisis laughed off, and a kind of student named at length', () => {
  it('「哈哈我要是明天不在了估计也没人发现吧，反正我也不想在了」 → the writer’s crisis reply (was the stock refusal)', () => {
    expect(detectCrisis(table, '哈哈我要是明天不在了估计也没人发现吧，反正我也不想在了').kind).toBe('self');
    expect(ask('哈哈我要是明天不在了估计也没人发现吧，反正我也不想在了').answer).toContain('12356');
  });

  it('「文件里对有“想死”“自伤”念头、超出学校辅导范畴的学生…要转介吗」 → 第17条, 转介 (was the crisis reply)', () => {
    const a = ask('文件里对有“想死”“自伤”念头、超出学校辅导范畴的学生，规定怎么处理？要转介吗');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('转介');
    expect(ask('有自残、想死念头的严重心理疾病学生，辅导室要单独建档吗？').answer).toContain('单独建档');
  });

  it('…a student at risk now, named the same way, is still a crisis', () => {
    expect(detectCrisis(table, '班上有个想死的学生 刚刚跑出去了').kind).toBe('student');
    expect(detectCrisis(table, '我有想死的念头的时候学生都不知道 怎么办').kind).not.toBe('none');
  });
});
