// The page in a real browser (Debian's chromium through playwright-core), against
// the server on 127.0.0.1 and against the static site. Screenshots go to
// test-artifacts/ for a person to look at.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { listen, type Running } from "../../src/server/node.ts";
import { webAssets } from "../../src/web/assets.ts";
import { siteFiles } from "../../src/web/site.ts";
import { collectErrors, launch, screenshot } from "./helpers/browser.ts";
import { serveDir } from "./helpers/static-server.ts";

const PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)"];
const LOG = [
  "2024-05-01 10:00:01 GET /api failed: [WinError 10054] An existing connection was forcibly closed by the remote host",
  "2024-05-01 10:00:02 retrying",
  "2024-05-01 10:00:03 Error: connect ECONNREFUSED 10.0.0.5:5432",
  "2024-05-01 10:00:04 [WinError 10054] again",
  "2024-05-01 10:00:05 dial tcp 10.0.0.9:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
].join("\n");

let browser: Browser;
let server: Running;
let context: BrowserContext;
let page: Page;
let errors: string[];

before(async () => {
  [browser, server] = await Promise.all([launch(), listen({ port: 0, host: "127.0.0.1" })]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context per test: no cookies or storage carried over; dialogs are failures. */
async function open(options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  page = await context.newPage();
  errors = collectErrors(page);
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

describe("on the server", () => {
  it("searches as you type and opens a result from the keyboard", async () => {
    await open();
    await page.goto(`${server.url}/`);
    await page.click("#q");
    await page.keyboard.type("conn");
    await page.waitForSelector("#q-results [role=option]");
    assert.equal(await page.getAttribute("#q", "aria-expanded"), "true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const active = await page.getAttribute("#q", "aria-activedescendant");
    assert.equal(active, "q-option-1");
    const href = await page.getAttribute(`#${active} a`, "href");
    await screenshot(page, "search-as-you-type");
    await Promise.all([page.waitForURL(`${server.url}${href}`), page.keyboard.press("Enter")]);
    assert.match((await page.textContent("h1")) ?? "", /\S/);
    assert.deepEqual(errors, []);
  });

  it("finds German message words and hex values", async () => {
    await open();
    await page.goto(`${server.url}/`);
    await page.fill("#q", "Zielcomputer verweigerte");
    await page.waitForSelector("#q-option-0");
    assert.match((await page.textContent("#q-option-0")) ?? "", /WSAECONNREFUSED/);
    await page.fill("#q", "0x274C");
    await page.waitForFunction(() => document.querySelector("#q-option-0")?.textContent?.includes("WSAETIMEDOUT"));
  });

  it("opens a deep link, redirected to the code's page", async () => {
    await open();
    await page.goto(`${server.url}/WSAECONNRESET`);
    assert.equal(page.url(), `${server.url}/10054`);
    assert.equal(await page.textContent("h1"), "Connection reset by peer");
    assert.ok((await page.locator("table.crosswalk tr").count()) >= 5);
    await screenshot(page, "code-page");
    assert.deepEqual(errors, []);
  });

  it("switches to German and remembers it", async () => {
    await open({ locale: "en-US" });
    await page.goto(`${server.url}/10061`);
    await Promise.all([page.waitForURL(/lang=de/), page.click("[data-lang-switch=de]")]);
    assert.equal(await page.getAttribute("html", "lang"), "de");
    await page.goto(`${server.url}/10054`);
    assert.equal(await page.getAttribute("html", "lang"), "de");
    assert.match((await page.textContent("main")) ?? "", /Typische Ursachen/);
    await screenshot(page, "code-page-de");
  });

  it("takes German from the browser's language, in dark mode on a phone", async () => {
    await open({ locale: "de-DE", colorScheme: "dark", viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${server.url}/10060`);
    assert.equal(await page.getAttribute("html", "lang"), "de");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, "rgb(13, 17, 23)");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page wider than the phone by ${overflow}px`);
    await page.screenshot({ path: "test-artifacts/code-page-phone-dark.png" });
  });

  it("explains a pasted log: a chart of counts and findings linking to code pages", async () => {
    await open();
    await page.goto(`${server.url}/`);
    await page.fill("#explain-text", LOG);
    await page.click("#explain-form button[type=submit]");
    await page.waitForSelector("table.chart tbody tr");
    const chart = await page.locator("table.chart tbody tr").allTextContents();
    assert.match(chart[0] ?? "", /WSAECONNRESET.*2/);
    assert.ok(chart.some((row) => /WSAECONNREFUSED/.test(row)));
    assert.ok(chart.some((row) => /WSAETIMEDOUT/.test(row)));
    assert.equal(await page.locator("table.findings tbody tr").count(), 4);
    // Each row says where its line comes from: Windows' text and Python's WinError are Windows';
    // Node's "connect ECONNREFUSED" is printed alike on every system.
    const platforms = await page.locator("table.findings tbody td.platform").allTextContents();
    assert.deepEqual(platforms, ["Windows", "either", "Windows", "Windows"]);
    await page.locator("#explain-output").screenshot({ path: "test-artifacts/explain.png" });
    await Promise.all([page.waitForURL(`${server.url}/10054`), page.click("table.findings a >> nth=0")]);
    assert.deepEqual(errors, []);
  });

  it("explains a dropped file", async () => {
    await open();
    await page.goto(`${server.url}/`);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "app.log", { type: "text/plain" }));
      return data;
    }, LOG);
    await page.dispatchEvent("#explain-form", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("#explain-form", "drop", { dataTransfer: transfer });
    await page.waitForSelector("table.findings tbody tr");
    assert.match((await page.textContent("table.findings tbody tr")) ?? "", /app\.log:1/);
  });

  it("reads a dropped file in Windows-1252 untold, and again in the code page chosen for it", async () => {
    await open();
    await page.goto(`${server.url}/`);
    // French Windows' 10061 text in windows-1252 (test/fixtures/encodings/README.md): its bytes
    // beyond ASCII are no UTF-8, so they are read as windows-1252 untold; as Cyrillic
    // (windows-1251) its accented letters are other letters and the text is not found.
    const bytes = [...readFileSync(new URL("../fixtures/encodings/fr-windows-1252.log", import.meta.url))];
    const transfer = await page.evaluateHandle((data) => {
      const list = new DataTransfer();
      list.items.add(new File([new Uint8Array(data)], "php.log", { type: "text/plain" }));
      return list;
    }, bytes);
    await page.dispatchEvent("#explain-form", "drop", { dataTransfer: transfer });
    await page.waitForSelector("table.findings tbody tr");
    assert.match((await page.textContent("table.findings tbody tr")) ?? "", /php\.log:1.*WSAECONNREFUSED/s);
    await page.selectOption("#explain-encoding", "windows-1251");
    await page.waitForFunction(() => document.querySelectorAll("table.findings tbody tr").length === 0);
    await page.selectOption("#explain-encoding", "windows-1252");
    await page.waitForSelector("table.findings tbody tr");
    assert.match((await page.textContent("table.findings tbody tr")) ?? "", /php\.log:1.*WSAECONNREFUSED/s);
    assert.match(await page.inputValue("#explain-text"), /l’ordinateur cible l’a expressément refusée/);
    assert.deepEqual(errors, []);
  });

  it("says so when a dropped .gz cannot be decompressed, and explains a good one", async () => {
    await open();
    await page.goto(`${server.url}/`);
    const drop = async (name: string, base64: string) => {
      const transfer = await page.evaluateHandle(
        ([fileName, data]) => {
          const bytes = Uint8Array.from(atob(data as string), (char) => char.charCodeAt(0));
          const list = new DataTransfer();
          list.items.add(new File([bytes], fileName as string));
          return list;
        },
        [name, base64],
      );
      await page.dispatchEvent("#explain-form", "drop", { dataTransfer: transfer });
    };
    await drop("broken.log.gz", Buffer.from("not gzip at all [WinError 10054]").toString("base64"));
    await page.waitForSelector("#explain-output .error");
    assert.match((await page.textContent("#explain-output .error")) ?? "", /broken\.log\.gz/);
    await drop("app.log.gz", gzipSync(LOG).toString("base64"));
    await page.waitForSelector("table.findings tbody tr");
    assert.match((await page.textContent("table.findings tbody tr")) ?? "", /app\.log\.gz:1/);
    // A UTF-16 log, as Windows PowerShell writes one.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOG, "utf16le")]);
    await drop("ps.log", utf16.toString("base64"));
    await page.waitForFunction(() =>
      /ps\.log:1/.test(document.querySelector("table.findings tbody tr")?.textContent ?? ""),
    );
    // Cut short: what it held up to there is explained, and a note says the file ends early.
    const lines = Array.from({ length: 20_000 }, (_, index) =>
      index % 50 === 3 ? `${index} [WinError 10061] refused` : `${index} ok ${"x".repeat(30)}`,
    );
    const whole = gzipSync(`${lines.join("\n")}\n`);
    await drop("cut.log.gz", whole.subarray(0, Math.floor(whole.length / 2)).toString("base64"));
    await page.waitForSelector("#explain-output p[role=status]");
    assert.match((await page.textContent("#explain-output p[role=status]")) ?? "", /cut\.log\.gz.*cut short/);
    const rows = await page.locator("table.findings tbody tr").count();
    assert.ok(rows > 10, `${rows} findings`);
    // Two members (`gzip -c more >> app.log.gz`) and junk after them: Chromium's DecompressionStream
    // stops after the first member; the page reads on (src/web/client/gzip-members.ts) and says
    // the junk was ignored. A rotated log compressed without a .gz name is read too.
    const members = Buffer.concat([
      gzipSync("first [WinError 10054]\n"),
      gzipSync("second [WinError 10061]\n"),
      Buffer.from("junk after the data\n"),
    ]);
    await drop("rotated.log.1", members.toString("base64"));
    await page.waitForFunction(() =>
      /rotated\.log\.1:2/.test(document.querySelector("table.findings")?.textContent ?? ""),
    );
    assert.match((await page.textContent("#explain-output p[role=status]")) ?? "", /rotated\.log\.1.*not gzip/);
    // A gzip bomb: decompressed, it would pass 32 MB; reading stops there and says so.
    const bomb = gzipSync(`[WinError 10054] reset\n${"all quiet\n".repeat(3_600_000)}`);
    assert.ok(bomb.length < 1 << 20 && 10 * 3_600_000 > 32 << 20);
    await drop("bomb.log.gz", bomb.toString("base64"));
    await page.waitForFunction(
      () => /first 32 MB/.test(document.querySelector("#explain-output p[role=status]")?.textContent ?? ""),
      undefined,
      { timeout: 60_000 },
    );
  });

  it("keeps every payload inert: search, code URLs and explain", async () => {
    await open();
    await page.goto(`${server.url}/`);
    for (const payload of PAYLOADS) {
      await page.fill("#q", payload);
      await page.waitForTimeout(50);
    }
    await page.fill("#explain-text", PAYLOADS.map((payload) => `${payload} [WinError 10054]`).join("\n"));
    await page.click("#explain-form button[type=submit]");
    await page.waitForSelector("table.findings tbody tr");
    for (const payload of PAYLOADS) {
      await page.goto(`${server.url}/${encodeURIComponent(payload)}`);
      await page.goto(`${server.url}/?q=${encodeURIComponent(payload)}`);
      assert.equal(await page.inputValue("#q"), payload);
    }
    assert.equal(await page.locator("img").count(), 0);
    assert.deepEqual(
      errors.filter((error) => !/404|300/.test(error)),
      [],
    );
  });

  it("works without JavaScript: the code page and a search", async () => {
    await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/10054`);
    assert.equal(await page.textContent("h1"), "Connection reset by peer");
    await page.fill("#q", "connection refused");
    await Promise.all([page.waitForURL(/\?q=/), page.press("#q", "Enter")]);
    assert.ok((await page.locator("main a[href='/10061']").count()) > 0);
    await screenshot(page, "no-javascript-search");
  });
});

describe("as a static site", () => {
  let dir: string;
  let site: { url: string; close: () => Promise<void> };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "wsaerr-site-"));
    for (const [path, contents] of siteFiles(await webAssets())) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), contents);
    }
    site = await serveDir(dir);
  });
  after(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("searches in the browser and opens the code's page", async () => {
    await open({ locale: "en-US" });
    await page.goto(`${site.url}/`);
    await page.click("#q");
    await page.keyboard.type("econnreset");
    await page.waitForSelector("#q-option-0");
    await Promise.all([page.waitForURL(`${site.url}/10054/`), page.keyboard.press("Enter")]);
    assert.equal(await page.textContent("h1"), "Connection reset by peer");
    assert.deepEqual(errors, []);
  });

  it("remembers German and opens it on the next visit", async () => {
    await open({ locale: "en-US" });
    await page.goto(`${site.url}/10054/`);
    await Promise.all([page.waitForURL(`${site.url}/de/10054/`), page.click("[data-lang-switch=de]")]);
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/de/`);
    assert.equal(await page.getAttribute("html", "lang"), "de");
  });

  it("explains a log without a server", async () => {
    await open({ locale: "en-US" });
    await page.goto(`${site.url}/`);
    await page.fill("#explain-text", LOG);
    await page.click("#explain-form button[type=submit]");
    await page.waitForSelector("table.findings tbody tr");
    assert.equal(await page.getAttribute("table.findings a >> nth=0", "href"), "./10054/");
    await screenshot(page, "static-explain");
    assert.deepEqual(errors, []);
  });
});
