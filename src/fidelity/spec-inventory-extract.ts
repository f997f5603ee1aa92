/**
 * Reads the spec inventory (spec-inventory.ts) out of a parsed OpenAPI document: the run statuses
 * (RunObject.status), the Assistants stream event names (AssistantStreamEvent's `event`
 * constants) and the Responses stream event types (ResponseStreamEvent's `type` constants). The
 * coverage test cross-checks the inline lists against it when ../shared/openapi is present.
 */
import type { SpecInventory } from './spec-inventory.ts';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export function inventoryFromSpec(doc: unknown): SpecInventory {
  const schemas = isNode(doc) && isNode(doc['components']) && isNode(doc['components']['schemas']) ? doc['components']['schemas'] : {};
  const resolve = (n: unknown, depth = 0): Node => {
    if (!isNode(n)) return {};
    const ref = n['$ref'];
    return typeof ref === 'string' && depth < 20 ? resolve(schemas[ref.replace('#/components/schemas/', '')], depth + 1) : n;
  };
  const constants = (raw: unknown, field: string, depth = 0): string[] => {
    const n = resolve(raw);
    const out: string[] = [];
    const branches = n['oneOf'] ?? n['anyOf'];
    if (Array.isArray(branches) && depth < 10) for (const b of branches) out.push(...constants(b, field, depth + 1));
    const prop = isNode(n['properties']) ? resolve(n['properties'][field]) : null;
    if (prop) {
      if (Array.isArray(prop['enum'])) out.push(...prop['enum'].filter((v): v is string => typeof v === 'string'));
      else if (typeof prop['const'] === 'string') out.push(prop['const']);
    }
    return out;
  };
  const status = resolve(resolve(schemas['RunObject'])['properties'] && (resolve(schemas['RunObject'])['properties'] as Node)['status']);
  return {
    runStatuses: (Array.isArray(status['enum']) ? status['enum'].filter((v): v is string => typeof v === 'string') : []).sort(),
    assistantsStreamEvents: [...new Set(constants(schemas['AssistantStreamEvent'], 'event'))].sort(),
    responsesStreamEvents: [...new Set(constants(schemas['ResponseStreamEvent'], 'type'))].sort(),
  };
}
