import type { Db } from "../../db/db";
import type { RateCharge } from "../../db/queries/rate-buckets";
import { insertResponse, type NewResponse } from "../../db/queries/responses";
import {
  getTouchpointByCode,
  loadSubmitContext,
  type SubmitContext,
  type TouchpointRow,
} from "../../db/queries/touchpoints";

/**
 * What the citizen's requests read and write, behind one seam: the batched drizzle path (the Worker and any
 * remote libSQL: one read statement, one batch, each one round trip) or the embedded hot path on Node
 * (worker/node-survey-store.ts: prepared statements and group commit).
 */
export type SurveyStore = {
  /** The visit's read: may be answered from a cache (see TouchpointCache). */
  touchpoint(code: string): Promise<TouchpointRow | null>;
  /**
   * The touchpoint a token names, if the visit's cache holds it (Node): the submit then tries its rules on
   * this row before any read. Absent where there is no cache (the Worker).
   */
  cachedTouchpoint?(touchpointId: string): TouchpointRow | undefined;
  /**
   * The submit's fresh read: the touchpoint, whether the token was used, the rate count. Made when there is
   * no cached row, when the cached row fails a rule, and when the write is refused (a used token, a full
   * rate bucket), so a replay always gets its stored id back.
   */
  context(q: { touchpointId: string; nonce: string; rateKey: string }): Promise<SubmitContext>;
  /** Resolves once the response is committed; fails like `insertResponse` (a replay, a full rate bucket). */
  write(r: NewResponse, rate?: RateCharge): Promise<void>;
};

export function batchedStore(db: Db): SurveyStore {
  return {
    touchpoint: (code) => getTouchpointByCode(db, code),
    context: (q) => loadSubmitContext(db, q),
    write: (r, rate) => insertResponse(db, r, rate),
  };
}
