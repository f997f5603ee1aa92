/** What the harness keeps on vitest tasks and provides to workers. */
import type { ScenarioResult } from '../scenario/types.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    oaicBaseURL: string;
    oaicUnsupported: Record<string, string>;
  }
  export interface TaskMeta {
    oaic?: ScenarioResult;
    oaicSkip?: string;
  }
}
export {};
