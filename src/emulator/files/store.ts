/**
 * Files as the emulator keeps them, shared by every surface (uploads, code interpreter outputs,
 * file_search). The Files routes live in files/routes.ts.
 */
import { notFound } from '../errors.ts';
import type { Namespace } from '../store.ts';

/** The wire object (OpenAIFile). */
export interface FileObject {
  id: string;
  object: 'file';
  bytes: number;
  created_at: number;
  expires_at?: number | null;
  filename: string;
  purpose: string;
  status: 'uploaded' | 'processed' | 'error';
  status_details?: string | null;
}

export interface StoredFile {
  object: FileObject;
  content: Buffer;
}

const COLLECTION = 'files';

export function putFile(ns: Namespace, input: { filename: string; purpose: string; content: Buffer; expiresAfterSeconds?: number }): FileObject {
  const createdAt = ns.clock.tick();
  const object: FileObject = {
    id: ns.ids.next('file-', 22),
    object: 'file',
    bytes: input.content.length,
    created_at: createdAt,
    expires_at: input.expiresAfterSeconds === undefined ? null : createdAt + input.expiresAfterSeconds,
    filename: input.filename,
    purpose: input.purpose,
    status: 'processed',
    status_details: null,
  };
  ns.collection<StoredFile>(COLLECTION).set(object.id, { object, content: input.content });
  return object;
}

/** The stored file or undefined (callers that word their own 404). */
export function findFile(ns: Namespace, id: string): StoredFile | undefined {
  return ns.collection<StoredFile>(COLLECTION).get(id);
}

export function getFile(ns: Namespace, id: string): StoredFile {
  const f = ns.collection<StoredFile>(COLLECTION).get(id);
  if (!f) throw notFound('file', id);
  return f;
}

export function allFiles(ns: Namespace): StoredFile[] {
  return [...ns.collection<StoredFile>(COLLECTION).values()];
}

export function deleteFile(ns: Namespace, id: string): void {
  getFile(ns, id);
  ns.collection<StoredFile>(COLLECTION).delete(id);
}
