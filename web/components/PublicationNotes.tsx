import { idNumber } from "../report-format";
import { PUBLIC_FLAG_NOTES } from "../text-publishing";

/** What a period published with a confirmation carries on the public page, in plain Indonesian. */
export function FlagNotes({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <p class="alert" data-flags={flags.join(" ")}>
      {flags.map((f) => PUBLIC_FLAG_NOTES[f] ?? f).join(" ")}
    </p>
  );
}

/**
 * The public headline: the newest period published without a note. A running period or a short sample
 * is listed with its note below, never put on top; with nothing else yet, the page says results are provisional.
 */
export function PublicHeadline({
  headline,
}: {
  headline: { label: string; ikm: { converted: number; grade: string | null } | null } | null;
}) {
  if (!headline)
    return (
      <p class="note" data-headline="provisional">
        Hasil sementara: belum ada periode yang selesai dengan jumlah responden yang cukup. Angka di bawah ini belum
        dapat dijadikan ukuran.
      </p>
    );
  return (
    <p class="note" data-headline={headline.label}>
      Hasil terkini (periode {headline.label}):{" "}
      {headline.ikm
        ? `IKM ${idNumber(headline.ikm.converted)}${headline.ikm.grade ? `, mutu ${headline.ikm.grade}` : ""}`
        : "tanpa IKM"}
    </p>
  );
}
