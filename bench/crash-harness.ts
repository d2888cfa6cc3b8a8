import { count, inArray } from "drizzle-orm";
import type { Db } from "../db/db";
import { answers as answersTable, responses } from "../db/schema";
import { PROFILE_BANDS } from "../worker/survey/instruments";

/**
 * Citizens as the server sees them: a visit token from the kiosk API, then the answers by JSON or by the
 * plain form. What the server acknowledged (201/200 with an id, or the form's 303) must survive anything.
 */
export type Submission = {
  via: "json" | "form";
  token: string;
  /** The token's nonce: the response's unique key (`responses.nonce`), the only name a form post gets. */
  nonce: string;
  answers: Record<string, number>;
  steered: boolean;
  age: string;
  acknowledged: boolean;
  /** The id the JSON API answered; forms learn none. */
  id?: string;
};

/** `timings`: each acknowledged submission's end (performance.now()) and its latency in ms. */
export type Load = {
  submissions: Submission[];
  timings: { end: number; ms: number }[];
  errors: string[];
  stop: () => Promise<void>;
};

const ITEMS = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`U${i}`, 4] as const),
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`P${i}`, 6] as const),
  ...[1, 2, 3, 4, 5].map((i) => [`A${i}`, 6] as const),
];
/** Every answer row a full response of the three instruments has. */
export const ANSWER_ROWS = ITEMS.length;
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

function newSubmission(token: string, via: Submission["via"]): Submission {
  const answers = Object.fromEntries(ITEMS.map(([item, max]) => [item, 1 + Math.floor(Math.random() * max)]));
  return {
    via,
    token,
    nonce: token.split(".")[2]!,
    answers,
    steered: Math.random() < 0.1,
    age: pick(PROFILE_BANDS.age),
    acknowledged: false,
  };
}

/** A fresh visit token, or null (and a note in `errors`) when the server refused one. */
async function visit(base: string, code: string, errors: string[]): Promise<string | null> {
  const res = await fetch(`${base}/api/v1/touchpoints/${code}/visit`);
  if (res.status === 200) return ((await res.json()) as { token: string }).token;
  errors.push(`visit answered ${res.status}`);
  return null;
}

/** Sends one submission; returns the HTTP status, and marks it acknowledged when the server said so. */
export async function send(base: string, code: string, s: Submission): Promise<number> {
  if (s.via === "json") {
    const body = { token: s.token, answers: s.answers, steered: s.steered, profile: { age: s.age }, lang: "id" };
    const res = await fetch(`${base}/api/v1/responses`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
    });
    const json = (await res.json()) as { id?: string };
    if ((res.status === 201 || res.status === 200) && json.id) {
      if (s.id && s.id !== json.id) throw new Error(`a replay of ${s.nonce} answered another id`);
      s.id = json.id;
      s.acknowledged = true;
    }
    return res.status;
  }
  const form = new URLSearchParams({ token: s.token, lang: "id", steered: s.steered ? "ya" : "tidak", age: s.age });
  for (const [item, value] of Object.entries(s.answers)) form.set(item, String(value));
  const res = await fetch(`${base}/s/${code}`, {
    method: "POST",
    body: form,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  await res.arrayBuffer();
  if (res.status === 303) s.acknowledged = true;
  return res.status;
}

/**
 * `concurrency` citizens in a closed loop, half by JSON and half by form, until stopped or until the
 * server stops answering (each citizen then gives up: a killed server has no one to talk to).
 */
export function startLoad(base: string, code: string, concurrency: number): Load {
  const load: Load = { submissions: [], timings: [], errors: [], stop: async () => {} };
  let stopped = false;
  const citizen = async (n: number) => {
    for (let i = 0; !stopped; i++) {
      let token: string | null;
      try {
        token = await visit(base, code, load.errors);
      } catch {
        return;
      }
      if (!token) return;
      const s = newSubmission(token, (n + i) % 2 === 0 ? "json" : "form");
      load.submissions.push(s);
      const t0 = performance.now();
      try {
        const status = await send(base, code, s);
        if (!s.acknowledged) load.errors.push(`${s.via} submission answered ${status}`);
        else load.timings.push({ end: performance.now(), ms: performance.now() - t0 });
      } catch {
        return;
      }
    }
  };
  const running = Promise.all(Array.from({ length: concurrency }, (_, n) => citizen(n)));
  load.stop = async () => {
    stopped = true;
    await running;
  };
  return load;
}

/** The submissions whose response is not in the database exactly as sent: every answer row, every value. */
export async function findMissing(db: Db, subs: Submission[]): Promise<Submission[]> {
  const missing: Submission[] = [];
  for (let i = 0; i < subs.length; i += 200) {
    const chunk = subs.slice(i, i + 200);
    const rows = await db
      .select()
      .from(responses)
      .where(
        inArray(
          responses.nonce,
          chunk.map((s) => s.nonce),
        ),
      );
    const byNonce = new Map(rows.map((r) => [r.nonce, r]));
    const answerRows = rows.length
      ? await db
          .select()
          .from(answersTable)
          .where(
            inArray(
              answersTable.responseId,
              rows.map((r) => r.id),
            ),
          )
      : [];
    const byResponse = new Map<string, typeof answerRows>();
    for (const a of answerRows) byResponse.set(a.responseId, [...(byResponse.get(a.responseId) ?? []), a]);
    for (const s of chunk) {
      const row = byNonce.get(s.nonce);
      const stored = row ? (byResponse.get(row.id) ?? []) : [];
      const intact =
        row !== undefined &&
        (s.id === undefined || s.id === row.id) &&
        row.steered === s.steered &&
        row.age === s.age &&
        stored.length === ANSWER_ROWS &&
        stored.every((a) => s.answers[a.item] === a.value);
      if (!intact) missing.push(s);
    }
  }
  return missing;
}

export async function countResponses(db: Db): Promise<number> {
  return (await db.select({ n: count() }).from(responses))[0]!.n;
}

/** p-th percentile of a list of milliseconds (0 for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
