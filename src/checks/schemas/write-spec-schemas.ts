/**
 * Regenerates spec-schemas.ts from an OpenAPI file (maintainers only):
 *   npx tsx src/checks/schemas/write-spec-schemas.ts ../shared/openapi/openapi.yaml
 * The drift test (spec-schemas.test.ts) fails when the committed table and the spec disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractSchemas } from './extract.ts';

export function renderSchemaTable(specText: string, specName: string): string {
  const table = extractSchemas(parse(specText, { maxAliasCount: -1 }));
  const section = (name: string, rec: Record<string, unknown>) =>
    `  ${name}: {\n${Object.entries(rec).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n  },`;
  return `/**
 * GENERATED from ${specName} by write-spec-schemas.ts — do not edit by hand; regenerate and let the
 * drift test (spec-schemas.test.ts) confirm. Required fields, JSON types and string enums of the
 * objects, items and stream events in scope (docs/decisions/0006-checks-schemas.md).
 */
import type { SchemaTable } from './types.ts';

export const SPEC_SCHEMAS: SchemaTable = {
${section('objects', table.objects)}
${section('outputItems', table.outputItems)}
${section('conversationItems', table.conversationItems)}
${section('responseEvents', table.responseEvents)}
  errorResponse: ${JSON.stringify(table.errorResponse)},
  error: ${JSON.stringify(table.error)},
};
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specPath = process.argv[2];
  if (!specPath) throw new Error('Failed to write schemas: no spec path given. Pass the path to openapi.yaml as the first argument.');
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'spec-schemas.ts');
  writeFileSync(out, renderSchemaTable(readFileSync(specPath, 'utf8'), path.basename(specPath)));
  process.stdout.write(`wrote ${out}\n`);
}
