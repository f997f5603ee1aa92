import { describe, expect, it } from 'vitest';
import { ALL_EXTENSIONS, EXTENSIONS, extensionOf, isSupported, SUPPORTED } from './extensions.ts';

describe('supported-extension lists', () => {
  it('has the 30 code_interpreter and 21 file_search entries of the official tables', () => {
    expect(SUPPORTED.code_interpreter.extensions).toHaveLength(30);
    expect(SUPPORTED.file_search.extensions).toHaveLength(21);
    expect(new Set(SUPPORTED.code_interpreter.extensions).size).toBe(30);
  });
  it('records the corrections to the seed list', () => {
    for (const ext of ['.cs', '.doc', '.sh']) expect(isSupported('file_search', ext)).toBe(true);
    for (const ext of ['.cs', '.doc', '.sh', '.pkl']) expect(isSupported('code_interpreter', ext)).toBe(true);
    expect(isSupported('code_interpreter', '.go')).toBe(false);
    for (const ext of ['.csv', '.xlsx', '.png', '.h']) expect(isSupported('file_search', ext)).toBe(false);
  });
  it('knows a MIME type and content kind for every listed extension', () => {
    for (const ext of ALL_EXTENSIONS) expect(EXTENSIONS[ext], ext).toBeDefined();
  });
  it('names its sources with a date', () => {
    for (const l of Object.values(SUPPORTED)) {
      expect(l.source).toMatch(/^https:\/\/developers\.openai\.com\//);
      expect(l.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('takes the extension case-insensitively from the last dot of the base name', () => {
    expect(extensionOf('dir.v2/Report.PDF')).toBe('.pdf');
    expect(extensionOf('archive.tar.gz')).toBe('.gz');
    expect(extensionOf('Makefile')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });
});
