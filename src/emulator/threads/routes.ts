/** `/threads` and `/threads/{thread_id}/messages`. `POST /threads/runs` lives in runs/routes.ts. */
import { json } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { requireObject } from '../assistants/validate.ts';
import { checkSearchAttachments, indexSearchAttachments } from './attachments.ts';
import { messageWire, newMessage, parseMessageInput, parseMessageMetadataUpdate } from './message.ts';
import { appendMessage, assertUnlockedForMessages, createThread, deleteThread, getMessage, getThread, messages, parseThreadCreate, threadMessages, updateThread } from './thread.ts';

const tid = (p: Record<string, string>) => p['thread_id'] ?? '';
const mid = (p: Record<string, string>) => p['message_id'] ?? '';

export const threadRoutes: Route[] = [
  { method: 'POST', pattern: '/threads', handler: (req) => json(createThread(req.ns, parseThreadCreate(req.ns, requireObject(req.body)), req.faults).object) },
  { method: 'GET', pattern: '/threads/:thread_id', handler: (req) => json(getThread(req.ns, tid(req.params)).object) },
  { method: 'POST', pattern: '/threads/:thread_id', handler: (req) => json(updateThread(req.ns, tid(req.params), requireObject(req.body), req.faults)) },
  { method: 'DELETE', pattern: '/threads/:thread_id', handler: (req) => json(deleteThread(req.ns, tid(req.params))) },
  {
    method: 'POST',
    pattern: '/threads/:thread_id/messages',
    handler: (req) => {
      const t = getThread(req.ns, tid(req.params));
      const input = parseMessageInput(req.ns, requireObject(req.body));
      assertUnlockedForMessages(t);
      checkSearchAttachments(req.ns, [input]);
      const m = appendMessage(req.ns, t, newMessage(req.ns, t.object.id, input));
      indexSearchAttachments(req.ns, t, [input], req.faults);
      return json(messageWire(m));
    },
  },
  {
    method: 'GET',
    pattern: '/threads/:thread_id/messages',
    handler: (req) => {
      const t = getThread(req.ns, tid(req.params));
      const runId = req.query.get('run_id');
      const list = threadMessages(req.ns, t).filter((m) => !runId || m.run_id === runId);
      const page = paginate(list, req.query);
      return json({ ...page, data: page.data.map(messageWire) });
    },
  },
  { method: 'GET', pattern: '/threads/:thread_id/messages/:message_id', handler: (req) => json(messageWire(getMessage(req.ns, getThread(req.ns, tid(req.params)), mid(req.params)))) },
  {
    method: 'POST',
    pattern: '/threads/:thread_id/messages/:message_id',
    handler: (req) => {
      const m = getMessage(req.ns, getThread(req.ns, tid(req.params)), mid(req.params));
      const md = parseMessageMetadataUpdate(requireObject(req.body));
      if (md) m.metadata = md;
      return json(messageWire(m));
    },
  },
  {
    method: 'DELETE',
    pattern: '/threads/:thread_id/messages/:message_id',
    handler: (req) => {
      const t = getThread(req.ns, tid(req.params));
      const m = getMessage(req.ns, t, mid(req.params));
      messages(req.ns).delete(m.id);
      t.messageIds = t.messageIds.filter((x) => x !== m.id);
      return json({ id: m.id, object: 'thread.message.deleted', deleted: true });
    },
  },
];
