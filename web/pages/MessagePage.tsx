import { Layout } from "../components/Layout";
import type { Lang } from "../i18n";

export type MessagePageProps = {
  lang: Lang;
  cssHref: string;
  title: string;
  message: string;
  subheading?: string;
  requestId?: string;
};

/** Thank-you, not-found, survey-closed and error pages: a heading and a sentence, nothing to load. */
export function MessagePage({ lang, cssHref, title, message, subheading, requestId }: MessagePageProps) {
  return (
    <Layout lang={lang} title={title} cssHref={cssHref} heading={title} subheading={subheading}>
      <p class="note" role="status">
        {message}
      </p>
      {requestId ? <p class="hint">ID: {requestId}</p> : null}
    </Layout>
  );
}
