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

/// The background's path: the browser's serialisation of the DOM (here
/// html5ever's, the same algorithm, of the page the native front end
/// parsed) tokenised into a page, classified, the verdict encoded with the
/// hidden nodes' paths: what `classifySerial` does in the WebAssembly.
fn bench_serial(c: &mut Criterion, name: &str, pages: &[(String, Vec<u8>)]) {
    use quietpage::serial;
    if pages.is_empty() {
        return;
    }
    let engine = Engine::new().unwrap();
    let url = "https://bench.example/";
    let serials: Vec<String> = pages
        .iter()
        .map(|(_, b)| html::load(b, url, None).unwrap().html.root_element().html())
        .collect();
    let bytes: u64 = serials.iter().map(|s| s.len() as u64).sum();
    let pages: Vec<_> = serials
        .iter()
        .map(|s| serial::page_from_serial(s, url).unwrap())
        .collect();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("serial-tokenise", serials.len()), |b| {
        b.iter(|| {
            for s in &serials {
                black_box(serial::page_from_serial(s, url).unwrap().len());
            }
        })
    });
    g.bench_function(BenchmarkId::new("serial-classify", pages.len()), |b| {
        b.iter(|| {
            for p in &pages {
                black_box(engine.classify(p, Default::default()).hidden.len());
            }
        })
    });
    g.bench_function(
        BenchmarkId::new("serial-tokenise+classify+encode", serials.len()),
        |b| {
            b.iter(|| {
                for s in &serials {
                    let p = serial::page_from_serial(s, url).unwrap();
                    let v = engine.classify(&p, Default::default());
                    let ids: Vec<u32> = v.hidden.iter().map(|h| h.node).collect();
                    black_box(serial::paths(&p, &ids, &[]).len());
                    black_box(v.to_json().len());
                }
            })
        },
    );
    g.finish();
}

fn engine_build(c: &mut Criterion) {
    c.bench_function("engine build (automaton compile)", |b| {
        b.iter(|| black_box(Engine::new().unwrap()))
    });
}

fn benches(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = pages_in(&root.join("tests/fixtures"));
    bench_set(c, "fixtures", &fixtures);
    bench_serial(c, "fixtures-serial", &fixtures);
    if let Some(dir) = std::env::var_os("QUIETPAGE_PAGES") {
        let pages = pages_in(Path::new(&dir));
        bench_set(c, "pages", &pages);
        bench_serial(c, "pages-serial", &pages);
    }
    engine_build(c);
}

criterion_group!(engine, benches);
criterion_main!(engine);
