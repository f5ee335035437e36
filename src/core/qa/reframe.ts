/**
 * Rewrites of stage 1 (normalize), after unframed's own: what the asker's words frame or tell, read as
 * the rubric's (考核涉及X吗 → 考核里有没有X, 县里怎么要求的 → 文件里, 电话多少 listed, 那10分折算, 一年级到三年级,
 * 多了200人变成1000人, 原来…现在…). Pure and linear in the text.
 */
export function reframe(q: string): string {
  return q
    // 「考核有没有危机干预这一块」「考核涉及家长课堂吗」: whether the assessment takes in a thing is asked of
    // the thing (考核里有没有X), not of the clause that organizes the assessment (所涉及的内容).
    .replace(/(?<![^，,。？?！!；;\s])((?:这个|县里的?)?考核(?:内容)?)(?:里|中|里面)?(?:涉及|涵盖)([^，,。？?！!\s]{2,12}?)(?:吗|么|没有?)(?=[？?。，,！!\s]|$)/gu, '$1里有没有$2')
    .replace(/(?<![^，,。？?！!；;\s])([^，,。？?！!\s]{2,12}?)(?:这一?块|这一?项|这方面)?[，,\s]*(?:考核|考核内容)(?:里|中)?(?:涉及|涵盖)(?:吗|么|没有?|不)(?=[？?。，,！!\s]|$)/gu, '考核里有没有$1')
    .replace(/(?<![^，,。？?！!；;\s])((?:这个|县里的?)?考核)(?=有没有(?!时间|期限)[^，,。？?！!\s]{2,12}?(?:这一?块|这一?项|这方面|这部分|方面的内容|的内容))/gu, '$1里')
    // 「…还问我每周要开多久。县里到底怎么要求的？」: the county asked how it requires a thing is the rule asked of (文件里), not the clause on the county's organizing.
    .replace(/(?:县里|县上|上面|上级|局里|县教育局|教育局)(?:的)?(?=(?:到底|究竟|具体|又)?(?:是)?(?:怎么|如何|咋|怎样)(?:要求|规定|说)的?[？?。]?\s*$)/u, '文件里')
    // 「…老板说这考核是管公办学校的…我们要参加吗？」: taking part, asked bare after the assessment is told of, is taking part in it.
    // (The kind of school told, 民办, goes with it: of whom it is asked.)
    .replace(/(?<=考核[^]{0,120}?[，,。！!？?\s])((?:那|所以)?(?:我们|我校|咱们|本校)?(?:学校)?(?:到底)?(?:也|还)?(?:要|需要|用不用|得|必须|要不要|需不需要)参加)(?=(?:吗|么|嘛)?[？?]?\s*$)/u, (m, asked: string, _at: number, whole: string) => {
      const kind = /民办|公办|职业学校|职校|中职|职高/.exec(whole)?.[0];
      return `${kind && !asked.includes(kind) ? `${kind}学校` : ''}${asked}考核`;
    })
    // (「上面来检查的时候」: who comes to inspect only says when; it is no 上级部门 of 第1条.)
    .replace(/(?:上面|上级|县里|局里)(?:的人|领导)?(?:来|下来)(?=检查|查|督查|督导|验收)/gu, '')
    // 「辅导室能不能只在上面来检查的时候开」: the room opened (开, 开门) is its opening (开放, 第20条).
    .replace(/(辅导室|咨询室|心理室)([^，,。？?！!]{0,12}?)(?<![放展公召打离分避揭敞拉走解翻张撇])(?:开门|开)(?=(?:吗|么|嘛|呢)?[？?]?\s*$|[，,。])/u, '$1$2开放')
    // 「二到七项合计76.5分，政策落实那10分折算下来多少」: 那10分 names the item by its full marks (no score told); 折算 asks its score.
    .replace(/(?:那|这)\s*[0-9]+(?:\.[0-9]+)?\s*分(?=[^，,。？?！!]{0,3}(?:折算|换算))/gu, '')
    .replace(/(?:折算|换算)(?:下来|过来|成|出来)?(?:是|有|得)?(?=多少|几分)/gu, '能得')
    // 「辅导室在哪求助电话多少这些要告诉家长吗」: 电话多少 listed among what is made known names a phone number, no count (asked at the end, 「教育局电话多少」, it stays).
    .replace(/(电话|号码|热线|手机号?)(?:是)?多少(?:号)?(?!\s*(?:[？?。！!]|$))/gu, '$1')
    // 「年度得分怎么算是两个学期加起来吗」: voice input run on — a claim put for confirming after how it is done asks apart.
    .replace(/(怎么算|怎么来的?|怎么计算|咋算|如何计算|如何算)(?=是[^，,。？?！!]{2,16}[吗么嘛][？?]?\s*$)/u, '$1，')
    // 「…排第10，一共13所小学…如果这学期还是这个分，会不会被取消评优？」: the standing supposed unchanged is the one told.
    .replace(/(?:如果|假如|要是|假设)?(?:这学期|下学期|今年|这次)?(?:还是|也是|仍然是|保持|一直是)(?:这个|这样的?|同样的?)(?:分|分数|成绩|名次|排名|水平)(?:的话)?[，,]?/gu, '')
    // 「一年级到三年级的班」: a range of grades with 年级 said twice is the range 一到三年级.
    .replace(/([一二三四五六七八九1-9])\s*年级\s*(到|至|-|~|—)\s*([一二三四五六七八九1-9])\s*年级/gu, '$1$2$3年级')
    // 「心理课每周上一节 比要求多了吧」: more than the rule, asked for confirming, is whether it is enough (够, with how much).
    .replace(/(?:是不是|是否)?(?:比|超过|超出|多于|高于)了?(?:要求|规定|标准)(?:的)?(?:还)?(?:多|高|多出来)?了?(?:吧|吗|么|嘛|呢)(?=[？?。！!\s]*$)/u, '够吗')
    // 「另外3个老师兼职」: teachers told as doing it part-time are so many 兼职.
    .replace(/([0-9]+|[一二两三四五六七八九十])\s*(?:个|名|位)(?:老师|教师|人)(?:在)?(专职|兼职)(?:做|搞|干|当)?(?:心理)?(?=[，,。；;\s]|$)/gu, '$1个$2')
    // 「今年学生多了200人 变成1000人」: a change told before the new count is no count of the school's.
    .replace(/(?:学生)?(?:多了|增加了|增了|少了|减少了|减了)\s*[0-9]+\s*(?:个|名)?(?:人|学生)?[，,\s]*(?=(?:总数)?(?:变成|变为|增加到|增到|达到|到了|减少到|减到|现在是|现在有|一共|总共))/gu, '')
    // 「心理委员原来每班2个 现在减到1个」: what it was, before what it is now, is no figure of the school's.
    .replace(/(?:原来|原先|本来|以前|之前)[^，,。；;\s]{0,12}?[0-9一二两三四五六七八九十]+\s*(?:个|名|次|节|小时|元|块)[，,\s]*(?=(?:但)?(?:现在|目前|如今))/gu, '')
    // 「安全员可以由门卫兼任吗」: who may hold a post, asked the other way round (门卫可以当安全员吗).
    .replace(/(?<![^，,。？?！!；;\s])([^，,。？?！!\s]{2,10}?)(能不能|可不可以|可以|能否|能)(?:由|让)([^，,。？?！!\s]{2,6}?)(?:来)?(?:兼任|兼着当|兼|担任)(?=(?:吗|么|嘛)?[？?]?\s*$)/u, '$3$2当$1')
    // 「考核在几月份」: the assessment's month asked is its time (学期结束前15天).
    .replace(/(考核|迎检|检查)(?:一般|大概|通常|大约)?(?:在|是|放在|安排在|定在)?(?:几月份?|哪个月)(?!\s*[0-9一二三四五六七八九十几]+\s*[日号])/u, '$1什么时候')
    // 「心理老师一周要上几节课」: a teacher's load asked in 几节课 reads as 多少节课 does (the 课 is named).
    .replace(/((?:老师|教师)(?:每周|一周|每学期|一学期|每天)?(?:最少|至少|最多|要|得)?(?:上|带|教))几节课/u, '$1多少节课')
    // 「这个考核办法是哪天定下来的」: when it was made is when it was issued (2023年11月13日).
    .replace(/(办法|文件)([^，,。？?]{0,4}?)(哪天|哪一天|什么时候|啥时候|何时)(?:定下来|定下|制定|出台|印发|下发|出来)的?/u, '$1$2$3发的')
    // 「学生1800，专兼职心理老师一共要几个」: 专兼职 teachers counted are both kinds (not 第11条's 专兼职 training).
    .replace(/专兼职((?:心理(?:健康)?(?:教育)?)?(?:老师|教师))(?=[^，,。？?！!]{0,6}(?:几个|几名|几位|多少个|多少名|多少位|多少人|一共|总共|合计|加起来|各|分别))/gu, '专职兼职$1')
    // 「我是村小的校长」: a 村小 is a primary school (小学).
    .replace(/村小(?!学)/gu, '村小学')
    // 「考核啥时候搞 结果拿来干嘛用」: a bare 结果 opening a clause after one on the assessment is its result.
    // 「测评要测哪些年级？结果给谁看？」: a bare 结果 after a question on the screening is its result.
    .replace(/((?:测评|筛查)(?!结果)[^。；;]*?[，,？?！!\s]+)结果(?=[^，,。？?！!\s]{0,6}(?:给|告诉|怎么|要不要|能不能|可以|保存|保密|公开|通知|上报|存档|用))/u, '$1测评结果')
    .replace(/((?<![测研评])考核(?!结果)[^。；;]*?[，,？?！!\s]+)结果(?=[^，,。？?！!\s]{0,4}(?:拿来|用来|有什么用|有啥用|干嘛|干什么|干啥|怎么用|咋用|谁定|谁来定|由谁|公布|公开|公示))/u, '$1考核结果');
}
