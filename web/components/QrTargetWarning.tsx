/** Shown above a QR (never printed) when the code would not reach a citizen's phone: see worker/qr/public-url.ts. */
export function QrTargetWarning({ warning }: { warning: string | null }) {
  return warning ? (
    <p class="alert noprint" role="alert">
      {warning}
    </p>
  ) : null;
}
