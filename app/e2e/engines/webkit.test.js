// webkit.test.js: the page in WebKitGTK (Safari's engine), driven by
// selenium-webdriver through WebKitWebDriver and its MiniBrowser. `npm test`
// runs it with firefox.test.js; alone:
//   node --test webkit.test.js
// Needs: Debian's webkit2gtk-driver (WebKitWebDriver, MiniBrowser), xvfb and
// xauth (xvfb-run), `npm ci` in this folder, and a built site
// ($PROXYCERT_BIN, $PROXYCERT_DIST; see helper.js). $PROXYCERT_WEBKITWEBDRIVER
// and $PROXYCERT_MINIBROWSER override the binaries' paths.
//
// WebKitWebDriver is started on a free port under `xvfb-run -a`: this
// MiniBrowser is a GTK 3 window and has no headless mode (it refuses
// --headless, and the session then never starts). In --automation mode it
// uses an ephemeral session, so every run starts with no cache, storage or
// service worker.
//
// What is watched, and fails the step during which it shows:
// - requests to any other origin: MiniBrowser's --proxy sends every scheme
//   through the recording proxy of helper.js, 127.0.0.1 (the site) excepted
//   by --ignore-host. Not the WebDriver proxy capability: WebKitWebDriver
//   turns its sslProxy "host:port" into an https:// proxy, so HTTPS requests
//   would reach the proxy as a TLS handshake instead of a CONNECT;
// - console.error calls, uncaught exceptions, unhandled rejections, the
//   Content-Security-Policy's refusals, resources that failed to load, and a
//   Go panic printed by wasm_exec.js: by listeners and console wrappers that
//   each open() installs in the page (watcherJS below) as soon as
//   WebKitWebDriver returns from the navigation, and that are read before
//   the next one. WebKitWebDriver 2.50 offers no console log and no
//   WebDriver BiDi (a session asking for webSocketUrl is refused), and
//   MiniBrowser's --enable-write-console-messages-to-stdout prints nothing
//   under WebKitWebDriver (it does when MiniBrowser runs alone). So what
//   happens before the load event (the parsing of index.html and the run of
//   app.js) is not seen by these listeners; an error there would leave the
//   page without its wasm render, which every step waits for. The wasm
//   starts after the load event (the last test names any page rendered
//   before its watchers were in), so its run is watched. The test after the
//   load proves that the console, exception, rejection, CSP and proxy
//   watchers report what they must (a failed load and a Go panic are not
//   staged).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { Builder, By, Key } from "selenium-webdriver";

import {
  canvasShotJS, dialogLine, failIfAny, freePort, pictureEventJS, poll, probe, probeHost, probeJS, renderedJS, sharedSteps,
  start, startProxy, startSite, waitRendered,
} from "./helper.js";

const webkitWebDriver = process.env.PROXYCERT_WEBKITWEBDRIVER || "/usr/bin/WebKitWebDriver";
const miniBrowser = process.env.PROXYCERT_MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// watcherJS records the page's problems in window.__proxycertProblems and
// returns whether the wasm render had already happened (then its start was
// not watched).
const watcherJS = `(() => {
  if (window.__proxycertProblems) return false;
  const problems = (window.__proxycertProblems = []);
  const str = (v) => (v instanceof Error ? \`\${v.name}: \${v.message}\` : String(v));
  addEventListener("error", (e) => {
    if (e instanceof ErrorEvent) problems.push(\`uncaught: \${e.message} (\${e.filename}:\${e.lineno})\`);
    else problems.push(\`failed to load: <\${e.target.localName}> \${e.target.src || e.target.href || ""}\`);
  }, true);
  addEventListener("unhandledrejection", (e) => problems.push("unhandled rejection: " + str(e.reason)));
  document.addEventListener("securitypolicyviolation", (e) =>
    problems.push(\`CSP refused \${e.blockedURI || "an inline resource"} (\${e.violatedDirective})\`));
  const error = console.error;
  console.error = function (...args) {
    problems.push("console.error: " + args.map(str).join(" "));
    return error.apply(this, args);
  };
  const log = console.log;
  console.log = function (...args) {
    const line = args.map(str).join(" ");
    if (/^(panic: |fatal error: )/.test(line)) problems.push("Go runtime: " + line);
    return log.apply(this, args);
  };
  return ${renderedJS};
})()`;

