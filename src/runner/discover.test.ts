import { describe, expect, it } from 'vitest';
import { filterScenarioFiles, globToRegExp } from './discover.ts';

const files = ['streaming.a', 'streaming.b', 'run-states.polled', 'known-issues.ki-01-lock'].map((id) => ({ id, file: `suites/${id.replace('.', '/')}.scenario.ts` }));

describe('scenario selection', () => {
  it('matches ids, globs and file paths', () => {
    expect(filterScenarioFiles(files, ['streaming.*']).map((f) => f.id)).toEqual(['streaming.a', 'streaming.b']);
    expect(filterScenarioFiles(files, ['*.ki-0?-*']).map((f) => f.id)).toEqual(['known-issues.ki-01-lock']);
    expect(filterScenarioFiles(files, ['suites/run-states/polled.scenario.ts']).map((f) => f.id)).toEqual(['run-states.polled']);
    expect(filterScenarioFiles(files, [])).toHaveLength(4);
  });

  it('a filter that matches nothing is an error naming it and the list command', () => {
    expect(() => filterScenarioFiles(files, ['streaming.c'])).toThrow(/Failed to find a scenario matching "streaming.c".*oaic -- list/);
  });

  it('globs escape regex characters', () => {
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });
});
