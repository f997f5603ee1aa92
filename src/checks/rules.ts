/** Every rule code, by family; reports group and count by these. */
import type { AssistantsStreamRule } from './assistants-stream-grammar.ts';
import type { HttpOkRule } from './http-ok.ts';
import type { ShapeRule } from './object-shapes.ts';
import type { PollingRule } from './polling-behaviour.ts';
import type { ResponsesStreamRule } from './responses-stream-grammar.ts';
import type { RunStateRule } from './run-state-machine.ts';

export type CheckRule = RunStateRule | AssistantsStreamRule | ResponsesStreamRule | ShapeRule | PollingRule | HttpOkRule | 'CHECK_CRASHED';
