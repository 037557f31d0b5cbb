// worker.js: the screenshot reader's worker (see ocr.js), tesseract.js's own
// worker.min.js with one line of the engine's console filtered out. The
// LSTM-only engine does not know the legacy engine's parameters that the
// best_int language data still names, and says so on its standard error,
// which the engine sends to console.error: some 70 lines "Warning: Parameter
// not found: …" each time a language is loaded, which say nothing wrong.
// Everything else the engine writes reaches the console as before.
"use strict";
const consoleError = console.error;
console.error = function (...args) {
  if (typeof args[0] === "string" && args[0].startsWith("Warning: Parameter not found: ")) return;
  consoleError.apply(console, args);
};
importScripts("worker.min.js");
