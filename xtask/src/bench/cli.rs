//! The `cli` case: start-up of the Rust `geopera` binary against the Python CLI
//! (`geopera-cli` 0.2.0), side by side: `geopera --help`, and one `op` call to the mock.
//!
//! The Python CLI is taken from the peer check's virtualenv (`target/cli-venv`, or
//! `PEER_CLI_VENV`); without it its rows are skipped, as for the other Python contenders.

use std::path::PathBuf;
use std::process::Command;

use anyhow::Result;

use super::mock::Mock;
use super::report::{CaseResult, Goal, Row};
use super::{progress, sample, with_own_mock, Env, Plan};

/// Start-up of `geopera` must be at least this many times faster than the Python CLI's.
const GOAL_RATIO: f64 = 20.0;

/// The Python CLI's `geopera` executable, when its venv has 0.2.0.
fn python_cli(env: &Env) -> Option<PathBuf> {
    let venv = std::env::var_os("PEER_CLI_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| env.root.join("target/cli-venv"));
    let ok = Command::new(venv.join("bin/python"))
        .args([
            "-c",
            "import importlib.metadata as m, sys; sys.exit(m.version('geopera-cli') != '0.2.0')",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then(|| venv.join("bin/geopera"))
}

/// Runs the case: two start-up comparisons, each with the Python CLI as reference.
///
/// It has its own, empty mock: `items.list` costs the mock time for every item it holds,
/// and the shared mock holds the items of every upload the other cases made (about 1,000
/// after a full run), which put 35–40 ms of the mock's own work into each `op` call of
/// both CLIs and made the figure depend on which cases ran before.
pub fn case_cli(env: &Env, plan: &Plan, cases: &mut Vec<CaseResult>) -> Result<()> {
    let mock_data = env.bench_dir.join("cli-mock-data");
    with_own_mock(env, &mock_data, |mock| cli_rows(env, plan, mock, cases))
}

fn cli_rows(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<()> {
    let rust = env
        .client_bin
        .with_file_name("geopera")
        .display()
        .to_string();
    let python = python_cli(env).map(|p| p.display().to_string());
    if python.is_none() {
        println!("bench: skipping the Python CLI rows: no venv with geopera-cli==0.2.0 at target/cli-venv (PEER_CLI_VENV); create it as tests/peer/cli_peer.sh does");
    }
    let body = r#"{"project_id": "proj_dev", "limit": 1}"#;
    let lines: [(&str, Vec<&str>); 2] = [
        ("--help", vec!["--help"]),
        ("one op call", vec!["op", "items.list", body]),
    ];
    for (what, args) in lines {
        let case = format!("cli start-up: {what}");
        let mut ours = Row::new(&case, "geopera (Rust)");
        let mut theirs = Row::new(&case, "geopera-cli 0.2.0 (Python)");
        progress(&format!("bench: {case} "));
        // Start-up is short and noisy: several samples per run, alternating.
        for _ in 0..plan.runs * 5 {
            let cmd = |exe: &str| {
                std::iter::once(exe.to_string())
                    .chain(args.iter().map(|s| s.to_string()))
                    .collect::<Vec<_>>()
            };
            sample(env, mock, &mut ours, &cmd(&rust), &[])?;
            if let Some(python) = &python {
                sample(env, mock, &mut theirs, &cmd(python), &[])?;
            }
        }
        println!();
        cases.push(CaseResult::new(
            &format!("cli {what}"),
            &case,
            "geopera-cli 0.2.0 (Python)",
            [theirs, ours],
        ));
    }
    Ok(())
}

/// The start-up goal of each `cli` case: the Python CLI's median wall time over ours.
pub fn goals(cases: &[CaseResult]) -> Vec<Goal> {
    cases
        .iter()
        .filter(|c| c.key.starts_with("cli "))
        .map(|case| {
            let median = |prefix: &str| {
                case.rows
                    .iter()
                    .find(|r| r.contender.starts_with(prefix) && !r.samples.is_empty())
                    .map(|r| r.median(|s| s.wall_s))
            };
            let name = format!("{}: Python CLI wall / geopera wall", case.case);
            let target = format!(">= {GOAL_RATIO:.0} x");
            match (median("geopera-cli"), median("geopera (Rust)")) {
                (Some(py), Some(rs)) if rs > 0.0 => {
                    let ratio = py / rs;
                    Goal {
                        name,
                        measured: format!(
                            "{ratio:.1} x ({:.1} ms vs {:.1} ms)",
                            py * 1e3,
                            rs * 1e3
                        ),
                        target,
                        met: Some(ratio >= GOAL_RATIO),
                    }
                }
                _ => Goal {
                    name,
                    measured: "not measured (the Python CLI is missing)".into(),
                    target,
                    met: None,
                },
            }
        })
        .collect()
}
