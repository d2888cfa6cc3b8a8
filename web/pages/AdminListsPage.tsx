import { AdminLayout, type AdminChrome } from "../components/AdminLayout";

export type UsersProps = {
  chrome: AdminChrome;
  users: { id: string; email: string; role: string; unit: string; disabled: boolean }[];
  units: { id: string; name: string }[];
  created?: { email: string; password: string };
};

const Hidden = ({ csrf }: { csrf: string }) => <input type="hidden" name="_csrf" value={csrf} />;
const when = (t: number | null) => (t ? new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ") : "–");

/** Accounts: invite (the password is shown once, to pass on by hand) and disable. */
export function UsersPage({ chrome, users, units, created }: UsersProps) {
  return (
    <AdminLayout chrome={chrome} title="Pengguna">
      <p>
        <a href="/admin/settings">← Pengaturan</a>
      </p>
      {created ? (
        <p class="note" role="status">
          Akun {created.email} dibuat. Kata sandi awal (ditampilkan sekali): <code>{created.password}</code>
        </p>
      ) : null}
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Surel</th>
            <th scope="col">Peran</th>
            <th scope="col">Unit</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.unit}</td>
              <td>
                <form method="post" action={`/admin/users/${u.id}`} class="inline">
                  <Hidden csrf={chrome.csrf} />
                  <input type="hidden" name="disabled" value={u.disabled ? "0" : "1"} />
                  {u.disabled ? "nonaktif " : "aktif "}
                  <button type="submit" class="small">
                    {u.disabled ? "Aktifkan" : "Nonaktifkan"}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/admin/users" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>Undang pengguna</h2>
        <label class="field" for="email">Surel</label>
        <input class="text" id="email" name="email" type="email" required />
        <label class="field" for="role">Peran</label>
        <select id="role" name="role">
          <option value="viewer">viewer (hanya melihat)</option>
          <option value="manager">manager (unit dan di bawahnya)</option>
          <option value="admin">admin (seluruh instansi)</option>
        </select>
        <label class="field" for="unit">Unit (untuk manager dan viewer)</label>
        <select id="unit" name="unit">
          <option value="">–</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <button type="submit">Buat akun</button>
      </form>
    </AdminLayout>
  );
}

export type TokensProps = {
  chrome: AdminChrome;
  tokens: { id: string; unit: string; label: string; createdAt: number; lastUsedAt: number | null; revoked: boolean }[];
  units: { id: string; name: string }[];
  created?: string;
};

/** Evaluator API tokens: created here or with `token:create`, shown once, revocable at once. */
export function TokensPage({ chrome, tokens, units, created }: TokensProps) {
  return (
    <AdminLayout chrome={chrome} title="Token API evaluator">
      <p>
        <a href="/admin/settings">← Pengaturan</a> · <a href="/api/v1/docs">Referensi API</a>
      </p>
      {created ? (
        <p class="note" role="status">
          Token baru (ditampilkan sekali, simpan baik-baik): <code>{created}</code>
        </p>
      ) : null}
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Cakupan</th>
            <th scope="col">Dibuat</th>
            <th scope="col">Terakhir dipakai</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.label}</td>
              <td>{t.unit}</td>
              <td>{when(t.createdAt)}</td>
              <td>{when(t.lastUsedAt)}</td>
              <td>
                {t.revoked ? (
                  "dicabut"
                ) : (
                  <form method="post" action={`/admin/tokens/${t.id}/revoke`} class="inline">
                    <Hidden csrf={chrome.csrf} />
                    <button type="submit" class="small">
                      Cabut
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/admin/tokens" class="box">
        <Hidden csrf={chrome.csrf} />
        <h2>Token baru</h2>
        <label class="field" for="label">Label (mis. "TPI 2026")</label>
        <input class="text" id="label" name="label" required maxlength={100} />
        <label class="field" for="unit">Cakupan</label>
        <select id="unit" name="unit">
          <option value="">seluruh instansi</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} dan di bawahnya
            </option>
          ))}
        </select>
        <button type="submit">Buat token</button>
      </form>
    </AdminLayout>
  );
}

export type AuditProps = { chrome: AdminChrome; entries: { at: number; actor: string; action: string; target: string | null; detail: string | null }[] };

export function AuditPage({ chrome, entries }: AuditProps) {
  return (
    <AdminLayout chrome={chrome} title="Log audit">
      <p>
        <a href="/admin/settings">← Pengaturan</a>
      </p>
      <div class="scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">Waktu (UTC)</th>
              <th scope="col">Oleh</th>
              <th scope="col">Tindakan</th>
              <th scope="col">Sasaran</th>
              <th scope="col">Rincian</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i}>
                <td>{when(e.at)}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.target ?? ""}</td>
                <td>{e.detail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
