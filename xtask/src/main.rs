//! Developer tasks for the geopera-rs workspace.
//!
//! `cargo xtask codegen [--check] [-v]` regenerates the committed code that is derived from
//! `spec/geopera.openapi.json`. With `--check` nothing is written: the command fails and names
//! every stale file when the committed output differs from a fresh run (`-v` adds a diff).
//!
//! `cargo xtask bench [--quick] [--runs N] [--build-cost]` runs the benchmarks described in
//! BENCHMARKS.md and writes `target/bench/report.json`.

mod bench;
mod codegen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => run_codegen(&args[1..]),
        Some("bench") => bench::run(&workspace_root(), &args[1..]),
        _ => {
            eprintln!("usage: cargo xtask codegen [--check] [-v]");
            eprintln!("       cargo xtask bench [--quick] [--runs N] [--build-cost]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_codegen(flags: &[String]) -> anyhow::Result<ExitCode> {
    let mut check = false;
    let mut verbose = false;
    for flag in flags {
        match flag.as_str() {
            "--check" => check = true,
            "-v" | "--verbose" => verbose = true,
            other => anyhow::bail!("unknown flag `{other}` (expected --check or -v)"),
        }
    }
    let root = workspace_root();
    let spec_path = root.join(codegen::SPEC_PATH);
    let files = codegen::generate(&spec_path)?;
    if check {
        let stale = codegen::output::stale_files(&root, &files, verbose)?;
        if stale.is_empty() {
            println!("codegen: {} generated files are up to date", files.len());
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!("codegen: these files differ from a fresh `cargo xtask codegen`:");
            for path in &stale {
                eprintln!("  {path}");
            }
            Ok(ExitCode::FAILURE)
        }
    } else {
        let written = codegen::output::write_all(&root, &files)?;
        println!("codegen: wrote {} files ({written} changed)", files.len());
        Ok(ExitCode::SUCCESS)
    }
}

/// The workspace root: the parent of this crate's manifest directory.
fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}
