/**
 * Every route the emulator serves, as one table. Each API surface lives in its own module under
 * src/emulator/<surface>/routes.ts and is listed here.
 */
import type { Route } from './router.ts';
import { adminRoutes } from './admin/routes.ts';
import { knownIssueRoutes } from './known-issues/routes.ts';
import { modelRoutes } from './models/routes.ts';

// knownIssueRoutes first: their fault switches answer before the owning surface, else fall through.
export const ROUTES: readonly Route[] = [...knownIssueRoutes, ...adminRoutes, ...modelRoutes];
