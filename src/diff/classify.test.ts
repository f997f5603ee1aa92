import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { sampleRun, type SampleOptions } from '../testing/sample-run.ts';
import { compareProfiles } from './classify.ts';
import { buildProfile } from './profile.ts';

const profile = (o: SampleOptions, text = false) => buildProfile('streaming.sample-run', harToTraffic(sampleRun(o), o.seed), { text });
const diff = (a: SampleOptions, b: SampleOptions, text = false) => compareProfiles(profile(a, text), profile(b, text));
const summary = (changes: ReturnType<typeof diff>) => changes.map((c) => `${c.class} ${c.kind} ${c.where}`);

describe('drift classification', () => {
  it('stays quiet on the same behaviour recorded at different times (ids, timestamps, request ids, text, delta counts)', () => {
    expect(diff({ seed: 'monday' }, { seed: 'friday-night' })).toEqual([]);
  });

  it('flags a removed field as breaking, once at its topmost path', () => {
    const changes = diff({ seed: 'a' }, { seed: 'b', plant: { removeRunField: 'usage' } });
    expect(summary(changes)).toEqual(['breaking field-removed thread.run usage']);
  });

  it('flags reordered events as breaking, and the status sequence change with it', () => {
    const changes = diff({ seed: 'a' }, { seed: 'b', plant: { reorderEvents: true } });
    expect(summary(changes)).toContain('breaking events-reordered POST /v1/threads/{thread}/runs#1');
    expect(summary(changes)).toContain('breaking status-occurrence-changed thread.run <run#1>');
    expect(changes.every((c) => c.class === 'breaking')).toBe(true);
  });

  it('flags a changed error message as breaking (ids in the message are normalised)', () => {
    const changes = diff({ seed: 'a' }, { seed: 'b', plant: { errorMessage: 'Run not found.' } });
    expect(summary(changes)).toEqual(['breaking error-changed GET /v1/threads/{thread}/runs/{run}']);
    expect(changes[0]?.message).toMatch(/No run found with id '<run#2>'.*Run not found/);
  });

  it('flags a type change as breaking', () => {
    expect(summary(diff({ seed: 'a' }, { seed: 'b', plant: { tokensAsString: true } }))).toEqual(['breaking type-changed thread.run usage.total_tokens']);
  });

  it('classes a new field as additive and a narrowed type as cosmetic', () => {
    expect(summary(diff({ seed: 'a' }, { seed: 'b', plant: { addRunField: 'truncation_strategy' } }))).toEqual(['additive field-added thread.run truncation_strategy']);
    const old = profile({ seed: 'a' });
    old.fields['thread.run']!['usage.total_tokens'] = ['null', 'number'];
    expect(summary(compareProfiles(old, profile({ seed: 'b' })))).toEqual(['cosmetic type-narrowed thread.run usage.total_tokens']);
  });

  it('classes a different number of polls as cosmetic', () => {
    expect(summary(diff({ seed: 'a', polls: 1 }, { seed: 'b', polls: 4 }))).toEqual([
      'cosmetic repeat-count-changed GET /v1/threads/{thread}/runs/{run}',
      'cosmetic repeat-count-changed thread.run <run#1>',
    ]);
  });

  it('compares generated text only when asked (cosmetic value change)', () => {
    expect(diff({ seed: 'abc' }, { seed: 'xyz' }, true).map((c) => c.class)).toContain('cosmetic');
    expect(diff({ seed: 'abc' }, { seed: 'xyz' }, true).every((c) => c.class === 'cosmetic')).toBe(true);
  });
});
