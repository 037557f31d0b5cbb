// helper.js: what firefox.test.js and webkit.test.js share. The site server
// (the proxycert binary serving a generated dist/), the recording proxy both
// browsers are sent through, the fixtures in testdata/ with what the page
// must show for each, and the page-side expressions the steps evaluate.
//
// Every page-side expression here is a string evaluated by the engine's own
// driver (puppeteer's page.evaluate, selenium's executeAsyncScript), so the
// two suites run the same checks.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

// The host binary and the generated site: $PROXYCERT_BIN and $PROXYCERT_DIST
// (relative to the working directory), else the repository's bin/ and dist/.
export const siteBin = fromEnv("PROXYCERT_BIN", "../../../bin/proxycert");
export const siteDist = fromEnv("PROXYCERT_DIST", "../../../dist");

function fromEnv(name, fallback) {
  return process.env[name] ? path.resolve(process.env[name]) : path.resolve(here, fallback);
}

// ---------------------------------------------------------------------------
// Fixtures and expectations
// ---------------------------------------------------------------------------

const expectations = JSON.parse(fs.readFileSync(path.join(here, "testdata", "expectations.json"), "utf8"));

// pastes: what each dialog pastes (text) and what the page must show for it.
export const pastes = Object.fromEntries(
  Object.entries(expectations.pastes).map(([name, want]) => {
    let text = fs.readFileSync(path.join(here, "testdata", want.file), "utf8");
    // A Windows message box copied with Ctrl+C holds CRLF lines, whatever
    // line ends a checkout gave the file.
    if (want.framed) text = text.replace(/\r?\n/g, "\r\n");
    return [name, { ...want, text }];
  }),
);

// links: the deep links the steps open, with what the page must show.
export const links = expectations.links;

// dialogLine is the English fixture's dialog sentence, the text of the
// pictures the screenshot step gives the page.
export const dialogLine = () => pastes.english.text.split(/\r?\n/).find((l) => l.startsWith("There is a problem"));

