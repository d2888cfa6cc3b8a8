// An HTTP proxy in front of sqld that writes down every request the libSQL client makes: how many round
// trips a code path costs is then a count, not a guess.
import { createServer, type IncomingMessage } from "node:http";
import { freePort } from "./ports";

export type SeenRequest = {
  method: string;
  /** The path sqld saw. */
  path: string;
  /** A client whose URL has a path (http://proxy/visit/) sends under it: "visit" then, "" without. */
  tag: string;
  /** For a Hrana pipeline: each request's type in order (execute, batch, close, store_sql, sequence...). */
  kinds: string[];
  /** For a Hrana pipeline: the SQL text of each execute, and of each step of each batch, in order. */
  sql: string[];
};

type HranaStmt = { sql?: string; sql_id?: number };
type HranaRequest = {
  type: string;
  stmt?: HranaStmt;
  batch?: { steps: { stmt: HranaStmt }[] };
  sql_id?: number;
  sql?: string;
};

function parsePipeline(body: Buffer): Pick<SeenRequest, "kinds" | "sql"> {
  const { requests } = JSON.parse(body.toString("utf8")) as { requests: HranaRequest[] };
  // The client sends a batch's texts once (store_sql) and refers to them by id; ids live as long as the
  // stream, and the client opens a stream per pipeline, so this pipeline's own texts resolve them.
  const stored = new Map(requests.filter((r) => r.type === "store_sql").map((r) => [r.sql_id, r.sql]));
  const stmtText = (s: HranaStmt | undefined) => s?.sql ?? stored.get(s?.sql_id) ?? `<sql_id ${s?.sql_id}>`;
  return {
    kinds: requests.map((r) => r.type),
    sql: requests.flatMap((r) =>
      r.type === "execute" ? [stmtText(r.stmt)] : (r.batch?.steps ?? []).map((s) => stmtText(s.stmt)),
    ),
  };
}

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Listens on 127.0.0.1 and forwards everything to `target` (e.g. sqld's http://127.0.0.1:port). */
export async function startCountingProxy(target: string) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const [, tag = "", path = "/"] = /^(?:\/([^/]+)(?=\/v\d))?(.*)$/.exec(req.url ?? "/") ?? [];
      const pipeline = /^\/v[23]\/pipeline$/.test(path) && body.length > 0;
      const hrana = pipeline ? parsePipeline(body) : { kinds: [], sql: [] };
      seen.push({ method: req.method ?? "GET", path, tag, ...hrana });
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k)),
      ) as Record<string, string>;
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const answer = await fetch(new URL(path, target), {
        method: req.method,
        headers,
        ...(hasBody ? { body } : {}),
      });
      const out = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, { "Content-Type": answer.headers.get("content-type") ?? "application/json" });
      res.end(out);
    })().catch((err: unknown) => {
      res.writeHead(502, { "Content-Type": "text/plain" });
      res.end(`proxy: ${String(err)}`);
    });
  });
  const port = await freePort();
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** The requests since the last take(), which forgets them. */
    take: () => seen.splice(0),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
