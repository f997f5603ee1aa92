/**
 * Extensions File Search does not list (code_interpreter-only formats, and .h) are refused when
 * attached — explicitly, with 400 unsupported_file — although /v1/files accepts the upload. The
 * client-side validator says the same before anything is uploaded.
 */
import { toFile } from 'openai';
import { SUPPORTED } from '../../src/files/extensions.ts';
import { sampleFile } from '../../src/files/generate/index.ts';
import { validateUpload } from '../../src/files/validate-upload.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const UNSUPPORTED = SUPPORTED.code_interpreter.extensions.filter((e) => !SUPPORTED.file_search.extensions.includes(e));

export default defineScenario({
  id: 'file-formats.unsupported-extensions',
  title: `file_search refuses ${UNSUPPORTED.length + 1} unlisted extensions with 400 unsupported_file`,
  api: ['files', 'vector_stores'],
  tags: ['file-formats', 'file_search'],
  timeoutMs: 60_000,
  async run(ctx) {
    const c = ctx.client;
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'unsupported' }));
    const cases = [...UNSUPPORTED.map((ext) => sampleFile(ext)), { filename: 'header.h', bytes: new TextEncoder().encode('int quokka(void);\n'), mime: 'text/x-c' }];
    for (const s of cases) {
      const ext = s.filename.slice(s.filename.lastIndexOf('.'));
      ctx.expect(!validateUpload({ filename: s.filename, bytes: s.bytes, tool: 'file_search' }).ok, { message: `${ext}: the validator refuses it for file_search`, observed: 'accepted', expected: 'refused' });
      const f = await ctx.step(`upload ${s.filename} (accepted by /v1/files)`, async () => c.files.create({ file: await toFile(Buffer.from(s.bytes), s.filename, { type: s.mime }), purpose: 'assistants' }));
      await ctx.expectError(`attach ${s.filename} to the store`, () => c.vectorStores.fileBatches.create(store.id, { file_ids: [f.id] }), {
        class: 'BadRequestError',
        status: 400,
        code: 'unsupported_file',
        param: 'file_ids',
        message: `400 Files with extensions [${ext}] are not supported for retrieval. See https://platform.openai.com/docs/assistants/tools/file-search/supported-files`,
      });
    }
  },
  checks: KNOWN_ISSUE_CHECKS,
});
