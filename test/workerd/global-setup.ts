// Runs in Node, once per `vitest run` of the "worker" project: starts a real libSQL server (sqld) on a free
// loopback port, applies the shipped migrations over HTTP and hands its URL to the pool as `libsqlUrl`.
import type { TestProject } from "vitest/node";
import { migrateDb, openNodeDb } from "../../worker/node-db";
import { startSqld } from "../helpers/sqld";

declare module "vitest" {
  export interface ProvidedContext {
    libsqlUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const sqld = await startSqld();
  try {
    const { client, db } = await openNodeDb(sqld.url);
    try {
      await migrateDb(db);
    } finally {
      client.close();
    }
  } catch (err) {
    throw await sqld.failWith(`migration failed: ${String(err)}`);
  }

  project.provide("libsqlUrl", sqld.url);

  return sqld.stop;
}
