import type { SurveyTexts } from "../i18n";
import { KIOSK_CSS_PATH } from "../client/kiosk-assets";
import { SURVEY_JS_PATH } from "../client/survey-script";

export type KioskView = { manifestHref: string };

/**
 * The hooks of the pages' one script (web/client/survey-script.ts): a status region it speaks through
 * ("tersimpan" when the network drops), its messages in the page's language, and the script itself. On the
 * kiosk page also the tablet stylesheet and the web app manifest (the script moves that link into <head>).
 */
export function OfflineStatus({ t, kiosk }: { t: SurveyTexts["offline"]; kiosk?: KioskView }) {
  return (
    <>
      <div id="zi-st" role="status" tabindex={-1} />
      <div
        id="zi-off"
        hidden
        data-kiosk={kiosk ? "" : undefined}
        data-sending={t.sending}
        data-saved={t.saved}
        data-sent={t.sent}
        data-next={t.next}
        data-back={t.back}
        data-progress={t.progress}
        data-thanks={t.thanks}
        data-queued={t.queued}
      />
      {kiosk ? (
        <>
          <link rel="stylesheet" href={KIOSK_CSS_PATH} />
          <link rel="manifest" href={kiosk.manifestHref} />
        </>
      ) : null}
      <script src={SURVEY_JS_PATH} defer />
    </>
  );
}
