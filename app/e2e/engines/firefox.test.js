// firefox.test.js: the page in Firefox ESR (Gecko), driven by puppeteer-core
// over WebDriver BiDi. `npm test` runs it with webkit.test.js; alone:
//   node --test firefox.test.js
// Needs: Debian's firefox-esr ($PROXYCERT_FIREFOX, default
// /usr/bin/firefox-esr), `npm ci` in this folder, and a built site
// ($PROXYCERT_BIN, $PROXYCERT_DIST; see helper.js).
//
// One headless Firefox with a fresh temporary profile (puppeteer makes it and
// deletes it) runs every step in order, each a named test. What is watched,
// and fails the step during which it shows:
// - console: console.error calls (puppeteer's "console" event, type error),
//   and a Go panic printed by wasm_exec.js (type log, "panic: ...");
// - uncaught exceptions and unhandled rejections, and the Content-Security-
//   Policy's refusals, which Firefox reports as errors too ("pageerror");
// - requests that failed (puppeteer's "requestfailed");
// - requests to any other origin: Firefox is sent through the recording proxy
//   of helper.js (Firefox never proxies 127.0.0.1, where the site is), and its
//   own background traffic is turned off by the prefs below, so the proxy sees
//   nothing unless the page, or Firefox, reaches out.
// The test after the load proves that each of these watchers reports what
// it must (a Go panic is not staged: the pattern is only matched).

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import puppeteer from "puppeteer-core";

import {
  failIfAny, pictureEventJS, poll, probe, probeHost, probeJS, screenshotHTML, sharedSteps, startProxy, startSite,
  waitRendered,
} from "./helper.js";

const firefox = process.env.PROXYCERT_FIREFOX || "/usr/bin/firefox-esr";

// Firefox's own traffic, off. Puppeteer's profile defaults already turn off
// safebrowsing, updates, health reports and the like; these add telemetry,
// Remote Settings, Normandy and Nimbus, push, captive portal and
// connectivity checks, region and search lookups, DNS over HTTPS and
// prefetching, and the add-on, media plugin and ML downloads. Remote
// Settings ignores its server pref unless MOZ_REMOTE_SETTINGS_DEVTOOLS=1 is
// in the environment (set at launch); without it a fresh profile calls
// firefox.settings.services.mozilla.com about 15 times in its first 20 s.
const quietPrefs = {
  "services.settings.server": "data:,#remote-settings-off",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "toolkit.telemetry.server": "data:,",
  "toolkit.telemetry.archive.enabled": false,
  "toolkit.telemetry.newProfilePing.enabled": false,
  "toolkit.telemetry.firstShutdownPing.enabled": false,
  "toolkit.telemetry.shutdownPingSender.enabled": false,
  "toolkit.telemetry.updatePing.enabled": false,
  "toolkit.telemetry.bhrPing.enabled": false,
  "toolkit.coverage.endpoint.base": "",
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "datareporting.usage.uploadEnabled": false,
  "app.update.auto": false,
  "app.update.disabledForTesting": true,
  "app.normandy.enabled": false,
  "app.normandy.api_url": "",
  "app.shield.optoutstudies.enabled": false,
  "messaging-system.rsexperimentloader.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "browser.safebrowsing.blockedURIs.enabled": false,
  "browser.safebrowsing.passwords.enabled": false,
  "browser.safebrowsing.provider.google4.updateURL": "",
  "browser.safebrowsing.provider.google4.gethashURL": "",
  "browser.safebrowsing.provider.mozilla.updateURL": "",
  "browser.safebrowsing.provider.mozilla.gethashURL": "",
  "extensions.blocklist.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.update.enabled": false,
  "extensions.systemAddon.update.enabled": false,
  "extensions.webservice.discoverURL": "",
  "extensions.abuseReport.enabled": false,
  "media.gmp-manager.updateEnabled": false,
  "media.gmp-manager.url": "",
  "media.gmp-gmpopenh264.enabled": false,
  "security.remote_settings.crlite_filters.enabled": false,
  "security.remote_settings.intermediates.enabled": false,
  "security.OCSP.enabled": 0,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.trr.mode": 5,
  "doh-rollout.disable-heuristics": true,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.predictor.enabled": false,
  "network.http.speculative-parallel-limit": 0,
  "browser.places.speculativeConnect.enabled": false,
  "dom.push.enabled": false,
  "dom.push.connection.enabled": false,
  "dom.push.serverURL": "",
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.search.geoip.url": "",
  "browser.search.update": false,
  "browser.newtabpage.enabled": false,
  "browser.newtab.preload": false,
  "browser.newtabpage.activity-stream.feeds.telemetry": false,
  "browser.newtabpage.activity-stream.telemetry": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.newtabpage.activity-stream.feeds.system.topstories": false,
  "browser.newtabpage.activity-stream.default.sites": "",
  "browser.topsites.contile.enabled": false,
  "browser.urlbar.quicksuggest.enabled": false,
  "browser.urlbar.suggest.searches": false,
  "browser.discovery.enabled": false,
  "browser.translations.enable": false,
  "browser.ml.enable": false,
  "browser.ml.chat.enabled": false,
  "browser.shopping.experience2023.enabled": false,
  "geo.provider.network.url": "",
  "identity.fxaccounts.enabled": false,
  "signon.management.page.breach-alerts.enabled": false,
  "datareporting.policy.firstRunURL": "",
};

