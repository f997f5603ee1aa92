/**
 * Drift changes and their classes, as data (docs/decisions/0008-drift-classes.md). Breaking: a
 * client written against the old behaviour can fail on the new one. Additive: something new a
 * tolerant client ignores. Cosmetic: values or repetition counts changed, structure did not.
 */
export type DriftClass = 'breaking' | 'additive' | 'cosmetic';

export const CHANGE_CLASSES = {
  'scenario-removed': 'breaking',
  'scenario-added': 'additive',
  'request-removed': 'breaking',
  'request-added': 'additive',
  'http-status-changed': 'breaking',
  'content-type-changed': 'breaking',
  'repeat-count-changed': 'cosmetic',
  'stream-removed': 'breaking',
  'stream-added': 'additive',
  'event-removed': 'breaking',
  'event-added': 'additive',
  'event-occurrence-changed': 'breaking',
  'events-reordered': 'breaking',
  'object-removed': 'breaking',
  'object-added': 'additive',
  'status-removed': 'breaking',
  'status-added': 'breaking',
  'status-occurrence-changed': 'breaking',
  'statuses-reordered': 'breaking',
  'kind-removed': 'breaking',
  'kind-added': 'additive',
  'field-removed': 'breaking',
  'field-added': 'additive',
  'type-changed': 'breaking',
  'type-narrowed': 'cosmetic',
  'value-changed': 'cosmetic',
  'error-removed': 'breaking',
  'error-added': 'breaking',
  'error-changed': 'breaking',
  'result-regressed': 'breaking',
  'result-improved': 'additive',
  'result-changed': 'cosmetic',
  'rule-violated': 'breaking',
  'rule-cleared': 'additive',
} as const satisfies Record<string, DriftClass>;

export type ChangeKind = keyof typeof CHANGE_CLASSES;

export interface DriftChange {
  scenario: string;
  kind: ChangeKind;
  class: DriftClass;
  /** What changed: a request, stream, object, `kind field.path`. */
  where: string;
  old: unknown;
  new: unknown;
  message: string;
}

export function change(scenario: string, kind: ChangeKind, where: string, old: unknown, next: unknown, message: string): DriftChange {
  return { scenario, kind, class: CHANGE_CLASSES[kind], where, old, new: next, message };
}

export const CLASS_ORDER: readonly DriftClass[] = ['breaking', 'additive', 'cosmetic'];
