// ocr.js: the page's screenshot reader, between the page's WebAssembly
// (app/page/imagereader.go) and tesseract.js. The page adds it as a module
// script when the first picture arrives, never before: nothing of the reader
// is part of the first visit. Every file it uses comes from this folder
// (web/ocr/, copied from npm by proxycert generate --ocr, see
// app/site/ocr.go), never from another origin, and each is fetched as a
// file of the site, so the service worker keeps it (app/site/ocrworker.go)
// and pictures are read offline afterwards.
//
// The page's Content-Security-Policy stays as it is (script-src 'self'
// 'wasm-unsafe-eval'): the library's worker is started from its URL, not
// from a blob: URL (workerBlobURL: false); it loads the core with
// importScripts from this folder and compiles it with WebAssembly, which
// 'wasm-unsafe-eval' allows; nothing uses eval. The library's own copy of the
// language data in IndexedDB is off (cacheMethod: "none"): the service
// worker's cache already keeps it.
//
// The API is one global, proxycertOCR, with three functions:
//
//   read(image, langs, found, progress, done)
//     Reads the text of image (a Blob: PNG, JPEG, BMP or WebP) in each
//     language of langs in turn ("eng", "jpn"), until found(text, lang)
//     returns true. progress(stage, fraction) reports "download" (files
//     not fetched yet), "start" (the library starting, the language
//     loading) and "read", each from 0 to 1. done(result) is called once,
//     last, with {readings: [{lang, text}], error, cancelled}: the texts
//     read, in order; error "" or one of "load" (a file could not be
//     fetched), "image" (not a picture the browser decodes), "read" (the
//     library failed). A read started while another runs cancels it.
//   cancel()
//     Stops the reading under way: its done gets cancelled: true.
//   prefetch(langs, progress, done)
//     Fetches every file reading langs needs in this browser, so that the
//     service worker keeps them: progress(fraction), then done({error}),
//     error "" or "load", or "unkept" when no service worker controls the
//     page (the files are then only in the HTTP cache).
//
// The picture never leaves the tab: it is decoded, upscaled twice (small
// screen text is read far better so) and handed to the library's worker
// as PNG bytes; the bytes, the canvas and the bitmap are dropped when the
// reading ends, and the worker, which holds the engine's memory, ends
// after a minute without a picture.

import Tesseract from "./tesseract.esm.min.js";

const here = new URL("./", import.meta.url);
const at = (name) => new URL(name, here).href;

// idleMs is how long the library's worker is kept after a reading, for the
// next picture; then it is ended and its memory freed.
const idleMs = 60_000;

// maxPixels bounds the upscaled picture: a whole 4K screen is not doubled.
const maxPixels = 16_000_000;

// The cores tesseract.js-core ships, LSTM engine only, best first. The
// probes are the smallest modules with a relaxed-SIMD and a SIMD
// instruction, as wasm-feature-detect (which tesseract.js uses when it picks
// a core itself) has them; the page picks the core so that it knows which
// files to fetch ahead.
const relaxedSimdProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 15, 1, 13, 0, 65, 1, 253, 15, 65, 2, 253, 15, 253, 128, 2, 11]);
const simdProbe = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

function coreName() {
  if (WebAssembly.validate(relaxedSimdProbe)) return "tesseract-core-relaxedsimd-lstm";
  if (WebAssembly.validate(simdProbe)) return "tesseract-core-simd-lstm";
  return "tesseract-core-lstm";
}

const core = coreName();

// filesFor lists what reading the languages needs, beside this module and
// the library's main file, which the module import has fetched.
const filesFor = (langs) => ["worker.js", "worker.min.js", core + ".js", core + ".wasm", ...langs.map((l) => l + ".traineddata.gz")];

// sizes are the files' sizes as proxycert generate wrote them (files.json),
// for the download's progress.
let sizes = null;
const fetched = new Set(); // files fetched by this page already

async function download(names, signal, progress) {
  if (!sizes) {
    const r = await fetch(at("files.json"), { signal });
    if (!r.ok) throw new Error("load");
    sizes = (await r.json()).files;
  }
  const todo = names.filter((n) => !fetched.has(n));
  const total = todo.reduce((sum, n) => sum + (sizes[n] || 1), 0);
  let done = 0;
  for (const name of todo) {
    const r = await fetch(at(name), { signal });
    if (!r.ok || !r.body) throw new Error("load");
    const reader = r.body.getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      done += value.length;
      progress(Math.min(done / total, 1));
    }
    fetched.add(name);
  }
  progress(1);
}

