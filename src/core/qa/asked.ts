/**
 * What a question asks of the asker's own figures, in stage 5 of the Q&A pipeline (apply): whether it is
 * enough (够不够), what follows (会扣分吗), the score (能拿几分), the surplus (多出几个小时), more needed. Pure.
 */

/** 「按比例能拿几分」「扣多少」: a question for the score itself (not 会扣分吗); with the item's points named (经费这4分能得多少) too. */
// (「开放时长那项是不是就0分了」「这2分能拿满吗」: no score at all, or full marks, put for confirming, asks the score too.)
export const SCORE_ASKED = /几分|多少分|(?:拿|得|扣|给)多少|怎么(?:算|给|扣)分|(?:是不是|会不会|就|得)[^，,。？?]{0,4}(?:0|零)分|一分(?:都|也)(?:没|不)|(?:能|可以|可不可以)[^，,。？?]{0,4}满分|拿满|得满|有没有满分/;
export const asksScore = (q: string, intents: readonly string[]) => (intents.includes('points') || /\d\s*分(?!钟)/.test(q)) && SCORE_ASKED.test(q);

/** 「下学期还必须再做一次吗」: whether more is needed, answered 需要 / 不需要. */
export const MORE_NEEDED = /还(?:必须|要|得|需要?)再[^？?，,。]*(?:吗|么|不)[？?]?\s*$/;

/** A yes/no about enough: 够不够, 行不行, 达标吗, 可以吧. */
// (「有3个…多了还是少了」: too many or too few asks whether it is enough.)
export const ENOUGH = /够|多了还是少了|少了还是多了|多还是少|少还是多|合规|超(?:过|出)?(?:了)?(?:要求|标准)|(?:能|可以)?达到[^，,。？?]{0,4}要求|缺不缺|能过[不吗么]|过得了|过不过|卡在线上|踩线|还(?:必须|要|得|需要?)再|缺人|差不差|还差[吗么嘛]|还缺[吗么嘛]|(?:没|未|不)达到|达不到|达到了?(?:吗|么|没有?)|还?(?:差|缺)(?:点|了)?(?:什么|啥|哪些?|哪个|哪项|哪一项)|还差几|还差多少|还差多久|还差多长|差多少|差多久|差几|少几|缺几|差了多少|还[得要需]再?(?:开|上|搞|办|做|组织)几|(?:还|再)(?:得|要|需要?)?再?(?:加|增加|补|多开|多上)(?:多少|几)|行不行|行吗|中不中|中吗|成不成|成吗|行不[？?]?$|可以吗|可以吧|可以不|可不可以|达标|合格|符合|满足要求|满足吗|满不满足|算达到|配齐|配足|算齐|齐了[吗么没]|齐不齐|配全|够数|没问题吧|标准|过关|卡线|及格|够格|没关系吧/;
/** 「比要求多出几个小时」「预算1.8万，多出多少」: what is over the requirement, asked of the figure told. */
export const SURPLUS = /多出|超出(?!了?(?:要求|标准))|超过(?:了)?(?:要求|标准|规定)?(?:多少|几)|多了(?:多少|几)|富余|超了(?:多少|几)|多多少|剩多少|比(?:要求|标准|规定)多/;

/** Asking what the asker's figure leads to: 会扣分吗, 会怎样, 有影响吗. */
export const JUDGE = /扣分|扣不扣|会怎样|会怎么样|有影响|有没有影响|有问题吗|要紧吗|会不会扣/;
