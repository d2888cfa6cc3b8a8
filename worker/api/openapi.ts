import * as z from "zod";
import {
  createdResponse,
  errorResponse,
  responseBody,
  responsesPage,
  responsesQuery,
  trendQuery,
  trendResponse,
  unitsResponse,
  visitResponse,
} from "./schemas";
import { indicesChannelQuery, indicesChannelResponse } from "./channel-schemas";
import { ziQuery, ziResponse } from "./zi-schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes validate with.
 * Only the list of operations is written here; a test checks it against the app's real routes.
 */
type Operation = {
  method: "get" | "post";
  path: string;
  tag: "Survey" | "Evaluator";
  summary: string;
  description?: string;
  params?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
};

const ERR = (description: string) => ({ description, schema: errorResponse });
const AUTH = {
  401: ERR("No or invalid token"),
  404: ERR("Unknown unit, or outside the token's scope"),
  429: ERR("Rate limited (Retry-After)"),
};
const UNIT = { unitId: "The unit's id (GET /units)" };

const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/touchpoints/{code}/visit",
    tag: "Survey",
    summary: "Start a visit: a signed token for one response",
    params: { code: "The touchpoint's QR code" },
    responses: {
      200: { description: "A token, its expiry and the unit's instruments", schema: visitResponse },
      404: ERR("Unknown code"),
      410: ERR("Survey closed"),
    },
  },
  {
    method: "post",
    path: "/responses",
    tag: "Survey",
    summary: "Submit a response (kiosks and offline clients)",
    description: "The same token again returns 200 with the first id and stores nothing.",
    body: responseBody,
    responses: {
      201: { description: "Stored", schema: createdResponse },
      200: { description: "A replay of an accepted token: the first id", schema: createdResponse },
      400: ERR("Invalid body, answers or token; every issue listed"),
      410: ERR("Survey closed"),
      413: ERR("Body over 64 KB"),
      429: ERR("Rate limited (Retry-After)"),
      503: ERR(
        "BUSY: too many submissions waiting to be written (Node), or the write lock held past the busy timeout; nothing stored, send again after Retry-After",
      ),
    },
  },
  {
    method: "get",
    path: "/units",
    tag: "Evaluator",
    summary: "The units this token may see",
    responses: { 200: { description: "Units", schema: unitsResponse }, 401: AUTH[401], 429: AUTH[429] },
  },
  {
    method: "get",
    path: "/units/{unitId}/indices",
    tag: "Evaluator",
    summary: "IKM, IPKP and IPAK of a unit (or its subtree) for a period",
    description:
      "Numbers are unrounded. An instrument without answers is null. `by=service` adds the same indices per jenis layanan (scope=unit only; with scope=subtree it is a 400). `channel=online` leaves out the answers collected elsewhere (paper, interview, other: `channel` in the responses rows); not with by=service. Sends ETag and answers If-None-Match with 304.",
    params: UNIT,
    query: indicesChannelQuery,
    responses: {
      200: { description: "Indices", schema: indicesChannelResponse },
      304: { description: "Not modified" },
      400: ERR("Invalid period, or by=service with scope=subtree or with channel=online"),
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/units/{unitId}/trend",
    tag: "Evaluator",
    summary: "The indices per month or quarter, for charts",
    params: UNIT,
    query: trendQuery,
    responses: {
      200: { description: "One entry per month or quarter", schema: trendResponse },
      304: { description: "Not modified" },
      400: ERR("Invalid period"),
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/units/{unitId}/responses",
    tag: "Evaluator",
    summary: "Anonymised responses, for recomputing the indices",
    description: "No comments, no times of day. Page with `nextCursor` until it is null.",
    params: UNIT,
    query: responsesQuery,
    responses: {
      200: { description: "A page of responses", schema: responsesPage },
      400: ERR("Invalid period or cursor"),
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/units/{unitId}/zi",
    tag: "Evaluator",
    summary: "The ZI worksheet numbers of a unit for a year: hasil, verdicts, LKE SKM items and PEKPPP",
    description:
      "index4 is rounded half up to 2 decimals before lke and every comparison; below the minimum n an index is null and the verdicts are insufficient_data.",
    params: UNIT,
    query: ziQuery,
    responses: {
      200: { description: "The worksheet numbers", schema: ziResponse },
      304: { description: "Not modified" },
      400: ERR("Invalid year"),
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/openapi.json",
    tag: "Survey",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1" } },
  },
  {
    method: "get",
    path: "/docs",
    tag: "Survey",
    summary: "This document as a readable HTML page",
    responses: { 200: { description: "HTML" } },
  },
];

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
}

function parameters(op: Operation) {
  const path = Object.entries(op.params ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  }));
  const query = Object.entries(op.query?.shape ?? {}).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType, "input");
    const { description, ...rest } = schema;
    return {
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
  return [...path, ...query];
}

function operation(op: Operation) {
  return {
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    operationId: `${op.method}${op.path.replace(/[{}]/g, "").replace(/[/.](\w)/g, (_, c: string) => c.toUpperCase())}`,
    ...(op.tag === "Evaluator" ? { security: [{ bearer: [] }] } : {}),
    parameters: parameters(op),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema ? { content: { "application/json": { schema: jsonSchema(r.schema, "output") } } } : {}),
        },
      ]),
    ),
  };
}

let cached: Record<string, unknown> | undefined;

export function openApiDocument() {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "ZI Survei API",
      version: "1.0.0",
      description:
        "Survey submission for kiosks and offline clients, and the evaluator API: IKM (PermenPAN-RB 14/2017), IPKP and IPAK (PermenPAN-RB 90/2021) per unit and period, with sample adequacy and 95% confidence intervals.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A token from `npm run admin -- token:create`" },
      },
    },
    paths: OPERATIONS.reduce<Record<string, Record<string, unknown>>>((paths, op) => {
      (paths[op.path] ??= {})[op.method] = operation(op);
      return paths;
    }, {}),
  };
  return cached;
}
