/** A refused form's messages by field name; "" is the form as a whole. */
export type FieldErrors = Record<string, string>;

/** The attributes that tie a field to its message, so a screen reader reads it with the field. */
export const invalidAttrs = (errors: FieldErrors | undefined, name: string) =>
  errors?.[name] ? { "aria-invalid": "true" as const, "aria-describedby": `${name}-err` } : {};

/** The message beside a refused field (nothing when the field is fine). */
export function FieldError({ errors, name }: { errors?: FieldErrors; name: string }) {
  const text = errors?.[name];
  return text ? (
    <p class="err" id={`${name}-err`}>
      {text}
    </p>
  ) : null;
}

/** The summary at the top of a refused form: what is wrong overall, or where to look. */
export function FormAlert({ errors, summary }: { errors?: FieldErrors; summary: string }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <p class="alert" role="alert">
      {errors[""] ?? summary}
    </p>
  );
}
