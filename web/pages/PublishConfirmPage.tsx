import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { publishingText } from "../text-publishing";

/** The dashboard's question before publishing a running period or a short sample (nothing is written yet). */
export function PublishConfirmPage(p: { chrome: AdminChrome; unitId: string; period: string; reasons: string[] }) {
  const t = publishingText[p.chrome.lang];
  const base = `/admin/units/${p.unitId}`;
  return (
    <AdminLayout chrome={p.chrome} title={t.confirmTitle(p.period)}>
      <p class="alert" role="alert">
        {t.confirmLead}
      </p>
      <ul>
        {p.reasons.map((r) => (
          <li key={r} data-reason={r}>
            {t.reasons[r] ?? r}
          </li>
        ))}
      </ul>
      <form method="post" action={`${base}/publish`} class="box">
        <input type="hidden" name="_csrf" value={p.chrome.csrf} />
        <input type="hidden" name="period" value={p.period} />
        <label>
          <input type="checkbox" name="confirm" value="1" required /> {t.confirmBox}
        </label>
        <p class="hint">{t.confirmAfter}</p>
        <button type="submit">{t.confirmButton}</button>{" "}
        <a href={`${base}?period=${encodeURIComponent(p.period)}`}>{t.cancel}</a>
      </form>
    </AdminLayout>
  );
}
