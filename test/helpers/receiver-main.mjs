/* global process, Buffer, console */
// A webhook receiver outside the server's process: `node receiver-main.mjs <port> <log file>` appends each
// request it gets (headers and raw body) as a JSON line to the log and answers 204.
import { appendFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, log] = process.argv.slice(2);
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    const line = {
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
    res.writeHead(204).end();
  });
});
server.listen(Number(port), "127.0.0.1", () => console.log("listening"));
