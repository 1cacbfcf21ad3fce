import { describe, expect, it } from 'vitest';
import { inputClassification as cp } from '../../checkpoints/cp01-input-classification.js';
import { checkpointInput, failedIngest, ingested, only, statuses, story, turn } from './fixtures.js';

describe('CP1 input classification', () => {
  it('passes when the reported class names the annotated one, synonyms and case included', () => {
    const t1 = turn(1, { inputClass: 'statement' });
    const t2 = turn(2, { generalKnowledgeTrap: true });
    const findings = cp.evaluate(
      checkpointInput(story([t1, t2]), { turns: [ingested(t1, { inputClass: 'Personal Statement' }), ingested(t2, { inputClass: 'GK' })] }),
    );
    expect(statuses(findings)).toEqual(['pass', 'pass']);
    expect(findings.map((f) => f.batch)).toEqual([1, 2]);
  });

  it('fails on another class, and says which', () => {
    const t = turn(1, { inputClass: 'update' });
    const finding = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { inputClass: 'statement' })] })));
    expect(finding.status).toBe('fail');
    expect(finding.reason).toContain('expected update');
    expect(finding.reason).toContain('"statement"');
  });

  it('fails on an unknown label and on an ingest error', () => {
    const t1 = turn(1, { inputClass: 'noise' });
    const t2 = turn(2, { inputClass: 'statement' });
    const findings = cp.evaluate(
      checkpointInput(story([t1, t2]), { turns: [ingested(t1, { inputClass: 'banter?' }), failedIngest(t2, 'timeout after 5000 ms')] }),
    );
    expect(statuses(findings)).toEqual(['fail', 'fail']);
    expect(findings[0].reason).toContain('not a known class');
    expect(findings[1].reason).toContain('timeout after 5000 ms');
  });

  it('is not reported when the adapter gives no class', () => {
    const t = turn(1, { inputClass: 'question' });
    const finding = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { facts: [] })] })));
    expect(finding.status).toBe('not-reported');
    expect(finding.reason).toContain('inputClass');
  });

  it('is not applicable when no batch carries a class', () => {
    const t = turn(1);
    const finding = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { inputClass: 'statement' })] })));
    expect(finding).toMatchObject({ status: 'not-applicable', item: 'story' });
  });
});
