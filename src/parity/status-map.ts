/**
 * Run status → the response status that means the same, as data. `requires_action` has no
 * status counterpart: a response that wants tool output completes with function_call items.
 */
export const RUN_TO_RESPONSE_STATUS: Record<string, { status: string; verdict: 'identical' | 'equivalent' } | null> = {
  queued: { status: 'queued', verdict: 'identical' },
  in_progress: { status: 'in_progress', verdict: 'identical' },
  completed: { status: 'completed', verdict: 'identical' },
  incomplete: { status: 'incomplete', verdict: 'identical' },
  failed: { status: 'failed', verdict: 'identical' },
  cancelled: { status: 'cancelled', verdict: 'identical' },
  cancelling: { status: 'in_progress', verdict: 'equivalent' },
  requires_action: { status: 'completed', verdict: 'equivalent' },
  expired: null,
};

/**
 * Assistants stream event → the Responses event that plays the same role (null: none). Used
 * to compare the number and kind of events.
 */
export const EVENT_COUNTERPART: Record<string, string | null> = {
  'thread.created': null,
  'thread.run.created': 'response.created',
  'thread.run.queued': 'response.queued',
  'thread.run.in_progress': 'response.in_progress',
  'thread.run.requires_action': 'response.completed',
  'thread.run.completed': 'response.completed',
  'thread.run.incomplete': 'response.incomplete',
  'thread.run.failed': 'response.failed',
  'thread.run.cancelling': null,
  'thread.run.cancelled': 'response.cancelled',
  'thread.run.expired': null,
  'thread.run.step.created': null,
  'thread.run.step.in_progress': null,
  'thread.run.step.delta': 'response.function_call_arguments.delta',
  'thread.run.step.completed': null,
  'thread.run.step.failed': null,
  'thread.run.step.cancelled': null,
  'thread.run.step.expired': null,
  'thread.message.created': 'response.output_item.added',
  'thread.message.in_progress': 'response.content_part.added',
  'thread.message.delta': 'response.output_text.delta',
  'thread.message.completed': 'response.output_item.done',
  'thread.message.incomplete': 'response.output_item.done',
  error: 'error',
  done: null,
};
