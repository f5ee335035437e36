/**
 * Round 18 of issue 10: what someone else asked, told before the asker's own question, is the
 * situation; the document's own name around a section's title; … Over the real rubric, tables and jieba.
 */
import { describe, expect, it } from 'vitest';
import { useRealQa } from './helpers/qa.ts';

const qa = useRealQa();
const ask = (q: string) => qa.ask(q);

describe('the question asked, among what is told', () => {
  it('「检查组问我们依据是哪些文件，我答不上来。这个考核办法是根据哪些文件制定的？」 → 一(二) alone', () => {
    const a = ask('县里检查组上次来，问我们落实心理健康工作的依据是哪些文件，我一时答不上来，很尴尬。这个考核办法是根据哪些文件制定的？');
    expect(a.citations[0]?.id).toBe('section-basis');
    expect(a.answer).toContain('润心');
    expect(a.answer).not.toContain('二至七项');
  });

  it('…but a later question that names nothing asks what was reported (到底测哪些年级)', () => {
    const a = ask('我在一所九年一贯制学校当心理老师，上面问我们心理测评要覆盖哪些年级。我们一到九年级都有，一年级小朋友字都认不全。到底测哪些年级？');
    expect(a.citations[0]?.id).toBe('item-17');
    expect(a.answer).toContain('四年级');
  });

  it('「心理课多久上一次，我答不上来」: the asker’s own state after the question asks nothing', () => {
    const a = ask('心理课多久上一次，我答不上来');
    expect(a.inScope).toBe(true);
    expect(a.citations[0]?.id).toBe('item-12');
  });

  it('考核办法提出的基本原则有哪几条 → the four principles (the document’s name narrows nothing)', () => {
    const a = ask('考核办法提出的基本原则有哪几条？');
    expect(a.citations[0]?.id).toBe('section-principles');
    expect(a.answer).toContain('以人为本');
  });
});
