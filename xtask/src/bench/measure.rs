//! Measuring one contender process: wall time, user+sys CPU time and peak RSS.
//!
//! Each measured command runs under a fresh copy of xtask (`xtask bench --measure-child OUT --
//! CMD ...`) that spawns it, waits for it, and reads `getrusage(RUSAGE_CHILDREN)`. Because that
//! wrapper has reaped exactly one child, the rusage is the child's own (its CPU time and its
//! peak resident set, descendants included), not a maximum over everything the harness ran.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use nix::sys::resource::{getrusage, UsageWho};
use serde_json::{json, Value};

/// What one run of one contender cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// Wall-clock seconds from spawn to exit.
    pub wall_s: f64,
    /// User + system CPU seconds of the process (and its waited-for descendants).
    pub cpu_s: f64,
    /// Peak resident set size, bytes.
    pub peak_rss: u64,
}

impl Sample {
    pub fn to_json(self) -> Value {
        json!({"wall_s": self.wall_s, "cpu_s": self.cpu_s, "peak_rss_bytes": self.peak_rss})
    }
}

/// The `--measure-child OUT -- CMD ...` entry point (runs inside the wrapper process).
pub fn measure_child_main(args: &[String]) -> Result<ExitCode> {
    let (out, cmd) = match args {
        [out, sep, cmd @ ..] if sep == "--" && !cmd.is_empty() => (out, cmd),
        _ => bail!("usage: xtask bench --measure-child OUT -- CMD [ARGS...]"),
    };
    let start = Instant::now();
    let status = Command::new(&cmd[0])
        .args(&cmd[1..])
        .status()
        .with_context(|| format!("spawning {}", cmd[0]))?;
    let wall_s = start.elapsed().as_secs_f64();
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).context("getrusage")?;
    let secs = |tv: nix::sys::time::TimeVal| tv.tv_sec() as f64 + tv.tv_usec() as f64 / 1e6;
    let cpu_s = secs(usage.user_time()) + secs(usage.system_time());
    // Linux reports ru_maxrss in KiB.
    let peak_rss = u64::try_from(usage.max_rss()).unwrap_or(0) * 1024;
    let report = json!({
        "ok": status.success(),
        "code": status.code(),
        "wall_s": wall_s,
        "cpu_s": cpu_s,
        "peak_rss_bytes": peak_rss,
    });
    std::fs::write(out, report.to_string()).with_context(|| format!("writing {out}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs `cmd` (with `envs`) under the measuring wrapper; returns the sample and the child's
/// stdout. A failing child is an error carrying its stderr.
pub fn run_measured(
    scratch: &Path,
    cmd: &[String],
    envs: &[(&str, &str)],
) -> Result<(Sample, String)> {
    let exe = std::env::current_exe().context("locating xtask")?;
    let out = scratch.join("measure.json");
    let _ = std::fs::remove_file(&out);
    let mut c = Command::new(exe);
    c.arg("bench")
        .arg("--measure-child")
        .arg(&out)
        .arg("--")
        .args(cmd)
        .stdin(Stdio::null());
    for (k, v) in envs {
        c.env(k, v);
    }
    let output = c
        .output()
        .with_context(|| format!("running {}", cmd.join(" ")))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        bail!(
            "`{}` failed: {}{}",
            cmd.join(" "),
            String::from_utf8_lossy(&output.stderr).trim(),
            if stdout.trim().is_empty() {
                String::new()
            } else {
                format!(" (stdout: {})", stdout.trim())
            }
        );
    }
    let text = std::fs::read_to_string(&out).context("reading the measurement")?;
    let v: Value = serde_json::from_str(&text)?;
    let sample = Sample {
        wall_s: v["wall_s"].as_f64().unwrap_or(f64::NAN),
        cpu_s: v["cpu_s"].as_f64().unwrap_or(f64::NAN),
        peak_rss: v["peak_rss_bytes"].as_u64().unwrap_or(0),
    };
    Ok((sample, stdout))
}

/// Runs a command without measuring it; returns its stdout or an error with its stderr.
pub fn run_plain(cmd: &[String], envs: &[(&str, &str)]) -> Result<String> {
    let mut c = Command::new(&cmd[0]);
    c.args(&cmd[1..]).stdin(Stdio::null());
    for (k, v) in envs {
        c.env(k, v);
    }
    let output = c
        .output()
        .with_context(|| format!("running {}", cmd.join(" ")))?;
    if !output.status.success() {
        bail!(
            "`{}` failed: {}",
            cmd.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
