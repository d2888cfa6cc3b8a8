// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The Node entry and its helpers (worker/node*.ts: threads, config, the embedded file), backups and the CLI.
const NODE_ONLY = ["worker/node.ts", "worker/node-*.ts", "worker/cli.ts", "worker/cli/**", "worker/backup*.ts"];
const restrict = (...patterns) => ["error", { patterns }];
const NODE_MODULES = {
  paths: ["@libsql/client", "drizzle-orm/libsql", "drizzle-orm/libsql/migrator"].map((name) => ({
    name,
    message: "Shared app code runs on Node and in workerd: use the /web variants.",
  })),
};
const NODE_GROUP = {
  group: ["node:*", "@hono/node-server", "@hono/node-server/*"],
  message: "Shared app code runs on Node and in workerd.",
};
const noRoutes = { group: ["**/routes/*", "./routes/*"], message: "Only worker/app.ts mounts routes." };
// Routes and CLI commands read through db/queries but write only through worker/actions (change + audit row).
const noWrites = {
  group: ["**/db/queries/*"],
  importNamePattern: "^(insert|update|delete|set|ensure|redact|revoke|increment|purge|rename|clear|refund|mark)",
  message: "Writes go through worker/actions: one function per write, its audit row in the same batch.",
};
const noApp = {
  group: ["./app", "../app", "**/worker/app"],
  message: "Only the entries import app.ts (it imports the routes): take env types from ./context.",
};

/** The dependency rules of house-style.md, enforced: a wrong import fails `npm test`. */
export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".wrangler/", "data/", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict({
        group: ["**/worker/**", "**/web/**", "hono", "hono/*"],
        message: "db/ imports nothing of ours.",
      }),
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict({
        group: ["**/db/**", "**/worker/**", "hono", "hono/*", "drizzle-orm", "drizzle-orm/*", "@libsql/*", "node:*"],
        message: "web/ renders plain view-model props: no rows, no context, no runtime APIs.",
      }),
    },
  },
  {
    files: ["worker/**/*.{ts,tsx}"],
    ignores: [...NODE_ONLY, "worker/app.ts", "worker/index.ts"],
    rules: { "no-restricted-imports": ["error", { ...NODE_MODULES, patterns: [noRoutes, NODE_GROUP, noApp] }] },
  },
  {
    files: ["worker/index.ts"],
    rules: { "no-restricted-imports": ["error", { ...NODE_MODULES, patterns: [noRoutes, NODE_GROUP] }] },
  },
  {
    files: ["worker/app.ts"],
    rules: { "no-restricted-imports": ["error", { ...NODE_MODULES, patterns: [NODE_GROUP] }] },
  },
  {
    files: ["worker/**/*.{ts,tsx}", "db/**/*.ts", "web/**/*.{ts,tsx}"],
    ignores: NODE_ONLY,
    rules: {
      "no-restricted-globals": [
        "error",
        ...["process", "Buffer", "__dirname", "require"].map((name) => ({
          name,
          message: "Not in workerd: pass it in from the entry.",
        })),
      ],
    },
  },
  {
    files: ["worker/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        noRoutes,
        noApp,
        noWrites,
        { group: ["drizzle-orm", "drizzle-orm/*"], message: "Routes stay thin: queries live in db/queries." },
        { group: ["node:*", "@libsql/*"], message: "Shared app code runs on Node and in workerd." },
      ),
    },
  },
  {
    files: ["worker/cli/**/*.ts"],
    rules: { "no-restricted-imports": restrict(noWrites) },
  },
  {
    files: ["worker/scoring/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value!=/^\\.\\/[a-z0-9-]+$/]",
          message: "scoring/ is pure: counts in, indices out, no imports but its own files.",
        },
      ],
    },
  },
);
