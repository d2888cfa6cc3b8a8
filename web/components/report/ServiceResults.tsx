import { idNumber } from "../../report-format";
import type { ServiceResult } from "./types";

const index = (v: number | null) => (v === null ? "–" : idNumber(v));

function sampleWords(s: ServiceResult) {
  if (s.required === null) return "populasi belum ditetapkan";
  return `${s.adequate ? "terpenuhi" : "belum terpenuhi"} (minimal ${idNumber(s.required, 0)})`;
}

/** Results per jenis layanan: each service's respondents, IKM and mutu, IPKP, IPAK and its own sample. */
export function ServiceResults({ services }: { services: ServiceResult[] }) {
  if (services.length === 0) return <p>Belum ada jenis layanan yang terdaftar.</p>;
  const head = ["No", "Jenis layanan", "Responden", "IKM", "Mutu", "IPKP", "IPAK", "Kecukupan sampel"];
  return (
    <table class="grid services">
      <colgroup>
        {["w6", "w24", "w13", "w10", "w8", "w10", "w10", "w19"].map((w, i) => (
          <col key={i} class={w} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {services.map((s, i) => (
          <tr key={s.serviceId}>
            <td>{i + 1}</td>
            <th scope="row">{s.name}</th>
            <td class="num">{idNumber(s.respondents, 0)}</td>
            <td class="num">{index(s.ikm)}</td>
            <td>{s.grade ?? "–"}</td>
            <td class="num">{index(s.ipkp)}</td>
            <td class="num">{index(s.ipak)}</td>
            <td>{sampleWords(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
