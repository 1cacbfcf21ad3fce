import { describe, expect, it } from 'vitest';
import { factExtraction as cp } from '../../checkpoints/cp02-fact-extraction.js';
import { checkpointInput, failedIngest, ingested, only, statuses, story, turn } from './fixtures.js';

describe('CP2 fact extraction & storage', () => {
  it('passes per value found in the dump, case and whitespace folded', () => {
    const t = turn(1, { expectedStores: ['Lake Tahoe', 'Google'] });
    const findings = cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t)], dump: 'trip to LAKE\n  tahoe; interview at google' }));
    expect(statuses(findings)).toEqual(['pass', 'pass']);
    expect(findings.map((f) => f.item)).toEqual(['batch 1: "Lake Tahoe"', 'batch 1: "Google"']);
  });

  it('falls back to the union of reported facts when there is no dump', () => {
    const t1 = turn(1, { expectedStores: ['David Chen'] });
    const t2 = turn(2, { expectedStores: ['Wednesday'] });
    const turns = [ingested(t1, { facts: [] }), ingested(t2, { facts: [{ text: 'Interview Wednesday with David Chen' }] })];
    expect(statuses(cp.evaluate(checkpointInput(story([t1, t2]), { turns })))).toEqual(['pass', 'pass']);
  });

  it('fails a value missing from the stored state, with the ingest error when there was one', () => {
    const t1 = turn(1, { expectedStores: ['Google', 'Wednesday'] });
    const t2 = turn(2, { expectedStores: ['Austin'] });
    const findings = cp.evaluate(checkpointInput(story([t1, t2]), { turns: [ingested(t1), failedIngest(t2, 'boom')], dump: 'Google' }));
    expect(statuses(findings)).toEqual(['pass', 'fail', 'fail']);
    expect(findings[1].reason).toContain('"Wednesday"');
    expect(findings[2].reason).toContain('boom');
  });

  it('does not fail a value a later update superseded when the dump dropped it', () => {
    const t1 = turn(1, { expectedStores: ['Friday'] });
    const t2 = turn(2, { expectedStores: ['Saturday'], updates: [{ from: 'Friday', to: 'Saturday' }] });
    const findings = cp.evaluate(checkpointInput(story([t1, t2]), { turns: [ingested(t1), ingested(t2)], dump: 'moving Saturday' }));
    expect(statuses(findings)).toEqual(['not-applicable', 'pass']);
    expect(findings[0].reason).toContain('superseded by batch 2');
  });

  it('is not reported without a dump or any reported facts', () => {
    const t = turn(1, { expectedStores: ['Google'] });
    const finding = only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t, { inputClass: 'statement' })] })));
    expect(finding.status).toBe('not-reported');
    expect(finding.reason).toContain('dump()');
  });

  it('is not applicable when no batch expects a stored value', () => {
    const t = turn(1);
    expect(only(cp.evaluate(checkpointInput(story([t]), { turns: [ingested(t)], dump: 'x' }))).status).toBe('not-applicable');
  });
});