let site, proxy, wd, driver;
const problems = []; // read from the pages, not yet reported
const late = []; // pages whose wasm render came before the watchers

// ev evaluates an expression in the page, awaiting a promise.
async function ev(expr) {
  const r = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    Promise.resolve().then(() => (${expr})).then((v) => done({ v }), (e) => done({ e: String((e && e.stack) || e) }));`);
  if (r && "e" in r) throw new Error(`in the page: ${r.e}`);
  return r?.v;
}

// harvest moves what the current page's watchers saw into problems.
async function harvest() {
  problems.push(...(await ev("(window.__proxycertProblems || []).splice(0)")));
}

async function watch(path) {
  if (await ev(watcherJS)) late.push(path);
  await waitRendered(ev);
}

async function open(path) {
  await harvest();
  // about:blank first: a link that differs from the current address only in
  // its fragment would otherwise not load the page again.
  await driver.get("about:blank");
  await driver.get(site.origin + path);
  await watch(path);
}

// paste puts text on the clipboard and pastes it over the box's content
// with Ctrl+A, Ctrl+V, typed through WebKitWebDriver's key actions: a real
// paste (paste event, then an input event of inputType insertFromPaste),
// from the X clipboard of the run's own Xvfb display. The page writes the
// clipboard itself, which MiniBrowser's --javascript-can-access-clipboard
// allows without a user gesture.
async function paste(text) {
  await ev(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await ev(`(window.__pasteInput = null, document.getElementById("paste").addEventListener("input", (e) => (window.__pasteInput = e.inputType), { once: true }), true)`);
  await driver.findElement(By.id("paste")).click();
  await driver.actions().keyDown(Key.CONTROL).sendKeys("a").sendKeys("v").keyUp(Key.CONTROL).perform();
  assert.equal(await poll(() => ev("window.__pasteInput"), "the box's input event"), "insertFromPaste");
}

const click = async (sel) => (await driver.findElement(By.css(sel))).click();

// shoot draws the English dialog's title and text on a canvas in the page
// (canvasShotJS) and returns it as a PNG, base64. WebKitGTK's WebDriver
// screenshots do not serve here (2.50 under Xvfb, measured): an element
// screenshot of the mock-up (screenshotHTML), opened in a new tab, never
// returns; in the same tab, as a data: URL or written into about:blank, it
// returns a blank 428-character PNG, the box laid out without its style.
async function shoot() {
  return await driver.executeScript(canvasShotJS(dialogLine()));
}

// pasteImage pastes the PNG into the box as a ClipboardEvent whose
// clipboardData holds it as an image/png File (pictureEventJS), which the
// page's paste handler reads as it reads Ctrl+V of a screenshot. Not
// through the system clipboard: WebKitGTK 2.50 under Xvfb (measured) lets
// navigator.clipboard.write of an image/png ClipboardItem resolve, yet
// Ctrl+V in the box then fires a paste event with no file.
async function pasteImage(png) {
  assert.equal(await ev(pictureEventJS(png, "paste")), "");
  return "pasted as a ClipboardEvent carrying the file (WebKitGTK's clipboard gives no picture to Ctrl+V)";
}

// problemsSoFar returns and forgets what every watcher saw.
async function problemsSoFar() {
  await harvest().catch((err) => problems.push(`could not read the page's watchers: ${err.message}`));
  return [...problems.splice(0), ...proxy.take().map((r) => `request to another origin (seen by the proxy): ${r}`)];
}

