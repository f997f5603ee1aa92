import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { importText } from './import-file.ts';
import { pythonString } from './inline-snapshot.ts';

const py = `
def test_output_text(client, respx_mock) -> None:
    response = make_snapshot_request(
        lambda c: c.responses.create(
            model="gpt-4o-mini",
            input="What's up?",
            temperature=0.5,
            store=False,
        ),
        content_snapshot=snapshot(
            '{"id": "resp_0123456789abcdef", "object": "response", "status": "completed", "output": [{"type": "message", "content": [{"type": "output_text", "text": "I can\\'t say.\\\\n"}]}]}'
        ),
        path="/responses",
        mock_client=client,
    )
`;

describe("importing openai-python's inline snapshots", () => {
  it('decodes Python string literals', () => {
    expect(pythonString(String.raw`'I can\'t \u00e9\n'`)).toBe("I can't é\n");
    expect(pythonString(String.raw`"say \"hi\""`)).toBe('say "hi"');
  });

  it('turns each make_snapshot_request into an exchange: SDK method, path, keyword arguments, snapshot', () => {
    const r = importText(py, 'test_responses.py', { source: 'openai-python' }, new Date('2026-12-01T00:00:00Z'));
    expect(r.format).toBe('inline-snapshot');
    const [x] = harToTraffic(r.har, 'x').exchanges;
    expect(`${x?.method} ${x?.path} ${x?.status}`).toBe('POST /v1/responses 200');
    expect(x?.requestBody).toEqual({ model: 'gpt-4o-mini', input: "What's up?", temperature: 0.5, store: false });
    expect(x?.responseBody).toMatchObject({ id: 'resp_0123456789abcdef', output: [{ content: [{ text: "I can't say.\n" }] }] });
  });
});