// screenshotHTML draws the English fixture's dialog as Windows' message box
// at 96 dpi (12 px text, the title bar, the icon, the OK button on its grey
// band), the mock-up app/e2e/ocrshots_test.go makes for Chromium, here for
// the engine to capture (#box) as the picture a user pastes. Noto Sans CJK
// JP, which .ci/run installs, stands for Segoe UI.
export function screenshotHTML() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
* { box-sizing: border-box; }
body { margin: 0; padding: 8px; font: 12px "Segoe UI", "Noto Sans CJK JP", sans-serif; color: #000; background: #fff; }
.box { width: 462px; background: #fff; border: 1px solid #888; }
.title { height: 30px; display: flex; align-items: center; justify-content: space-between; padding-left: 8px; }
.close { width: 45px; text-align: center; font-size: 16px; }
.content { display: flex; gap: 12px; padding: 20px 24px 24px 20px; }
.icon { flex: none; width: 32px; height: 32px; border-radius: 50%; background: #f3c317; border: 2px solid #c99a06; }
.text { line-height: 1.4; }
.buttons { background: #f0f0f0; padding: 11px 12px; text-align: right; }
.buttons span { display: inline-block; min-width: 75px; height: 23px; line-height: 21px; text-align: center; border: 1px solid #0078d7; background: #e1e1e1; }
</style></head><body><div class="box" id="box">
<div class="title"><span>Microsoft Outlook</span><span class="close">✕</span></div>
<div class="content"><div class="icon"></div><div class="text">${dialogLine()}</div></div>
<div class="buttons"><span>OK</span></div></div></body></html>`;
}

// canvasShotJS draws the dialog's title and text as the message box lays
// them out (12 px, wrapped at its text column's width) on a canvas in the
// page, and returns it as a PNG, base64: the picture for an engine whose
// WebDriver screenshots come out blank (see webkit.test.js).
export const canvasShotJS = (text) => `return new Promise((done) => {
  const c = document.createElement("canvas");
  c.width = 462; c.height = 150;
  const g = c.getContext("2d");
  g.fillStyle = "#fff"; g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = "#000"; g.font = '12px "Segoe UI", "Noto Sans CJK JP", sans-serif';
  g.fillText("Microsoft Outlook", 8, 19);
  let line = "", y = 50;
  for (const word of ${JSON.stringify(text)}.split(" ")) {
    if (line && g.measureText(line + word).width > 374) { g.fillText(line.trimEnd(), 64, y); y += 17; line = ""; }
    line += word + " ";
  }
  g.fillText(line.trimEnd(), 64, y);
  c.toBlob((b) => { const r = new FileReader(); r.onload = () => done(r.result.split(",")[1]); r.readAsDataURL(b); }, "image/png");
})`;

// pictureEventJS gives the text box a PNG (base64) as an image/png File in
// the DataTransfer of an event the page dispatches: "drop" (a file dragged
// from a folder) or "paste" (a ClipboardEvent, as Ctrl+V of a screenshot
// fires it). It returns "" once the page has taken the picture (the
// event's default prevented), else what went wrong.
export const pictureEventJS = (png, type) => `(() => {
  const bytes = Uint8Array.from(atob(${JSON.stringify(png)}), (c) => c.charCodeAt(0));
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], "screenshot.png", { type: "image/png" }));
  const init = { bubbles: true, cancelable: true };
  const e = ${JSON.stringify(type)} === "drop" ? new DragEvent("drop", { ...init, dataTransfer: dt })
    : new ClipboardEvent("paste", { ...init, clipboardData: dt });
  const carried = e.dataTransfer ?? e.clipboardData;
  if (carried?.files.length !== 1) return "this engine's ${type} event drops its DataTransfer's file";
  document.getElementById("paste").dispatchEvent(e);
  return e.defaultPrevented ? "" : "the page did not take the picture";
})()`;

// ---------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------

const children = new Map(); // child process -> started detached
// A test process that dies in the middle leaves no server or driver behind.
process.on("exit", () => {
  for (const [child, detached] of children) killTree(child, detached);
});

function killTree(child, detached) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // A detached child leads its own process group: this ends what it
    // started (xvfb-run's Xvfb, WebKitWebDriver's browser) with it.
    process.kill(detached ? -child.pid : child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

// start spawns a command; stop() ends it (and its group when detached) and
// waits for it to exit.
export function start(command, args, { detached = false, env } = {}) {
  const child = spawn(command, args, { detached, env, stdio: ["ignore", "pipe", "pipe"] });
  children.set(child, detached);
  let output = "";
  const keep = (d) => {
    output = (output + d).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => {
    child.once("exit", resolve);
    child.once("error", (err) => {
      keep(`${command}: ${err.message}\n`);
      resolve();
    });
  });
  return {
    child,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      killTree(child, detached);
      await exited;
      children.delete(child);
    },
  };
}

// freePort asks the kernel for a free loopback port.
export async function freePort() {
  const srv = net.createServer();
  await new Promise((resolve, reject) => srv.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

// poll calls fn until it returns a truthy value, and returns that value.
export async function poll(fn, what, timeout = 15_000, interval = 50) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// startSite serves the generated site on a free loopback port as a static
// host with Cache-Control: no-cache, and returns once it answers.
export async function startSite() {
  for (const [name, p] of [["PROXYCERT_BIN", siteBin], ["PROXYCERT_DIST", path.join(siteDist, "index.html")]]) {
    if (!fs.existsSync(p)) throw new Error(`${p} is missing: build the site (./build.sh build; go build -o bin/proxycert ./app) or set $${name}`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const proc = start(siteBin, ["serve", "--dir", siteDist, "--addr", `127.0.0.1:${port}`, "--no-open", "--cache", "no-cache", "--log"]);
  // The access log: one "METHOD PATH STATUS BYTES ENCODING" line per
  // request, the service worker's included.
  const requests = [];
  let partial = "";
  proc.child.stdout.on("data", (d) => {
    const lines = (partial + d).split("\n");
    partial = lines.pop();
    requests.push(...lines.filter((l) => /^[A-Z]+ \//.test(l)));
  });
  await poll(async () => {
    if (!proc.running()) throw new Error(`the site server exited: ${proc.output()}`);
    return (await fetch(origin + "/", { signal: AbortSignal.timeout(2000) })).ok;
  }, "the site server to answer");
  return { origin, stop: proc.stop, running: proc.running, requests: () => [...requests] };
}

// startProxy starts the proxy the browsers are configured with. The site on
// 127.0.0.1 is excluded from proxying in both browsers, so everything that
// reaches this proxy is a request to another origin (or the browser's own
// background traffic): it is recorded and refused, and nothing leaves the
// machine. peek() returns what was recorded, take() returns it and forgets it.
export async function startProxy() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { "content-type": "text/plain", connection: "close" });
    res.end("refused by the test's recording proxy\n");
  });
  server.on("connect", (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.on("error", () => {});
    socket.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
  });
  server.on("upgrade", (req, socket) => {
    seen.push(`${req.method} ${req.url} (upgrade to ${req.headers.upgrade})`);
    socket.destroy();
  });
  // Anything that is not HTTP (a TLS handshake sent to the proxy as to an
  // https:// proxy, say) is recorded too.
  server.on("clientError", (err, socket) => {
    seen.push(`unreadable request (${err.code}): ${err.rawPacket ? err.rawPacket.subarray(0, 24).toString("hex") : ""}`);
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: server.address().port,
    peek: () => [...seen],
    take: () => seen.splice(0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// ---------------------------------------------------------------------------
// Page-side expressions and checks. ev(expr) evaluates a JavaScript
// expression in the page (awaiting it if it is a promise) and returns its
// JSON value.
// ---------------------------------------------------------------------------

// renderedJS is true once the WebAssembly side has rendered the page: the
// pre-rendered HTML already has every element, but not these marks.
export const renderedJS = `!!(document.querySelector(".page[data-ready=true]") && !document.getElementById("app-wasm-loader"))`;

const answerJS = `(() => {
  const text = (sel) => document.querySelector(sel)?.textContent.trim() ?? null;
  return {
    code: text("#reading-code"),
    server: text("#reading-server code"),
    summary: text("#summary"),
    variant: text("#reading-variant"),
    dialogLanguage: text("#reading-language"),
    flags: [...document.querySelectorAll(".flag-card h4")].map((h) => h.textContent.trim()),
    lang: document.documentElement.lang,
    pathname: location.pathname,
    search: location.search,
    hash: location.hash,
  };
})()`;

// waitRendered waits for the wasm render of the page just opened.
export async function waitRendered(ev, what = "the wasm render") {
  await poll(() => ev(renderedJS), what, 30_000);
}

// readAnswer returns what the answer shows now.
export const readAnswer = (ev) => ev(answerJS);

// expectAnswer waits until the answer reads want.code, then checks the
// summary, the reading and the flag cards against want, and returns them.
export async function expectAnswer(ev, want, { flags = want.flags } = {}) {
  await poll(() => ev(`document.getElementById("reading-code")?.textContent.includes(${JSON.stringify(want.code)}) === true`),
    `the answer for ${want.code}`);
  const got = await readAnswer(ev);
  assert.ok(got.summary.includes(want.code), `summary ${JSON.stringify(got.summary)} lacks ${want.code}`);
  if (want.server) {
    assert.ok(got.summary.includes(want.server), `summary ${JSON.stringify(got.summary)} lacks ${want.server}`);
    assert.equal(got.server, want.server, "#reading-server code");
  }
  if (want.variant) assert.equal(got.variant, want.variant, "#reading-variant");
  if (want.dialogLanguage) assert.equal(got.dialogLanguage, want.dialogLanguage, "#reading-language");
  assert.deepEqual(got.flags, flags, ".flag-card h4, most decisive first");
  return got;
}

// The files the service worker pre-caches, as dist/app-worker.js lists them.
export function workerResources() {
  const src = fs.readFileSync(path.join(siteDist, "app-worker.js"), "utf8");
  const m = src.match(/const resourcesToCache = (\[[^\]]*\]);/);
  if (!m) throw new Error(`no resourcesToCache list in ${siteDist}/app-worker.js: go-app's worker template changed`);
  return JSON.parse(m[1]);
}

// workerStateJS reports whether a service worker controls the page and which
// of the files it must keep are not in its caches yet.
export const workerStateJS = (paths) => `(async (want) => {
  const have = new Set();
  for (const name of await caches.keys()) {
    for (const req of await (await caches.open(name)).keys()) have.add(new URL(req.url).pathname);
  }
  return { controlled: !!navigator.serviceWorker.controller, missing: want.filter((p) => !have.has(p)) };
})(${JSON.stringify(paths)})`;

// waitOfflineReady waits until the page is controlled by the service worker and
// its cache holds every file; a page that the worker claimed late is
// reloaded once (reload), as the brief of the offline step allows.
export async function waitOfflineReady(ev, reload) {
  const paths = workerResources();
  let state;
  const ready = async () => (state = await ev(workerStateJS(paths))).controlled && state.missing.length === 0;
  try {
    await poll(ready, "the service worker to control the page and cache every file", 20_000, 100);
  } catch (err) {
    if (state?.controlled || state?.missing.length !== 0) throw new Error(`${err.message}; ${JSON.stringify(state)}`);
    await reload();
    await poll(ready, "the reloaded page to be controlled");
  }
  return { paths, state };
}

// Probes for the watchers' self-check. The fetch goes to TEST-NET-1, which
// the page's Content-Security-Policy refuses before any connection (and the
// proxy would catch and refuse if it did not).
export const probe = "proxycert-probe";
export const probeJS = `(() => {
  console.error("${probe} console.error");
  setTimeout(() => { throw new Error("${probe} uncaught"); });
  Promise.reject(new Error("${probe} rejection"));
  fetch("http://192.0.2.1/${probe}").catch(() => {});
  return true;
})()`;
export const probeHost = `${probe}.invalid`;

// failIfAny fails with every problem listed, one a line.
export function failIfAny(problems, what) {
  assert.deepEqual(problems, [], `${what}:\n  ${problems.join("\n  ")}`);
}

// sharedSteps declares, through step, the steps both engines take in the
// same order after their own first ones (loading / and proving their
// watchers). b drives one engine: ev evaluates in the page, open loads a
// path, paste pastes text into the box, shoot makes a picture of the English
// dialog as a PNG (base64), pasteImage gives
// the page that picture (and says how), click clicks a CSS selector, reload
// reloads the page with its watchers; origin, requests and stopSite are the
// site server's.
export function sharedSteps(step, b) {
  step("paste the framed English dialog", async () => {
    await b.paste(pastes.english.text);
    await expectAnswer(b.ev, pastes.english);
  });

  step("paste the Japanese dialog", async () => {
    await b.paste(pastes.japanese.text);
    await expectAnswer(b.ev, pastes.japanese);
  });

  step("open a fragment link", async () => {
    await b.open(links.fragment.path);
    await expectAnswer(b.ev, links.fragment);
  });

  step("open a code's static page with the server in the fragment", async () => {
    await b.open(links.codePage.path);
    await expectAnswer(b.ev, links.codePage);
  });

  step("open a query link", async () => {
    await b.open(links.query.path);
    const got = await expectAnswer(b.ev, links.query);
    // The address settles where the page's copy link points: the code's
    // static page, the rest in the fragment, no query.
    assert.equal(got.search, "", "the query is gone");
    assert.ok(got.pathname.endsWith(links.query.settles.path), `the address is on ${got.pathname}`);
    assert.equal(got.hash, links.query.settles.hash);
  });

  step("switch the language to Japanese and back", async () => {
    const english = await readAnswer(b.ev);
    assert.equal(english.lang, "en");
    await b.click('.lang-switch .lang-button[lang="ja"]');
    await poll(() => b.ev(`document.documentElement.lang === "ja"`), "html lang ja");
    const japanese = await expectAnswer(b.ev, links.query, { flags: links.query.flagsJapanese });
    assert.notEqual(japanese.summary, english.summary, "the summary is translated");
    await b.click('.lang-switch .lang-button[lang="en"]');
    await poll(() => b.ev(`document.documentElement.lang === "en"`), "html lang en");
    const back = await expectAnswer(b.ev, links.query);
    assert.equal(back.summary, english.summary, "the English summary is back");
  });

  step("paste a screenshot of the English dialog: read in the page, answered as its text", async (t) => {
    const png = await b.shoot();
    await b.open("/"); // an empty box: what the reading puts there is the picture's
    const how = await b.pasteImage(png);
    t.diagnostic(how);
    // The reader's first use downloads and starts it (some 4 MB): longer than a step's usual wait.
    await poll(() => b.ev(`!document.getElementById("image-status") && !!document.getElementById("from-image")`),
      "the picture to be read", 60_000, 100);
    const want = pastes.english;
    await expectAnswer(b.ev, { code: want.code, server: want.server, flags: want.flags });
    const reader = b.requests().filter((l) => l.includes("/web/ocr/"));
    assert.ok(reader.length > 0 && reader.every((l) => / 200 /.test(l)), `the reader came from the site: ${reader.join(" | ")}`);
  });

  step("offline: a never-visited query link and code page are answered through the service worker", async (t) => {
    const { paths } = await waitOfflineReady(b.ev, b.reload);
    // Everything since the first visit came from one download of app.wasm,
    // compressed: the worker took the page's copy, and served every later
    // page.
    const wasm = b.requests().filter((l) => l.startsWith("GET ") && l.split(" ")[1].endsWith("/web/app.wasm"));
    assert.equal(wasm.length, 1, `app.wasm fetched ${wasm.length} times: ${wasm.join(" | ")}`);
    assert.match(wasm[0], / 200 \d+ (br|gzip)$/, "app.wasm is sent compressed");
    t.diagnostic(`${wasm[0]}; ${paths.length} files cached; stopping the server`);
    await b.stopSite();
    await assert.rejects(fetch(b.origin + "/"), "the server is down");
    await b.open(links.offline.path);
    await expectAnswer(b.ev, links.offline);
    await b.open(links.offlineCodePage.path);
    await expectAnswer(b.ev, links.offlineCodePage);
  });
}
