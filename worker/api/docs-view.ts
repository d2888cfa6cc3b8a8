import type { ApiDocsProps } from "../../web/pages/ApiDocsPage";

type Schema = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, Schema>> };

// Date patterns that zod emits next to `format` make the reference unreadable; the format says it all.
function readable(schema: unknown): string {
  return JSON.stringify(schema, (key, value) => (key === "pattern" ? undefined : value), 2);
}

function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  return String(schema.format ?? schema.type ?? "");
}

/** The OpenAPI document as the reference page's plain props. */
export function apiDocsProps(doc: Doc, cssHref: string, origin: string): ApiDocsProps {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const params = (op.parameters ?? []) as {
        name: string;
        in: string;
        required: boolean;
        description?: string;
        schema?: Schema;
      }[];
      const body = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content?.[
        "application/json"
      ]?.schema;
      const responses = Object.entries(
        op.responses as Record<string, { description: string; content?: Record<string, { schema: Schema }> }>,
      );
      return {
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary),
        description: op.description as string | undefined,
        auth: Array.isArray(op.security),
        parameters: params.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required,
          type: typeOf(p.schema),
          description: p.description,
        })),
        requestSchema: body ? readable(body) : undefined,
        responses: responses.map(([status, r]) => ({
          status,
          description: r.description,
          schema: r.content ? readable(r.content["application/json"]!.schema) : undefined,
        })),
      };
    }),
  );
  return { cssHref, origin, operations };
}
