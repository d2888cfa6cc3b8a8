import { createServer } from "node:net";

/** A port the kernel just handed out on 127.0.0.1 and released again. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => (port ? ok(port) : fail(new Error("no port assigned"))));
    });
  });
}