let worker = null; // the library's worker, with workerLang loaded
let workerLang = "";
let idle = 0;
let job = null; // the reading under way

class Cancelled extends Error {}

async function startWorker(lang, log) {
  if (worker) {
    if (workerLang !== lang) {
      await worker.reinitialize(lang);
      workerLang = lang;
    }
    return worker;
  }
  const w = await Tesseract.createWorker(lang, Tesseract.OEM.LSTM_ONLY, {
    workerPath: at("worker.js"),
    corePath: at(core + ".js"),
    langPath: here.href,
    workerBlobURL: false,
    cacheMethod: "none",
    gzip: true,
    logger: (m) => log(m),
    // Failures come back through the promises; without a handler the
    // library also throws them in its message handler.
    errorHandler: () => {},
  });
  worker = w;
  workerLang = lang;
  return w;
}

function stopWorker() {
  clearTimeout(idle);
  if (worker) worker.terminate();
  worker = null;
  workerLang = "";
}

// pictureBytes decodes the picture and returns it upscaled, as PNG bytes;
// every intermediate is released before it returns.
async function pictureBytes(image) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    throw new Error("image");
  }
  const canvas = document.createElement("canvas");
  try {
    const scale = Math.max(1, Math.min(2, Math.sqrt(maxPixels / (bitmap.width * bitmap.height))));
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const g = canvas.getContext("2d", { alpha: false });
    g.fillStyle = "#fff"; // a transparent picture reads as on white
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.imageSmoothingEnabled = true;
    g.imageSmoothingQuality = "high";
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("image");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
    canvas.width = canvas.height = 0;
  }
}

async function read(image, langs, found, progress, done) {
  cancel();
  clearTimeout(idle);
  const me = { abort: new AbortController() };
  me.stopped = new Promise((_, reject) => (me.stop = () => reject(new Cancelled())));
  me.stopped.catch(() => {});
  job = me;
  const until = (p) => Promise.race([p, me.stopped]);
  const readings = [];
  let error = "";
  let cancelled = false;
  let png = null;
  try {
    png = await until(pictureBytes(image));
    for (const lang of langs) {
      await until(download(filesFor([lang]), me.abort.signal, (f) => progress("download", f)));
      let stage = "start";
      const w = await until(startWorker(lang, (m) => {
        if (job !== me) return;
        if (m.status === "recognizing text") stage = "read";
        progress(stage, typeof m.progress === "number" ? m.progress : 0);
      })).catch((err) => {
        throw err instanceof Cancelled ? err : new Error("load");
      });
      progress("start", 1);
      stage = "read";
      const { data } = await until(w.recognize(png)).catch((err) => {
        throw err instanceof Cancelled ? err : new Error("read");
      });
      readings.push({ lang, text: data.text });
      if (found(data.text, lang)) break;
    }
  } catch (err) {
    if (err instanceof Cancelled || me.abort.signal.aborted) {
      cancelled = true;
    } else {
      error = ["load", "image", "read"].includes(err.message) ? err.message : "load";
      if (error !== "image") stopWorker(); // a worker in an unknown state is not reused
    }
  } finally {
    png = null;
    if (job === me) job = null;
  }
  if (worker) idle = setTimeout(stopWorker, idleMs);
  done({ readings, error, cancelled });
}

function cancel() {
  if (!job) return;
  const j = job;
  job = null;
  j.abort.abort();
  stopWorker(); // the library cannot stop a reading: its worker is ended
  j.stop();
}

async function prefetch(langs, progress, done) {
  let error = "";
  try {
    if ("serviceWorker" in navigator && !navigator.serviceWorker.controller) {
      // A first visit: the worker is being installed and claims the page
      // once active.
      await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await download(filesFor(langs), undefined, progress);
    if (!navigator.serviceWorker?.controller) error = "unkept";
  } catch {
    error = "load";
  }
  done({ error });
}

globalThis.proxycertOCR = Object.freeze({ read, cancel, prefetch });
