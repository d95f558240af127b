// The HTML helpers, the browser's search index and the static site, without a browser.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { search } from "../../src/search.ts";
import { webAssets } from "../../src/web/assets.ts";
import { buildSearchIndex } from "../../src/web/build-search-index.ts";
import { escapeHtml, html } from "../../src/web/render/html.ts";
import { querySearchIndex } from "../../src/web/search-index.ts";
import { siteFiles } from "../../src/web/site.ts";

describe("html``", () => {
  it("escapes every interpolated string, in text and attributes", () => {
    const payload = `"><img src=x onerror=alert(1)><script>x</script>'`;
    const out = html`<a title="${payload}">${payload}</a>`.value;
    assert.doesNotMatch(out, /<img|<script/);
    assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
  });

  it("inserts nested templates as they are", () => {
    assert.equal(
      html`<ul>${["a", "<b>"].map((item) => html`<li>${item}</li>`)}</ul>`.value,
      "<ul><li>a</li><li>&lt;b&gt;</li></ul>",
    );
  });
});

describe("the page's search index", () => {
  const index = buildSearchIndex();

  it("finds numbers, names, hex and half-typed names", () => {
    const top = (query: string) => querySearchIndex(index, query, 3)[0]?.entry.symbol;
    assert.equal(top("10054"), "WSAECONNRESET");
    assert.equal(top("0x2746"), "WSAECONNRESET");
    assert.equal(top("0x80072746"), "WSAECONNRESET");
    assert.equal(top("econnreset"), "WSAECONNRESET");
    assert.equal(top("SocketError.ConnectionRefused"), "WSAECONNREFUSED");
    assert.equal(top("-4077"), "WSAECONNRESET");
    assert.match(top("wsaeconnref") ?? "", /WSAECONNREFUSED/);
  });

  it("ranks text queries as the library's search() does", () => {
    for (const query of [
      "conection refused",
      "Verbindung verweigert",
      "host not found",
      "zeitüberschreitung",
      "forcibly closed",
      "no buffer space",
    ]) {
      const ours = querySearchIndex(index, query, 3).map((hit) => hit.entry.symbol);
      const library = search(query, { limit: 3 }).map((hit) => hit.entry.symbol);
      assert.deepEqual(ours, library, query);
    }
  });

  it("answers nothing for empty or hostile queries", () => {
    assert.deepEqual(querySearchIndex(index, "   "), []);
    assert.deepEqual(querySearchIndex(index, "__proto__"), []);
    assert.equal(querySearchIndex(index, "<script>").length, querySearchIndex(index, "script").length);
  });
});

describe("the static site", async () => {
  const assets = await webAssets();
  const files = siteFiles(assets);

  it("has a home and a page per code in each language, and the assets", () => {
    for (const path of ["index.html", "de/index.html", "10054/index.html", "de/10054/index.html", "search-index.json"])
      assert.ok(files.has(path), path);
    for (const name of Object.keys(assets.files)) assert.ok(files.has(`assets/${name}`), name);
    assert.match(files.get("WSAECONNRESET/index.html") ?? "", /url=\.\.\/10054\//);
  });

  it("names categories and severities in the page's language", () => {
    assert.match(files.get("de/10054/index.html") ?? "", /Kategorie: Verbindung · Schweregrad: Fehler/);
    assert.match(files.get("10054/index.html") ?? "", /Category: connection · Severity: error/);
    assert.match(files.get("de/index.html") ?? "", /<h3>Namensauflösung<\/h3>/);
    assert.match(files.get("index.html") ?? "", /<h3>Name resolution<\/h3>/);
  });

  it("links relatively, so it works under any path", () => {
    const page = files.get("de/10054/index.html") ?? "";
    assert.match(page, /src="\.\.\/\.\.\/assets\/app-\w+\.js"/);
    assert.match(page, /href="\.\.\/\.\.\/10054\/"/); // English version
    assert.doesNotMatch(page, /(?:href|src)="\/(?!\/)/);
  });

  it("has no inline script or style anywhere", () => {
    for (const [path, text] of files) {
      if (!path.endsWith(".html")) continue;
      for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) assert.match(tag, /\bsrc="/, path);
      assert.doesNotMatch(text, /<style|\sstyle="|\son\w+="/i, path);
    }
  });

  it("keeps the first load small", async () => {
    const { gzipSync } = await import("node:zlib");
    const gz = (text: string) => gzipSync(text).length;
    const first = [
      files.get("index.html") ?? "",
      ...Object.entries(assets.files)
        .filter(([name]) => !name.startsWith("explain-"))
        .map(([, text]) => text),
    ];
    const total = first.reduce((sum, text) => sum + gz(text), 0);
    assert.ok(total < 50 * 1024, `${total} bytes gzip`);
  });
});
