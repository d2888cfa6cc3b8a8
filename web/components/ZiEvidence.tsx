import type { ComponentChildren } from "preact";
import type { Lang } from "../i18n";
import { formatNumber, ziText } from "../text-zi";

/** The LKE SKM items and the PEKPPP indicators as the evaluator API gives them (worker/zi/year.ts). */
export type ZiEvidenceView = {
  skm: { periodsWithResults: number; score: number };
  publication: { online: boolean; offline: boolean; channels: number; score: number };
  followUp: { planned: number; done: number; score: number };
  pekppp: {
    implementation: { stage: string; score: number };
    channels: { count: number; score: number };
    completion: { planned: number; done: number; share: number | null; report: boolean; score: number };
    speed: { withinMonths: number | null; score: number };
  };
};

/** A table of three columns: what is scored, what it was computed from, the score. */
function ScoreTable({ headers, rows }: { headers: string[]; rows: [string, ComponentChildren, string][] }) {
  return (
    <table class="zi">
      <thead>
        <tr>
          {headers.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, basis, score]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{basis}</td>
            <td class="num">{score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LkeSkmTable({
  lang,
  zi,
  quarters,
  minRespondents,
}: {
  lang: Lang;
  zi: ZiEvidenceView;
  quarters: { label: string; respondents: number; results: boolean }[];
  minRespondents: number;
}) {
  const t = ziText[lang];
  const frequency = (
    <>
      {t.frequencyBasis(zi.skm.periodsWithResults, minRespondents)}{" "}
      {quarters
        .map(
          (q) =>
            `${t.quarterName(q.label)} ${t.respondentsShort(q.respondents)}${q.results ? " ✓" : ` (${t.noResults})`}`,
        )
        .join("; ")}
    </>
  );
  const p = zi.publication;
  return (
    <section id="lke-skm">
      <h2>{t.skmHeading}</h2>
      <ScoreTable
        headers={[t.item, t.basis, t.value]}
        rows={[
          [t.frequency, frequency, formatNumber(zi.skm.score, lang)],
          [t.publication, t.publicationBasis(p.online, p.offline, p.channels), formatNumber(p.score, lang)],
          [t.followUp, t.followUpBasis(zi.followUp.done, zi.followUp.planned), formatNumber(zi.followUp.score, lang)],
        ]}
      />
    </section>
  );
}

export function PekpppTable({ lang, zi }: { lang: Lang; zi: ZiEvidenceView }) {
  const t = ziText[lang];
  const k = zi.pekppp;
  const share = formatNumber((k.completion.share ?? 0) * 100, lang, 0);
  return (
    <section id="pekppp">
      <h2>{t.pekpppHeading}</h2>
      <ScoreTable
        headers={[t.indicator, t.basis, t.score05]}
        rows={[
          [
            `1. ${t.implementation}`,
            t.stages[k.implementation.stage] ?? k.implementation.stage,
            String(k.implementation.score),
          ],
          [`2. ${t.channels}`, t.channelsBasis(k.channels.count), String(k.channels.score)],
          [
            `3. ${t.completion}`,
            t.completionBasis(k.completion.done, k.completion.planned, share, k.completion.report),
            String(k.completion.score),
          ],
          [`4. ${t.speed}`, t.speedBasis(k.speed.withinMonths, k.completion.planned), String(k.speed.score)],
        ]}
      />
    </section>
  );
}
