import { Layout } from "../components/Layout";

export type MessagePageProps = {
  lang: string;
  cssHref: string;
  title: string;
  message: string;
  subheading?: string;
  requestId?: string;
  /** A way on from an error: the page again with its defaults, or the page a refused form came from. */
  back?: { href: string; label: string };
  /** The same message in the other language, for pages everyone may land on (an unknown QR code). */
  secondary?: { lang: string; message: string };
};

/** Thank-you, not-found, survey-closed and error pages: a heading and a sentence, nothing to load. */
export function MessagePage({
  lang,
  cssHref,
  title,
  message,
  subheading,
  requestId,
  back,
  secondary,
}: MessagePageProps) {
  return (
    <Layout lang={lang} title={title} cssHref={cssHref} heading={title} subheading={subheading}>
      <p class="note" role="status">
        {message}
      </p>
      {secondary ? (
        <p class="hint" lang={secondary.lang}>
          {secondary.message}
        </p>
      ) : null}
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      {requestId ? <p class="hint">ID: {requestId}</p> : null}
    </Layout>
  );
}
