import { adminText } from "../admin-text";
import { formatPercent } from "../format";
import type { Lang } from "../i18n";

export type ProfileView = { field: string; bands: { band: string; count: number }[] }[];

/** Respondents per profile band, one small table per field, with each band's share. */
export function ProfileTables({ lang, profile }: { lang: Lang; profile: ProfileView }) {
  const t = adminText[lang];
  return (
    <div class="cols">
      {profile.map((p) => {
        const total = p.bands.reduce((s, b) => s + b.count, 0);
        return (
          <table class="grid" key={p.field}>
            <caption>{t.profileFields[p.field]}</caption>
            <tbody>
              {p.bands.map((b) => (
                <tr key={b.band}>
                  <th scope="row">{b.band}</th>
                  <td>{b.count}</td>
                  <td>{total ? formatPercent(b.count / total, lang) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
