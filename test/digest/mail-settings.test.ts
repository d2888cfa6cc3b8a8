import { describe, expect, it } from "vitest";
import { mailSettings } from "../../worker/node-config";

describe("SMTP_URL and MAIL_FROM", () => {
  it("are off together, on together, and a bad value names its setting", () => {
    expect(mailSettings({})).toBeNull();
    const on = { SMTP_URL: "smtp://u:p@mail.dinas.go.id:587", MAIL_FROM: "ZI Survei <survei@dinas.go.id>" };
    expect(mailSettings(on)).toEqual({ url: on.SMTP_URL, from: on.MAIL_FROM });
    expect(mailSettings({ ...on, MAIL_FROM: "survei@dinas.go.id" })?.from).toBe("survei@dinas.go.id");
    const refused: [Record<string, string>, RegExp][] = [
      [{ MAIL_FROM: on.MAIL_FROM }, /MAIL_FROM: set SMTP_URL too/],
      [{ SMTP_URL: on.SMTP_URL }, /MAIL_FROM: the sender address/],
      [{ ...on, MAIL_FROM: "bukan surel" }, /MAIL_FROM/],
      [{ ...on, MAIL_FROM: "a@b\r\nBcc: x@y" }, /MAIL_FROM/],
      [{ ...on, SMTP_URL: "http://mail.dinas.go.id" }, /SMTP_URL: must start with smtp:\/\//],
      [{ ...on, SMTP_URL: "mail.dinas.go.id:587" }, /SMTP_URL/],
      [{ ...on, SMTP_URL: "smtp://" }, /SMTP_URL/],
    ];
    for (const [env, message] of refused) expect(() => mailSettings(env), JSON.stringify(env)).toThrow(message);
  });
});
