// The engine's WebAssembly build timed in Node (V8, as in Chromium) on
// snapshot files: decode + classify + encode per snapshot, median of runs (and of the
// first call on each snapshot, which runs while V8 is still tiering up).
//   node bench/wasm-node.mjs DIR_OF_SNAPSHOT_JSON [wasm dir = dist/extension/wasm]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
const wasmDir = path.resolve(process.argv[3] ?? 'dist/extension/wasm');
const glue = await import(pathToFileURL(path.join(wasmDir, 'quietpage.js')));
const t0 = performance.now();
await glue.default({ module_or_path: fs.readFileSync(path.join(wasmDir, 'quietpage_bg.wasm')) });
const engine = new glue.WasmEngine(fs.readFileSync(path.join(wasmDir, 'patterns.txt'), 'utf8'));
const initMs = performance.now() - t0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const per = [];
const first = [];
for (const f of files) {
  const s = fs.readFileSync(path.join(dir, f), 'utf8');
  const t1 = performance.now();
  engine.classify(s, ''); // warm
  first.push(performance.now() - t1);
  const runs = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    engine.classify(s, '');
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  per.push(runs[2]);
}
per.sort((a, b) => a - b);
const total = per.reduce((a, b) => a + b, 0);
first.sort((a, b) => a - b);
console.log(JSON.stringify({ snapshots: files.length, first_call_median_ms: +first[Math.floor(first.length / 2)].toFixed(2), init_ms: +initMs.toFixed(1), median_ms: +per[Math.floor(per.length / 2)].toFixed(2), p95_ms: +per[Math.floor(per.length * 0.95)].toFixed(2), total_ms: +total.toFixed(1) }));