let site, proxy, browser, page;
const problems = []; // what the console and error watchers saw, not yet reported

const ev = (expr) => page.evaluate(expr);

async function open(path) {
  // about:blank first: a link that differs from the current address only in
  // its fragment would otherwise not load the page again.
  await page.goto("about:blank");
  await page.goto(site.origin + path);
  await waitRendered(ev);
}

// paste puts text on the clipboard and pastes it over the box's content
// with Ctrl+A, Ctrl+V: a real paste (paste event, then an input event of
// inputType insertFromPaste). The page writes the clipboard itself, which
// the pref dom.events.testing.asyncClipboard allows without a user gesture;
// headless Firefox keeps its own clipboard, apart from the desktop's.
async function paste(text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => {
    window.__pasteInput = null;
    document.getElementById("paste").addEventListener("input", (e) => (window.__pasteInput = e.inputType), { once: true });
  });
  await page.focus("#paste");
  await page.keyboard.down("Control");
  await page.keyboard.press("KeyA");
  await page.keyboard.press("KeyV");
  await page.keyboard.up("Control");
  assert.equal(await poll(() => ev("window.__pasteInput"), "the box's input event"), "insertFromPaste");
}

// shoot renders the mock-up of the message box (screenshotHTML) in a tab of
// its own and captures the box as a PNG, base64.
async function shoot() {
  const tab = await browser.newPage();
  try {
    await tab.setContent(screenshotHTML());
    return await (await tab.$("#box")).screenshot({ encoding: "base64" });
  } finally {
    await tab.close();
  }
}

// pasteImage gives the box a PNG as a dropped file (pictureEventJS), the
// one way in that headless Firefox lets a test take (ESR 153, measured
// here): its clipboard is its own and holds text only
// (navigator.clipboard.write of an image/png ClipboardItem resolves, yet
// reading the clipboard back gives no item, and Ctrl+V fires a paste event
// without the file), and a ClipboardEvent made by the page copies its
// clipboardData without the file. A DragEvent keeps its DataTransfer. The
// page's paste handler shares everything after the event with the drop's
// (imageFile, then the reader); WebKit's step pastes.
async function pasteImage(png) {
  assert.equal(await ev(pictureEventJS(png, "drop")), "");
  return "dropped as a file (headless Firefox's clipboard holds no picture)";
}

// problemsSoFar returns and forgets what every watcher saw.
function problemsSoFar() {
  return [...problems.splice(0), ...proxy.take().map((r) => `request to another origin (seen by the proxy): ${r}`)];
}

