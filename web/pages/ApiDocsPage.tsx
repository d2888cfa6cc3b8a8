import { Layout } from "../components/Layout";

export type ApiDocsProps = {
  cssHref: string;
  origin: string;
  operations: {
    id: string;
    method: string;
    path: string;
    summary: string;
    description?: string;
    auth: boolean;
    parameters: { name: string; in: string; required: boolean; type: string; description?: string }[];
    requestSchema?: string;
    responses: { status: string; description: string; schema?: string }[];
  }[];
};

/** The API reference, rendered on our own origin from the OpenAPI document: no script, no CDN. */
export function ApiDocsPage({ cssHref, origin, operations }: ApiDocsProps) {
  return (
    <Layout
      lang="id"
      title="ZI Survei API"
      cssHref={cssHref}
      heading="ZI Survei API"
      subheading="Referensi API · API reference (OpenAPI 3.1)"
    >
      <p>
        API untuk kios survei dan untuk evaluator (TPI, TPN): indeks IKM, IPKP dan IPAK per unit dan periode, dengan
        kecukupan sampel dan selang kepercayaan 95%. Dokumen mesin:{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
      </p>
      <p lang="en">
        For kiosks and evaluators. Evaluator endpoints need <code>Authorization: Bearer &lt;token&gt;</code> (from{" "}
        <code>npm run admin -- token:create</code>). Errors are{" "}
        <code>{'{ "error": { "code", "message", "requestId", "issues"? } }'}</code>.
      </p>
      <pre class="code">{`curl -H "Authorization: Bearer $TOKEN" \\\n  "${origin}/api/v1/units/<unitId>/indices?period=2026-Q3&scope=subtree"`}</pre>
      <nav aria-label="Operations">
        <ul>
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`}>
                {op.method} {op.path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <section key={op.id} id={op.id} class="box">
          <h2>
            <code>
              {op.method} /api/v1{op.path}
            </code>
          </h2>
          <p>
            {op.summary}
            {op.auth ? " (Bearer token)" : ""}
          </p>
          {op.description ? <p class="hint">{op.description}</p> : null}
          {op.parameters.length > 0 ? (
            <table>
              <caption>Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">name</th>
                  <th scope="col">in</th>
                  <th scope="col">type</th>
                  <th scope="col">description</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={p.name}>
                    <td>
                      <code>{p.name}</code>
                      {p.required ? " *" : ""}
                    </td>
                    <td>{p.in}</td>
                    <td>{p.type}</td>
                    <td>{p.description ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {op.requestSchema ? (
            <details>
              <summary>Request body (JSON Schema)</summary>
              <pre class="code">{op.requestSchema}</pre>
            </details>
          ) : null}
          <h3>Responses</h3>
          <ul>
            {op.responses.map((r) => (
              <li key={r.status}>
                <strong>{r.status}</strong> {r.description}
                {r.schema ? (
                  <details>
                    <summary>Schema</summary>
                    <pre class="code">{r.schema}</pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
