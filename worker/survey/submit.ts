import type { Config } from "../env";
import { isOverRateLimit, type RateCharge } from "../../db/queries/rate-buckets";
import type { NewResponse } from "../../db/queries/responses";
import { isBusy, isUniqueViolation } from "../actions/action";
import type { SubmitContext, TouchpointRow } from "../../db/queries/touchpoints";
import { randomId } from "../crypto";
import { rateSubject } from "../client-address";
import { rateBucket } from "../rate-bucket";
import { orgSettingsOf, unitSettingsOf } from "../settings";
import { flagReasons } from "./flags";
import { offeredLanguages } from "./languages";
import { localDate } from "./local-date";
import { validateSubmission, type RawSubmission, type SubmissionIssue } from "./validate";
import { verifyVisitToken, type VisitToken } from "./visit-token";
import { QueueFull } from "./group-commit";
import type { SurveyStore } from "./store";

export type SubmitInput = RawSubmission & {
  token: string;
  /** A language code: id, en or one of the organization's packs (stored with the response). */
  lang: string;
  /** What a code the organization does not offer gets: the form shows Indonesian, the API refuses it. */
  unknownLang: "indonesian" | "refuse";
  clientAddress: string;
  /** The QR code the form was posted to; a token only counts there. Absent for the JSON API. */
  code?: string;
};

export type SubmitOutcome =
  | { kind: "created"; id: string; lang: string; touchpoint: TouchpointRow; flagged: boolean }
  | { kind: "replay"; id: string; lang: string; touchpoint: TouchpointRow }
  | { kind: "invalid"; issues: SubmissionIssue[]; touchpoint: TouchpointRow }
  | { kind: "bad_token" }
  | { kind: "expired"; touchpoint: TouchpointRow }
  | { kind: "too_fast"; touchpoint: TouchpointRow }
  | { kind: "closed"; touchpoint: TouchpointRow }
  | { kind: "rate_limited"; retryAfter: number; touchpoint: TouchpointRow }
  /**
   * Too many submissions waiting to be written (Node's group commit), or the database's write lock held
   * past the busy timeout: nothing stored, send again later.
   */
  | { kind: "busy"; retryAfter: number; touchpoint: TouchpointRow };

// A lock held past the busy timeout is a long write elsewhere; a second is enough for most to end.
const BUSY_RETRY_SECONDS = 1;

// Clocks of a phone-less server pair can drift a little; a token from further in the future is forged.
const CLOCK_SKEW_SECONDS = 60;

/**
 * The rules both survey endpoints share: token, replay, timing, rate, answers, then one write.
 *
 * Where the store keeps the visit's touchpoint (Node's cache), the rules are first tried on that row with no
 * read. Only a submission that passes every one of them is written straight away; the write itself refuses
 * a used token or a full rate bucket, and those take the fresh read below, as a race always did. Any other
 * answer (closed, expired, invalid...) is decided on the fresh read, so a replay still wins over them.
 */
export async function submitSurvey(
  store: SurveyStore,
  config: Config,
  input: SubmitInput,
  now: number,
): Promise<SubmitOutcome> {
  const token = await verifyVisitToken(config.SECRET_KEY, input.token);
  if (!token || token.issuedAt > now + CLOCK_SKEW_SECONDS) return { kind: "bad_token" };

  // A kiosk's token says so (signed): one bucket per touchpoint, not per address, and no extra read.
  const limit = token.kiosk ? config.KIOSK_RATE_LIMIT : config.RATE_LIMIT;
  const subject = token.kiosk
    ? `kiosk|${token.touchpointId}`
    : `${rateSubject(input.clientAddress)}|${token.touchpointId}`;
  const rate = limit ? await rateBucket(config.SECRET_KEY, "rate-limit", subject, limit, now) : null;
  const charge = rate && limit ? { key: rate.key, max: limit.max, expiresAt: rate.expiresAt } : undefined;
  const rules: Rules = { config, input, token, now, charge, retryAfter: rate?.retryAfter ?? 0 };

  const cached = store.cachedTouchpoint?.(token.touchpointId);
  if (cached) {
    const plan = decide(rules, { touchpoint: cached, existingId: null, rateCount: 0 });
    if (plan.kind === "write") return write(store, rules, plan);
  }
  const ctx = await store.context({ touchpointId: token.touchpointId, nonce: token.nonce, rateKey: rate?.key ?? "" });
  const plan = decide(rules, ctx);
  if (plan.kind !== "write") return plan;
  return write(store, rules, plan);
}