// step declares one named test; whatever the watchers saw while it ran
// fails it (and is only listed when the step failed on its own).
function step(name, fn) {
  test(`firefox: ${name}`, { timeout: 90_000 }, async (t) => {
    try {
      await fn(t);
    } catch (err) {
      const seen = problemsSoFar();
      if (seen.length) t.diagnostic(`the watchers also saw: ${seen.join(" | ")}`);
      throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // late console events
    failIfAny(problemsSoFar(), "during this step");
  });
}

before(async () => {
  proxy = await startProxy();
  site = await startSite();
  browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath: firefox,
    headless: true,
    timeout: 60_000,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1", MOZ_CRASHREPORTER_DISABLE: "1" },
    extraPrefsFirefox: {
      ...quietPrefs,
      "dom.events.testing.asyncClipboard": true,
      "intl.accept_languages": "en-US", // navigator.language, whatever the machine's locale
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxy.port,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxy.port,
      "network.proxy.allow_hijacking_localhost": false, // the site on 127.0.0.1 goes direct
    },
  });
  page = await browser.newPage();
  watch(page);
});

function watch(tab) {
  tab.on("console", (m) => {
    if (m.type() === "error" || m.type() === "assert") {
      const where = m.location().url?.startsWith("http") ? ` (${m.location().url}:${m.location().lineNumber})` : "";
      problems.push(`console.${m.type()}: ${m.text()}${where}`);
    } else if (/^(panic: |fatal error: )/.test(m.text())) {
      problems.push(`Go runtime: ${m.text()}`);
    }
  });
  tab.on("pageerror", (err) => problems.push(`uncaught or refused: ${err.message}`));
  tab.on("requestfailed", (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
}

after(async () => {
  await browser?.close();
  await site?.stop();
  await proxy?.close();
});

step("load / and wait for the wasm render", async (t) => {
  t.diagnostic(`Firefox ${await browser.version()}, ${site.origin}`);
  await open("/");
  assert.equal(await ev("document.documentElement.lang"), "en");
});

step("the watchers catch a console error, an uncaught exception, a rejection, a CSP refusal and a request to another origin", async (t) => {
  await ev(probeJS);
  const want = ["console.error", "uncaught", "rejection", "192.0.2.1"];
  const seen = await poll(() => want.every((w) => problems.some((p) => p.includes(probe) && p.includes(w))) && problems.splice(0),
    "every probe to be reported");
  assert.ok(seen.some((p) => /Content-Security-Policy/.test(p)), `the refused fetch is reported as a CSP refusal: ${seen}`);
  // The browser's requests to another origin go through the proxy: a
  // navigation there, plain and TLS, is recorded (and refused). It is made
  // in a tab of its own, as in webkit.test.js, and the site's stays as it is.
  const tab = await browser.newPage();
  watch(tab); // the refused TLS navigation proves the "requestfailed" watcher
  for (const url of [`http://${probeHost}/`, `https://${probeHost}/`]) {
    await tab.goto(url).catch(() => {}); // refused by the proxy
  }
  await tab.close();
  const requests = await poll(() => {
    const r = proxy.peek();
    return r.includes(`GET http://${probeHost}/`) && r.includes(`CONNECT ${probeHost}:443`) && r;
  }, "the proxy to record both probes");
  assert.ok(!requests.some((r) => r.includes("192.0.2.1")), `the CSP let the probe fetch out: ${requests}`);
  await poll(() => problems.some((p) => p.startsWith(`request failed: https://${probeHost}/`)), "the failed request to be reported");
  t.diagnostic(`caught: ${[...seen, ...problemsSoFar()].join(" | ")}`);
});

sharedSteps(step, {
  ev, open, paste, shoot, pasteImage,
  click: (sel) => page.click(sel),
  reload: () => page.reload(),
  get origin() { return site.origin; },
  requests: () => site.requests(),
  stopSite: () => site.stop(),
});

step("nothing else reached the console, the error handlers or the proxy", async () => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
});
