import { formatDate } from "../web/format";
import { localTime } from "../web/local-time";

export type DigestFlag = {
  reasons: string;
  submittedAt: number;
  comment: string | null;
  improvement: string | null;
  service: string | null;
  touchpoint: string | null;
};

const REASONS: Record<string, string> = {
  skm_1: "nilai 1 (tidak baik) pada unsur SKM",
  steered: "responden merasa diarahkan petugas",
  words: "kata peringatan dalam saran (mis. pungli, calo)",
};

// Enough to recognise a comment in the inbox; the whole text stays in the dashboard, behind sign-in.
const EXCERPT_CHARS = 200;

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS - 1)}…` : line;
};

function reasonWords(json: string): string {
  let codes: unknown;
  try {
    codes = JSON.parse(json);
  } catch {
    codes = [];
  }
  const list = Array.isArray(codes) ? codes.map((c) => REASONS[String(c)] ?? String(c)) : [];
  return list.join("; ") || "tanda peringatan";
}

function flagLines(f: DigestFlag, n: number, timeZone: string): string[] {
  const where = [f.service, f.touchpoint].filter(Boolean).join(" · ");
  const lines = [`${n}. ${localTime(f.submittedAt, timeZone, "id")}${where ? ` · ${where}` : ""}`];
  lines.push(`   Alasan: ${reasonWords(f.reasons)}`);
  if (f.comment) lines.push(`   Saran: "${excerpt(f.comment)}"`);
  if (f.improvement) lines.push(`   Perlu diperbaiki: "${excerpt(f.improvement)}"`);
  return lines;
}

/**
 * A unit's daily digest of warning signs, in Indonesian: what the dashboard's inbox shows of each
 * (reasons, when, where, the comment as the unit sees it, redactions included), and the link to it.
 */
export function composeDigest(
  unit: { id: string; name: string; timeZone: string },
  day: string,
  flags: DigestFlag[],
  publicUrl: string,
) {
  const when = formatDate(day, "id");
  const inbox = `${publicUrl.replace(/\/+$/, "")}/admin/units/${unit.id}`;
  const subject = `[ZI Survei] Perlu perhatian: ${flags.length} jawaban di ${unit.name} (${when})`;
  const text = [
    `Yth. pengelola ${unit.name},`,
    "",
    `Pada ${when} ada ${flags.length} jawaban survei yang perlu perhatian:`,
    "",
    ...flags.flatMap((f, i) => [...flagLines(f, i + 1, unit.timeZone), ""]),
    `Tinjau dan tindak lanjuti di kotak Perlu perhatian: ${inbox}`,
    "",
    "Surel ini dikirim otomatis oleh ZI Survei, sekali sehari, hanya bila ada jawaban yang perlu perhatian.",
  ].join("\n");
  return { subject, text };
}
