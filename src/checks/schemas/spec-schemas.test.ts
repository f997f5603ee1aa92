/** Drift: the committed schema table must equal what the spec in ../shared says today. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SHARED_OPENAPI, SHARED_SKIP_REASON } from '../../testing/shared-corpus.ts';
import { createExtractor, extractSchemas } from './extract.ts';
import { SPEC_SCHEMAS } from './spec-schemas.ts';

const present = existsSync(SHARED_OPENAPI);

describe.skipIf(!present)(`spec-schemas agree with ../shared/openapi/openapi.yaml ${present ? '' : SHARED_SKIP_REASON}`, () => {
  const fresh = present ? extractSchemas(parse(readFileSync(SHARED_OPENAPI, 'utf8'), { maxAliasCount: -1 })) : null;
  const sections = ['objects', 'outputItems', 'conversationItems', 'responseEvents'] as const;
  for (const section of sections) {
    it(`${section}: same kinds, required fields and field types`, () => {
      const want = fresh![section];
      expect(Object.keys(SPEC_SCHEMAS[section]).sort()).toEqual(Object.keys(want).sort());
      for (const [k, s] of Object.entries(want)) {
        const have = SPEC_SCHEMAS[section][k]!;
        expect({ k, required: have.required }).toEqual({ k, required: s.required });
        expect({ k, fields: have.fields }).toEqual({ k, fields: s.fields });
      }
    });
  }
  it('error envelope', () => {
    expect(SPEC_SCHEMAS.error).toEqual(fresh!.error);
    expect(SPEC_SCHEMAS.errorResponse).toEqual(fresh!.errorResponse);
  });
});

describe('extractSchemas', () => {
  it('reads required fields, nullable unions, allOf-nullable and enums', () => {
    const spec = {
      components: {
        schemas: {
          RunObject: {
            type: 'object',
            required: ['id', 'status'],
            properties: {
              id: { type: 'string' },
              status: { type: 'string', enum: ['queued', 'done'] },
              when: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
              choice: { allOf: [{ $ref: '#/components/schemas/Choice' }, { nullable: true }] },
            },
          },
          Choice: { oneOf: [{ type: 'string', enum: ['auto'] }, { type: 'object', properties: {} }] },
        },
      },
    };
    const s = createExtractor(spec).objectSchema('RunObject');
    expect(s).toEqual({
      spec: 'RunObject',
      required: ['id', 'status'],
      fields: { choice: { t: ['null', 'object', 'string'], e: ['auto'] }, id: { t: ['string'] }, status: { t: ['string'], e: ['done', 'queued'] }, when: { t: ['integer', 'null'] } },
    });
    expect(() => createExtractor({}).objectSchema('X')).toThrow(/components.schemas/);
  });
});
