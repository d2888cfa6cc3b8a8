import { Webhook } from "standardwebhooks";

/** What the receiver gets and the signature covers: built from the stored event alone, so every retry sends the same bytes. */
export function webhookBody(e: { type: string; data: string; createdAt: number }): string {
  // The stored data text is inserted as it is, not parsed and re-serialized.
  const timestamp = new Date(e.createdAt * 1000).toISOString();
  return `{"type":${JSON.stringify(e.type)},"timestamp":${JSON.stringify(timestamp)},"data":${e.data}}`;
}

/**
 * Standard Webhooks headers for one attempt: webhook-id is the event's id (the same on every retry, so a
 * receiver can drop a repeat), webhook-timestamp the moment of this attempt (receivers refuse old ones).
 */
export function signedHeaders(secret: string, msgId: string, body: string, now: number): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "ZI-Survei-Webhooks/1",
    "webhook-id": msgId,
    "webhook-timestamp": String(now),
    "webhook-signature": new Webhook(secret).sign(msgId, new Date(now * 1000), body),
  };
}

/** A new signing secret: whsec_ and the base64 of 24 random bytes (Standard Webhooks' form). */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return `whsec_${btoa(s)}`;
}
