import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SMTPServer } from "smtp-server";
import { freePort } from "./ports";

export type Received = { from: string; to: string[]; subject: string; text: string };
const SMTP_USER = "digest";
const SMTP_PASS = "rahasia-uji";

const qp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

/** A message as a person reads it: the subject's encoded words and a quoted-printable or base64 body decoded. */
function decode(raw: string): { subject: string; text: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const subject = (/^subject: (.*)$/im.exec(headers)?.[1] ?? "").replace(
    /=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi,
    (_, enc: string, body: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(body, "base64").toString("utf8") : qp(body.replace(/_/g, " ")),
  );
  const body = rest.join("\n\n");
  const encoding = /^content-transfer-encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    encoding === "quoted-printable" ? qp(body) : encoding === "base64" ? Buffer.from(body, "base64").toString() : body;
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

/** Run as a script: a real SMTP server on 127.0.0.1:<port> that prints each message it accepts as a JSON line. */
function serve(port: number) {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth: (auth, _session, done) =>
      auth.username === SMTP_USER && auth.password === SMTP_PASS
        ? done(null, { user: auth.username })
        : done(new Error("Invalid username or password")),
    onData: (stream, session, done) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const envelope = session.envelope;
        const to = envelope.rcptTo.map((r) => r.address);
        const from = envelope.mailFrom ? envelope.mailFrom.address : "";
        process.stdout.write(`${JSON.stringify({ from, to, ...decode(Buffer.concat(chunks).toString("utf8")) })}\n`);
        done();
      });
    },
  });
  server.listen(port, "127.0.0.1", () => process.stdout.write("listening\n"));
}

/** Starts the receiver as its own process; stopped by its PID. */
export async function startSmtpReceiver() {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  for (let i = 0; !out.includes("listening\n"); i++) {
    if (i > 600 || child.exitCode !== null) throw new Error("the SMTP receiver did not start");
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const received = (): Received[] =>
    out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Received);
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${port}`,
    received,
    /** The messages after the first `skip`, once there are `count` of them (the server's output arrives by pipe). */
    async messages(skip: number, count: number) {
      for (let i = 0; received().length < skip + count && i < 200; i++) await new Promise((ok) => setTimeout(ok, 25));
      return received().slice(skip);
    },
    stop: async () => {
      process.kill(child.pid!, "SIGKILL");
      await exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve(Number(process.argv[2]));
