//! `geopera`: the Geopera command line.
//!
//! A drop-in for the Python CLI (`geopera-cli` 0.2.0): the same commands, flags,
//! credentials file, environment, exit codes and JSON on stdout, in one static binary that
//! starts at once. Beyond it: `--output json|ndjson|table`, retries and timeouts,
//! `--verbose` tracing, shell completions, and streamed uploads/downloads with progress.
//!
//! Layout: [`app`] is the clap command (static commands + the generated tree from
//! [`tree`]), [`calls`] sends operations, [`session`] is login and credentials,
//! [`transfers`] moves files, [`output`] prints, [`failure`] maps errors to the Python
//! CLI's `Error: …` line and exit code.
//!
//! Design decisions:
//! - Failures exit non-zero everywhere: 1 local, 2 API (and usage). The Python CLI's `op`,
//!   `login`, `whoami` and `logout` print `Error: …` and exit 0 with current click/typer;
//!   this binary does not copy that.
//! - Start-up builds only the command group named on the command line (the others are
//!   listed by name), so `geopera --help` and one call cost a few milliseconds.
//! - Calls are retried only where the runtime deems it safe (`:read` operations and calls
//!   with an `Idempotency-Key`): `--retries 0` turns that off; `--timeout` bounds each attempt
//!   (default 60 s, `0` for none).

mod app;
mod body;
mod calls;
mod failure;
mod output;
mod session;
mod transfers;
mod tree;

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic)]
#[path = "generated/commands.rs"]
mod generated;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    match app::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("Error: {}", failure.message);
            }
            ExitCode::from(failure.code)
        }
    }
}
