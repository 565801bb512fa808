//! The generated pattern data (`patterns/generated/`) is what
//! `scripts/mine-lists.py` makes from the filter lists today: a fresh run
//! must give the checked-in bytes. The lists live beside the checkout in
//! `../shared/lists` (as on the developers' machines and in CI); without
//! them the check cannot run, and says so.

use std::path::Path;
use std::process::{Command, Output};

fn mine_lists(args: &[&str]) -> Option<Output> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match Command::new("python3")
        .arg("scripts/mine-lists.py")
        .args(args)
        .current_dir(root)
        .output()
    {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("running python3 scripts/mine-lists.py: {e}"),
    }
}

fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The script's own checks of its selector parsing and filters, on
/// hand-made input: they need no lists.
#[test]
fn mining_script_self_test() {
    let Some(out) = mine_lists(&["--self-test"]) else {
        eprintln!("\n*** SKIPPED mining_script_self_test: python3 not found ***\n");
        return;
    };
    assert_ok(&out, "scripts/mine-lists.py --self-test failed");
}

#[test]
fn generated_patterns_are_up_to_date() {
    let lists = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/lists");
    if !lists.is_dir() {
        eprintln!(
            "\n*** SKIPPED generated_patterns_are_up_to_date: no filter lists at {} \
             (they sit beside the checkout on developer machines and in CI), so \
             patterns/generated/ was NOT checked against a fresh run of \
             scripts/mine-lists.py ***\n",
            lists.display()
        );
        return;
    }
    let out = mine_lists(&["--check", "--lists", &lists.to_string_lossy()])
        .expect("python3 is needed to check patterns/generated/ against the lists");
    assert_ok(
        &out,
        "patterns/generated/ differs from a fresh run of scripts/mine-lists.py",
    );
}
