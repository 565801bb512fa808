//! Native engine benchmarks: parse only, parse + classify, classify only,
//! over the project's fixtures, and over a directory of saved pages when
//! `QUIETPAGE_PAGES` names one (e.g. `../shared/corpus/pages`). Throughput
//! is in bytes of HTML, so criterion reports MB/s; the ratio of
//! parse + classify to parse alone is the engine's own cost.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use quietpage::Engine;
use quietpage::native::html;
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn pages_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "html")
            && !p.to_string_lossy().ends_with(".expected.html")
    });
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                std::fs::read(&p).ok()?,
            ))
        })
        .collect()
}

fn bench_set(c: &mut Criterion, name: &str, pages: &[(String, Vec<u8>)]) {
    if pages.is_empty() {
        return;
    }
    let engine = Engine::new().unwrap();
    let bytes: u64 = pages.iter().map(|(_, b)| b.len() as u64).sum();
    let parsed: Vec<_> = pages
        .iter()
        .map(|(_, b)| html::load(b, "https://bench.example/", None).unwrap())
        .collect();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("parse", pages.len()), |b| {
        b.iter(|| {
            for (_, p) in pages {
                black_box(
                    html::load(p, "https://bench.example/", None)
                        .unwrap()
                        .page
                        .len(),
                );
            }
        })
    });
    g.bench_function(BenchmarkId::new("parse+classify", pages.len()), |b| {
        b.iter(|| {
            for (_, p) in pages {
                let l = html::load(p, "https://bench.example/", None).unwrap();
                black_box(engine.classify(&l.page, Default::default()).hidden.len());
            }
        })
    });
    // What the background does per snapshot: decode the JSON message into a
    // page, classify, encode the verdict.
    let snapshots: Vec<String> = parsed
        .iter()
        .map(|l| serde_json::to_string(&quietpage::snapshot::Snapshot::from_page(&l.page)).unwrap())
        .collect();
    g.bench_function(BenchmarkId::new("snapshot-decode", pages.len()), |b| {
        b.iter(|| {
            for s in &snapshots {
                black_box(quietpage::snapshot::page_from_json(s).unwrap().len());
            }
        })
    });
    // The two-step decoder (whole message, then the page), for comparison.
    g.bench_function(
        BenchmarkId::new("snapshot-decode-two-step", pages.len()),
        |b| {
            b.iter(|| {
                for s in &snapshots {
                    black_box(
                        quietpage::snapshot::Snapshot::from_json(s)
                            .unwrap()
                            .into_page()
                            .unwrap()
                            .len(),
                    );
                }
            })
        },
    );
    g.bench_function(
        BenchmarkId::new("snapshot-decode+classify+encode", pages.len()),
        |b| {
            b.iter(|| {
                for s in &snapshots {
                    let page = quietpage::snapshot::page_from_json(s).unwrap();
                    let v = engine.classify(&page, Default::default());
                    black_box(serde_json::to_string(&v).unwrap().len());
                }
            })
        },
    );
    g.bench_function(BenchmarkId::new("classify", pages.len()), |b| {
        b.iter(|| {
            for l in &parsed {
                black_box(engine.classify(&l.page, Default::default()).hidden.len());
            }
        })
    });
    g.finish();
}

fn engine_build(c: &mut Criterion) {
    c.bench_function("engine build (automaton compile)", |b| {
        b.iter(|| black_box(Engine::new().unwrap()))
    });
}

fn benches(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench_set(c, "fixtures", &pages_in(&root.join("tests/fixtures")));
    if let Some(dir) = std::env::var_os("QUIETPAGE_PAGES") {
        bench_set(c, "pages", &pages_in(Path::new(&dir)));
    }
    engine_build(c);
}

criterion_group!(engine, benches);
criterion_main!(engine);
