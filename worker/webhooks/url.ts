/**
 * Where a webhook may point. https anywhere; plain http only to this machine (a local relay, a test
 * receiver), because a signed message about a citizen's complaint must not cross a network unencrypted.
 * Refused: other schemes (javascript:, file:, data:, ftp:), credentials in the URL (they would sit in the
 * database and in every log line; the signature already proves the sender) and over-long addresses.
 */
export type WebhookUrlProblem = "invalid" | "scheme" | "credentials" | "insecure" | "too_long";

const MAX_URL_LENGTH = 2000;
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function webhookUrlProblem(raw: string): WebhookUrlProblem | null {
  if (raw.length > MAX_URL_LENGTH) return "too_long";
  // Control characters and spaces: URL() would quietly drop or encode them, so the stored text would differ.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) return "invalid";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "scheme";
  if (!url.hostname) return "invalid";
  if (url.username || url.password) return "credentials";
  if (url.protocol === "http:" && !LOOPBACK_HOST.test(url.hostname)) return "insecure";
  return null;
}

export const webhookUrlMessages: Record<WebhookUrlProblem, { id: string; en: string }> = {
  invalid: { id: "Alamat webhook tidak valid.", en: "The webhook URL is not a valid URL." },
  scheme: {
    id: "Alamat webhook harus https:// (atau http:// ke komputer ini untuk uji coba).",
    en: "The webhook URL must be https:// (or http:// to this machine, for testing).",
  },
  credentials: {
    id: "Alamat webhook tidak boleh memuat nama pengguna atau kata sandi; penerima memeriksa tanda tangan.",
    en: "The webhook URL must not contain a user name or password; receivers check the signature instead.",
  },
  insecure: {
    id: "http:// hanya boleh ke komputer ini (localhost); gunakan https://.",
    en: "http:// is allowed only to this machine (localhost, 127.0.0.1, [::1]); use https://.",
  },
  too_long: { id: "Alamat webhook terlalu panjang.", en: "The webhook URL is too long (2,000 characters at most)." },
};