// step declares one named test; whatever the watchers saw while it ran
// fails it (and is only listed when the step failed on its own).
function step(name, fn) {
  test(`webkit: ${name}`, { timeout: 90_000 }, async (t) => {
    try {
      await fn(t);
    } catch (err) {
      const seen = await problemsSoFar();
      if (seen.length) t.diagnostic(`the watchers also saw: ${seen.join(" | ")}`);
      throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    failIfAny(await problemsSoFar(), "during this step");
  });
}

before(async () => {
  proxy = await startProxy();
  site = await startSite();
  const port = await freePort();
  // The browser's language, as the page reads it (navigator.language), is
  // English whatever the machine's locale: WebKitGTK takes it from $LANG.
  // (GTK warns on stderr when that locale is not generated; it still works.)
  const env = { ...process.env, LANG: "en_US.UTF-8" };
  for (const name of ["LANGUAGE", "LC_ALL", "LC_MESSAGES"]) delete env[name];
  wd = start("xvfb-run", ["-a", webkitWebDriver, `--port=${port}`], { detached: true, env });
  const url = `http://127.0.0.1:${port}`;
  await poll(async () => {
    if (!wd.running()) throw new Error(`xvfb-run ${webkitWebDriver} exited: ${wd.output()}`);
    return (await (await fetch(url + "/status", { signal: AbortSignal.timeout(2000) })).json()).value?.ready;
  }, "WebKitWebDriver to answer");
  const session = new Builder().disableEnvironmentOverrides().usingServer(url).withCapabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": {
      binary: miniBrowser,
      args: [
        "--automation",
        "--javascript-can-access-clipboard=true",
        `--proxy=http://127.0.0.1:${proxy.port}`,
        "--ignore-host=127.0.0.1",
      ],
    },
  }).build();
  // A browser that does not start (a bad argument) leaves the session
  // request waiting for ever.
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no WebKit session after 30 s: ${wd.output()}`)), 30_000);
  });
  driver = await Promise.race([session, timeout]).finally(() => clearTimeout(timer));
});

after(async () => {
  await driver?.quit().catch(() => {});
  await wd?.stop();
  await site?.stop();
  await proxy?.close();
});

step("load / and wait for the wasm render", async (t) => {
  const caps = await driver.getCapabilities();
  t.diagnostic(`${caps.get("browserName")} ${caps.get("browserVersion")}, ${site.origin}`);
  await open("/");
  assert.equal(await ev("document.documentElement.lang"), "en");
  t.diagnostic(`navigator.language ${await ev("navigator.language")}; ${await ev("navigator.userAgent")}`);
});

step("the watchers catch a console error, an uncaught exception, a rejection, a CSP refusal and a request to another origin", async (t) => {
  // executeScript runs in the page's own world (wasm_exec.js's Go is
  // there), so the wrapped console is the one the page calls.
  assert.equal(await ev("typeof Go"), "function");
  await ev(probeJS);
  const want = ["console.error", "uncaught", "rejection", "192.0.2.1"];
  await poll(async () => {
    await harvest();
    return want.every((w) => problems.some((p) => p.includes(probe) && p.includes(w)));
  }, "every probe to be reported");
  assert.ok(problems.some((p) => p.startsWith("CSP refused http://192.0.2.1/")), `the fetch is refused by the CSP: ${problems}`);
  // The browser's requests to another origin go through the proxy: a
  // navigation there, plain and TLS, is recorded (and refused). It is made
  // in a tab of its own. In this ephemeral session, taking the site's only
  // tab to another site and back leaves the page controlled by its service
  // worker but the worker's cache empty (listed, with no entries; WebKitGTK
  // 2.50.6, not with about:blank, data: or another port of 127.0.0.1), and
  // the offline step would then fail for WebKit's reason, not the page's.
  const siteTab = await driver.getWindowHandle();
  await driver.switchTo().newWindow("tab");
  for (const url of [`http://${probeHost}/`, `https://${probeHost}/`]) {
    await driver.get(url).catch(() => {}); // refused by the proxy
  }
  await driver.close();
  await driver.switchTo().window(siteTab);
  const requests = await poll(() => {
    const r = proxy.peek();
    return r.includes(`GET http://${probeHost}/`) && r.includes(`CONNECT ${probeHost}:443`) && r;
  }, "the proxy to record both probes");
  assert.ok(!requests.some((r) => r.includes("192.0.2.1")), `the CSP let the probe fetch out: ${requests}`);
  t.diagnostic(`caught: ${[...problems.splice(0), ...proxy.take()].join(" | ")}`);
});

sharedSteps(step, {
  ev, open, paste, click, shoot, pasteImage,
  reload: async () => {
    await harvest();
    await driver.navigate().refresh();
    await watch("(reload)");
  },
  get origin() { return site.origin; },
  requests: () => site.requests(),
  stopSite: () => site.stop(),
});

step("nothing else reached the console, the error handlers or the proxy", async (t) => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (late.length) t.diagnostic(`rendered before the watchers were in: ${late.join(", ")}`);
});
