// The engine in the background context: the WebAssembly build of the Rust
// crate, compiled once. (Not in the content script: Chromium applies a
// page's CSP to WebAssembly there, so strict pages could not run it.)
import '../shared/metrics.js';
import init, { WasmEngine, rulesResolve, rulesNormalize, rulesImportJson, rulesImportFilters, siteKey as wasmSiteKey } from '../wasm/quietpage.js';

let ready = null;
let engine = null;
let wasm = null;
// Start-up and classify times, for the benchmark (shared/metrics.js).
const { metrics } = globalThis.__quietpage;

/** Loads and compiles the module once; later calls share the promise. */
export function load() {
  ready ??= (async () => {
    const t = performance.now();
    // The phrase data ships beside the module, not inside it (a packaged
    // file of the extension: no network request).
    const [exports, patterns] = await Promise.all([
      init({ module_or_path: new URL('../wasm/quietpage_bg.wasm', import.meta.url) }),
      fetch(new URL('../wasm/patterns.txt', import.meta.url)).then((r) => r.text()),
    ]);
    wasm = exports;
    engine = new WasmEngine(patterns);
    metrics.timings.initMs = performance.now() - t;
    return engine;
  })();
  return ready;
}

/**
 * A page's serialisation and its side table ({url, context, facts}: see
 * src/serial.rs Side) + the stored rules JSON → {verdict, nodes: [[node,
 * tag, path…]]} (src/wasm.rs classifySerial).
 */
export async function classify(html, side, rulesJson) {
  const e = await load();
  const t = performance.now();
  const out = JSON.parse(e.classifySerial(String(html ?? ''), String(side?.url ?? ''), Uint32Array.from(side?.context ?? []), Int32Array.from(side?.facts ?? []), rulesJson));
  metrics.classified(performance.now() - t);
  return out;
}

/** Size of the module's linear memory (it grows to the largest page seen and never shrinks). */
export function memoryBytes() {
  return wasm?.memory?.buffer.byteLength ?? 0;
}

export async function resolve(rulesJson, url) {
  await load();
  return JSON.parse(rulesResolve(rulesJson, url));
}

/** The site key of a URL (the Rust rule of src/site.rs): what rules are stored under. */
export async function siteKey(url) {
  await load();
  return wasmSiteKey(url);
}

export async function normalize(rulesJson) {
  await load();
  return rulesNormalize(rulesJson);
}

export async function importJson(current, text) {
  await load();
  return rulesImportJson(current, text);
}

export async function importFilters(current, text) {
  await load();
  return JSON.parse(rulesImportFilters(current, text));
}

export async function phraseCount() {
  return (await load()).phraseCount();
}
