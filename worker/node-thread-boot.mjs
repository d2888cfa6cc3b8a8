// A worker thread's first module: TypeScript support (the same loader `npm start` runs under), then the entry.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
