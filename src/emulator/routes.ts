/**
 * Every route the emulator serves, as one table. Each API surface lives in its own module under
 * src/emulator/<surface>/routes.ts and is listed here, one import and one line each.
 */
import type { Route } from './router.ts';
import { adminRoutes } from './admin/routes.ts';
import { knownIssueRoutes } from './known-issues/routes.ts';
import { modelRoutes } from './models/routes.ts';
import { assistantRoutes } from './assistants/routes.ts';
import { threadRoutes } from './threads/routes.ts';
import { runRoutes } from './runs/routes.ts';
import { fileRoutes } from './files/routes.ts';
import { vectorStoreRoutes } from './vector-stores/routes.ts';
import { responseRoutes } from './responses/routes.ts';
import { conversationRoutes } from './conversations/routes.ts';

// knownIssueRoutes first: their fault switches answer before the owning surface, else fall through.
export const ROUTES: readonly Route[] = [
  // First: known-issue fault switches answer before the owning surface, else fall through.
  ...knownIssueRoutes,
  ...adminRoutes,
  ...modelRoutes,
  ...assistantRoutes,
  ...runRoutes,
  ...threadRoutes,
  ...fileRoutes,
  ...vectorStoreRoutes,
  ...responseRoutes,
  ...conversationRoutes,
];
