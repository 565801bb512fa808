#!/usr/bin/env bash
# Assembles the loadable extension in dist/extension/ from manifest.json,
# extension/ and the optimised WebAssembly, and zips it for Chrome and
# Firefox (same contents: one manifest serves both).
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist/extension
rm -rf "$out" && mkdir -p "$out/wasm"
cp manifest.json "$out/"
cp -r extension/background extension/content extension/popup extension/options extension/shared extension/icons "$out/"
cp target/wasm-bindgen/quietpage.js "$out/wasm/quietpage.js"
cp target/wasm-bindgen/quietpage_bg.opt.wasm "$out/wasm/quietpage_bg.wasm"
# The phrase data, one bundle beside the module (PatternFiles::from_bundle):
# every file as a line "=== <name>" and its contents.
for f in patterns/*.txt patterns/generated/*.txt; do
  echo "=== ${f#patterns/}"
  cat "$f"
  [ -z "$(tail -c1 "$f")" ] || echo
done > "$out/wasm/patterns.txt"
version=$(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' manifest.json | head -1)
rm -f dist/quietpage-*.zip
(cd "$out" && zip -qr -X "../quietpage-$version-chrome.zip" . && zip -qr -X "../quietpage-$version-firefox.zip" .)
raw=$(stat -c %s "$out/wasm/quietpage_bg.wasm")
gz=$(gzip -9 -c "$out/wasm/quietpage_bg.wasm" | wc -c)
pgz=$(gzip -9 -c "$out/wasm/patterns.txt" | wc -c)
echo "assembled $out: wasm $raw bytes ($gz gzipped), patterns $pgz gzipped; dist/quietpage-$version-{chrome,firefox}.zip"
