/**
 * Compares the shapes of real traffic with the emulator's, kind by kind (shapes.ts): field paths
 * the real service sends that the emulator never does (missing), paths only the emulator sends
 * (extra), and paths whose JSON types differ (mismatch). `null` against a value is tolerated only
 * where the spec marks the top-level field nullable (src/checks/schemas/spec-schemas.ts).
 */
import { SPEC_SCHEMAS } from '../checks/schemas/spec-schemas.ts';
import type { ObjectSchema } from '../checks/schemas/types.ts';
import type { JsonKind, ShapeIndex } from './shapes.ts';

export interface Mismatch {
  path: string;
  real: JsonKind[];
  emulated: JsonKind[];
}

export interface KindDiff {
  kind: string;
  realInstances: number;
  emulatedInstances: number;
  /** The emulator never produced this kind at all. */
  kindMissing: boolean;
  missing: string[];
  extra: string[];
  mismatched: Mismatch[];
}

/** The spec schema of a kind key (`object:thread.run`, `item:message`, `event:response.created`). */
export function specSchemaOf(kind: string): ObjectSchema | undefined {
  const [space, name = ''] = kind.split(/:(.*)/s);
  if (space === 'object') return SPEC_SCHEMAS.objects[name];
  if (space === 'item') return SPEC_SCHEMAS.outputItems[name] ?? SPEC_SCHEMAS.conversationItems[name];
  if (space === 'event') return SPEC_SCHEMAS.responseEvents[name];
  return undefined;
}

/** True when the spec types `path` (a top-level field) of this kind as nullable. */
export function specNullable(kind: string, path: string): boolean {
  if (/[.[<]/.test(path)) return false;
  return specSchemaOf(kind)?.fields[path]?.t.includes('null') ?? false;
}

/** JSON types that agree: the emulated ones are among the real ones, `null` aside where the spec allows it. */
export function typesAgree(kind: string, path: string, real: ReadonlySet<JsonKind>, emulated: ReadonlySet<JsonKind>): boolean {
  const nullable = specNullable(kind, path);
  const strip = (s: ReadonlySet<JsonKind>) => [...s].filter((t) => !(nullable && t === 'null'));
  const r = strip(real);
  const e = strip(emulated);
  if (r.length === 0 || e.length === 0) return nullable;
  return e.every((t) => r.includes(t));
}

/** A path whose parent path is missing too is reported once, at the parent. */
function topmost(paths: string[]): string[] {
  const set = new Set(paths);
  const parent = (p: string): string | null => {
    const m = /^(.*)(\.[^.]+|\[\](<[^>]+>)?)$/.exec(p);
    return m?.[1] ?? null;
  };
  return paths.filter((p) => {
    for (let q = parent(p); q !== null; q = parent(q)) if (set.has(q)) return false;
    return true;
  });
}

export function compareShapes(real: ShapeIndex, emulated: ShapeIndex): KindDiff[] {
  const kinds = [...new Set([...real.keys()])].sort();
  return kinds.map((kind) => {
    const r = real.get(kind)!;
    const e = emulated.get(kind);
    if (!e) return { kind, realInstances: r.instances, emulatedInstances: 0, kindMissing: true, missing: [], extra: [], mismatched: [] };
    const missing = topmost([...r.fields.keys()].filter((p) => !e.fields.has(p)).sort());
    const extra = topmost([...e.fields.keys()].filter((p) => !r.fields.has(p)).sort());
    const mismatched: Mismatch[] = [];
    for (const [path, types] of r.fields) {
      const et = e.fields.get(path);
      if (et && !typesAgree(kind, path, types, et)) mismatched.push({ path, real: [...types].sort(), emulated: [...et].sort() });
    }
    mismatched.sort((a, b) => a.path.localeCompare(b.path));
    return { kind, realInstances: r.instances, emulatedInstances: e.instances, kindMissing: false, missing, extra, mismatched };
  });
}
