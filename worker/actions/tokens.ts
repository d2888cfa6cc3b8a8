import * as z from "zod";
import type { Db } from "../../db/db";
import { getUnit } from "../../db/queries/admin";
import { getToken, insertApiToken, revokeToken } from "../../db/queries/tokens";
import { randomId, sha256Hex } from "../crypto";
import { cleanText } from "../text";
import { audit, commit, refused, validated, type Actor } from "./action";

const newToken = z.object({
  orgId: z.string(),
  unitId: z.string().nullish(),
  label: cleanText({ max: 100 }).optional(),
});

/** An evaluator token for the organization or one unit's subtree: returned once, only its SHA-256 is kept. */
export async function createApiToken(db: Db, actor: Actor, input: z.input<typeof newToken>, now: number) {
  const t = validated(newToken, input);
  const unitId = t.unitId || null;
  if (unitId && (await getUnit(db, unitId))?.orgId !== t.orgId)
    throw refused("NOT_FOUND", "Unit tidak dikenal.", `No unit ${unitId} in this organization.`);
  const id = randomId();
  const token = `zis_${randomId(40)}`;
  await commit(db, [
    insertApiToken(db, {
      id,
      orgId: t.orgId,
      unitId,
      role: "evaluator",
      label: t.label || null,
      tokenHash: await sha256Hex(token),
    }),
    audit(db, actor, t.orgId, now, { action: "token.create", target: id, detail: unitId ?? "organization" }),
  ]);
  return { id, token };
}

const revocation = z.object({ tokenId: z.string(), orgId: z.string().optional() });

/** Stops a token from working at once. `orgId`: only a token of that organization (the dashboard's scope). */
export async function revokeApiToken(db: Db, actor: Actor, input: z.input<typeof revocation>, now: number) {
  const r = validated(revocation, input);
  const token = await getToken(db, r.tokenId);
  if (!token || token.revokedAt !== null || (r.orgId && token.orgId !== r.orgId)) {
    throw refused("NOT_FOUND", "Token tidak ditemukan.", `No active token with id "${r.tokenId}".`);
  }
  await commit(db, [
    revokeToken(db, token.id, now),
    audit(db, actor, token.orgId, now, { action: "token.revoke", target: token.id }),
  ]);
}
