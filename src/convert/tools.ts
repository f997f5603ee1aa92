/**
 * Assistants tools + tool_resources → Responses tools: function (flattened), file_search with
 * vector_store_ids, code_interpreter with a container (an id, or `{type:'auto', file_ids}`).
 */
import type { FileSearchTool, FunctionTool, Tool } from 'openai/resources/responses/responses';
import type { Loss } from './losses.ts';
import type { Assistant, AssistantTool } from './wire-assistants.ts';

type Sink = (loss: Loss) => void;
export type ToolResources = NonNullable<Assistant['tool_resources']>;

const RANKERS: Record<string, NonNullable<FileSearchTool.RankingOptions['ranker']> | undefined> = { auto: 'auto' };

export function convertTool(t: AssistantTool, resources: ToolResources | null | undefined, where: string, lose: Sink, containerId?: string): Tool {
  switch (t.type) {
    case 'function': {
      const f: FunctionTool = { type: 'function', name: t.function.name, parameters: (t.function.parameters as FunctionTool['parameters']) ?? null, strict: t.function.strict ?? null };
      if (t.function.description !== undefined) f.description = t.function.description;
      return f;
    }
    case 'file_search': {
      const ids = resources?.file_search?.vector_store_ids ?? [];
      if (!ids.length) lose({ code: 'TOOL_FIELD', where: `${where}`, what: 'vector stores', why: 'file_search has no vector store in tool_resources; Responses needs vector_store_ids on the tool', hint: 'fill vector_store_ids before sending (the attachments name the files)' });
      const out: FileSearchTool = { type: 'file_search', vector_store_ids: [...ids] };
      const fs = t.file_search;
      if (fs?.max_num_results !== undefined) out.max_num_results = fs.max_num_results;
      if (fs?.ranking_options) {
        const ranker = fs.ranking_options.ranker === undefined ? undefined : RANKERS[fs.ranking_options.ranker];
        out.ranking_options = { score_threshold: fs.ranking_options.score_threshold, ...(ranker ? { ranker } : {}) };
        if (fs.ranking_options.ranker !== undefined && !ranker) lose({ code: 'TOOL_FIELD', where: `${where}.file_search.ranking_options.ranker`, what: `ranker ${fs.ranking_options.ranker}`, why: 'the Responses rankers are auto and default-2024-11-15', hint: 'the default ranker is used' });
      }
      return out;
    }
    case 'code_interpreter': {
      const fileIds = resources?.code_interpreter?.file_ids ?? [];
      return { type: 'code_interpreter', container: containerId ?? { type: 'auto', file_ids: [...fileIds] } };
    }
  }
}
