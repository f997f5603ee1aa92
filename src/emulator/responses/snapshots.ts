/**
 * The dated snapshot the real service names in a Response's `model` for an alias, as seen in
 * ../shared/corpus (e.g. `gpt-4o` → `gpt-4o-2024-08-06`). Other names are echoed as sent. The
 * model context keeps the requested name, so replies do not depend on this table.
 */
export const MODEL_SNAPSHOTS: Readonly<Record<string, string>> = {
  'gpt-4o': 'gpt-4o-2024-08-06',
  'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
  'gpt-4.1': 'gpt-4.1-2025-04-14',
  'gpt-4.1-nano': 'gpt-4.1-nano-2025-04-14',
  'gpt-5': 'gpt-5-2025-08-07',
  'gpt-5-mini': 'gpt-5-mini-2025-08-07',
  'gpt-5-nano': 'gpt-5-nano-2025-08-07',
  'gpt-5-pro': 'gpt-5-pro-2025-10-06',
  o3: 'o3-2025-04-16',
  'o3-mini': 'o3-mini-2025-01-31',
  'o4-mini': 'o4-mini-2025-04-16',
};

export const snapshotOf = (model: string): string => MODEL_SNAPSHOTS[model] ?? model;
