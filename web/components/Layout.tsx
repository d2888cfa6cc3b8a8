import { createContext, type ComponentChildren } from "preact";
import { useContext } from "preact/hooks";

export type LayoutProps = {
  /** A language code: id, en or an organization's own pack (jv, su …). */
  lang: string;
  title: string;
  cssHref: string;
  heading: string;
  subheading?: string;
  children: ComponentChildren;
};

/**
 * Set by the renderer for the citizen pages: a page whose stylesheet is `href` gets `css` inline instead, so
 * it arrives in the same response (one request on a slow phone network). The CSP allows that text by hash.
 */
export const InlineStylesheet = createContext<{ href: string; css: string } | null>(null);

export function Layout({ lang, title, cssHref, heading, subheading, children }: LayoutProps) {
  const inline = useContext(InlineStylesheet);
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        {/* An empty icon: otherwise every phone asks for /favicon.ico and downloads a 404 page. */}
        <link rel="icon" href="data:," />
        {inline?.href === cssHref ? (
          // Our own constant, hashed into the CSP: escaping it would change both its meaning and its hash.
          <style dangerouslySetInnerHTML={{ __html: inline.css }} />
        ) : (
          <link rel="stylesheet" href={cssHref} />
        )}
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
