import { texts } from "../../i18n";
import { idNumber } from "../../report-format";
import type { PerceptionSection, ReportData } from "./types";

const ITEMS = {
  skm: ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"],
  spkp: ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"],
  spak: ["A1", "A2", "A3", "A4", "A5"],
} as Record<string, string[]>;
const TITLES: Record<string, string> = {
  skm: "Survei Kepuasan Masyarakat (skala 1–4)",
  spkp: "Survei Persepsi Kualitas Pelayanan (skala 1–6)",
  spak: "Survei Persepsi Anti Korupsi (skala 1–6)",
};
const item = (key: string) => texts.id.items[key]!;

/** Lampiran 1: the questionnaire as the respondents saw it (the instruments this unit asks). */
function Questionnaire({ instruments }: { instruments: string[] }) {
  const s = texts.id.survey;
  return (
    <section class="appendix">
      <h2>Lampiran 1 Kuesioner</h2>
      <p>{s.intro}</p>
      {instruments.map((ins) => (
        <div key={ins}>
          <h3>{TITLES[ins]}</h3>
          {ins === "spak" ? <p class="hint">{s.negNote}</p> : null}
          {ins === "skm" ? null : <p class="hint">{ins === "spak" ? s.negAnchors : s.anchors}</p>}
          <ol class="questions">
            {ITEMS[ins]!.map((key) => (
              <li key={key}>
                {item(key).q}
                {item(key).options ? (
                  <span class="answers">
                    {item(key)
                      .options!.map((o, i) => `${i + 1} = ${o}`)
                      .join(" · ")}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p class="hint">
        Bila ada jawaban SKM bernilai 1 atau 2, ditanyakan pula: „{s.improvement}”. Profil responden (usia, jenis
        kelamin, pendidikan, pekerjaan) dan saran bersifat sukarela.
      </p>
    </section>
  );
}

function Perception({ p }: { p: PerceptionSection }) {
  const name = p.key === "ipkp" ? "Indeks Persepsi Kualitas Pelayanan (IPKP)" : "Indeks Persepsi Anti Korupsi (IPAK)";
  return (
    <div class="perception">
      <h3>{name}</h3>
      <table class="grid">
        <colgroup>
          <col class="w8" />
          <col class="w72" />
          <col class="w20" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">No</th>
            <th scope="col">Pernyataan</th>
            <th scope="col" class="num">
              Rata-rata (1–6)
            </th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((i, n) => (
            <tr key={i.key}>
              <td>{n + 1}</td>
              <td>{item(i.key).q}</td>
              <td class="num">{idNumber(i.mean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Responden: {idNumber(p.n, 0)}. Nilai rata-rata {idNumber(p.raw)} (skala 1–6) dikonversi ke skala 0–4 menjadi{" "}
        <strong>{idNumber(p.index4)}</strong> (dibulatkan ke atas pada setengah, dua desimal, sebagaimana lembar kerja
        evaluasi), sehingga nilai LKE = 17,5 × {idNumber(p.index4)} / 4 = <strong>{idNumber(p.lke)}</strong>. Predikat
        WBK: {p.wbk}; predikat WBBM: {p.wbbm}.
      </p>
    </div>
  );
}

/** The appendices: the questionnaire, then IPKP and IPAK with their index4 and LKE values. */
export function Appendices({ d }: { d: ReportData }) {
  return (
    <>
      <Questionnaire instruments={d.instruments} />
      <section class="appendix">
        <h2>Lampiran 2 Hasil IPKP dan IPAK</h2>
        {d.perception.length === 0 ? <p>Belum ada jawaban SPKP atau SPAK pada periode ini.</p> : null}
        {d.perception.map((p) => (
          <Perception key={p.key} p={p} />
        ))}
      </section>
    </>
  );
}
