/**
 * Cassette YAML as Ruby's Psych and Python's PyYAML write it: YAML 1.1 (`!!binary` base64
 * scalars, used by vcrpy for gzip bodies) plus Ruby's local `!binary` tag.
 */
import YAML from 'yaml';
import type { Tags } from 'yaml';

const base64 = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'base64');
const RUBY_BINARY = { tag: '!binary', resolve: (s: string) => base64(s) };

export function parseCassetteYaml(text: string): unknown {
  return YAML.parse(text, { schema: 'yaml-1.1', customTags: (tags: Tags) => [...tags, RUBY_BINARY], maxAliasCount: -1 });
}
