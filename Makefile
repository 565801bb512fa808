SHELL := /bin/bash
# quietpage — two commands on a fresh machine:
#   make        builds the loadable extension in dist/extension/ (and zips),
#               builds the CLI, and scans a bundled page
#   make test   runs every test: Rust unit/integration tests, then the
#               browser tests in Chromium (Playwright) and Firefox ESR
#   make check  the fast inner loop: fmt, clippy, cargo test, cargo doc,
#               ESLint (no browsers; see CONTRIBUTING.md)
# Everything they need is installed by scripts/setup.sh, idempotently.

WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "\(.*\)"/\1/p' Cargo.toml)
WASM_TARGET := target/wasm32-unknown-unknown/wasm/quietpage.wasm
EXT := dist/extension
CLI := target/release/quietpage

.PHONY: all setup build wasm extension cli scan test test-rust test-browser lint eslint check doc bench bench-smoke soak soak-firefox fuzz fuzz-smoke clean

all: setup extension cli scan

setup:
	@WASM_BINDGEN_VERSION=$(WASM_BINDGEN_VERSION) scripts/setup.sh

cli:
	cargo build --release --bin quietpage

# --low-memory-unused: Rust's wasm32 stack starts at 1 MiB and grows down,
# the data follows it, so the lowest 1 KiB is only ever reached by a stack
# about to overflow; assuming it unused lets wasm-opt fold address
# offsets into loads and stores (1.3 KB gzipped).
wasm:
	cargo build --lib --target wasm32-unknown-unknown --profile wasm
	rm -rf target/wasm-bindgen && mkdir -p target/wasm-bindgen
	wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen $(WASM_TARGET)
	node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-debug --strip-producers \
		target/wasm-bindgen/quietpage_bg.wasm -o target/wasm-bindgen/quietpage_bg.opt.wasm

extension: wasm
	scripts/assemble.sh

scan: cli
	$(CLI) scan tests/fixtures/seed-independent.html --url https://www.independent.co.uk/news/world

test: setup extension cli lint test-rust test-browser bench-smoke fuzz-smoke

test-rust:
	cargo test --release

test-browser:
	node --test --test-concurrency=1 tests/browser/

# Speed and size, side by side with the floor and with Readability: criterion
# natively, then the browser benchmark (target/bench/summary.{json,md}, docs/bench.svg).
bench: setup extension cli
	QUIETPAGE_PAGES=$(CURDIR)/../shared/corpus/pages cargo bench --bench engine
	node bench/browser.mjs

# A quick run of the browser benchmark, to keep it working (used by test).
bench-smoke:
	node bench/browser.mjs --quick --pages 3

# Soak: 520 page loads in one Chromium with the extension and one without,
# side by side (4 tabs, reloads, Back, tabs closed mid-load); prints the table per
# 50 loads and writes target/soak/. Its short form is
# tests/browser/soak.test.mjs (in test-browser). soak-firefox: the same in
# Firefox ESR, 250 loads.
soak: setup extension cli
	node bench/soak.mjs

soak-firefox: setup extension cli
	node bench/soak.mjs --firefox

# Fuzzing (cargo-fuzz, nightly): every target for FUZZ_SECONDS each;
# `make test` runs a short smoke of each.
FUZZ_SECONDS ?= 300
fuzz: setup
	scripts/fuzz.sh $(FUZZ_SECONDS)

fuzz-smoke: setup
	scripts/fuzz.sh 15

lint: eslint doc
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	node_modules/.bin/web-ext lint --source-dir $(EXT) --self-hosted

# The fast inner loop (CONTRIBUTING.md): formatting, clippy, every Rust
# test, the API docs and ESLint. No apt, no browsers, no WebAssembly build.
# The tests build in the `quick` profile (Cargo.toml: release speed,
# incremental), so a one-file change rebuilds in ~20 s, not ~150 s.
check:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test --profile quick
	$(MAKE) --no-print-directory doc eslint

# The crate's API docs, warnings denied (broken or private links fail).
doc:
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

# ESLint over the extension, the browser tests and the benchmarks
# (eslint.config.js), warnings denied.
eslint:
	node_modules/.bin/eslint --max-warnings 0 extension tests/browser bench scripts eslint.config.js

clean:
	rm -rf dist target/wasm-bindgen
