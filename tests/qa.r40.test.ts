/**
 * Round 40 of issue 10: a Chinese comma between two figures (经费500，800个学生) is no thousands
 * separator, nor are the digits after 万 (1万2,800); a comma that groups thousands (12,000元) splits no
 * question; a must asked of one of a clause's listed means (心理健康周要搞吗, 心理社团必须成立吗); how often
 * a thing no clause counts is done (班主任家访一学期要做几次); the surplus asked (比要求多出几个小时); the
 * money per student asked in a piece of its own (够不够，生均多少); a visitor who never comes (督学从来不来
 * 我们学校); a room's 室 glued to the word before it (校医室在一起); a bare verdict after a comma (…，行吗)
 * asking of the clause before it. Over the real rubric, tables and jieba. On 9a999b0 the tests not marked
 * guard fail.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';
import { normalize } from '../src/core/text/normalize.ts';
import { extractNumbers } from '../src/core/text/numbers.ts';

const qa = useRealQa();
// As a message arrives: normalised (NFKC) first, as every channel does.
const ask = (q: string) => qa.ask(normalize(q));
const first = (q: string) => ask(q).citations[0]?.id;

describe('figures split by a comma (normalize.ts, numbers.ts, qa/normalize.ts)', () => {
  it('「经费500，800个学生够吗」 → 500元 and 800名, 不够 (was 500800名学生, an invented figure)', () => {
    const a = ask('经费500，800个学生够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('你说的500元还差7500元');
    expect(a).not.toContain('500800');
  });
  it('guard: 「１，８００人」 in full-width digits still groups thousands (a full-width IME types the comma so)', () => {
    expect(extractNumbers('１，８００人').map((n) => n.value)).toEqual([1800]);
  });
  it('「经费1万2,800个学生够吗」 → 12000元 for 800名 (was 12800名学生)', () => {
    const a = ask('经费1万2,800个学生够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('你说的12000元达到了');
    expect(a).toContain('800 人');
  });
  it('extractNumbers: 「1万2，800」 and 「1万2,800」 are 12000 and 800; 「12,000」 is 12000', () => {
    expect(extractNumbers('1万2，800个').map((n) => n.value)).toEqual([12000, 800]);
    expect(extractNumbers('1万2,800个').map((n) => n.value)).toEqual([12000, 800]);
    expect(extractNumbers('经费12,000元').map((n) => n.value)).toEqual([12000]);
  });
  it('guard: 「经费12,000元，800个学生够吗」 keeps 12,000 whole (a comma grouping thousands splits no question)', () => {
    expect(ask('经费12,000元，800个学生够吗').answer).toContain('你说的12000元达到了');
  });
  it('guard: 「全校1,800人要配几个专职」 → 1800名', () => {
    expect(ask('全校1,800人要配几个专职').answer).toContain('1800名学生');
  });
  it('normalize keeps a Chinese comma between digits, folds it elsewhere', () => {
    expect(normalize('经费500，800个学生，够吗')).toBe('经费500，800个学生,够吗');
  });
});

describe('one of the listed means (means.ts)', () => {
  it('「心理健康周要搞吗」 → 要开展…活动, 心理健康周 one way among those listed (was the clause, no verdict)', () => {
    const a = ask('心理健康周要搞吗').answer;
    expect(a.startsWith('要开展形式多样的心理健康教育活动')).toBe(true);
    expect(a).toContain('心理健康周是原文列出的途径之一');
  });
  it('「心理社团必须成立吗」 → not 要 by name (was 要。)', () => {
    const a = ask('心理社团必须成立吗').answer;
    expect(a).toContain('心理社团是原文列出的途径之一，原文没有规定每一种都必须有');
  });
  it('guard: 「学校要开展主题活动吗」 → 需要 (what the clause itself requires)', () => {
    expect(ask('学校要开展主题活动吗').answer.startsWith('需要')).toBe(true);
  });
  it('guard: 「心理橱窗算主题活动吗」 → 算', () => {
    expect(ask('心理橱窗算主题活动吗').answer.startsWith('算')).toBe(true);
  });
});

describe('how often a thing no clause counts (retrieve.ts)', () => {
  it('「班主任家访一学期要做几次」 → 原文没有直接规定家访 (was 第11条\'s training count)', () => {
    expect(ask('班主任家访一学期要做几次').answer.startsWith('原文没有直接规定家访')).toBe(true);
  });
  it('guard: 「班主任每学期要做几次培训」 → 2次 of 第11条', () => {
    const a = ask('班主任每学期要做几次培训').answer;
    expect(first('班主任每学期要做几次培训')).toBe('item-11');
    expect(a).toContain('不少于2次');
  });
  it('guard: 「家长课堂一学期要开几次」 → 2次', () => {
    expect(ask('家长课堂一学期要开几次').answer).toContain('不少于2次');
  });
});

describe('the surplus and the money per student asked (rates.ts, apply.ts, qa-replies.ts)', () => {
  it('「辅导室每周开了13个小时，比要求多出几个小时」 → 够, 多出3小时 (was the rule only)', () => {
    const a = ask('辅导室每周开了13个小时，比要求多出几个小时').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('多出3小时');
  });
  it('「家长课堂开了5次，比要求多几次」 → 够, 多出3次', () => {
    expect(ask('家长课堂开了5次，比要求多几次').answer).toContain('多出3次');
  });
  it('「心理课每周1节，比要求多出几节」 → 折合每两周2课时, 多出1课时', () => {
    expect(ask('心理课每周1节，比要求多出几节').answer).toContain('多出1课时');
  });
  it('「辅导室每周开了8个小时，比要求多出几个小时」 → 不够, 还差2小时, nothing over', () => {
    const a = ask('辅导室每周开了8个小时，比要求多出几个小时').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('还差2小时');
    expect(a).not.toContain('多出');
  });
  it('guard: 「辅导室每周开了13个小时，够吗」 → 够, no surplus unasked', () => {
    expect(ask('辅导室每周开了13个小时，够吗').answer).not.toContain('多出');
  });
  it('「我们学校800个学生，经费给了6000块，够不够，生均多少」 → 不够, 合生均7.5元 (was the second piece dropped)', () => {
    const a = ask('我们学校800个学生，经费给了6000块，够不够，生均多少').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('合生均7.5元');
  });
});

describe('what the asker tells (lack.ts, analyze.ts, silence.ts)', () => {
  it('「督学从来不来我们学校，会扣分吗」 → 会扣分 (was the points only)', () => {
    expect(ask('督学从来不来我们学校，会扣分吗').answer.startsWith('会扣分')).toBe(true);
  });
  it('「心理辅导室和校医室在一起，考核能过吗」 → 第18条, 原文没有直接规定 (was 五、考核结果运用: 室在一起 read as 加在一起)', () => {
    expect(first('心理辅导室和校医室在一起，考核能过吗')).toBe('item-18');
    expect(ask('心理辅导室和校医室在一起，考核能过吗').answer.startsWith('原文没有直接规定校医')).toBe(true);
  });
  it('「心理辅导室和校医室在一起，行吗」 → 原文没有直接规定 (a bare verdict asks of the clause before it)', () => {
    expect(ask('心理辅导室和校医室在一起，行吗').answer.startsWith('原文没有直接规定校医')).toBe(true);
  });
  it('guard: 「两个学期加在一起多少分」 still reads 加在一起 as the sum', () => {
    expect(first('两个学期加在一起多少分')).toBe('section-results');
  });
});

describe('what this round\'s probes found (rates.ts, compose.ts, cover.ts, synonyms.yaml, answer.ts, condition.ts)', () => {
  it('「心理课每周一节，那两周停了，一学期18周，总共上了16节，够不够」 → 够, 16课时 (was 你说的是0课时: the total told taken as a weekly rate with weeks off)', () => {
    const a = ask('心理课每周一节，那两周停了，一学期18周，总共上了16节，够不够').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('你说的是16课时');
  });
  it('guard: 「心理课两周一节，停了4周，一学期18周，够吗」 → 不够, 7课时', () => {
    const a = ask('心理课两周一节，停了4周，一学期18周，够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('你说的是7课时');
  });
  it('「心理课每两周一节，一学期20周，一共要上几节」 → 10课时, no 够 unasked (the rule\'s own rate told)', () => {
    const a = ask('心理课每两周一节，一学期20周，一共要上几节').answer;
    expect(a.startsWith('20周至少10课时')).toBe(true);
  });
  it('guard: 「这学期20周，我们每周都排了一节，最低要多少节」 → 够, the asker\'s own rate leads', () => {
    expect(ask('这学期20周，我们每周都排了一节，最低要多少节').answer.startsWith('够')).toBe(true);
  });
  it('「专职心理老师可以上别的课吗」 → no 可以 (was 可以 on the staffing ratio, which says nothing of other lessons)', () => {
    expect(ask('专职心理老师可以上别的课吗').answer.startsWith('可以')).toBe(false);
  });
  it('guard: 「其他规章制度也在考核里吗」 → 在', () => {
    expect(ask('其他规章制度也在考核里吗').answer.startsWith('在')).toBe(true);
  });
  it('「学生情绪不好，学校应该怎么处理」 → 第17条 排查 (was 第15条\'s 家长 处理技能)', () => {
    expect(first('学生情绪不好，学校应该怎么处理')).toBe('item-17');
  });
  it('「…有个学生最近情绪不太好，班主任发现了，想问按照考核办法学校应该怎么处理，要不要转介」 → 第17条 first, then 转介 要看情况 (was 第15条 and 要)', () => {
    const a = ask('我们学校有个学生最近情绪不太好，班主任发现了，想问按照考核办法学校应该怎么处理，要不要转介');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('2. 要看情况');
  });
  it('「学生要不要转介」 → 要看情况: 超出学校心理健康辅导范畴的学生 (was 需要)', () => {
    expect(ask('学生要不要转介').answer.startsWith('要看情况：对超出学校心理健康辅导范畴的学生才要')).toBe(true);
  });
  it('guard: 「学生情绪低落要不要转介」 → not 需要 (转介 is for the students beyond the school\'s counselling; a mid-round synonym made it 需要)', () => {
    expect(ask('学生情绪低落要不要转介').answer.startsWith('需要')).toBe(false);
  });
  it('guard: 「割腕这种严重的学生，按办法要单独建档吗」 → 要 (a grave case is the students the sentence names)', () => {
    expect(ask('割腕这种严重的学生，按办法要单独建档吗').answer.startsWith('要。')).toBe(true);
  });
  it('guard: 「隔壁班那个学生前年情绪不好休学过一学期，今年回来状态很好」 asks nothing: not answered from 第17条', () => {
    expect(ask('隔壁班那个学生前年情绪不好休学过一学期，今年回来状态很好，还当了班长').inScope).toBe(false);
  });
  it('guard: 「重度抑郁的学生要不要转介」 → 要 (the students the sentence names)', () => {
    expect(ask('重度抑郁的学生要不要转介').answer.startsWith('要')).toBe(true);
    expect(ask('重度抑郁的学生要不要转介').answer.startsWith('要看情况')).toBe(false);
  });
  it('guard: 「有严重心理疾病的学生需要单独建档吗」 → 需要', () => {
    expect(ask('有严重心理疾病的学生需要单独建档吗').answer.startsWith('需要')).toBe(true);
  });
  it('guard: 「心理健康周这种活动考核有要求吗」 → 有 (whether there is a rule, not a must of one way)', () => {
    expect(ask('心理健康周这种活动考核有要求吗').answer.startsWith('有')).toBe(true);
  });
  it('guard: 「一个学年下来，工作专班会议最少要开几次？」 → 4次 (the thing before 最少要开几次 is 专班会议)', () => {
    expect(ask('一个学年下来，工作专班会议最少要开几次？').answer).toContain('4次');
  });
});

describe('the school\'s figure beside the rule\'s, and online in English (rates.ts, staff.ts, glossary.yaml)', () => {
  it('「全员导师制我们12个重点学生配了10个导师，行不行」 → 不行, 还差2名 (was 需要)', () => {
    const a = ask('全员导师制我们12个重点学生配了10个导师，行不行').answer;
    expect(a.startsWith('不行')).toBe(true);
    expect(a).toContain('还差2名');
  });
  it('「留守学生20个，配了20个导师，够吗」 → 够 (was no verdict)', () => {
    expect(ask('留守学生20个，配了20个导师，够吗').answer.startsWith('够')).toBe(true);
  });
  it('guard: 「全校1200个学生，配了3个导师，够吗」 → no 还差1197名 (mentors are for the students the clause names)', () => {
    expect(ask('全校1200个学生，配了3个导师，够吗').answer).not.toContain('1197');
  });
  it('「班主任培训一学期两次 我们只搞了一次 扣几分」 → 扣1.5分, 1次 (was 扣0分, 够: the rule\'s 两次 read as the school\'s)', () => {
    const a = ask('班主任培训一学期两次 我们只搞了一次 扣几分').answer;
    expect(a.startsWith('扣1.5分')).toBe(true);
    expect(a).toContain('你说的是每学期1次');
  });
  it('「专班会议每学期两次，我们开了3次，够吗」 → 够, 3次 (not 2 + 3)', () => {
    const a = ask('专班会议每学期两次，我们开了3次，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('你说的是每学期3次');
  });
  it('「家长课堂online可以吗」 → 原文没有直接规定线上的形式 (was the count, online unread)', () => {
    expect(ask('家长课堂online可以吗').answer.startsWith('原文没有直接规定线上的形式')).toBe(true);
  });
  it('「我们用zoom开家长会可以吗」 → 原文没有直接规定视频会议的形式', () => {
    expect(ask('我们用zoom开家长会可以吗').answer.startsWith('原文没有直接规定视频会议的形式')).toBe(true);
  });
});

describe('a teacher of another subject, and the last lesson of a day (qualify.ts, rates.ts)', () => {
  it('「体育老师可以兼职心理老师吗」 → 可以, but on every condition (was 可以 on the staffing ratio)', () => {
    expect(ask('体育老师可以兼职心理老师吗').answer.startsWith('可以，但还要有相关心理学教育背景')).toBe(true);
  });
  it('「语文老师能当心理老师吗」 → 能, but on every condition (was the sentence, no verdict)', () => {
    expect(ask('语文老师能当心理老师吗').answer.startsWith('能，但还要')).toBe(true);
  });
  it('guard: 「数学老师没学过心理学，能当心理老师吗」 → 能, but 证书 and 培训 (the background told lacking)', () => {
    expect(ask('数学老师没学过心理学，能当心理老师吗').answer.startsWith('能，但还要取得相关资格证书、经过岗前培训')).toBe(true);
  });
  it('「心理课可以安排在下午最后一节吗」 → no 每2周1课时 (was an invented rate: 最后一节 read as a count)', () => {
    expect(ask('心理课可以安排在下午最后一节吗').answer).not.toContain('你说的是');
  });
});

describe('what this round\'s replies diffs found (rates.ts, analyze.ts, barred.ts)', () => {
  it('guard: 「本学期我们开了1次校级心理公开课、1次年级观摩课，够吗」 → 够, 2次 (parts of one figure, not the school\'s beside the rule\'s)', () => {
    const a = ask('本学期我们开了1次校级心理公开课、1次年级观摩课，够吗').answer;
    expect(a.startsWith('够')).toBe(true);
    expect(a).toContain('每学期2次');
  });
  it('guard: 「…学生因为心理问题休学了…学校没有相关流程。办法里提没提休学复学」 → 有 (a process told missing asks no handling)', () => {
    expect(ask('我们学校去年有个学生因为心理问题休学了，今年要回来，但学校没有相关流程。办法里提没提休学复学').answer.startsWith('有')).toBe(true);
  });
  it('「体育课每周几节」 → 原文没有直接规定体育课 (was 心理课\'s every two weeks)', () => {
    expect(ask('体育课每周几节').answer.startsWith('原文没有直接规定体育课')).toBe(true);
  });
  it('guard: 「体育课能代替心理课吗」 → 不能 (the prohibition answers a substitution)', () => {
    expect(ask('体育课能代替心理课吗').answer.startsWith('不能')).toBe(true);
  });
  it('guard: 「隔壁学校…每周开20小时，我们只开12小时，我们也算达标吧」 → the school\'s 12小时', () => {
    expect(ask('隔壁学校心理老师说他们辅导室每周开20小时，我们只开12小时，我们也算达标吧').answer).toContain('你说的是每周12小时');
  });
});

describe('when and who assess, 考 said short (analyze.ts, synonyms.yaml)', () => {
  it('「县里什么时候来考」 → 学期结束前15天 (was 原文没有直接规定县里的具体时间)', () => {
    expect(ask('县里什么时候来考').answer).toContain('学期结束前15天');
  });
  it('「县里什么时候考核」 → 学期结束前15天 (was the sentence on 县教育局)', () => {
    expect(ask('县里什么时候考核').answer).toContain('学期结束前15天');
  });
  it('「什么时候来考」 → 四、考核组织实施 (was declined)', () => {
    expect(first('什么时候来考')).toBe('section-organization');
  });
  it('「考核谁来考」 → 县教育局…考核工作领导小组 (was the time)', () => {
    expect(ask('考核谁来考').answer).toContain('县教育局成立考核工作领导小组');
  });
  it('「期末什么时候考试」 is no assessment: declined (was 学期结束前15天)', () => {
    expect(ask('期末什么时候考试').inScope).toBe(false);
  });
  it('「心理老师什么时候考证」 is not the assessment\'s time (was 四、考核组织实施)', () => {
    expect(first('心理老师什么时候考证')).not.toBe('section-organization');
  });
});

describe('guards the replies diffs asked for (qualify.ts, barred.ts)', () => {
  it('guard: 「体育老师说他上体育与健康课时会讲点心理知识，能不能把这节课顺便算成心理课？」 → 不算 (no teacher\'s post asked)', () => {
    expect(ask('体育老师说他上体育与健康课时会讲点心理知识，能不能把这节课顺便算成心理课？').answer.startsWith('不算')).toBe(true);
  });
  it('guard: 「心理课能不能拿班会课顶 体育健康课呢 …」 → 不能, no silence on 体育健康课 (a substitution asked in the message)', () => {
    const a = ask('心理课能不能拿班会课顶 体育健康课呢 一学期18周最少要上几节').answer;
    expect(a).toContain('1. 不能');
    expect(a).not.toContain('原文没有直接规定体育健康课');
  });
  it('guard: 「体育课跳高，有个孩子跳得贼高」 asks nothing: declined, not 原文没有直接规定', () => {
    expect(ask('体育课跳高，有个孩子跳得贼高').inScope).toBe(false);
  });
});

describe('blind-87\'s failures, read after its one measurement (b619aa3): mended after, not evidence', () => {
  it('「心理委员是不是每个班要男生女生各配一个」 → 是, 每班2名 (was 不是, 每班1名: 各配一个 read as one)', () => {
    const a = ask('心理委员是不是每个班要男生女生各配一个').answer;
    expect(a.startsWith('是')).toBe(true);
    expect(a).toContain('你说的是每班2名');
  });
  it('「…对这种有严重心理疾病的学生，辅导室这块按要求应该怎么处理？」 → 第20条, 转介, 单独建档 (was 第18条: 这边 read as a thing the text is silent on)', () => {
    const q = '我们班有个学生之前被诊断有比较严重的心理疾病，家长也知道，一直在外面医院看，心理老师说学校这边也有要求，想问一下对这种有严重心理疾病的学生，辅导室这块按要求应该怎么处理？';
    expect(first(q)).toBe('item-20');
    expect(ask(q).answer).toContain('单独建档');
  });
  it('「我们辅导室一周现在只开6个小时，还得加多少小时」 → 不够, 还差4小时 (was the rule only)', () => {
    const a = ask('我们辅导室一周现在只开6个小时，还得加多少小时').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('还差4小时');
  });
  it('「第二到七项满分一共85分，我们拿了68分，第一条政策落实能折算多少分」 → 8分, 10 × 68 ÷ 85 (was 10 × 85 ÷ 85: the full marks read as the score)', () => {
    const a = ask('第二到七项满分一共85分，我们拿了68分，第一条政策落实能折算多少分').answer;
    expect(a.startsWith('得8分')).toBe(true);
    expect(a).toContain('10 × 68 ÷ 85');
  });
  it('「学生来辅导室说的事可以在老师群里讲吗」 → 不可以, 遵循保密原则 (was the opening hours)', () => {
    const a = ask('学生来辅导室说的事可以在老师群里讲吗').answer;
    expect(a.startsWith('不可以')).toBe(true);
    expect(a).toContain('保密');
  });
  it('guard: 「二至七项一共得了70分，政策落实能拿几分」 → 8分 (10 × 70 ÷ 85)', () => {
    expect(ask('二至七项一共得了70分，政策落实能拿几分').answer).toContain('10 × 70 ÷ 85');
  });
});

describe('probes after blind-87 (permission.ts, cover.ts, answer.ts, numbers.ts, case.ts)', () => {
  it('「倾听一刻钟是每个老师每天都要和学生聊吗」 → 不是, 同学、班主任、任课教师或家人 (was 需要)', () => {
    expect(ask('倾听一刻钟是每个老师每天都要和学生聊吗').answer.startsWith('不是')).toBe(true);
  });
  it('guard: 「倾听一刻钟必须是班主任老师来聊吗」 → 不是, 不限于班主任', () => {
    expect(ask('倾听一刻钟必须是班主任老师来聊吗').answer).toContain('不限于班主任');
  });
  it('「心理委员可以一个人兼两个班吗」 → no 4名 over 2 classes and no 可以 (was a count, then 可以)', () => {
    const a = ask('心理委员可以一个人兼两个班吗').answer;
    expect(a).not.toContain('4 名');
    expect(a.startsWith('可以')).toBe(false);
  });
  it('「一个学生可以当两个班的心理委员吗」 → no 可以, no count over 2 classes (was 4名)', () => {
    const a = ask('一个学生可以当两个班的心理委员吗').answer;
    expect(a.startsWith('可以')).toBe(false);
    expect(a).not.toContain('4 名');
  });
  it('guard: 「专兼职心理老师都要参加培训吗」 → 要 (专兼职 holds no 兼 of two at once)', () => {
    expect(ask('专兼职心理老师都要参加培训吗').answer.startsWith('要')).toBe(true);
  });
  it('「第一学期95分，第二学期一票否决了，年度怎么算」 → 不合格 (was 年度得分96分: 一票 read as 1 point)', () => {
    const a = ask('第一学期95分，第二学期一票否决了，年度怎么算').answer;
    expect(a.startsWith('年度考核判定为不合格')).toBe(true);
    expect(a).not.toContain('96');
  });
  it('extractNumbers: 一票否决 holds no number', () => {
    expect(extractNumbers('第二学期一票否决了').filter((n) => !n.ordinal)).toEqual([]);
  });
  it('guard: 「学生自杀了学校会被一票否决吗」 → 会', () => {
    expect(ask('学生自杀了学校会被一票否决吗').answer.startsWith('会')).toBe(true);
  });
  it('「每学期满分100吗」 → 是, 100分 (was declined)', () => {
    expect(ask('每学期满分100吗').answer.startsWith('是。满分100分')).toBe(true);
  });
  it('「一学期满分多少」 → 满分100分 (was declined)', () => {
    expect(ask('一学期满分多少').answer.startsWith('满分100分')).toBe(true);
  });
  it('「我们小学在全县排倒数第4，下学年能评心理健康特色学校吗」 → 能, 倒数第4不在此列 (was declined)', () => {
    expect(ask('我们小学在全县排倒数第4，下学年能评心理健康特色学校吗').answer.startsWith('能')).toBe(true);
  });
});

describe('evidence asked of the whole assessment (case.ts)', () => {
  it('「考核要准备哪些材料」 → each clause\'s list, and how to see it (was the sentence on who assesses)', () => {
    const a = ask('考核要准备哪些材料').answer;
    expect(a.startsWith('考核按21条逐条看材料')).toBe(true);
    expect(a).toContain('发“资料”');
  });
  it('guard: 「心理课要准备什么材料」 → 第12条\'s own list', () => {
    expect(ask('心理课要准备什么材料').answer.startsWith('要准备：课程表')).toBe(true);
  });
});

describe('the veto against a score (case.ts, compose.ts)', () => {
  it('guard: 「学生因心理问题自杀，学校年度考核会被一票否决吗？」 → 会 (asked whether, not told done)', () => {
    expect(ask('学生因心理问题自杀，学校年度考核会被一票否决吗？').answer.startsWith('会')).toBe(true);
  });
  it('guard: 「…自杀未遂、人抢救回来了，这种情况学校年度考核会被一票否决吗？」 → 不会', () => {
    expect(ask('学生自杀未遂、人抢救回来了，这种情况学校年度考核会被一票否决吗？').answer.startsWith('不会')).toBe(true);
  });
  it('「学生自杀在考核里扣多少分啊」 → 不是扣分，是一票否决 (was silence on 自杀\'s figure)', () => {
    expect(ask('学生自杀在考核里扣多少分啊').answer.startsWith('不是扣分，是一票否决')).toBe(true);
  });
  it('「学生自杀未遂扣分吗」 → no 扣3分 (was 未 of 未遂 read as a missing 测评)', () => {
    const a = ask('学生自杀未遂扣分吗').answer;
    expect(a).not.toContain('扣3分');
    expect(a.startsWith('原文没有直接规定自杀未遂要扣分')).toBe(true);
  });
});

describe('one of each sex put for confirming (cover.ts, glossary.yaml)', () => {
  it('「心理委员男生女生各一个吗」 → 是 (was no verdict)', () => {
    expect(ask('心理委员男生女生各一个吗').answer.startsWith('是')).toBe(true);
  });
  it('「心理委员 boy girl 各一个吗」 → 是', () => {
    expect(ask('心理委员 boy girl 各一个吗').answer.startsWith('是')).toBe(true);
  });
  it('guard: 「心理委员男生女生各两个吗」 → no 是', () => {
    expect(ask('心理委员男生女生各两个吗').answer.startsWith('是')).toBe(false);
  });
  it('guard: 「家长课堂和家长会各一次吗」 → no 是 (each is 2次)', () => {
    expect(ask('家长课堂和家长会各一次吗').answer.startsWith('是')).toBe(false);
  });
});

describe('leave for less than the clause\'s least (leave.ts)', () => {
  it('「经费可以低于10元吗」 → 不可以 (was 可以)', () => {
    expect(ask('经费可以低于10元吗').answer.startsWith('不可以')).toBe(true);
  });
  it('「辅导室每周可以少于10小时吗」 → 不可以', () => {
    expect(ask('辅导室每周可以少于10小时吗').answer.startsWith('不可以')).toBe(true);
  });
  it('guard: 「经费可以高于10元吗」 → no 不可以', () => {
    expect(ask('经费可以高于10元吗').answer.startsWith('不可以')).toBe(false);
  });
});

describe('long questions this round\'s probes found (compose.ts, case.ts)', () => {
  it('「…我想问到底能不能用班会课上」 → 不能, 不得以班会课…代替 (was 能, from 主题班团队会)', () => {
    expect(ask('学校一直是用班会课上心理健康课的，今年新来的心理老师说这样不行，但是教务处说课表排不下，我想问到底能不能用班会课上').answer.startsWith('不能')).toBe(true);
  });
  it('「…她是师范大学心理学专业毕业的，但是还没有参加过岗前培训…她这样符合要求吗」 → 不符合, 岗前培训 (was 考核对象 without 高校)', () => {
    const q = '我是一所乡镇初中的德育主任，学校今年刚配了一个专职心理老师，她是师范大学心理学专业毕业的，但是还没有参加过岗前培训，校长问我她这样符合要求吗';
    expect(first(q)).toBe('item-10');
    expect(ask(q).answer.startsWith('不符合')).toBe(true);
  });
  it('guard: 「大学也要参加这个考核吗」 → 不需要, 没有写高校', () => {
    expect(ask('大学也要参加这个考核吗').answer.startsWith('不需要')).toBe(true);
  });
});

describe('this year\'s figure and the weeks the term had (apply.ts, rates.ts)', () => {
  it('「经费去年8000今年6000，学生700人，今年够吗」 → 不够, 6000元 (was 8000, last year\'s)', () => {
    const a = ask('经费去年8000今年6000，学生700人，今年够吗').answer;
    expect(a.startsWith('不够')).toBe(true);
    expect(a).toContain('你说的6000元还差1000元');
  });
  it('「学校一学期上了18周课，心理课每三周上一节…够不够」 → 18周至少9课时, 6课时 (was a six-week frame)', () => {
    expect(ask('学校一学期上了18周课，心理课每三周上一节，一共上了几节，够不够').answer).toContain('18周至少9课时，你说的是6课时');
  });
});

describe('blind-86\'s and blind-88\'s failures, read after their last measurement (ed3dcf2): mended after, not evidence', () => {
  it('「第17项满分多少？第10项满分多少？」 → 12分, 6分 (项 beyond the eight areas numbers the items; was the total)', () => {
    const a = ask('第17项满分多少？第10项满分多少？').answer;
    expect(a).toContain('第17条满分12分');
    expect(a).toContain('第10条满分6分');
  });
  it('「心理考核能不能等学期结束以后再考」 → 不能, 学期结束前15天', () => {
    const a = ask('心理考核能不能等学期结束以后再考').answer;
    expect(a.startsWith('不能')).toBe(true);
    expect(a).toContain('15天');
  });
  it('「辅导室一周开5天 要达标的话每天最少开多久」 → 每天至少2小时', () => {
    expect(ask('辅导室一周开5天 要达标的话每天最少开多久').answer).toContain('每天至少2小时');
  });
  it('「倾听一刻钟 按一周上学5天算 每个学生一周沟通交流多少分钟」 → 75分钟', () => {
    expect(ask('倾听一刻钟 按一周上学5天算 每个学生一周沟通交流多少分钟').answer).toContain('75分钟');
  });
  it('guard: 「…家长问孩子情绪不好怎么办…家长课堂每学期至少办几次？」 → 第15条 first (someone else\'s question is no handling asked; this round\'s 情绪 handling had made it 第17条)', () => {
    expect(first('家长群里经常有家长问孩子情绪不好怎么办，我们想办家长学校，但不知道频次怎么定合适。按考核办法，家长课堂每学期至少办几次？')).toBe('item-15');
  });
  it('「学生因为心理问题休学 需要哪一级医院开的证明」 → 原文没有直接规定医院的级别', () => {
    expect(ask('学生因为心理问题休学 需要哪一级医院开的证明').answer.startsWith('原文没有直接规定医院的级别')).toBe(true);
  });
});
