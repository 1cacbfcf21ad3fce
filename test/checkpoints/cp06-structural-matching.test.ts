import { describe, expect, it } from 'vitest';
import { structuralMatching as cp, TOP_K } from '../../checkpoints/cp06-structural-matching.js';
import { asked, checkpointInput, only, question, story, turn } from './fixtures.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `filler ${i}` }));

describe('CP6 structural matching', () => {
  const q = question('s1_q1', ['Kralingen', 'Taalhuis Noord'], { answerBatches: [2, 10] });
  const s = story([turn(1)], [q]);
  const judge = (candidates: Array<{ text: string }> | undefined, forQuestion = q, inStory = s) =>
    only(
      cp.evaluate(
        checkpointInput(inStory, {
          questions: [asked(forQuestion, { diagnostics: candidates ? { candidates } : { queryClass: 'situation' } })],
        }),
      ),
    );

  it('looks at the top 5 candidates', () => {
    expect(TOP_K).toBe(5);
  });

  it('passes when the top 5 candidates hold every expected keyword, even split over two facts', () => {
    const finding = judge([{ text: 'flat in Kralingen' }, ...filler(2), { text: 'school: taalhuis  noord' }, ...filler(5)]);
    expect(finding).toMatchObject({ checkpoint: 'CP6', item: 'question s1_q1', questionId: 's1_q1', status: 'pass' });
    expect(finding.reason).toBe('every expected keyword is in the top 5 of 9 candidates');
  });

  it('a keyword at rank 5 is in the top 5; at rank 6 it is not', () => {
    expect(judge([{ text: 'Kralingen' }, ...filler(3), { text: 'Taalhuis Noord' }, ...filler(3)]).status).toBe('pass');
    const finding = judge([{ text: 'Kralingen' }, ...filler(4), { text: 'Taalhuis Noord' }]);
    expect(finding.status).toBe('fail');
    expect(finding.reason).toBe('answer (told in batches 2, 10) not in the top 5 candidates: "Taalhuis Noord" only at rank 6');
  });

  it('fails when a keyword ranks far below the top 5, saying where each one was', () => {
    const finding = judge([...filler(6), { text: 'flat in Kralingen' }, { text: 'Taalhuis Noord' }]);
    expect(finding.status).toBe('fail');
    expect(finding.reason).toBe(
      'answer (told in batches 2, 10) not in the top 5 candidates: "Kralingen" only at rank 7; "Taalhuis Noord" only at rank 8',
    );
  });

  it('says when a keyword is in none of the candidates, or not in the only one', () => {
    const one = question('s1_q2', ['Kralingen'], { answerBatches: [3] });
    const oneStory = story([turn(1)], [one]);
    expect(judge([{ text: 'nothing here' }], one, oneStory).reason).toBe(
      'answer (told in batch 3) not in the top 5 candidates: "Kralingen" not in the only candidate',
    );
    expect(judge([{ text: 'a' }, { text: 'b' }], one, oneStory).reason).toBe(
      'answer (told in batch 3) not in the top 5 candidates: "Kralingen" in none of the 2 candidates',
    );
    const untold = question('s1_q3', ['Kralingen']);
    expect(judge([{ text: 'a' }], untold, story([turn(1)], [untold])).reason).toBe(
      'answer not in the top 5 candidates: "Kralingen" not in the only candidate',
    );
  });

  it('fails on an empty candidate list', () => {
    const finding = judge([]);
    expect(finding.status).toBe('fail');
    expect(finding.reason).toBe('the adapter returned no candidates; the answer (told in batches 2, 10) was not retrieved');
  });

  it('fails with the cause when the question was never asked', () => {
    const finding = only(cp.evaluate(checkpointInput(s, { questions: [] })));
    expect(finding.status).toBe('fail');
    expect(finding.reason).toContain('question s1_q1 was never asked');
  });

  it('is not reported without candidates', () => {
    const finding = judge(undefined);
    expect(finding.status).toBe('not-reported');
    expect(finding.reason).toContain('QueryResult.candidates');
  });

  it('judges only the questions with keywords, and is not applicable when none has any', () => {
    const bare = question('s1_q1', []);
    const notApplicable = only(
      cp.evaluate(checkpointInput(story([turn(1)], [bare]), { questions: [asked(bare, { diagnostics: { candidates: [] } })] })),
    );
    expect(notApplicable).toMatchObject({ item: 'story', status: 'not-applicable', reason: 'no graded question has expected keywords' });
    const mixed = story([turn(1)], [bare, question('s1_q2', ['Kralingen'])]);
    const findings = cp.evaluate(
      checkpointInput(mixed, {
        questions: [asked(question('s1_q2', ['Kralingen']), { diagnostics: { candidates: [{ text: 'Kralingen' }] } })],
      }),
    );
    expect(findings.map((f) => [f.item, f.status])).toEqual([['question s1_q2', 'pass']]);
  });
});
