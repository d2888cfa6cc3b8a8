import type { LibSQLDatabase } from "drizzle-orm/libsql/driver-core";

/** The drizzle database both entries build: `drizzle-orm/libsql` on Node, `drizzle-orm/libsql/web` on the Worker. */
export type Db = LibSQLDatabase;
