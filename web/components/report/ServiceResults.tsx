import { TableHead, type Column } from "./TableHead";
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
  const head: Column[] = [
    { label: "No", width: "w6" },
    { label: "Jenis layanan", width: "w24" },
    { label: "Responden", width: "w13" },
    { label: "IKM", width: "w10" },
    { label: "Mutu", width: "w8" },
    { label: "IPKP", width: "w10" },
    { label: "IPAK", width: "w10" },
    { label: "Kecukupan sampel", width: "w19" },
  ];
  return (
    <table class="grid services">
      <TableHead columns={head} />
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
