import { createFactory } from "hono/factory";
import type { Db } from "../db/db";
import type { UnitWithOrg } from "../db/queries/units";
import type { Config } from "./env";
import type { SurveyStore } from "./survey/store";

/**
 * The app's environment types, one per audience, and a factory for each: routes and middleware import
 * these, never app.ts (which imports the routes), so the app has no import circles.
 */
export type AppEnv = {
  Variables: {
    db: Db;
    /** The citizen's reads and writes: the batched path, or Node's embedded hot path. */
    survey: SurveyStore;
    config: Config;
    requestId: string;
    clientAddress: string;
    now: number;
    /** The runtime's webhook dispatcher, told that this request wrote an outbox event (see worker/webhooks/nudge.ts). */
    nudgeOutbox: () => void;
  };
};

export type Role = "admin" | "manager" | "viewer";
export type SessionUser = {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  unitId: string | null;
  sessionHash: string;
  /** A temporary password: only the password page is open until they choose their own. */
  mustChangePassword?: boolean;
};
export type DashboardEnv = AppEnv & { Variables: { user: SessionUser; csrf: string } };

/** Under /admin/units/:unitId: the unit, loaded once and in the user's scope (else a 404). */
export type UnitEnv = DashboardEnv & { Variables: { unit: UnitWithOrg } };

export type Evaluator = { tokenId: string; orgId: string; unitId: string | null };
export type EvaluatorEnv = AppEnv & { Variables: { evaluator: Evaluator } };

export const appFactory = createFactory<AppEnv>();
export const dashboardFactory = createFactory<DashboardEnv>();
export const unitFactory = createFactory<UnitEnv>();
export const evaluatorFactory = createFactory<EvaluatorEnv>();
