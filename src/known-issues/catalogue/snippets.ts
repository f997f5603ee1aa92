/**
 * SN-…: the seed's code snippets are in the v4 call style although it names openai@6.16.0.
 * Users copy them; each pattern gets a verdict per SDK version ("reproduces" = the snippet
 * fails) and the working call. Observed on the installed matrix (docs/discoveries/known-issues.md).
 */
import type { KnownIssue } from '../types.ts';
import { PATH_UNDEFINED } from './errors.ts';

/** V8 quotes the caller's expression (`vs.files.delete is not a function`): match the method only. */
const NOT_A_FUNCTION = (what: string) => ({ class: 'TypeError', message: `${what} is not a function`, match: 'suffix' as const });

export const SNIPPET_PATTERNS: readonly KnownIssue[] = [
  {
    id: 'SN-01',
    title: 'openai.beta.vectorStores.*',
    claim: 'Seed issues 3 and 5 and its File Search section call openai.beta.vectorStores.',
    side: 'docs',
    claimStatus: 'stale',
    sources: [{ label: 'openai-node 4.87.0 moved vectorStores out of beta (no alias)', url: 'https://github.com/openai/openai-node/releases' }],
    facets: [
      {
        id: 'SN-01.beta-vector-stores',
        symptom: 'openai.beta.vectorStores.retrieve(id) throws TypeError before any request',
        expectations: [
          { range: { before: '4.87.0' }, verdict: 'not-applicable', note: 'beta.vectorStores is the namespace; the call is sent' },
          { range: { from: '4.87.0' }, verdict: 'reproduces', error: { class: 'TypeError', message: "Cannot read properties of undefined (reading 'retrieve')" } },
        ],
      },
    ],
    fixedIn: null,
    workaround: 'openai.vectorStores.* (≥ 4.87.0).',
    corrections: [],
    scenario: 'known-issues.sn-01-beta-vector-stores',
  },
  {
    id: 'SN-02',
    title: 'runs.cancel(threadId, runId) / runs.retrieve(threadId, runId)',
    claim: 'The Quick Start and issues 1, 2 and 10 use the v4 positional signature.',
    side: 'docs',
    claimStatus: 'stale',
    sources: [{ label: 'openai-node v5 migration: path params move into the params object', url: 'https://github.com/openai/openai-node/blob/master/MIGRATION.md' }],
    facets: [
      {
        id: 'SN-02.cancel-v4-signature',
        symptom: "runs.cancel('thread_…', 'run_…') does not cancel the run",
        expectations: [
          { range: { before: '5.0.0' }, verdict: 'not-applicable', note: 'the v4 signature; POST /threads/{thread}/runs/{run}/cancel' },
          { range: { from: '5.0.0', before: '5.1.2' }, verdict: 'reproduces', note: 'sends POST /threads/undefined/runs/<threadId>/cancel (observed 5.1.0, 5.1.1): a real request with "undefined" in the path' },
          { range: { from: '5.10.3' }, verdict: 'reproduces', error: PATH_UNDEFINED, note: 'rejected before any request' },
        ],
      },
      {
        id: 'SN-02.retrieve-v4-signature',
        symptom: "runs.retrieve('thread_…', 'run_…') does not retrieve the run",
        expectations: [
          { range: { before: '5.0.0' }, verdict: 'not-applicable' },
          { range: { from: '5.0.0', before: '5.1.2' }, verdict: 'reproduces', note: 'sends GET /threads/undefined/runs/<threadId>' },
          { range: { from: '5.10.3' }, verdict: 'reproduces', error: PATH_UNDEFINED },
        ],
      },
    ],
    fixedIn: null,
    workaround: 'runs.cancel(runId, { thread_id }) and runs.retrieve(runId, { thread_id }) on ≥ 5.0.0.',
    corrections: ['The notes tested 4.91.0 and 6.16.0 only; 5.1.x sends the broken path to the server instead of throwing.'],
    scenario: 'known-issues.sn-02-run-path-v4-signature',
  },
  {
    id: 'SN-03',
    title: "vectorStores.files.delete(vectorStoreId, fileId)",
    claim: "Issue 8's snippet deletes with (vsId, fileId).",
    side: 'docs',
    claimStatus: 'stale',
    sources: [{ label: 'openai/openai-node#1710 (the reporter\'s call)', url: 'https://github.com/openai/openai-node/issues/1710' }],
    facets: [
      {
        id: 'SN-03.files-delete-v4-order',
        symptom: "vectorStores.files.delete('vs_…', 'file-…') does not delete the file",
        expectations: [
          { range: { before: '5.0.0' }, verdict: 'reproduces', error: NOT_A_FUNCTION('.delete'), note: '4.x has del(vsId, fileId)' },
          { range: { from: '5.0.0', before: '5.1.2' }, verdict: 'reproduces', note: 'sends DELETE /vector_stores/undefined/files/<vsId>' },
          { range: { from: '5.10.3' }, verdict: 'reproduces', error: PATH_UNDEFINED },
        ],
      },
    ],
    fixedIn: null,
    workaround: '4.x: files.del(vsId, fileId); ≥ 5.0.0: files.delete(fileId, { vector_store_id }).',
    corrections: [],
    scenario: 'known-issues.sn-03-vector-store-file-delete',
  },
  {
    id: 'SN-04',
    title: 'vectorStores.fileBatches.list(vectorStoreId)',
    claim: "Issue 7's workaround lists the batches of a vector store.",
    side: 'docs',
    claimStatus: 'wrong',
    sources: [{ label: 'OpenAPI: only POST /vector_stores/{id}/file_batches, no list endpoint', url: 'https://github.com/openai/openai-openapi' }],
    facets: [
      {
        id: 'SN-04.file-batches-list',
        symptom: 'fileBatches.list is not a function',
        expectations: [{ range: {}, verdict: 'reproduces', error: NOT_A_FUNCTION('.list') }],
      },
    ],
    fixedIn: null,
    workaround: 'Keep the id from fileBatches.create and call fileBatches.retrieve / listFiles with it.',
    corrections: ['The method never existed and the API has no such endpoint.'],
    scenario: 'known-issues.sn-04-file-batches-list',
  },
];
