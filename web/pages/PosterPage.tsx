export type PosterProps = { cssHref: string; unitName: string; serviceName: string | null; qrSvg: string; url: string };

/**
 * The A4 poster for the service desk. The QR is inline SVG (no request, sharp at any print size);
 * the short URL under it serves those whose phone does not scan.
 */
export function PosterPage({ cssHref, unitName, serviceName, qrSvg, url }: PosterProps) {
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{`Poster · ${unitName}`}</title>
        <link rel="stylesheet" href={cssHref} />
      </head>
      <body class="poster">
        <main>
          <p class="poster-unit">{unitName}</p>
          {serviceName ? <p class="poster-service">{serviceName}</p> : null}
          <h1>Pindai untuk menilai layanan kami</h1>
          <div class="poster-qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p class="poster-url">{url}</p>
          <p class="poster-note">Tanpa nama, tanpa nomor telepon. Hanya sekitar satu menit. Terima kasih!</p>
        </main>
      </body>
    </html>
  );
}
