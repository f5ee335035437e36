import { describe, expect, it } from 'vitest';
import { citationIds, cnNumber, commonPrefix, contains, fold, hasVerdict, opening } from '../bench/qa-judge.ts';

describe('qa-eval judge', () => {
  it('folds spaces, separators, full-width forms and Chinese numerals before a unit', () => {
    expect(fold('不少于 12,000 元')).toBe('不少于12000元');
    expect(fold('按1∶1000配备；知晓率１００％')).toBe('按1:1000配备；知晓率100%');
    expect(fold('不少于两次，每天十五分钟，二十个班')).toBe('不少于2次，每天15分钟，20个班');
    expect(fold('一票否决')).toBe('一票否决');
    expect(cnNumber('十')).toBe(10);
    expect(cnNumber('二十三')).toBe(23);
  });

  it('finds a wanted string folded or as written (后三 in 后三位, which folds to 后3位)', () => {
    expect(contains('各学段排名后三位的学校', '后三')).toBe(true);
    expect(contains('各学段排名后三位的学校', '后3位')).toBe(true);
    expect(contains('不少于两次', '2次')).toBe(true);
    expect(contains('不少于两次', '3次')).toBe(false);
  });

  it('finds a verdict in the first 15 characters, not a negated one', () => {
    expect(hasVerdict('够。每学期专班会议不少于2次。', ['够'])).toBe(true);
    expect(hasVerdict('不够。每学期专班会议不少于2次。', ['够', '达标'])).toBe(false);
    expect(hasVerdict('不够。每学期专班会议不少于2次。', ['不够'])).toBe(true);
    expect(hasVerdict('答：不达标，还差1名。', ['不达标'])).toBe(true);
    expect(hasVerdict('@王老师 不会。后三位才取消', ['不会'])).toBe(true);
    expect(hasVerdict('每学期对全体教职工的培训至少1次，所以不够', ['不够'])).toBe(false);
  });

  it('strips a leading 答： or @name', () => {
    expect(opening('答： 够')).toBe('够');
    expect(opening('@张三 够了')).toBe('够了');
  });

  it('reads citation ids from ids or objects', () => {
    expect(citationIds({ citations: [{ id: 'item-12' }, 'item-9'] })).toEqual(['item-12', 'item-9']);
    expect(citationIds({})).toEqual([]);
  });

  it('takes the common prefix of two declines', () => {
    expect(commonPrefix('这个我答不了，A', '这个我答不了，B')).toBe('这个我答不了，');
  });
});
