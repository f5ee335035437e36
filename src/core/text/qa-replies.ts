/**
 * Reply templates of the rule Q&A (core/qa/answer.ts). Simplified Chinese, short enough for a
 * group chat, each saying what to type next where it helps.
 */
import { shownInput } from './privacy.ts';

/** Questions shown with a refusal and in the help text: each one is answered from the rubric. */
export const QA_EXAMPLES = ['心理课多久上一次', '1800个学生要几个专职心理老师', '辅导室每周开放多久'] as const;

const quoted = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('');

/** An amount in its unit; hours that are not whole or half in minutes: 8.33 小时 → 8小时20分钟 (7.5小时 stays). */
export function amountText(x: number, unit: string): string {
  const minutes = Math.round(x * 60);
  if (unit !== '小时' || Number.isInteger(x * 2) || Math.abs(minutes - x * 60) > 0.5) return `${x}${unit}`;
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  return m === 0 ? `${h}小时` : h === 0 ? `${m}分钟` : `${h}小时${m}分钟`;
}

export const QA_TEXT = {
  // A crisis the check did not recognise still meets the lines: every decline ends with them.
  outOfScope: `这个我答不了，我只回答《中小学校心理健康工作考核办法》的问题。可以这样问：${quoted(QA_EXAMPLES)}。\n如果你或学生此刻有危险：心理援助热线 12356，紧急情况打 110 / 120。`,
  /** 「第25条」: the rubric's items and how to ask for one. */
  noItem: (no: number, count: number, first: number, last: number) =>
    `考核办法共${count}条（第${first}–${last}条），没有第${shownInput(String(no))}条。发“第${first}条”看要求，发“原文 ${first}”看全文。`,
  /** 「专职心理老师能不能当班主任」: the rubric says nothing on what is asked; the related rule follows. */
  /** How every answer that says the text is silent begins. */
  silentLead: '原文没有直接规定',
  notStated: (what: string) => `原文没有直接规定能否${what}；相关规定：`,
  /** 「要不要配沙盘室」: a thing the clause does not name. */
  notNamed: (what: string) => `原文没有直接规定${what}；相关规定：`,
  empty: `请直接提问考核办法的问题，如${quoted(QA_EXAMPLES)}。`,
  help: [
    '可以这样问我考核办法：',
    '1. 要求：“心理课多久上一次”“家长会每学期几次”“倾听一刻钟是啥”',
    '2. 计算：“2300个学生要几个专职心理老师”“12个班要几个心理委员”“1800人经费多少”',
    '3. 查条文：“第10条”“原文 10”“队伍建设有哪些要求”“考核结果怎么用”',
    '4. 材料和分值：“第2条要准备什么材料”“第17条几分”',
    '回答后发“详细”可看该条全文。',
  ].join('\n'),
  /** 「三(四)第10条，6分（暂定）」 / 「五、考核结果运用」 */
  source: (ref: string, points: number | null, provisional: boolean) =>
    points === null ? ref : `${ref}，${points}分${provisional ? '（暂定）' : ''}`,
  /** 「——三(四)第10条，6分（暂定）」; several sources joined with ；. */
  citation: (sources: readonly string[]) => `——${sources.join('；')}`,
  yes: '需要。',
  no: '不可以。',
  notCounted: '不算。',
  enough: '够。',
  notEnough: '不够。',
  points: (no: number, points: number, provisional: boolean, explain: string) =>
    `第${no}条满分${points}分${provisional ? '（暂定）' : ''}。${explain}。`,
  /** 「辅导室每周开放不到10个小时会扣分吗」 */
  belowCost: (rule: string, n: number, unit: string, points: number, partial: boolean) =>
    `会扣分。${rule}；不到${n}${unit}，这一项（${points}分）${partial ? '按达到的比例给分、向下取到0.5分' : '不得分'}。`,
  /** 「四项要求我们做到三项能得几分」 */
  partsDone: (n: number, each: number) => `做到${n}项得${Math.round(n * each * 100) / 100}分（每项${each}分）。`,
  evidence: (items: readonly string[]) => `要准备：${items.join('、')}。`,
  quote: (sentence: string) => `条文：“${sentence}”`,
  fullTip: (no: number) => `\n发“原文 ${no}”看全文。`,
  /** The whole clause, for 「原文 10」 and 「详细」. */
  full: (ref: string, title: string, text: string, cite: string) => `${ref} ${title}\n${text}\n${cite}`,
  areaList: (no: string, title: string, lines: readonly string[], points: number, provisional: boolean, firstNo: number) =>
    `${no}、${title}共${lines.length}条，${points}分${provisional ? '（暂定）' : ''}：${lines.join('；')}。发“第${firstNo}条”看具体要求。`,
  areaLine: (no: number, title: string, points: number | null, provisional: boolean) =>
    `第${no}条${title}${points === null ? '' : `（${points}分${provisional ? '，暂定' : ''}）`}`,
  /** 「第2条和第3条分别几分，合起来多少」 */
  /** 「前7项得了30分，总分最多能到多少」 */
  mostReachable: (n: number, full: number, score: number, others: number, rest: number, provisional: boolean) =>
    `最多能到${score + rest}分：这${n}条满分${full}分，你们得了${score}分；其余${others}条满分${rest}分，全部拿到就是${score} + ${rest} = ${score + rest}分${provisional ? '（含暂定分值）' : ''}。`,
  /** 「第二到七项满分多少」: a long run of items, in short. */
  runPoints: (from: number, to: number, n: number, sum: number, provisional: boolean) => `第${from}—${to}条共${n}条，合起来${sum}分${provisional ? '（含暂定分值）' : ''}。发“第${from}条”等看每条的分值和要求。`,
  itemsPoints: (lines: readonly string[], sum: number, provisional: boolean) => `${lines.join('；')}；合起来${sum}分${provisional ? '（含暂定分值）' : ''}。`,
  headings: (heads: readonly string[]) => `共${heads.length}个方面：${heads.join('；')}。`,
  /** 「基本原则有哪几条」: the heading of each paragraph. */
  paragraphHeads: (heads: readonly string[]) => `共${heads.length}条：${heads.map((h, i) => `${i + 1}. ${h}`).join('；')}。`,
  itemOverview: (requirements: readonly string[]) => `要求：${requirements.join('；')}。`,
  /** 「2300名学生：专职心理健康教育教师不少于3名（2300 ÷ 1000 = 2.3，向上取整为 3 名）」 */
  calcSubject: (students: number | null, classes: number | null) =>
    students !== null ? `${students}名学生：` : classes !== null ? `${classes}个班：` : '',
  calcLine: (label: string, value: number, unit: string, formula: string) => `${label}不少于${value}${unit}（${formula}）`,
  /** 「专兼职合计不少于18名」 */
  teachersTotal: (n: number) => `专兼职合计不少于${n}名`,
  calcRule: (rules: readonly string[]) => `依据：${rules.join('；')}。`,
  calcInterpretation: (notes: readonly string[]) => `取整说明：${notes.join('；')}（原文未写明，按此理解）。`,
  needStudents: '告诉我学生人数（如“1800个学生要几个”），我帮你算。',
  needStudentsBudget: '告诉我学生人数（如“1800个学生一年至少多少钱”），我帮你算。',
  needClasses: '告诉我四年级起有几个班（如“12个班要几个心理委员”），我帮你算。',
  /**
   * 「不够。所有班级每两周不少于1课时；每3周1课时，折合每两周0.67课时，还差0.33课时。」 — the verdict
   * first, then the rule, then the asker's case against it.
   */
  rateVerdict: (v: {
    enough: boolean;
    rule: string;
    said: string;
    per: string;
    given: number;
    gap: number;
    required: number;
    unit: string;
    sameUnit: boolean;
    over: { said: string; required: number; given: number } | null;
    reading: boolean;
    /** The verdict in the asker's words (需要 for 还要再…吗), else 够 / 不够. */
    word?: string | undefined;
    /** 「比要求多出几个小时」: what is over the requirement is said too. */
    surplus?: boolean;
  }) => {
    // (An empty word: the reply leads with something else, 「扣2分：…」, and takes no second verdict.)
    const head = `${v.word === '' ? '' : `${v.word ?? (v.enough ? '够' : '不够')}。`}${v.rule}；`;
    const over = (n: number) => (v.surplus && n > 1e-9 ? `，多出${amountText(Math.round(n * 100) / 100, v.unit)}` : '');
    // (「每天20分钟」 over a five-day week is still 每天20分钟: nothing converted, nothing read.)
    const same = v.sameUnit || v.said === `每${v.per}${amountText(v.given, v.unit)}`;
    const body = v.over
      ? `${v.over.said}至少${v.over.required}${v.unit}，你说的是${v.over.given}${v.unit}${v.enough ? over(v.over.given - v.over.required) : `，还差${v.over.required - v.over.given}${v.unit}`}`
      : same
        ? `你说的是${v.said}${v.enough ? over(v.given - v.required) : `，还差${amountText(v.gap, v.unit)}`}`
        : `${v.said}折合每${v.per}${amountText(v.given, v.unit)}${v.enough ? over(v.given - v.required) : `，还差${amountText(v.gap, v.unit)}`}`;
    return `${head}${body}。${v.reading && !(same && !v.over) ? '（按每周5个上课日、每月4周、每学期20周折算，是本助手的理解。）' : ''}`;
  },
  /** 「全校30个班，只有12个班排了心理课」 */
  studentsMet: (word: string, rule: string, total: number) => `${word}。要求${rule}；你说的${total}名学生都配了。`,
  studentsShort: (word: string, rule: string, total: number, done: number) => `${word}。要求${rule}；你说的${total}名学生只有${done}名配了，还差${total - done}名。`,
  classesShort: (word: string, rule: string, total: number, done: number) => `${word}。要求${rule}；你说的${total}个班只有${done}个班做到，还有${total - done}个班没有。`,
  /** 「1500个学生经费1万够不够」: a calculated threshold against the asker's figure. */
  /** 「1500人，1个专职2个兼职，够吗」: one line per figure the asker gives. */
  calcVerdicts: (lines: readonly { enough: boolean; label: string; need: number; given: number; unit: string }[]) =>
    `${lines.every((l) => l.enough) ? '够' : '不够'}。${lines.map((l) => `${l.label}不少于${l.need}${l.unit}，你说的${l.given}${l.unit}${l.enough ? '达到了' : `还差${l.need - l.given}${l.unit}`}`).join('；')}。`,
  calcVerdict: (enough: boolean, label: string, need: number, given: number, unit: string, word = enough ? '够' : '不够', surplus = false) =>
    enough ? `${word}。${label}不少于${need}${unit}，你说的${given}${unit}达到了${surplus && given > need ? `，多出${Math.round((given - need) * 100) / 100}${unit}` : ''}` : `${word}。${label}不少于${need}${unit}，你说的${given}${unit}还差${need - given}${unit}`,
  /** 「心理委员每班只选了1个」 */
  perThingVerdict: (v: { enough: boolean; need: number; given: number; per: string; unit: string; r: { text: string } }, word?: string) =>
    `${word ?? (v.enough ? '够' : '不够')}。${v.r.text}；你说的是每${v.per}${v.given}${v.unit}${v.enough ? '' : `，还差${v.need - v.given}${v.unit}`}。`,
  /** 「三个岗位只有保安配了安全员，达标吗」 */
  /** 「上学期做了1次，这学年下学期可以不做吗」 */
  notEvery: (period: string, verb: string, rule: string) => `不用每${period}都${verb}。要求是：${rule}；每${period}都${verb}也符合。`,
  alreadyMet: (word: string, rule: string, done: string) => `${word}。${rule}；你说的已经做了${done}，达到了，不再做也符合。`,
  /** 「4个后勤岗位，安全员配了3个」 */
  postCountVerdict: (word: string, rule: string, posts: number, staffed: number) =>
    `${word}。${rule}；你说的${posts}个岗位配了${staffed}名${staffed >= posts ? '' : `，按每个岗位1名算还差${posts - staffed}名`}。`,
  postsVerdict: (word: string, rule: string, posts: readonly string[], covered: readonly string[], missing: readonly string[]) =>
    `${word}。${rule}；${posts.join('、')}${posts.length}个岗位${missing.length === 0 ? '都配了' : `只有${covered.join('、')}配了，${missing.join('、')}还差，共差${missing.length}个岗位`}。`,
  /** 「后勤有保安、宿管、食堂、保洁四个岗位，安全员最少几个」: one for each post listed. */
  postsNeeded: (n: number, rule: string, posts: readonly string[]) => `至少${n}名。${rule}；你说的${posts.length > 0 ? `${posts.join('、')}共` : '一共'}${n}个岗位，每个岗位至少1名。`,
  /** 「每班2个心理委员，但都是女生」 */
  oneSex: (word: string, rule: string, sex: string) => `${word}。${rule}；都是${sex}生不符合“男、女生各1名”。`,
  /** 「每班就一个心理委员」: the asker's count per class, over the classes. */
  perClassTotal: (per: number, classes: number, total: number) => `每班${per}名×${classes}个班=${total}名`,
  /** 「20周，我们每周一节，最低要多少节」: the asker's own total over the stretch, before the requirement. */
  overLead: (enough: boolean, said: string, given: number, unit: string) => `${enough ? '够' : '不够'}。你说的${said}共${Math.round(given * 100) / 100}${unit}；`,
  /** 「一学年 家长课堂加家长会 最少一共多少次」 */
  requiredTogether: (said: string, parts: readonly { what: string; required: number; rule: string }[], total: number, unit: string, reading: boolean) =>
    `${said}一共至少${total}${unit}（${parts.map((x) => `${x.what}${x.required}${unit}`).join(' + ')}）：${parts.map((x) => x.rule).join('；')}。${reading ? '（按每月4周、每学期20周折算，是本助手的理解。）' : ''}`,
  /** 「一学期18周最少几节」 */
  requiredOver: (said: string, required: number, unit: string, rule: string, rounded: boolean, reading: boolean) =>
    `${said}至少${required}${unit}：${rule}。${rounded ? '（不足1个按1个计，是本助手的理解。）' : ''}${reading ? '（按每月4周、每学期20周折算，是本助手的理解。）' : ''}`,
  /** 「全校24个班，每两周加起来最少要排多少节」: per class in the period, times the classes. */
  perPeriodOverClasses: (said: string, perClass: number, total: number, classes: number, rule: string, reading: boolean) =>
    `${classes}个班${said}至少${total}课时（每班${perClass}课时 × ${classes}个班）：${rule}。${reading ? '（按每月4周、每学期20周折算，是本助手的理解。）' : ''}`,
  /** 「24个班，一学期20周，全校总共多少节」: per class over the stretch, times the classes. */
  requiredOverClasses: (said: string, required: number, unit: string, classes: number, rule: string, rounded: boolean, reading: boolean) =>
    `${classes}个班${said}至少${required * classes}${unit}（每班${required}${unit} × ${classes}个班）：${rule}。${rounded ? '（不足1个按1个计，是本助手的理解。）' : ''}${reading ? '（按每月4周、每学期20周折算，是本助手的理解。）' : ''}`,
  /** 「一学期3000元」 against a yearly rule. */
  perSemesterNote: (perSemester: number) => `（每学期${perSemester}元，一学年按两个学期计）`,
  /** 「上学期1万 下学期8000」 against a yearly rule. */
  semestersNote: (a: number, b: number) => `，两学期${a}元 + ${b}元 = ${a + b}元`,
  /** 「平均到一个人多少钱」 */
  perStudentNote: (yuan: number) => `，合生均${yuan}元`,
  /** 「倾听一刻钟一周搞一次」 against 每天 */
  dailyVerdict: (word: string, rule: string, perWeek: number) => `${word}。${rule}，是每天的要求；你说的是每周${perWeek}次，还差${5 - perWeek}个上课日（按每周5个上课日算，是本助手的理解）。`,
  /** 「每个学生8块钱够吗」 */
  perHeadVerdict: (enough: boolean, given: number, need: number, rule: string, below = false) =>
    below
      ? `不够。${rule}；你说的是生均低于${given}元，达不到。`
      : `${enough ? '够' : '不够'}。${rule}；你说的是生均${given}元${enough ? '' : `，每个学生还差${Math.round((need - given) * 100) / 100}元`}。`,
  /** 「咨询记录可以随便给班主任看吗」: records kept secret by the evidence list (the project's own list). */
  keptSecret: (evidence: string) => `辅导记录要保密（本助手的材料清单写明“${evidence}”；原文要求完善过程性资料）`,
  /** 「每生每学期5元」: a semester's money per student, two semesters a year. */
  perHeadTerm: (term: number, year: number) => `（每学期${term}元，一年两个学期共${year}元。）`,
  /** 「900个学生」 beside 生均8元: the whole year's budget against the rule's. */
  perHeadTotal: (students: number, need: number, given: number) =>
    `全校${students}人一年应不少于${need}元，按生均算是${given}元${given >= need ? '，够了' : `，还差${Math.round((need - given) * 100) / 100}元`}。`,
  /** 「按比例能拿几分」: the engine's score for the asker's figure. */
  score: (label: string, score: number, max: number, partial: boolean, deducted = false) =>
    deducted
      ? `扣${Math.round((max - score) * 100) / 100}分：${label}得${score}分（满分${max}分${partial ? '，按比例、向下取到0.5分' : ''}）`
      : `${label}得${score}分（满分${max}分${partial ? '，按比例、向下取到0.5分' : ''}）`,
  /** 「家长课堂开了2次，家长会只开了1次，能拿满分吗」: one line per requirement given a figure. */
  eachVerdict: (word: string, lines: readonly { r: { text: string }; given: number; need: number; unit: string; met: boolean; score: number; said?: string }[], scored: boolean, total: string) =>
    `${word}。${lines.map((l) => `${l.r.text}，${l.said !== undefined ? `你说的${l.said === '已做到' || l.said === '没做到' ? '' : '是'}${l.said}${l.met ? (l.said === '已做到' ? '' : '，达到了') : l.said === '没做到' ? '' : '，没达到'}` : `你说的${l.given}${l.unit}${l.met ? '达到了' : `还差${Math.round((l.need - l.given) * 100) / 100}${l.unit}`}`}${scored ? `，得${l.score}分` : ''}`).join('；')}${total}。`,
  eachTotal: (sum: number, max: number) => `；共得${sum}分（满分${max}分）`,
  eachScore: (sum: number, max: number) => `共得${sum}分（满分${max}分）`,
  /** 「应配专职2人，实际只有1人，扣几分」 */
  toldScore: (rule: string, need: string, given: string, score: number, max: number, partial: boolean, deduct: boolean) =>
    `${deduct ? `扣${Math.round((max - score) * 100) / 100}分，得${score}分` : `得${score}分，扣${Math.round((max - score) * 100) / 100}分`}（满分${max}分）：${rule}；应${need}、实际${given}${partial ? '，按比例给分、向下取到0.5分' : '，未达到不得分'}。`,
  /** 「3个留守儿童 2个单亲家庭的 成长导师要配几个」 */
  perStudentTotal: (total: number, students: readonly number[], rule: string) =>
    `${total}名：${rule}；你说的${students.length > 1 ? `${students.join(' + ')} = ` : ''}${students.reduce((a, b) => a + b, 0)}名学生，共${total}名。`,
  /** 「要不要…」 when the figure is 0. */
  notNeeded: '不需要。',
  /** 「24个班，其中一到三年级6个」 */
  lowerGrades: (classes: number, lower: number) => `${classes}个班，除去一到三年级${lower}个：`,
  noCommitteeOwed: (lower: number, lead = '不用配') => `${lead}。学生心理委员自小学四年级起配备，你说的${lower}个班都是一到三年级，按原文是0名（到四年级再按每班不少于2名配）。`,
  /** 「12个班要几个心理委员」 without grades: the figure, and the asking back. */
  gradesAsk: '一到三年级的班不算；如果其中有一到三年级的班，告诉我四年级及以上有几个班。',
  /** 「每个年级3个班，一共6个年级，心理委员配18个够不够」: enough for a primary school, not for a middle school. */
  gradesHedge: (given: number, primary: number, all: number, unit: string) =>
    `要看年级。如果是小学一到六年级，一到三年级的班不算，要${primary}${unit}，你说的${given}${unit}够；如果都是四年级及以上的班，要${all}${unit}，还差${all - given}${unit}`,
  /** 「小学部有18个班」: classes whose grades are not said. */
  unsureGrades: (n: number) => `另有${n}个班没说年级，没有算进去：其中四年级及以上的班每班也要2名，告诉我有几个。`,
  /** 「小学排倒数第四会不会被取消评优」 */
  rankVerdict: (loses: boolean, n: number, places: string, vocational: boolean, word = '会', of = '') =>
    `${word === '在内' ? (loses ? '在' : '不在') : word === '能' || word === '在' ? (loses ? `不${word}` : word) : word === '有' ? (loses ? '没有' : '有') : loses ? word : `不${word}`}。${vocational ? '职业学校排名末位' : `各学段排名${places}`}的学校取消下一学年省市县各级心理健康类评优评先资格；${of}倒数第${n}${loses ? '在此之列' : '不在此列'}。`,
  /** 「我们学校排名倒数第一，扣几分」 */
  rankNoPoints: '排名本身不扣分，看的是评优评先资格：',
  /** 「哪几项分最多」: the items by their points, highest (or lowest) first. */
  pointsRanked: (least: boolean, groups: readonly { points: number; items: readonly string[] }[], provisional: boolean, derived: boolean) =>
    `分值${least ? '最低' : '最高'}的几条：${groups.map((g) => `${g.points}分：${g.items.join('、')}`).join('；')}。${provisional ? '（多数分值是暂定的。）' : ''}${derived ? '第1条按第二至七项的得分率折算（本助手的读法），不单独准备材料。' : ''}`,
  /** 「今年上学期排倒数第三，下学期还没考，会不会被取消评优」: one semester's place decides nothing yet. */
  rankSemesterOnly: (n: number, places: string, vocational: boolean) =>
    `还说不准。取消评优看的是年度最终考核得分（两学期考核总分）的排名：${vocational ? '职业学校排名末位' : `各学段排名${places}`}的学校取消下一学年省市县各级心理健康类评优评先资格。你说的倒数第${n}只是一个学期的，要等两学期总分排出来。`,
  /** 「考核排第3，会被取消评优吗」: a place from the top, no count of schools told — asked back, never guessed. */
  rankNeedsTotal: (n: number, places: string) =>
    `要看你们学段一共几所学校：各学段排名${places}（职业学校排名末位）的学校取消下一学年省市县各级心理健康类评优评先资格。你们排第${n}，请告诉我这一学段一共几所学校，例如“小学一共12所，我们排第${n}”。`,
  /** 「上学期85分下学期90分，年度得分多少」 */
  /** 「上学期78分，年度想到170分，下学期至少得考多少」 */
  semesterNeeded: (first: number, target: number, need: number, max: number) =>
    need <= 0
      ? `上学期${first}分已经达到年度${target}分：两学期考核总分即为年度最终考核得分。`
      : need > max
        ? `做不到：下学期要${need}分（${target} − ${first}），而一学期满分${max}分。两学期考核总分即为年度最终考核得分。`
        : `下学期至少${need}分（${target} − ${first} = ${need}）：两学期考核总分即为年度最终考核得分。`,
  /** 「下学期86分（176 − 90）」: the year told, and one semester. */
  otherSemester: (which: string, rest: number, total: number, knownWhich: string, known: number) =>
    `${which}学期${rest}分（年度${total} − ${knownWhich}学期${known}）：两学期考核总分即为年度最终考核得分。`,
  /** 「学生从900涨到1100，经费要从多少涨到多少」 */
  /** 「5000元，学生多少人以内」: the students a year's money covers. */
  budgetCovers: (yuan: number, students: number, rule: string, semester: number | null) =>
    `${students}人以内。${rule}：${semester === null ? '' : `每学期${semester}元，一学年${yuan}元，`}${yuan}元 ÷ 10元 = ${students}人（按一学年算）。`,
  fundingChange: (from: number, fromYuan: number, to: number, toYuan: number, rule: string) =>
    `${from}名学生一年至少${fromYuan}元，${to}名学生一年至少${toYuan}元（${toYuan >= fromYuan ? '多' : '少'}${Math.abs(toYuan - fromYuan)}元）。依据：${rule}。`,
  /** 「最低的三个是160、163、168，我们171」: where the year stands against the three lowest of the others. */
  lowestThree: (ours: number, others: readonly number[], below: number) =>
    below >= 3
      ? `其他学校最低的${others.join('、')}都比你们的${ours}分低，你们不在后三位。`
      : `其他学校最低的三个里有${3 - below}个不比你们的${ours}分低，你们在后三位之内，按原文取消下一学年心理健康类评优评先资格。`,
  /** The year equal to one of the three lowest: a tie the text does not rank. */
  tiedLowest: (ours: number) => `${ours}分与其他学校并列，原文没有直接规定并列时的排名。`,
  /** 「学生自杀在考核里扣多少分」 */
  vetoNotPoints: '不是扣分，是一票否决：因心理健康问题导致学生非正常死亡的，年度考核判定为不合格并严肃问责（其他原因的死亡、自杀未遂不在其内）。',
  /** 「学生自杀未遂扣分吗」 */
  attemptNotPoints: '原文没有直接规定自杀未遂要扣分；一票否决只针对因心理健康问题导致的学生非正常死亡事件，自杀未遂不在其内。',
  /** 「学校没做心理测评，是不是一票否决」: the veto asked of something that is no student's death. */
  vetoOnlyDeath: (word: string) => `${word}。一票否决只针对“学校因心理健康问题产生学生非正常死亡事件”，你说的情况不在此列；没做的工作按对应条款扣分（发“某某没做扣几分”可查）。`,
  /** 「第二学期一票否决了，年度怎么算」 */
  vetoedYear: '年度考核判定为不合格：一票否决不看两学期分数（按原文“予以一票否决，年度考核判定为不合格”理解）。条文：“学校若存在因心理健康问题产生学生非正常死亡事件，予以一票否决，年度考核判定为不合格并严肃问责”',
  annualScore: (a: number, b: number) => `年度得分${a + b}分（${a} + ${b}）：两学期考核总分即为年度最终考核得分。`,
  /** 「谁的年度得分高」: two years, each two semesters added. */
  twoYears: ([a, b]: readonly [number, number], [c, d]: readonly [number, number]) =>
    a + b === c + d
      ? `一样高：你们${a} + ${b} = ${a + b}分，对方${c} + ${d} = ${c + d}分。两学期考核总分即为年度最终考核得分。`
      : `${a + b > c + d ? '你们高' : '对方高'}${Math.round(Math.abs(a + b - c - d) * 100) / 100}分：你们${a} + ${b} = ${a + b}分，对方${c} + ${d} = ${c + d}分。两学期考核总分即为年度最终考核得分。`,
  /** 「年度得分最高能到多少」 */
  annualMax: (semester: number) => `${semester * 2}分：每学期满分${semester}分，两学期考核总分即为年度最终考核得分。`,
  /** 「年度最终得分是平均85吗」 */
  notMean: (no: string, mean: number) =>
    `${no}，是两学期相加，不取平均：两学期平均${mean}分，年度得分是${Math.round(mean * 200) / 100}分（${mean} × 2）。两学期考核总分即为年度最终考核得分。`,
  /** 「学生自杀算不算一票否决」: before the veto sentence. */
  vetoApplies: '因心理健康问题导致学生非正常死亡的，一票否决，年度考核不合格。原文：',
  /** 「考核对象包括民办学校吗」 */
  targetOnly: (targets: string, others: string) => `不是。考核对象：${targets.replace(/。$/, '')}，${others}也在内。`,
  targetIn: (kind: string, targets: string, verb = '包括') => `${verb}。考核对象：${targets.replace(/。$/, '')}，${kind}在内。`,
  targetOut: (kind: string, targets: string, verb = '包括') => `不${verb}。考核对象：${targets.replace(/。$/, '')}，没有写${kind}。`,
  /** 「出车祸去世，也会一票否决吗」 */
  /** 「被一票否决了还能评优吗」: the text ties the year's score to honours; that a veto so loses them is the reading. */
  vetoHonours: (tie: string) => `；年度考核结果${tie}（一票否决即年度考核不合格，由此不能评优评先，是本助手的理解）`,
  vetoOther: '一票否决只针对因心理健康问题导致的学生非正常死亡。原文：',
  /** 「学生自杀未遂…也会一票否决吗」: no death, which is all the veto names. */
  vetoAttempt: (word: string) => `${word ? `${word}。` : ''}原文的一票否决只针对学生非正常死亡事件，没有造成死亡的（如自杀未遂）不在其内：`,
  /** 「学期1月20日结束，什么时候考核」 */
  assessmentDay: (end: string, day: string, before: number) =>
    `${day}前后：考核在学期结束前${before}天进行，学期${end}结束，往前${before}天是${day}。`,
  /** 「考核是12月20号，那学期什么时候结束」: the end from the assessment's day. */
  endFromAssessment: (day: string, end: string, before: number) =>
    `${end}前后：考核在学期结束前${before}天进行，考核${day}，往后${before}天是${end}（按原文推算，实际以校历为准）。`,
  /** 「离学期结束还有4周，考核是不是已经过了」: the days told against the span before the end. */
  daysLeft: (lead: string, said: string, days: number, before: number) =>
    days > before ? `${lead}还没到：考核在学期结束前${before}天进行，离学期结束还有${said}（${days}天），大约${days - before}天后到考核的时候。`
    : days === before ? `${lead}就是这几天：考核在学期结束前${before}天进行，离学期结束正好${days}天。`
    : `${lead}按原文，考核在学期结束前${before}天进行；离学期结束只有${said}，考核的时间已过了约${before - days}天，具体以县里通知为准。`,
  /** 「二到七项68分，第一项能算几分」 */
  /** After 第1条's formula: the text says only 综合评定. */
  derivedReading: '（原文只写“根据二至七项落实情况综合评定打分”，折算公式是本助手的理解）',
  /** 「上学期开了3次，下学期只开了1次，算达标吧」: each semester on its own. */
  eachSemester: (word: string, rule: string, said: readonly { name: string; given: number }[], need: number, unit: string) =>
    `${word}。${rule}，每个学期分别算：${said.map((x) => `${x.name}学期${x.given}${unit}${x.given >= need ? '，达到了' : `，还差${need - x.given}${unit}`}`).join('；')}。`,
  /** 「初一每周1节，初二两周1节，初三没排，哪个年级不达标」: each grade on its own. */
  eachGrade: (lead: string, rule: string, parts: readonly { label: string; said: string; enough: boolean }[]) =>
    `${lead}。${rule}，每个年级分别看：${parts.map((x) => `${x.label}${x.said}，${x.enough ? '达到了' : '不达标'}`).join('；')}。`,
  /** 「责任督学这学期没来，能不能下学期来两次补上」 */
  noMakeUp: (word: string, rule: string) => `${word}。${rule}，每个学期都要做到；这学期没做到的，下学期多做也补不回这学期。`,
  /** 「不符合。条文要求有…或取得…，你说的情况不满足。」 */
  /** 「不是。条文写的是同学、班主任、任课教师或家人，不限于班主任。」 */
  oneOf: (named: string, choices: readonly string[]) => `不是。条文写的是${choices.slice(0, -1).join('、')}或${choices.at(-1) ?? ''}，不限于${named}。`,
  /** 「不算。你说「家长那边还没通知」，条文要求：…」: something told not done that the clause requires. */
  /** 「心理测评去年秋季做过了，今年春季还要做吗」: a rule per school year, the terms told. */
  schoolYear: (kind: 'same' | 'new', rule: string) =>
    kind === 'same' ? `不需要。原文要求${rule.replace(/。$/, '')}；秋季学期和第二年春季学期是同一学年，这一学年已经做过，新学年开学后再做。`
    : `需要。原文要求${rule.replace(/。$/, '')}；春季学期做过后，秋季开学是新的学年，要再做。`,
  /** 「心理课可以两周连上两节然后停两周吗」: a pause as long as the rule's span. */
  pauseSpan: (word: string, rule: string, weeks: number) => `${word}（按每个时段都要做到理解）。原文要求${rule.replace(/。$/, '')}，停的${weeks}周里一次也没有，这一段就达不到。`,
  halted: (word: string, rule: string) => `${word}。原文要求${rule.replace(/。$/, '')}，停了就达不到。`,
  lacking: (word: string, told: string) => `${word}。你说「${told}」，这一点条文有要求。`,
  qualifyNo: (word: string, unmet: readonly string[]) => `${word}。条文要求${unmet.join('，并')}，你说的情况不满足。`,
  /** 「可以，但还要经过岗前培训。」 / 「符合。你说的情况满足条文要求。」 */
  qualifyYes: (word: string, open: readonly string[]) => (open.length > 0 ? `${word}，但还要${open.join('、')}。` : `${word}。你说的情况满足条文要求。`),
  /** 「不能直接，还要取得相关资格证书、经过岗前培训。」 */
  qualifyNotDirect: (word: string, open: readonly string[]) => `${word}直接，还要${open.join('、')}。`,
  /** 「可以，条文写明可由具有心理学等相关专业本科学历的其他教师转任。」 */
  qualifyRoute: (word: string, says: string) => `${word}，条文写明可${says}。`,
  /** 「专职心理老师要有教师资格证吗」: one of a group any one of which will do. */
  eitherOne: (names: readonly string[]) => `不一定。${names.join('或')}，有其一即可。`,
  qualifyReading: (reading: string) => `（${reading}是本助手的理解）`,
  derivedScore: (score: number, max: number, areas: string, earned: number, possible: number) =>
    `得${score}分（满分${max}分）：按${areas}项得分率折算，${max} × ${earned} ÷ ${possible} ${(max * earned) % possible === 0 ? '=' : '≈'} ${Math.round((max * earned * 100) / possible) / 100}，四舍五入到0.5分（原文只写“综合评定”，折算是本助手的理解）。`,
  /** 「…得了72分，满分90」: the full mark told is not the items'. */
  derivedFullCorrected: (areas: string, possible: number, told: number) => `注意：第${areas}项满分合计${possible}分，不是${told}分。`,
  /** 「考核是不是一年才搞一次」 */
  twiceAYear: '一年两次，',
  /** 「职校也是排后三名就取消吗」 */
  vocationalLast: (places: string) => `不是。${places}是各学段的；职业学校是排名末位才取消。`,
  /** 「家长课堂和家长会是不是一个东西」: two things the clause names apart. */
  notOne: '不是，是分开规定的两项：',
  heldEvery: (lead: string, period: string, words: string, when: string) => `${lead}每${period}考核一次：${words}${when ? `，${when}` : ''}。`,
  /** 「考核满分多少」 */
  /** 「考核要准备哪些材料」 */
  evidenceOverview: (items: number) => `考核按${items}条逐条看材料，每条要准备的不一样。发“第12条要准备什么”看某一条的清单；已绑定学校的，发“资料”看本校全部清单并逐条上传。`,
  fullMarks: (total: number, items: number) => `满分${total}分，是${items}条的分值之和（部分分值为暂定）。`,
  /** 「没有辅导室扣几分」; `earned`: 「…这一小项能得几分」 (what it earns, 0分, leads). */
  missingCost: (what: string, points: number, no: number, itemPoints: number, earned = false) =>
    `${earned ? `这一小项得0分（扣${points}分）` : `扣${points}分`}：第${no}条满分${itemPoints}分，其中“${what}”占${points}分，没有就不得这${points}分。`,
  /** 谢谢 / 好的. */
  thanks: '不客气！还有考核办法的问题随时问我。',
  /** 「危机干预归在哪个方面」: the part of 考核内容 that names it. */
  areaOf: (no: number, head: string, body: string) => `属于第${no}方面“${head}”：${body}。`,
  /** Venting that asks nothing (烦死了, 忙成狗). */
  venting: '辛苦了！考核办法的问题随时问我，比如“心理课多久上一次”“辅导室每周开放多久”。',
  /** 早上好 / 你好呀. */
  greeting: '你好！考核办法的问题直接问我，比如“心理课多久上一次”；发“帮助”看我能做什么。',
  farewell: '好的，再见！有考核办法的问题随时问我。',
  /** 「心理援助热线是多少」: the number asked for; the county's own lines follow it. */
  hotline: '全国心理援助热线：12356（随时可以打）。此刻有危险，请马上打 110 或 120。',
  /** In scope, but the clause is silent on what is asked (辅导室的面积). */
  notInText: (what: string, name: string, quote: string, no: number | null) =>
    `原文没有直接规定${what}。最相关的是${name}${quote ? `：“${quote}”` : ''}。${no === null ? '' : `发“原文 ${no}”看全文。`}`,
  /** More questions in one message than are answered. */
  /** Pieces of a message with several questions that no clause answers. */
  unanswered: (n: number) => `（另有${n}个问题考核办法里没有写到，没有回答。）`,
  leftOver: (max: number, n: number) => `（一次最多答${max}个问题，还有${n}个没答，请再发一次。）`,
  /** A message longer than the read limit. */
  truncated: (limit: number) => `（消息较长，只读了前${limit}字左右；其余的请分开发。）`,
  semesterCounts: (lines: readonly string[]) => `每学期的次数要求：${lines.join('；')}。`,
} as const;

/** What each calculator's figure is, in users' words. */
export const CALC_LABEL: Record<string, string> = {
  fulltimeTeachers: '专职心理健康教育教师',
  parttimeTeachers: '兼职心理健康教育教师',
  committeeMembers: '学生心理委员',
  fundingYuan: '全年心理健康教育经费',
  safetyPosts: '配心理健康安全员的后勤岗位',
  counsellingHours: '辅导室每周开放',
};
