import type { ComponentChildren } from "preact";

export type LayoutProps = {
  /** A language code: id, en or an organization's own pack (jv, su …). */
  lang: string;
  title: string;
  cssHref: string;
  heading: string;
  subheading?: string;
  children: ComponentChildren;
};

export function Layout({ lang, title, cssHref, heading, subheading, children }: LayoutProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        {/* An empty icon: otherwise every phone asks for /favicon.ico and downloads a 404 page. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={cssHref} />
      </head>
      <body>
        <header>
          <h1>{heading}</h1>
          {subheading ? <p>{subheading}</p> : null}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
