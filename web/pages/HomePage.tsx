import { Layout } from "../components/Layout";
import type { Lang } from "../i18n";
import { homeText } from "../text-home";

export type HomeUnit = { code: string; name: string; orgName: string; orgSlug: string };

/** Consecutive units of one organization (the list comes sorted by organization): one heading each. */
function byOrganization(units: HomeUnit[]) {
  const groups: { orgName: string; orgSlug: string; units: HomeUnit[] }[] = [];
  for (const u of units) {
    const last = groups.at(-1);
    if (last?.orgSlug === u.orgSlug) last.units.push(u);
    else groups.push({ orgName: u.orgName, orgSlug: u.orgSlug, units: [u] });
  }
  return groups;
}

/** `/`: how a citizen rates a service, every organization's published results, and the staff's way in. */
export function HomePage({
  lang,
  cssHref,
  units,
  more,
}: {
  lang: Lang;
  cssHref: string;
  units: HomeUnit[];
  more: boolean;
}) {
  const t = homeText[lang];
  return (
    <Layout lang={lang} title={t.title} cssHref={cssHref} heading={t.title} subheading={t.subheading}>
      <p>
        <a class="lang" href={t.otherLangHref} hreflang={lang === "id" ? "en" : "id"}>
          {t.otherLang}
        </a>
      </p>
      <h2>{t.rateTitle}</h2>
      <p>{t.rate}</p>
      <h2>{t.resultsTitle}</h2>
      {units.length === 0 ? <p class="note">{t.noResults}</p> : null}
      {byOrganization(units).map((g) => (
        <section key={g.orgSlug} class="box">
          <h3>
            <a href={`/p?org=${encodeURIComponent(g.orgSlug)}`}>{g.orgName}</a>
          </h3>
          <ul>
            {g.units.map((u) => (
              <li key={u.code}>
                <a href={`/p/${encodeURIComponent(u.code)}`}>{u.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {more ? (
        <p>
          <a href="/p">{t.allResults} →</a>
        </p>
      ) : null}
      <h2>{t.staffTitle}</h2>
      <p>
        <a href="/admin">{t.signIn}</a>
      </p>
    </Layout>
  );
}
