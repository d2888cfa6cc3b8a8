import { AdminLayout, type AdminChrome } from "../components/AdminLayout";

export type SettingsProps = {
  chrome: AdminChrome;
  org: {
    timeZone: string;
    weighting: string;
    conversion: string;
    minRespondents: number;
    retentionMonths: number;
    privacyNotice: string;
    profileBands: Record<string, readonly string[]>;
  };
  units: { id: string; name: string; population: number | null; timeZone: string | null; instruments: string[] }[];
  saved: boolean;
};

const ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];
const Hidden = ({ csrf }: { csrf: string }) => <input type="hidden" name="_csrf" value={csrf} />;

function Select({ id, name, value, options }: { id: string; name: string; value: string; options: [string, string][] }) {
  return (
    <select id={id} name={name}>
      {options.map(([v, label]) => (
        <option key={v} value={v} selected={v === value}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** Organization and unit settings: what the survey shows and how the indices are computed. Admins only. */
export function SettingsPage({ chrome, org, units, saved }: SettingsProps) {
  return (
    <AdminLayout chrome={chrome} title="Pengaturan">
      <p>
        <a href="/admin/users">Pengguna</a> · <a href="/admin/tokens">Token API</a> · <a href="/admin/audit">Log audit</a>
      </p>
      {saved ? (
        <p class="note" role="status">
          Tersimpan.
        </p>
      ) : null}
      <form method="post" action="/admin/settings" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>Instansi</h2>
        <label class="field" for="timeZone">Zona waktu</label>
        <Select id="timeZone" name="timeZone" value={org.timeZone} options={ZONES.map((z) => [z, z])} />
        <label class="field" for="weighting">Pembobotan IKM</label>
        <Select id="weighting" name="weighting" value={org.weighting} options={[["exact", "1/9 (sesuai PermenPAN-RB 14/2017)"], ["0.111", "0,111 (lembar kerja lama)"], ["0.11", "0,11 (lembar kerja lama)"]]} />
        <label class="field" for="conversion">Konversi skala 1–6 ke 0–4 (IPKP, IPAK)</label>
        <Select id="conversion" name="conversion" value={org.conversion} options={[["ratio", "rasio: nilai × 4/6"], ["linear", "linear: 1 + (nilai − 1) × 3/5"]]} />
        <label class="field" for="minRespondents">Minimal responden sebelum mutu ditampilkan</label>
        <input class="text" id="minRespondents" name="minRespondents" type="number" min={1} max={10000} value={String(org.minRespondents)} />
        <label class="field" for="retentionMonths">Masa simpan jawaban (bulan)</label>
        <input class="text" id="retentionMonths" name="retentionMonths" type="number" min={1} max={120} value={String(org.retentionMonths)} />
        <label class="field" for="privacyNotice">Teks pemberitahuan privasi (kosong = teks bawaan)</label>
        <textarea id="privacyNotice" name="privacyNotice" maxlength={2000}>
          {org.privacyNotice}
        </textarea>
        <fieldset>
          <legend>Kategori profil responden (satu per baris, 2–12 pilihan)</legend>
          {[["age", "Usia"], ["gender", "Jenis kelamin"], ["education", "Pendidikan"], ["occupation", "Pekerjaan"]].map(([field, label]) => (
            <div key={field}>
              <label class="field" for={`bands-${field}`}>
                {label}
              </label>
              <textarea id={`bands-${field}`} name={`bands_${field}`} rows={4}>
                {org.profileBands[field!]!.join("\n")}
              </textarea>
            </div>
          ))}
        </fieldset>
        <button type="submit">Simpan</button>
      </form>
      <h2>Unit</h2>
      {units.map((u) => (
        <form key={u.id} method="post" action={`/admin/settings/units/${u.id}`} class="box">
          <Hidden csrf={chrome.csrf} />
          <h3>{u.name}</h3>
          <fieldset>
            <legend>Instrumen yang ditampilkan</legend>
            {[["skm", "SKM (IKM)"], ["spkp", "SPKP (IPKP)"], ["spak", "SPAK (IPAK)"]].map(([v, label]) => (
              <label key={v} class="check">
                <input type="checkbox" name="instruments" value={v} checked={u.instruments.includes(v!)} /> {label}
              </label>
            ))}
          </fieldset>
          <label class="field" for={`pop-${u.id}`}>Populasi pengguna layanan per tahun</label>
          <input class="text" id={`pop-${u.id}`} name="population" type="number" min={1} value={u.population === null ? "" : String(u.population)} />
          <label class="field" for={`tz-${u.id}`}>Zona waktu unit</label>
          <Select id={`tz-${u.id}`} name="timeZone" value={u.timeZone ?? ""} options={[["", "ikut instansi"], ...ZONES.map((z): [string, string] => [z, z])]} />
          <button type="submit" class="small">
            Simpan
          </button>
        </form>
      ))}
    </AdminLayout>
  );
}
