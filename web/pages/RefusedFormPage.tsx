import { AdminLayout, type AdminChrome } from "../components/AdminLayout";
import { accountText } from "../text-accounts";

export type RefusedFormProps = {
  chrome: AdminChrome;
  message: string;
  /** The text fields as they were sent, so nothing typed is lost on the way back. */
  input: { name: string; value: string }[];
  back: string;
};

/**
 * A refused dashboard form whose page cannot come back by itself: the dashboard's navigation, what was
 * wrong, what was typed (to copy), and the way back to the form.
 */
export function RefusedFormPage({ chrome, message, input, back }: RefusedFormProps) {
  const t = accountText[chrome.lang];
  return (
    <AdminLayout chrome={chrome} title={t.refusedTitle}>
      <p class="alert" role="alert">
        {message}
      </p>
      {input.length > 0 ? (
        <>
          <p>{t.refusedInput}</p>
          <dl class="kept">
            {input.map((f) => (
              <>
                <dt>{f.name}</dt>
                <dd>
                  <textarea readonly rows={Math.min(6, f.value.split("\n").length)} aria-label={f.name}>
                    {f.value}
                  </textarea>
                </dd>
              </>
            ))}
          </dl>
        </>
      ) : null}
      <p>
        <a href={back}>{t.backToForm}</a>
      </p>
    </AdminLayout>
  );
}
