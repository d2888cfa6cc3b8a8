// Types for `env` and `exports` from "cloudflare:workers" inside the worker tests.
import type { Bindings } from "../../worker/index";

declare global {
  namespace Cloudflare {
    // The Worker's bindings (worker/index.ts); vitest.config.ts sets them for the tests.
    interface Env {
      LIBSQL_URL: Bindings["LIBSQL_URL"];
      LIBSQL_AUTH_TOKEN?: Bindings["LIBSQL_AUTH_TOKEN"];
      SECRET_KEY: Bindings["SECRET_KEY"];
      SURVEY_MIN_SECONDS?: Bindings["SURVEY_MIN_SECONDS"];
      SURVEY_TOKEN_HOURS?: Bindings["SURVEY_TOKEN_HOURS"];
      RATE_LIMIT?: Bindings["RATE_LIMIT"];
      PUBLIC_URL?: Bindings["PUBLIC_URL"];
    }
    interface GlobalProps {
      mainModule: typeof import("../../worker/index");
    }
  }
}

export {};
