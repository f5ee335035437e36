/**
 * Round 37 of issue 10: what the text never gives, named as silent rather than answered from a
 * clause that shares a word (a screening's cut-off score, a month put, a teacher's sex, a reward for
 * a good result, how many sit on the assessment team); figures told, read as told (听了0节课 beside
 * 来了2次, 一周开两次每次3小时, 1节观摩课1节公开课, 一个年级6个班 of 初一到初三); a semester's place is no
 * year's; the items with the most points listed; showing a record to a parent is not ruled 不能 by 隐私保护;
 * 算不算违规 answered in its own polarity; a post drawn from 保安 may hold 安全员.
 * On 3848497, 63 of these 85 fail; the 22 that pass are guards. Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);
const first = (q: string) => ask(q).citations[0]?.id;

describe('what the text never gives (silence.ts)', () => {
  it('「测评结果多少分算高危」 → silent on the cut-off, 第17条 (was 第17条满分12分)', () => {
    const a = ask('测评结果多少分算高危');
    expect(a.answer.startsWith('原文没有直接规定测评的分数线')).toBe(true);
    expect(first('测评结果多少分算高危')).toBe('item-17');
  });
  it('「SCL-90测出来几分算异常」 → silent, 第17条 (not 第9条 for 体质异常)', () => {
    expect(ask('SCL-90测出来几分算异常').answer.startsWith('原文没有直接规定')).toBe(true);
    expect(first('SCL-90测出来几分算异常')).toBe('item-17');
  });
  it('「考核组有几个人」 → silent on the team\'s size (was 一(二)考核依据)', () => {
    const a = ask('考核组有几个人');
    expect(a.answer.startsWith('原文没有直接规定考核组的人数')).toBe(true);
    expect(first('考核组有几个人')).toBe('section-organization');
  });
  it('「心理健康月一般放在五月吗」 → silent on the month (was a quote of 第13条, as if it said)', () => {
    expect(ask('心理健康月一般放在五月吗').answer.startsWith('原文没有直接规定')).toBe(true);
  });
  it('guard: 「期末是1月31号，考核是不是1月16号左右」 keeps 是 (a date, not a month put)', () => {
    expect(ask('期末是1月31号，考核是不是1月16号左右').answer.startsWith('是')).toBe(true);
  });
  it('「心理老师可以是男的吗」 → silent on sex (was 是, from 心理委员\'s 男、女生各1名)', () => {
    const a = ask('心理老师可以是男的吗');
    expect(a.answer.startsWith('是')).toBe(false);
    expect(a.answer.startsWith('原文没有直接规定性别')).toBe(true);
  });
  it('guard: 「心理委员要男女各一个吗」 keeps 要', () => {
    expect(ask('心理委员要男女各一个吗').answer.startsWith('要')).toBe(true);
  });
  it('「考核优秀的学校有奖励吗」 → silent, 五、考核结果运用 (was 第6条\'s 考核激励 quoted)', () => {
    expect(ask('考核优秀的学校有奖励吗').answer.startsWith('原文没有直接规定奖励')).toBe(true);
    expect(first('考核优秀的学校有奖励吗')).toBe('section-results');
  });
});

describe('figures told, read as told', () => {
  it('「责任督学这学期来了2次，听了0节课，达标吗」 → 不够, 0节 (was 够 with 「你说的2节」)', () => {
    const a = ask('责任督学这学期来了2次，听了0节课，达标吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('你说的0节');
    expect(a).not.toContain('你说的2节');
  });
  it('「责任督学这学期听了0节课，达标吗」 → no 0次 made up for the activities', () => {
    expect(ask('责任督学这学期听了0节课，达标吗').answer).not.toContain('0次');
  });
  it('「督学这学期来了3次，听了2节课，够吗」 → 2节 (was 3节)', () => {
    const a = ask('督学这学期来了3次，听了2节课，够吗').answer;
    expect(a).toContain('你说的2节');
    expect(a).not.toContain('3节');
  });
  it('guard: 「督学这学期一次都没来」 is none of either (0次 and 0节)', () => {
    const a = ask('督学这学期一次都没来 这条能拿分吗').answer;
    expect(a).toContain('0次');
    expect(a).toContain('0节');
  });
  it('「辅导室一周开两次，每次3小时，够不够」 → 6小时 (was 3小时)', () => {
    const a = ask('辅导室一周开两次，每次3小时，够不够').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('6小时');
  });
  it('「…一周大概开两个下午，每次两小时，这样考核能过吗」 → 4小时 (was 2小时)', () => {
    expect(ask('学校有个心理辅导室，平时也很少开，一周大概开两个下午，每次两小时，这样考核能过吗').answer).toContain('每周4小时');
  });
  it('「公开课这学期上了1节观摩课1节公开课，够了吗」 → 够, 2次 (was 不够, 1次)', () => {
    const a = ask('公开课这学期上了1节观摩课1节公开课，够了吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('2次');
  });
  it('guard: 「这学期开了1次家长课堂1次家长会，够吗」 keeps the two apart', () => {
    expect(ask('这学期开了1次家长课堂1次家长会，够吗').answer).toContain('家长课堂不少于2次，你说的1次');
  });
  it('「一个年级6个班，初一到初三，心理委员一共多少」 → 18个班, 36名 (was 6个班)', () => {
    expect(ask('一个年级6个班，初一到初三，心理委员一共多少').answer).toContain('36名');
  });
  it('「每个年级4个班，一到六年级，心理委员要配几个」 → 12个班 counted, 24名', () => {
    expect(ask('每个年级4个班，一到六年级，心理委员要配几个').answer).toContain('24名');
  });
  it('「上学期考了82分，这学期要考多少年度才能过170」 → 88分 (was declined)', () => {
    const a = ask('上学期考了82分，这学期要考多少年度才能过170');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('88分');
  });
  it('「倾听一刻钟每周五天每天20分钟达标吗」 → 够, no 「折合每天20分钟」 nor a reading note', () => {
    const a = ask('倾听一刻钟每周五天每天20分钟达标吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).not.toContain('折合');
    expect(a).not.toContain('本助手的理解');
  });
});

describe('verdicts in their own words', () => {
  it('「去年…倒数第五，今年上学期排倒数第三，下学期还没考，会不会被取消评优」 → 还说不准, 倒数第3 (was 不会 on last year\'s place)', () => {
    const a = ask('去年我们学校考核排全县小学倒数第五，今年上学期排倒数第三，下学期还没考，会不会被取消评优').answer;
    expect(a.startsWith('还说不准')).toBe(true);
    expect(a).toContain('倒数第3');
  });
  it('guard: 「上学期…全县排倒数第二。这个会不会影响评优？」 keeps 会', () => {
    expect(ask('上学期我们学校考核排名很靠后，校长很着急。我们是初中段的，全县排倒数第二。这个会不会影响评优？').answer.startsWith('会')).toBe(true);
  });
  it('「…心理课每周一节，这样算不算违规」 → 不算 (was no verdict; 算 would say it breaks the rule)', () => {
    expect(ask('我们学校心理课是放在地方课程里上的，每周一节，这样算不算违规').answer.startsWith('不算')).toBe(true);
  });
  it('「心理课三周一节是不是违规」 → 是', () => {
    expect(ask('心理课三周一节是不是违规').answer.startsWith('是')).toBe(true);
  });
  it('「学生心理档案能不能给家长看」 → silent, no 不能 (隐私保护 does not say who may see)', () => {
    const a = ask('学生心理档案能不能给家长看').answer;
    expect(a.startsWith('不能')).toBe(false);
    expect(a.startsWith('原文没有直接规定')).toBe(true);
  });
  it('guard: 「测评结果能随手发给各科老师看吗」 keeps 不能', () => {
    expect(ask('测评结果能随手发给各科老师看吗').answer.startsWith('不能')).toBe(true);
  });
  it('guard: 「辅导记录可以给其他老师传着看吗」 keeps 不可以', () => {
    expect(ask('辅导记录可以给其他老师传着看吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「安全员可以由门卫兼任吗」 → 可以 (was silent, 「相关规定：条文：」 with nothing between)', () => {
    const a = ask('安全员可以由门卫兼任吗').answer;
    expect(a.startsWith('可以')).toBe(true);
    expect(a).not.toContain('相关规定：条文');
  });
  it('「专职心理老师可以由班主任兼任吗」 has no empty 「相关规定：条文：」', () => {
    expect(ask('专职心理老师可以由班主任兼任吗').answer).not.toContain('相关规定：条文');
  });
});

describe('the items with the most (or fewest) points (points.ts)', () => {
  it('「哪几项分最多」 → 第17条 12分 first, then 第1条 10分 (was declined)', () => {
    const a = ask('哪几项分最多');
    expect(a.inScope).toBe(true);
    expect(a.answer.startsWith('分值最高的几条：12分：第17条')).toBe(true);
    expect(a.answer).toContain('10分：第1条');
  });
  it('「分值最低的是哪几项」 → the three 2分 items', () => {
    const a = ask('分值最低的是哪几项').answer;
    expect(a).toContain('2分：第8条');
    expect(a).toContain('第14条');
    expect(a).toContain('第16条');
  });
  it('in a long message, asked after the school\'s own score', () => {
    expect(ask('我们学校上学期考了78分，被县里通报了，这学期校长很着急，想知道哪几项分最多，应该先抓哪几项').answer).toContain('第17条');
  });
  it('guard: 「年度得分最高能到多少」 keeps 200分', () => {
    expect(ask('年度得分最高能到多少').answer).toContain('200分');
  });
});

describe('guards of this round\'s reads', () => {
  it('「心里委员一个班几个 男的女的都要吗」 keeps 要 (a part asked of 心理委员, not of staff)', () => {
    expect(ask('心里委员一个班几个 男的女的都要吗').answer.startsWith('要')).toBe(true);
  });
  it('「九年一贯制，1到6年级每个年级4个班，7到9年级每个年级6个班…」 keeps 60名 (each range its own classes)', () => {
    expect(ask('九年一贯制，1到6年级每个年级4个班，7到9年级每个年级6个班，学生心理委员总共要配多少').answer).toContain('60名');
  });
  it('「上下两个学期责任督学一共就来了1次，听了1节课，够不够」 keeps the year\'s 2节 owed', () => {
    expect(ask('上下两个学期责任督学一共就来了1次，听了1节课，够不够').answer).toContain('上下两个学期至少2节');
  });
});

describe('crisis: a student described by other words, and ends said in other words (rubric/crisis.yaml)', () => {
  const reply = (q: string) => qa.ask(q).answer;
  const STUDENT = '请先保证学生的安全';
  it('「刚才有个男孩站在走廊栏杆外面」 → the student reply (was the writer\'s own)', () => {
    expect(reply('刚才有个男孩站在走廊栏杆外面')).toContain(STUDENT);
  });
  it('「我们班有个孩子说他想从楼上飞下去」 → the student reply (was the check-in)', () => {
    expect(reply('我们班有个孩子说他想从楼上飞下去')).toContain(STUDENT);
  });
  it('「有个学生把刀片藏在笔袋里，手上好多划痕」 → the student reply', () => {
    expect(reply('有个学生把刀片藏在笔袋里，手上好多划痕')).toContain(STUDENT);
  });
  it('「宿舍里一个学生把自己反锁在厕所，半天不出来，地上有血」 → the student reply', () => {
    expect(reply('宿舍里一个学生把自己反锁在厕所，半天不出来，地上有血')).toContain(STUDENT);
  });
  it('「老师我好难受，今晚可能撑不过去了」「我连呼吸都觉得累，想彻底解脱」 → the writer\'s reply with 12356 (was the check-in)', () => {
    for (const q of ['老师我好难受，今晚可能撑不过去了', '我连呼吸都觉得累，想彻底解脱', '我好像撑到头了']) {
      expect(reply(q)).toContain('谢谢你愿意说出来');
      expect(reply(q)).toContain('12356');
    }
  });
  it('guard: 「这周的检查总算撑过去了」 gets no crisis reply', () => {
    expect(reply('这周的检查总算撑过去了')).not.toContain('谢谢你愿意说出来');
    expect(reply('这周的检查总算撑过去了')).not.toContain('听起来你现在可能不太好受');
  });
});

describe('a time asked in or out of a weekly figure', () => {
  it('「辅导室每周开10小时，包括周末吗」 → silent on 周末 (was 够)', () => {
    const a = ask('辅导室每周开10小时，包括周末吗').answer;
    expect(a.startsWith('够')).toBe(false);
    expect(a.startsWith('原文没有直接规定周末')).toBe(true);
  });
});

describe('parts and leads', () => {
  it('「倾听一刻钟跟谁聊都行吗」 → 行 (was 需要)', () => {
    expect(ask('倾听一刻钟跟谁聊都行吗').answer.startsWith('行')).toBe(true);
  });
  it('「心理档案只给重点学生建，符合要求吗」 → 不符合; 「我们测评只测了初一，达标吗」 → 不达标', () => {
    expect(ask('心理档案只给重点学生建，符合要求吗').answer.startsWith('不符合')).toBe(true);
    expect(ask('我们测评只测了初一，达标吗').answer.startsWith('不达标')).toBe(true);
  });
  it('「村小…6个班，一到六年级各一个班，学生一共120人…也要配吗」: teachers counted, no committee classes in the lead', () => {
    const a = ask('我是一所村小的校长，全校只有6个班，一到六年级各一个班，学生一共120人。县里说要配专职心理老师，我们这么小的学校也要配吗？').answer;
    expect(a).not.toContain('除去一到三年级');
    expect(a).toContain('120名学生');
  });
  it('guard: 「1到6年级每个年级3个班，心理委员要配多少」 keeps 除去一到三年级9个', () => {
    expect(ask('1到6年级每个年级3个班，心理委员要配多少').answer).toContain('除去一到三年级9个');
  });
});

describe('a measure or a thing no clause gives, asked of a clause that is found (silence.ts neverGiven)', () => {
  it('「危机干预演练一年几次」 → silent on 演练 (was 测评\'s 每学年1次)', () => {
    const a = ask('危机干预演练一年几次').answer;
    expect(a.startsWith('原文没有直接规定演练')).toBe(true);
  });
  it('「心理课的教案要写多少字」 → silent on 字数 (was 两周1课时)', () => {
    expect(ask('心理课的教案要写多少字').answer.startsWith('原文没有直接规定字数')).toBe(true);
  });
  it('「全体教师心理培训每次多少课时」 → silent on each time\'s length (was 不少于1次)', () => {
    expect(ask('全体教师心理培训每次多少课时').answer.startsWith('原文没有直接规定每次的时长')).toBe(true);
  });
  it('「心理委员要选几年」 → silent on 任期 (was the committee\'s count)', () => {
    expect(ask('心理委员要选几年').answer.startsWith('原文没有直接规定任期')).toBe(true);
  });
  it('guard: 「家长会一学期开几次」 keeps 2次', () => {
    expect(ask('家长会一学期开几次').answer).toContain('不少于2次');
  });
});

// Mended after blind-78 was measured once (mid-round): not evidence.
describe('after blind-78 was measured', () => {
  it('「三级预警network分哪三个level？」 → 第17条 (was declined: network, level are in the glossary now)', () => {
    expect(first('三级预警network分哪三个level？')).toBe('item-17');
  });
  it('「我是五年级班主任，班里现在只有1个女生当心理委员，够不够？」 → 不够, 每班2名 (was 需要 for the grade told)', () => {
    const a = ask('我是五年级班主任，班里现在只有1个女生当心理委员，够不够？').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('2名');
  });
  it('guard: 「一年级要不要配心理委员」 keeps 不需要', () => {
    expect(ask('一年级要不要配心理委员').answer.startsWith('不需要')).toBe(true);
  });
  it('「…四周才上一节心理课，一学期20周一共5节，比要求差多少？」 → 20周至少10课时, 还差5课时 (was 够 over 四周)', () => {
    const a = ask('我们有的班四周才上一节心理课，一学期20周一共5节，比要求差多少？').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('10课时');
  });
  it('「保安和食堂各配了1名心理安全员，宿管还没有，够吗？」 → 不够 (was no verdict)', () => {
    expect(ask('保安和食堂各配了1名心理安全员，宿管还没有，够吗？').answer.startsWith('不够')).toBe(true);
  });
  it('「为了让有想死念头的学生随时能找到人，辅导室每周至少要开放多久？」 → 10小时, 第20条 (was the student crisis reply)', () => {
    const a = ask('为了让有想死念头的学生随时能找到人，辅导室每周至少要开放多久？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('10小时');
  });
  it('guard: 「为了这个想死的学生，我们辅导室今晚加班，他现在在天台」 keeps the student crisis reply', () => {
    expect(ask('为了这个想死的学生，我们辅导室今晚加班，他现在在天台').answer).toContain('请先保证学生的安全');
  });
  it('「👍谢谢小助手」 → a short thanks (was the stock decline)', () => {
    const a = ask('👍谢谢小助手').answer;
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).not.toContain('答不了');
  });
});

describe('more figures told, read as told (probes after blind-78)', () => {
  it('「…一学期20周只上了15节，达标吗」 → 15课时 (was 「你说的是20课时」, made up from 每周一节)', () => {
    const a = ask('我们学校心理课每周一节，但初三下学期停了，一学期20周只上了15节，达标吗').answer;
    expect(a).toContain('你说的是15课时');
  });
  it('「督学上学期来了2次，这学期还没来，这学期需要来吗」 → 需要, 这学期0次 (was 够 on last semester\'s 2)', () => {
    const a = ask('督学上学期来了2次，这学期还没来，这学期需要来吗').answer;
    expect(a.startsWith('需要')).toBe(true);
    expect(a).toContain('这学期0次');
  });
  it('「测评去年9月做过，今年还没做，这学年要做吗」 → 需要 (was 不可以)', () => {
    expect(ask('测评去年9月做过，今年还没做，这学年要做吗').answer.startsWith('需要')).toBe(true);
  });
  it('「倾听一刻钟，我们规定每周一三五各20分钟，够吗」 → 不够, 60分钟 a week (was 「你说的是20分钟」)', () => {
    const a = ask('倾听一刻钟，我们规定每周一三五各20分钟，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('60分钟');
  });
  it('「我们是小学，一到六年级共24个班，心理委员至少几个」 asks which classes are grades 4–6', () => {
    expect(ask('我们是小学，一到六年级共24个班，心理委员至少几个').answer).toContain('告诉我四年级及以上有几个班');
  });
});

describe('guards found by the replies diff of this round', () => {
  const CHECK_IN = '你，或你身边的学生，现在安全吗';
  it('「请问心理辅导室每周至少开放多长时间？另外我最近真觉得活着没什么意义…」 keeps the check-in', () => {
    expect(ask('请问心理辅导室每周至少开放多长时间？另外我最近真觉得活着没什么意义，有时候想干脆不在了算了').answer).toContain(CHECK_IN);
  });
  it('「考核材料明天交 交完我就一个人去江边坐坐 坐多久看情况吧…」 keeps the check-in (多久 asks nothing of the rubric)', () => {
    expect(ask('考核材料明天交 交完我就一个人去江边坐坐 坐多久看情况吧 反正以后也不用再交材料了').answer).toContain(CHECK_IN);
  });
  it('「我们学校心理委员是从三年级开始配的，每班一男一女，达标吗」 keeps the grade\'s reading', () => {
    expect(ask('我们学校心理委员是从三年级开始配的，每班一男一女，达标吗').answer).toContain('3年级不在其内');
  });
  it('「我们是走读小学，没有宿管…保安和食堂各选了1名心理健康安全员，够吗？」: a post the school lacks is no lack', () => {
    expect(ask('我们是走读小学，没有宿管，后勤只有保安2人、食堂5人，保安和食堂各选了1名心理健康安全员，够吗？').answer).not.toContain('没有宿管」');
  });
  it('「老师好～」 is a greeting, not thanks', () => {
    expect(ask('老师好～').answer).not.toContain('不客气');
  });
});

describe('parts of a message, read with what they ask of', () => {
  it('「心理老师一周要上几节课？辅导室谁来管？」: the first part is silent on a teacher\'s load (was declined)', () => {
    expect(ask('心理老师一周要上几节课？辅导室谁来管？').answer).toContain('原文没有直接规定每位老师上课的节数');
  });
  it('「测评要测哪些年级？结果给谁看？」: 结果 is the screening\'s, not 五、考核结果运用', () => {
    expect(ask('测评要测哪些年级？结果给谁看？').citations.map((c) => c.id)).not.toContain('section-results');
  });
});

describe('the posts that have a 安全员, read as told (staff.ts postsCovered)', () => {
  it('「我们是走读学校没宿管，就保安和食堂，安全员只配了1个保安，够不够」 → 不够, 食堂 (was no verdict; before that 不够 for 没宿管)', () => {
    const a = ask('我们是走读学校没宿管，就保安和食堂，安全员只配了1个保安，够不够').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('食堂还差');
    expect(a).not.toContain('宿管还差');
  });
  it('「走读学校，没宿舍…保安里选了1个安全员，食堂还没有，达标吗」 → 不达标, 2个岗位, 差1个', () => {
    const a = ask('我们是走读学校，没宿舍，后勤只有保安和食堂。现在保安里选了1个安全员，食堂还没有，达标吗？').answer;
    expect(a.startsWith('不达标')).toBe(true);
    expect(a).toContain('2个岗位');
  });
  it('「…保安和食堂各报了一个安全员，宿管没有，这样行不」 → 不行, 宿管', () => {
    const a = ask('寄宿制学校，后勤有保安、宿管、食堂三块，现在保安和食堂各报了一个安全员，宿管没有，这样行不').answer;
    expect(a.startsWith('不行')).toBe(true);
    expect(a).toContain('宿管还差');
  });
  it('「走读小学，没有宿管…保安和食堂各选了1名心理健康安全员，够吗」 → 够', () => {
    expect(ask('我们是走读小学，没有宿管，后勤只有保安2人、食堂5人，保安和食堂各选了1名心理健康安全员，够吗？').answer.startsWith('够')).toBe(true);
  });
  it('「学校宿管、保安、食堂各有1名安全员，够了吗」 → 够', () => {
    expect(ask('学校宿管、保安、食堂各有1名安全员，够了吗').answer.startsWith('够')).toBe(true);
  });
});

// Mended after blind-77 and blind-79 were measured at the end of the round: not evidence.
describe('after blind-77 and blind-79 were measured', () => {
  it('「学生流露想死的念头、超出学校辅导能力的，规定要求怎么处理？」 → 第17条, 转介 (was the student crisis reply)', () => {
    const a = ask('学生流露想死的念头、超出学校辅导能力的，规定要求怎么处理？');
    expect(a.inScope).toBe(true);
    expect(a.answer).toContain('转介');
  });
  it('guard: 「我们班有个学生流露想死的念头，规定要求怎么处理？」 keeps the student crisis reply', () => {
    expect(ask('我们班有个学生流露想死的念头，规定要求怎么处理？').answer).toContain('请先保证学生的安全');
  });
  it('「保安岗配了2个心理健康安全员，宿管和食堂一个都没有，算达标吗？」 → 不达标', () => {
    expect(ask('保安岗配了2个心理健康安全员，宿管和食堂一个都没有，算达标吗？').answer.startsWith('不达标')).toBe(true);
  });
  it('「年度考核的分是怎么算出来的？」 → 两学期考核总分 (was silent on 「分是」)', () => {
    expect(ask('年度考核的分是怎么算出来的？').answer).toContain('两学期考核总分');
  });
  it('「这个考核办法是哪天定下来的？」 → 2023年11月13日', () => {
    expect(ask('这个考核办法是哪天定下来的？').answer).toContain('2023年11月13日');
  });
});

describe('「考核 <学校>」 stays the inspector\'s command (app/intent.ts)', () => {
  it('school names still start an inspection; 「考核 是一学期一次还是一年一次」 is a question (was 「只有考核组成员可以核实学校」)', async () => {
    const { classify } = await import('../src/app/intent.ts');
    const ctx = { inAssessment: false, lastWasQa: false };
    expect(classify('考核 城关镇中心小学', ctx)).toEqual({ kind: 'inspect', school: '城关镇中心小学' });
    expect(classify('考核 一中', ctx)).toEqual({ kind: 'inspect', school: '一中' });
    expect(classify('继续考核 实验小学', ctx)).toEqual({ kind: 'inspect', school: '实验小学' });
    expect(classify('考核 是一学期一次还是一年一次', ctx).kind).toBe('other');
    expect(classify('考核 多久一次', ctx).kind).toBe('other');
  });
});

describe('after blind-79: the words of the asking are no thing the text is silent on (silence.ts FRAME)', () => {
  it('「全体教师的心理工作会议一整学年至少开几次？」 → 4次 (was silent on 「一整」)', () => {
    expect(ask('全体教师的心理工作会议一整学年至少开几次？').answer).toContain('4次');
  });
  it('「…领导让我对照考核办法看看差多少。专职和兼职各应该配几个？」 → 第10条 first, 4名 and 8名 (was silent on 「看看」, 四、考核组织实施)', () => {
    const q = '我们是县里的职业学校，全校四千个学生，目前专职心理老师两个、兼职三个。领导让我对照考核办法看看差多少。专职和兼职各应该配几个？';
    expect(first(q)).toBe('item-10');
    expect(ask(q).answer).toContain('8名');
  });
});
