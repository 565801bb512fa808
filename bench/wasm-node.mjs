// The engine's WebAssembly build timed in Node (V8, as in Chromium): what
// the background does per page, `classifySerial` on the page's
// serialisation (tokenise + classify + encode), with no browser around it.
// Each saved page is parsed and serialised by parse5 (the HTML fragment
// serialisation algorithm, as `outerHTML`), untimed; then the median of 5
// warm calls per page, and the first call (V8 still tiering up).
//   node bench/wasm-node.mjs DIR_OF_HTML [--pages N] [--wasm DIR (default dist/extension/wasm)]
// Prints one JSON line: pages, median/p95/total ms, first-call median, init ms.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, serializeOuter } from 'parse5';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const limit = Number(option('--pages', Infinity));
const wasmDir = path.resolve(option('--wasm', 'dist/extension/wasm'));
const dir = args[0];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node bench/wasm-node.mjs DIR_OF_HTML [--pages N] [--wasm DIR]');
  process.exit(2);
}

const glue = await import(pathToFileURL(path.join(wasmDir, 'quietpage.js')));
const t0 = performance.now();
await glue.default({ module_or_path: fs.readFileSync(path.join(wasmDir, 'quietpage_bg.wasm')) });
const engine = new glue.WasmEngine(fs.readFileSync(path.join(wasmDir, 'patterns.txt'), 'utf8'));
const initMs = performance.now() - t0;

const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html'))
  .sort()
  .slice(0, limit);
const url = 'https://bench.example/article';
const none = new Uint32Array(0);
const noFacts = new Int32Array(0);
const per = [];
const first = [];
for (const f of files) {
  const doc = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const root = doc.childNodes.find((n) => n.nodeName === 'html');
  if (!root) continue;
  const html = serializeOuter(root);
  const t1 = performance.now();
  engine.classifySerial(html, url, none, noFacts, '');
  first.push(performance.now() - t1);
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    engine.classifySerial(html, url, none, noFacts, '');
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  per.push(runs[2]);
}
const median = (xs) => xs[Math.floor(xs.length / 2)];
per.sort((a, b) => a - b);
first.sort((a, b) => a - b);
console.log(JSON.stringify({
  pages: per.length,
  median_ms: +median(per).toFixed(2),
  p95_ms: +per[Math.floor(per.length * 0.95)].toFixed(2),
  total_ms: +per.reduce((a, b) => a + b, 0).toFixed(1),
  first_call_median_ms: +median(first).toFixed(2),
  init_ms: +initMs.toFixed(1),
}));
