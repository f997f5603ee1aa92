/**
 * A code_interpreter run that plots: the image output in the run step (and in the message, when
 * there is one) is downloaded and checked to be a real image — magic bytes, then a structural
 * parse (PNG chunk CRCs, JPEG markers and entropy data, GIF LZW and trailer).
 */
import { inspectFile, sniffImage } from '../../src/files/inspect.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'file-formats.code-interpreter-image-output',
  title: 'code_interpreter image outputs download as real images',
  api: ['assistants', 'files'],
  tags: ['file-formats', 'code_interpreter'],
  async run(ctx) {
    const c = ctx.client;
    const assistant = await ctx.step('create an assistant with code_interpreter', () => c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Plot what you are asked.', tools: [{ type: 'code_interpreter' }] }));
    const thread = await ctx.step('ask for a chart', () => c.beta.threads.create({ messages: [{ role: 'user', content: 'Plot 3, 1, 4, 1, 5. [[oaic:code plt.bar([1, 2, 3, 4, 5], [3, 1, 4, 1, 5])]]' }] }));
    const run = await ctx.step('run it', () => c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(run.status === 'completed', { message: 'the run completes', observed: run.status, expected: 'completed' });
    const steps = await ctx.step('list the run steps', () => c.beta.threads.runs.steps.list(run.id, { thread_id: thread.id }));
    const fileIds = new Set<string>();
    for (const s of steps.data) {
      if (s.step_details.type !== 'tool_calls') continue;
      for (const t of s.step_details.tool_calls) if (t.type === 'code_interpreter') for (const o of t.code_interpreter.outputs) if (o.type === 'image') fileIds.add(o.image.file_id);
    }
    const messages = await ctx.step('list the messages', () => c.beta.threads.messages.list(thread.id));
    for (const m of messages.data) for (const part of m.content) if (part.type === 'image_file') fileIds.add(part.image_file.file_id);
    ctx.expect(fileIds.size > 0, { message: 'the run produced an image output', observed: [...fileIds], expected: '≥ 1 image file id' });
    const checked: Record<string, unknown> = {};
    for (const id of fileIds) {
      const meta = await ctx.step(`retrieve ${id}`, () => c.files.retrieve(id));
      const bytes = new Uint8Array(await (await ctx.step(`download ${id}`, () => c.files.content(id))).arrayBuffer());
      const kind = sniffImage(bytes);
      const problems = kind ? inspectFile(kind, bytes) : ['not a PNG, JPEG or GIF by its magic bytes'];
      checked[id] = { filename: meta.filename, purpose: meta.purpose, bytes: bytes.length, kind, problems };
      ctx.expect(meta.purpose === 'assistants_output', { message: `${id}: an output file has purpose assistants_output`, observed: meta.purpose, expected: 'assistants_output' });
      ctx.expect(problems.length === 0, { message: `${id} is a real image`, observed: problems, expected: [] });
    }
    ctx.annotate('images', checked);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
