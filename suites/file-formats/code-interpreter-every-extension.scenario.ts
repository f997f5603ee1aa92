/**
 * Every extension the Code Interpreter table lists, as a real generated file, uploaded and given
 * to code_interpreter (15 through the assistant's tool_resources, 15 through the thread's: each
 * list holds at most 20), then a run that uses the tool goes to completed. Each file keeps its
 * size; inputs of purpose assistants cannot be downloaded (400), as on the service.
 */
import { toFile } from 'openai';
import { SUPPORTED } from '../../src/files/extensions.ts';
import { sampleFile } from '../../src/files/generate/index.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'file-formats.code-interpreter-every-extension',
  title: `code_interpreter: a real file of each of the ${SUPPORTED.code_interpreter.extensions.length} listed extensions reaches a completed run`,
  api: ['files', 'assistants'],
  tags: ['file-formats', 'code_interpreter'],
  timeoutMs: 90_000,
  async run(ctx) {
    const c = ctx.client;
    const uploaded: { id: string; ext: string; bytes: Uint8Array }[] = [];
    for (const ext of SUPPORTED.code_interpreter.extensions) {
      const s = sampleFile(ext);
      const f = await ctx.step(`upload ${s.filename}`, async () => c.files.create({ file: await toFile(Buffer.from(s.bytes), s.filename, { type: s.mime }), purpose: 'assistants' }));
      ctx.expect(f.status === 'processed' && f.bytes === s.bytes.length, { message: `${ext}: uploaded and processed`, observed: { status: f.status, bytes: f.bytes }, expected: { status: 'processed', bytes: s.bytes.length } });
      uploaded.push({ id: f.id, ext, bytes: s.bytes });
    }
    const half = Math.ceil(uploaded.length / 2);
    const assistant = await ctx.step('create an assistant with code_interpreter and the first half', () =>
      c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Use code to answer.', tools: [{ type: 'code_interpreter' }], tool_resources: { code_interpreter: { file_ids: uploaded.slice(0, half).map((u) => u.id) } } }),
    );
    ctx.expect(assistant.tool_resources?.code_interpreter?.file_ids?.length === half, { message: 'the assistant holds its files', observed: assistant.tool_resources, expected: `${half} file ids` });
    const thread = await ctx.step('create a thread with the second half', () =>
      c.beta.threads.create({ messages: [{ role: 'user', content: 'How many files are there? [[oaic:code print(15 + 15)]]' }], tool_resources: { code_interpreter: { file_ids: uploaded.slice(half).map((u) => u.id) } } }),
    );
    ctx.expect(thread.tool_resources?.code_interpreter?.file_ids?.length === uploaded.length - half, { message: 'the thread holds its files', observed: thread.tool_resources, expected: `${uploaded.length - half} file ids` });
    const run = await ctx.step('run the assistant on the thread', () => c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(run.status === 'completed', { message: 'the run completes', observed: { status: run.status, last_error: run.last_error }, expected: 'completed' });
    const steps = await ctx.step('list the run steps', () => c.beta.threads.runs.steps.list(run.id, { thread_id: thread.id }));
    const usedTool = steps.data.some((s) => s.step_details.type === 'tool_calls' && s.step_details.tool_calls.some((t) => t.type === 'code_interpreter'));
    ctx.expect(usedTool, { message: 'the run used code_interpreter', observed: steps.data.map((s) => s.step_details.type), expected: 'a code_interpreter tool call' });
    // Inputs stay on the service: their size is kept, their content cannot be downloaded.
    for (const u of uploaded) {
      const meta = await ctx.step(`retrieve ${u.ext}`, () => c.files.retrieve(u.id));
      ctx.expect(meta.bytes === u.bytes.length, { message: `${u.ext}: the stored size matches`, observed: meta.bytes, expected: u.bytes.length });
    }
    await ctx.expectError('download an input file (purpose assistants)', () => c.files.content(uploaded[0]!.id), { class: 'BadRequestError', status: 400, message: /^400 Not allowed to download files of purpose: assistants/ });
    ctx.annotate('extensions', uploaded.map((u) => u.ext));
  },
  checks: KNOWN_ISSUE_CHECKS,
});