type Rules = {
  config: Config;
  input: SubmitInput;
  token: VisitToken;
  now: number;
  charge: RateCharge | undefined;
  /** Seconds until the rate bucket's window ends. */
  retryAfter: number;
};
type WritePlan = { kind: "write"; r: NewResponse; lang: string; touchpoint: TouchpointRow; flagged: boolean };

/** Every rule, in order, on one read of the touchpoint (or the cached row): an answer, or what to write. */
function decide(
  { config, input, token, now, charge, retryAfter }: Rules,
  ctx: SubmitContext,
): SubmitOutcome | WritePlan {
  const touchpoint = ctx.touchpoint;
  if (!touchpoint || (input.code !== undefined && touchpoint.code !== input.code)) return { kind: "bad_token" };
  const offered = offeredLanguages(touchpoint.languages).some((l) => l.code === input.lang);
  const lang = offered ? input.lang : "id";
  if (ctx.existingId) return { kind: "replay", id: ctx.existingId, lang, touchpoint };
  if (!touchpoint.active) return { kind: "closed", touchpoint };
  if (now - token.issuedAt > config.SURVEY_TOKEN_HOURS * 3600) return { kind: "expired", touchpoint };
  if (now - token.issuedAt < config.SURVEY_MIN_SECONDS) return { kind: "too_fast", touchpoint };
  if (charge && ctx.rateCount >= charge.max) return { kind: "rate_limited", retryAfter, touchpoint };

  const { instruments } = unitSettingsOf(touchpoint.unitSettings);
  const orgSettings = orgSettingsOf(touchpoint.orgSettings);
  const checked = validateSubmission(input, instruments, orgSettings.profileBands);
  const langIssues: SubmissionIssue[] =
    offered || input.unknownLang === "indonesian" ? [] : [{ path: "lang", code: "invalid_choice" }];
  if (!checked.ok || langIssues.length > 0)
    return { kind: "invalid", issues: [...(checked.ok ? [] : checked.issues), ...langIssues], touchpoint };

  const reasons = flagReasons(checked.value, orgSettings.redFlagWords);
  const r: NewResponse = {
    id: randomId(),
    unitId: touchpoint.unitId,
    serviceId: touchpoint.serviceId,
    touchpointId: touchpoint.id,
    // The day of the visit, not of the upload: an offline kiosk that syncs tomorrow still counts today.
    localDate: localDate(token.issuedAt, touchpoint.unitTimeZone ?? touchpoint.orgTimeZone),
    submittedAt: now,
    lang,
    nonce: token.nonce,
    ...checked.value,
    ...(reasons.length > 0 ? { flag: { orgId: touchpoint.orgId, reasons } } : {}),
  };
  return { kind: "write", r, lang, touchpoint, flagged: reasons.length > 0 };
}

async function write(store: SurveyStore, rules: Rules, plan: WritePlan): Promise<SubmitOutcome> {
  const { r, lang, touchpoint } = plan;
  try {
    await store.write(r, rules.charge);
  } catch (err) {
    if (err instanceof QueueFull) return { kind: "busy", retryAfter: err.retryAfter, touchpoint };
    // Another writer held the lock past the busy timeout (a long import, a backup): nothing was stored,
    // and the citizen keeps their answers and sends again, as when the queue is full.
    if (isBusy(err)) return { kind: "busy", retryAfter: BUSY_RETRY_SECONDS, touchpoint };
    // A used token (a replay, or two copies that raced), or a full rate bucket: the write rolled back
    // whole, and the fresh read says which.
    const overLimit = isOverRateLimit(err);
    if (!overLimit && !isUniqueViolation(err)) throw err;
    const again = await store.context({ touchpointId: touchpoint.id, nonce: r.nonce, rateKey: "" });
    if (again.existingId) return { kind: "replay", id: again.existingId, lang, touchpoint };
    if (overLimit && rules.charge) return { kind: "rate_limited", retryAfter: rules.retryAfter, touchpoint };
    throw err;
  }
  return { kind: "created", id: r.id, lang, touchpoint, flagged: plan.flagged };
}
