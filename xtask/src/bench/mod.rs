//! `cargo xtask bench [--quick] [--runs N] [--case NAME]... [--build-cost]`: the transfer
//! helpers and the fluent client side by side with `curl` and the Python SDK, against one
//! geopera-mock.
//!
//! The measured client programs are the binaries of `xtask/bench-client` (`bench_client`,
//! `transfer_memory`), kept out of the SDK's user examples.
//!
//! Every contender is a separate process measured by [`measure`] (wall time, user+sys CPU,
//! peak RSS). Runs alternate the contenders (A B C, A B C, ...; the upload and download cases
//! start each round with the next one) so that drift on a shared machine spreads over all
//! of them. Without `--runs`, the cases judged on a tight ratio (upload, download, per call)
//! take 9 rounds and the others 3. Nothing is installed: a contender that is missing (the
//! Python venv with `geopera==2.1.0`, `curl`) is reported and its rows are skipped.

mod cli;
mod measure;
mod mock;
mod report;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use self::measure::{run_measured, run_plain, Sample};
use self::mock::Mock;
use self::report::{CaseResult, Row};

const TOKEN: &str = "gpra_dev";
const MIB: u64 = 1024 * 1024;

/// Sizes and counts of one benchmark run.
#[derive(Debug, Clone)]
struct Plan {
    runs: usize,
    /// Rounds of the cases judged on a tight ratio (upload, download, per call). On a
    /// shared two-core machine the median of 3 rounds of the same code moved by ±15 %
    /// between runs, more than the 5–10 % those goals allow (BENCHMARKS.md).
    ratio_runs: usize,
    big_file_bytes: u64,
    many_files: usize,
    many_file_bytes: u64,
    latency_ms: u64,
    progress_calls: u64,
    concurrencies: Vec<usize>,
    /// File counts of the scale case (one session each, 4 KiB files, concurrency 32).
    scale_counts: Vec<usize>,
    /// Bytes moved up and down by `transfer_memory` in the memory case.
    memory_bytes: u64,
    /// The cases to run (`--case`), every one of [`CASES`] when empty.
    only: Vec<String>,
    build_cost: bool,
    quick: bool,
}

/// The case names `--case` accepts, in the order they run.
const CASES: [&str; 7] = [
    "upload", "download", "many", "progress", "scale", "memory", "cli",
];

/// Size of each file of the scale case.
const SCALE_FILE_BYTES: u64 = 4 * 1024;

/// Concurrency of the scale case.
const SCALE_CONCURRENCY: usize = 32;

impl Plan {
    fn from_flags(flags: &[String]) -> Result<Plan> {
        let mut quick = false;
        let mut runs = None;
        let mut build_cost = false;
        let mut only = Vec::new();
        let mut it = flags.iter();
        while let Some(flag) = it.next() {
            match flag.as_str() {
                "--quick" => quick = true,
                "--build-cost" => build_cost = true,
                "--runs" => {
                    let v = it.next().context("--runs needs a value")?;
                    runs = Some(v.parse::<usize>().context("--runs")?.max(1));
                }
                "--case" => {
                    let v = it.next().context("--case needs a name")?;
                    for name in v.split(',') {
                        if !CASES.contains(&name) {
                            bail!(
                                "unknown case `{name}` (expected one of {})",
                                CASES.join(", ")
                            );
                        }
                        only.push(name.to_owned());
                    }
                }
                other => bail!(
                    "unknown flag `{other}` (expected --quick, --runs N, --case NAME, --build-cost)"
                ),
            }
        }
        Ok(if quick {
            Plan {
                runs: runs.unwrap_or(1),
                ratio_runs: runs.unwrap_or(1),
                big_file_bytes: 128 * MIB,
                many_files: 40,
                many_file_bytes: 256 * 1024,
                latency_ms: 20,
                progress_calls: 200,
                concurrencies: vec![1, 8, 32],
                scale_counts: vec![200, 2_000],
                memory_bytes: 256 * MIB,
                only,
                build_cost,
                quick,
            }
        } else {
            Plan {
                runs: runs.unwrap_or(3),
                ratio_runs: runs.unwrap_or(9),
                big_file_bytes: 1024 * MIB,
                many_files: 200,
                many_file_bytes: 256 * 1024,
                latency_ms: 20,
                progress_calls: 2000,
                concurrencies: vec![1, 8, 32],
                scale_counts: vec![1_000, 10_000],
                memory_bytes: 2048 * MIB,
                only,
                build_cost,
                quick,
            }
        })
    }

    /// Whether case `name` was asked for.
    fn runs_case(&self, name: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|c| c == name)
    }
}

/// Where things are.
struct Env {
    root: PathBuf,
    bench_dir: PathBuf,
    data_dir: PathBuf,
    mock_data: PathBuf,
    scratch: PathBuf,
    client_bin: PathBuf,
    memory_bin: PathBuf,
    mock_bin: PathBuf,
    python: Option<PathBuf>,
    curl: bool,
}

pub fn run(root: &Path, flags: &[String]) -> Result<ExitCode> {
    if flags.first().map(String::as_str) == Some("--measure-child") {
        return measure::measure_child_main(&flags[1..]);
    }
    let plan = Plan::from_flags(flags)?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"));
    let bench_dir = root.join("target").join("bench");
    std::fs::create_dir_all(&bench_dir)?;

    println!(
        "bench: building release binaries (geopera-mock, bench_client, transfer_memory, geopera)"
    );
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["build", "--release", "--quiet"])
        .args(["-p", "geopera-mock", "--bin", "geopera-mock"])
        .args(["-p", "bench-client", "--bins"])
        .args(["-p", "geopera-cli", "--bin", "geopera"])
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build failed");
    }

    let env = Env {
        root: root.to_path_buf(),
        data_dir: bench_dir.join("data"),
        mock_data: bench_dir.join("mock-data"),
        scratch: bench_dir.join("scratch"),
        client_bin: target_dir.join("release/bench_client"),
        memory_bin: target_dir.join("release/transfer_memory"),
        mock_bin: target_dir.join("release/geopera-mock"),
        python: find_python(root),
        curl: Command::new("curl")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        bench_dir,
    };
    for d in [&env.data_dir, &env.mock_data, &env.scratch] {
        let _ = std::fs::remove_dir_all(d);
        std::fs::create_dir_all(d)?;
    }
    if env.python.is_none() {
        println!(
            "bench: skipping the Python rows: no venv with geopera==2.1.0 and httpx at \
             target/peer-venv (PEER_VENV); create it as tests/peer/run.sh does"
        );
    }
    if !env.curl {
        println!("bench: skipping the curl rows: `curl` is not on PATH");
    }

    let load_before = load_average();
    let started = std::time::Instant::now();
    let result = run_cases(&env, &plan);
    let load_after = load_average();
    // The big files go whatever happened.
    let _ = std::fs::remove_dir_all(&env.data_dir);
    let _ = std::fs::remove_dir_all(&env.mock_data);
    let _ = std::fs::remove_dir_all(&env.scratch);
    let cases = result?;

    let table = report::table(&cases);
    println!("\n{table}");
    let goals = report::goals(&cases, plan.quick);
    for g in &goals {
        println!("{}", g.line());
    }
    let report = json!({
        "quick": plan.quick,
        "runs": plan.runs,
        "ratio_runs": plan.ratio_runs,
        "elapsed_s": started.elapsed().as_secs_f64(),
        "machine": machine(&load_before, &load_after),
        "plan": {
            "big_file_bytes": plan.big_file_bytes,
            "many_files": plan.many_files,
            "many_file_bytes": plan.many_file_bytes,
            "latency_ms": plan.latency_ms,
            "progress_calls": plan.progress_calls,
            "scale_counts": plan.scale_counts,
            "scale_file_bytes": SCALE_FILE_BYTES,
            "memory_bytes": plan.memory_bytes,
            "cases": if plan.only.is_empty() { CASES.to_vec() } else { plan.only.iter().map(String::as_str).collect() },
        },
        "cases": cases.iter().map(CaseResult::to_json).collect::<Vec<_>>(),
        "goals": goals.iter().map(report::Goal::to_json).collect::<Vec<_>>(),
    });
    let path = env.bench_dir.join("report.json");
    std::fs::write(&path, serde_json::to_string_pretty(&report)?)?;
    println!("\nbench: load average before {load_before}, after {load_after}");
    println!("bench: wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}

fn run_cases(env: &Env, plan: &Plan) -> Result<Vec<CaseResult>> {
    let mock = Mock::start(&env.mock_bin, &env.mock_data)?;
    println!("bench: geopera-mock at {}", mock.url);
    let mut cases = Vec::new();
    if plan.runs_case("upload") || plan.runs_case("download") {
        let item = case_upload(env, plan, &mock, &mut cases)?;
        if plan.runs_case("download") {
            case_download(env, plan, &mock, &item, &mut cases)?;
        }
    }
    if plan.runs_case("many") {
        case_many(env, plan, &mock, &mut cases)?;
    }
    if plan.runs_case("progress") {
        case_progress(env, plan, &mock, &mut cases)?;
    }
    if plan.runs_case("scale") {
        case_scale(env, plan, &mut cases)?;
    }
    if plan.runs_case("memory") {
        case_memory(env, plan, &mock, &mut cases)?;
    }
    if plan.runs_case("cli") {
        cli::case_cli(env, plan, &mut cases)?;
    }
    drop(mock);
    if plan.build_cost {
        cases.push(build_cost(env)?);
    }
    Ok(cases)
}

/// The venv's interpreter when it has geopera 2.1.0 and httpx.
fn find_python(root: &Path) -> Option<PathBuf> {
    let venv = std::env::var_os("PEER_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/peer-venv"));
    let python = venv.join("bin/python");
    let ok = Command::new(&python)
        .args([
            "-c",
            "import importlib.metadata as m, sys, httpx; \
             sys.exit(m.version('geopera') != '2.1.0')",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(python)
}

impl Env {
    fn envs<'a>(&self, mock: &'a Mock) -> [(&'static str, &'a str); 2] {
        [("GEOPERA_API_URL", &mock.url), ("GEOPERA_API_TOKEN", TOKEN)]
    }

    fn client(&self, args: &[&str]) -> Vec<String> {
        std::iter::once(self.client_bin.display().to_string())
            .chain(args.iter().map(|s| s.to_string()))
            .collect()
    }

    fn python_script(&self, script: &str, args: &[&str]) -> Option<Vec<String>> {
        let python = self.python.as_ref()?;
        let script = self.root.join("xtask/bench").join(script);
        Some(
            [python.display().to_string(), script.display().to_string()]
                .into_iter()
                .chain(args.iter().map(|s| s.to_string()))
                .collect(),
        )
    }

    /// Stored objects under the mock's data dir.
    fn objects(&self) -> Vec<PathBuf> {
        files_under(&self.mock_data.join("objects"))
    }

    /// Deletes the objects stored since `before` was listed, except `keep`, so that repeated
    /// 1 GiB uploads do not pile up on disk.
    fn drop_new_objects(&self, before: &[PathBuf], keep: &[PathBuf]) {
        for p in self.objects() {
            if !before.contains(&p) && !keep.contains(&p) {
                let _ = std::fs::remove_file(p);
            }
        }
    }
}

fn progress(msg: &str) {
    print!("{msg}");
    let _ = std::io::stdout().flush();
}

/// Writes `bytes` of pseudo-random (incompressible) data.
fn write_random_file(path: &Path, bytes: u64, seed: u64) -> Result<()> {
    let mut f = std::io::BufWriter::with_capacity(
        MIB as usize,
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
    );
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut block = vec![0u8; MIB as usize];
    let mut left = bytes;
    while left > 0 {
        for chunk in block.chunks_exact_mut(8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            chunk.copy_from_slice(&state.to_le_bytes());
        }
        let n = left.min(MIB) as usize;
        f.write_all(&block[..n])?;
        left -= n as u64;
    }
    f.flush()?;
    Ok(())
}

fn json_of(stdout: &str) -> Result<Value> {
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'));
    serde_json::from_str(line.unwrap_or("")).with_context(|| format!("not JSON: {stdout}"))
}

/// Runs one measured command and records it; prints a dot.
///
/// Dirty pages are written out first (`sync`), so that the write-back of what the previous
/// contender stored (or of the test data just written) is not paid by whichever contender
/// runs next.
fn sample(
    env: &Env,
    mock: &Mock,
    row: &mut Row,
    cmd: &[String],
    extra: &[(&str, &str)],
) -> Result<(Sample, String)> {
    let mut envs = env.envs(mock).to_vec();
    envs.extend_from_slice(extra);
    // Without `sync` on PATH the sample is still taken, as before.
    let _ = Command::new("sync").status();
    let (s, out) = run_measured(&env.scratch, cmd, &envs)
        .with_context(|| format!("{} / {}", row.case, row.contender))?;
    row.samples.push(s);
    progress(".");
    Ok((s, out))
}

/// The contenders' turns, `0..contenders`, for `runs` rounds: round `r` starts with
/// contender `r % contenders` and goes round from there, so no contender always runs right
/// after the same other one (and inherits its page cache and write-back).
fn rotated_turns(runs: usize, contenders: usize) -> impl Iterator<Item = usize> {
    (0..runs).flat_map(move |round| (0..contenders).map(move |i| (round + i) % contenders))
}

/// Case 1: one big file up. Returns the item id of the first helper upload (kept for case 2).
fn case_upload(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<String> {
    let size = plan.big_file_bytes;
    let file = env.data_dir.join("big.bin");
    progress(&format!("bench: writing a {} MiB file", size / MIB));
    write_random_file(&file, size, 1)?;
    println!();
    let file_s = file.display().to_string();
    let case = format!("upload {} MiB", size / MIB);
    let mut helper = Row::new(&case, "rust helper (upload().file().send())");
    let mut curl = Row::new(&case, "curl -T (signed URL)");
    let mut python = Row::new(&case, "python recipe (fh.read() + httpx.put)");
    let mut kept_item = None;
    let mut keep = Vec::new();
    if !plan.runs_case("upload") {
        // Only the download was asked for: store the file once, unmeasured.
        let out = run_plain(&env.client(&["upload", &file_s]), &env.envs(mock))?;
        return json_of(&out)?["item_ids"][0]
            .as_str()
            .map(str::to_owned)
            .context("the helper upload returned no item id");
    }
    progress(&format!("bench: {case} "));
    for turn in rotated_turns(plan.ratio_runs, 3) {
        match turn {
            0 => {
                let before = env.objects();
                let (_, out) = sample(
                    env,
                    mock,
                    &mut helper,
                    &env.client(&["upload", &file_s]),
                    &[],
                )?;
                if kept_item.is_none() {
                    let v = json_of(&out)?;
                    kept_item = v["item_ids"][0].as_str().map(str::to_owned);
                    keep = env.objects();
                }
                env.drop_new_objects(&before, &keep);
            }
            1 if env.curl => {
                let before = env.objects();
                let minted = json_of(&run_plain(
                    &env.client(&["sign", "big.bin", &size.to_string()]),
                    &env.envs(mock),
                )?)?;
                let url = minted["upload_url"].as_str().context("no upload_url")?;
                let cmd: Vec<String> = [
                    "curl",
                    "-sS",
                    "-f",
                    "-o",
                    "/dev/null",
                    "-H",
                    "Content-Type: application/octet-stream",
                    "-T",
                    &file_s,
                    url,
                ]
                .iter()
                .map(|s| s.to_string())
                .collect();
                sample(env, mock, &mut curl, &cmd, &[])?;
                env.drop_new_objects(&before, &keep);
            }
            2 => {
                if let Some(cmd) = env.python_script("upload_recipe.py", &[&file_s]) {
                    let before = env.objects();
                    sample(env, mock, &mut python, &cmd, &[])?;
                    env.drop_new_objects(&before, &keep);
                }
            }
            _ => {}
        }
    }
    println!();
    cases.push(CaseResult::new(
        "upload",
        &case,
        "curl -T (signed URL)",
        [helper, curl, python],
    ));
    kept_item.context("the helper upload returned no item id")
}

/// Case 2: the same file down.
fn case_download(
    env: &Env,
    plan: &Plan,
    mock: &Mock,
    item: &str,
    cases: &mut Vec<CaseResult>,
) -> Result<()> {
    let case = format!("download {} MiB", plan.big_file_bytes / MIB);
    let dest = env.data_dir.join("down.bin");
    let dest_s = dest.display().to_string();
    let mut helper = Row::new(&case, "rust helper (.to_path())");
    let mut unverified = Row::new(
        &case,
        "rust helper, no verification (.verify(false).to_path())",
    );
    let mut curl = Row::new(&case, "curl -o (signed URL)");
    let mut python = Row::new(&case, "python recipe (httpx.stream)");
    progress(&format!("bench: {case} "));
    for turn in rotated_turns(plan.ratio_runs, 4) {
        match turn {
            0 => {
                sample(
                    env,
                    mock,
                    &mut helper,
                    &env.client(&["download", item, &dest_s]),
                    &[],
                )?;
            }
            1 => {
                sample(
                    env,
                    mock,
                    &mut unverified,
                    &env.client(&["download", item, &dest_s, "--no-verify"]),
                    &[],
                )?;
            }
            2 if env.curl => {
                let resolved = json_of(&run_plain(
                    &env.client(&["resolve", item]),
                    &env.envs(mock),
                )?)?;
                let url = resolved["url"].as_str().context("no url")?;
                let cmd: Vec<String> = ["curl", "-sS", "-f", "-o", &dest_s, url]
                    .iter()
                    .map(|s| s.to_string())
                    .collect();
                sample(env, mock, &mut curl, &cmd, &[])?;
            }
            3 => {
                if let Some(cmd) = env.python_script("download_recipe.py", &[item, &dest_s]) {
                    sample(env, mock, &mut python, &cmd, &[])?;
                }
            }
            _ => {}
        }
        let _ = std::fs::remove_file(&dest);
    }
    println!();
    cases.push(CaseResult::new(
        "download",
        &case,
        "curl -o (signed URL)",
        [helper, unverified, curl, python],
    ));
    Ok(())
}

/// Case 3: many small files with latency on every request.
fn case_many(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<()> {
    let dir = env.data_dir.join("many");
    std::fs::create_dir_all(&dir)?;
    for i in 0..plan.many_files {
        write_random_file(
            &dir.join(format!("f{i:04}.bin")),
            plan.many_file_bytes,
            100 + i as u64,
        )?;
    }
    let dir_s = dir.display().to_string();
    let case = format!(
        "{} files x {} KiB, {} ms latency",
        plan.many_files,
        plan.many_file_bytes / 1024,
        plan.latency_ms
    );
    let python_name = "python recipe loop (sequential)";
    let mut rows: Vec<Row> = plan
        .concurrencies
        .iter()
        .map(|c| Row::new(&case, &format!("rust helper concurrency {c}")))
        .collect();
    let mut python = Row::new(&case, python_name);
    mock.add_latency(plan.latency_ms)?;
    progress(&format!("bench: {case} "));
    let result = (|| -> Result<()> {
        for _ in 0..plan.runs {
            for (row, c) in rows.iter_mut().zip(&plan.concurrencies) {
                let before = env.objects();
                let c = c.to_string();
                sample(
                    env,
                    mock,
                    row,
                    &env.client(&["many-upload", &dir_s, &c]),
                    &[],
                )?;
                env.drop_new_objects(&before, &[]);
            }
            if let Some(cmd) = env.python_script("many_upload_recipe.py", &[&dir_s]) {
                let before = env.objects();
                sample(env, mock, &mut python, &cmd, &[])?;
                env.drop_new_objects(&before, &[]);
            }
        }
        Ok(())
    })();
    mock.clear_faults()?;
    result?;
    println!();
    rows.push(python);
    cases.push(CaseResult::new("many", &case, python_name, rows));
    Ok(())
}

/// Case 4: per-call overhead of sequential `uploads.progress` calls. Each contender also
/// runs with 0 calls (start-up, `initiate`, `fail`), so the per-call cost is the difference.
fn case_progress(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<()> {
    let n = plan.progress_calls;
    let case = format!("{n} x uploads.progress");
    let python_name = "python fluent (client.uploads.progress)";
    let mut rust = Row::new(&case, "rust fluent (client.uploads().progress())");
    let mut python = Row::new(&case, python_name);
    let mut rust0 = Row::new(&case, "rust fluent, 0 calls (baseline)");
    let mut single = Row::new(&case, "rust fluent, current-thread runtime");
    let mut single0 = Row::new(
        &case,
        "rust fluent, current-thread runtime, 0 calls (baseline)",
    );
    let mut python0 = Row::new(&case, "python fluent, 0 calls (baseline)");
    let mut plain = Row::new(&case, "plain reqwest loop, no SDK (same runtime)");
    let mut plain0 = Row::new(&case, "plain reqwest loop, 0 calls (baseline)");
    let mut in_place = Row::new(
        &case,
        "hyper connection polled by the caller, no HTTP client (same runtime)",
    );
    let mut in_place0 = Row::new(&case, "hyper connection, 0 calls (baseline)");
    let n_s = n.to_string();
    progress(&format!("bench: {case} "));
    for _ in 0..plan.ratio_runs {
        for (row, args) in [
            (&mut rust, vec!["progress-calls", &n_s]),
            (&mut rust0, vec!["progress-calls", "0"]),
            (
                &mut single,
                vec!["--current-thread", "progress-calls", &n_s],
            ),
            (
                &mut single0,
                vec!["--current-thread", "progress-calls", "0"],
            ),
            (&mut plain, vec!["reqwest-calls", &n_s]),
            (&mut plain0, vec!["reqwest-calls", "0"]),
            (&mut in_place, vec!["hyper-calls", &n_s]),
            (&mut in_place0, vec!["hyper-calls", "0"]),
        ] {
            sample(env, mock, row, &env.client(&args), &[])?;
        }
        if let Some(cmd) = env.python_script("progress_calls.py", &[&n_s]) {
            sample(env, mock, &mut python, &cmd, &[])?;
        }
        if let Some(cmd) = env.python_script("progress_calls.py", &["0"]) {
            sample(env, mock, &mut python0, &cmd, &[])?;
        }
    }
    println!();
    for (row, baseline) in [
        (&mut rust, &rust0),
        (&mut single, &single0),
        (&mut python, &python0),
        (&mut plain, &plain0),
        (&mut in_place, &in_place0),
    ] {
        row.per_call = Some((
            n,
            baseline.median(|s| s.cpu_s),
            baseline.median(|s| s.wall_s),
        ));
    }
    cases.push(CaseResult::new(
        "progress",
        &case,
        python_name,
        [
            rust, single, plain, in_place, python, rust0, single0, plain0, in_place0, python0,
        ],
    ));
    Ok(())
}

/// Case 5: one session of many 4 KiB files at concurrency 32, for each count of the plan:
/// the cost per file must not grow with the number of files.
///
/// It runs against its own mock, whose objects live in memory-backed storage (`/dev/shm`)
/// when the machine has it: the case measures the client's cost per file, and tens of
/// thousands of small objects written and deleted on disk made the mock wait for the file
/// system's write-back, by more each run (see BENCHMARKS.md).
fn case_scale(env: &Env, plan: &Plan, cases: &mut Vec<CaseResult>) -> Result<()> {
    let shm = Path::new("/dev/shm");
    let mock_data = if shm.is_dir() {
        shm.join(format!("geopera-bench-scale-{}", std::process::id()))
    } else {
        env.bench_dir.join("scale-mock-data")
    };
    with_own_mock(env, &mock_data, |mock| scale_rows(env, plan, mock, cases))
}

/// Runs `rows` against a mock of its own, started empty on `data` and removed with its
/// data when `rows` returns.
fn with_own_mock(env: &Env, data: &Path, rows: impl FnOnce(&Mock) -> Result<()>) -> Result<()> {
    let _ = std::fs::remove_dir_all(data);
    let mock = Mock::start(&env.mock_bin, data)?;
    let result = rows(&mock);
    drop(mock);
    let _ = std::fs::remove_dir_all(data);
    result
}

fn scale_rows(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<()> {
    let case = format!(
        "scale: files x {} KiB, concurrency {SCALE_CONCURRENCY}",
        SCALE_FILE_BYTES / 1024
    );
    let mut rows = Vec::new();
    let mut dirs = Vec::new();
    for &n in &plan.scale_counts {
        let dir = env.data_dir.join(format!("scale-{n}"));
        std::fs::create_dir_all(&dir)?;
        for i in 0..n {
            write_random_file(
                &dir.join(format!("f{i:05}.bin")),
                SCALE_FILE_BYTES,
                10_000 + i as u64,
            )?;
        }
        dirs.push(dir.display().to_string());
        rows.push(Row::new(&case, &format!("rust helper, {n} files")));
    }
    let concurrency = SCALE_CONCURRENCY.to_string();
    progress(&format!("bench: {case} "));
    for _ in 0..plan.runs {
        for (row, dir) in rows.iter_mut().zip(&dirs) {
            sample(
                env,
                mock,
                row,
                &env.client(&["many-upload", dir, &concurrency]),
                &[],
            )?;
        }
    }
    println!();
    let reference = rows
        .first()
        .map(|r| r.contender.clone())
        .unwrap_or_default();
    let mut result = CaseResult::new("scale", &case, &reference, rows);
    result.extra = json!({"counts": plan.scale_counts});
    cases.push(result);
    Ok(())
}

/// Case 6: `transfer_memory` moves one big file up and down through the helpers, against
/// the bench's mock (so only the client's memory is counted).
fn case_memory(env: &Env, plan: &Plan, mock: &Mock, cases: &mut Vec<CaseResult>) -> Result<()> {
    let case = format!("memory: {} MiB up and down", plan.memory_bytes / MIB);
    let mut row = Row::new(&case, "rust helpers (transfer_memory)");
    let cmd = vec![
        env.memory_bin.display().to_string(),
        plan.memory_bytes.to_string(),
    ];
    let scratch = env.scratch.display().to_string();
    progress(&format!("bench: {case} "));
    let before = env.objects();
    sample(env, mock, &mut row, &cmd, &[("TMPDIR", &scratch)])?;
    env.drop_new_objects(&before, &[]);
    println!();
    cases.push(CaseResult::new("memory", &case, "", [row]));
    Ok(())
}

/// Case 7: clean build of the workspace in its own target dir, rebuild of geopera-api after
/// touching it, and the size of the generated code.
fn build_cost(env: &Env) -> Result<CaseResult> {
    let target = env.bench_dir.join("build");
    let _ = std::fs::remove_dir_all(&target);
    let target_s = target.display().to_string();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let case = "build cost (dev profile)";
    let mut clean = Row::new(case, "clean `cargo build --workspace`");
    let mut touched = Row::new(case, "rebuild geopera-api after touch");
    let cmd = |args: &[&str]| -> Vec<String> {
        std::iter::once(cargo.clone())
            .chain(args.iter().map(|s| s.to_string()))
            .chain([
                "--manifest-path".into(),
                env.root.join("Cargo.toml").display().to_string(),
            ])
            .collect()
    };
    let envs = [("CARGO_TARGET_DIR", target_s.as_str())];
    progress(&format!("bench: {case} "));
    let (s, _) = run_measured(
        &env.scratch,
        &cmd(&["build", "--quiet", "--workspace"]),
        &envs,
    )?;
    clean.samples.push(s);
    progress(".");
    // `-p geopera-api` unifies features differently from `--workspace`: build it once untimed,
    // so the timed rebuild measures geopera-api alone, as a developer editing it sees it.
    run_measured(
        &env.scratch,
        &cmd(&["build", "--quiet", "-p", "geopera-api"]),
        &envs,
    )?;
    let lib = env.root.join("geopera-api/src/lib.rs");
    let text = std::fs::read(&lib)?;
    std::fs::write(&lib, &text)?; // a fresh mtime, same content
    let (s, _) = run_measured(
        &env.scratch,
        &cmd(&["build", "--quiet", "-p", "geopera-api"]),
        &envs,
    )?;
    touched.samples.push(s);
    println!();
    let _ = std::fs::remove_dir_all(&target);
    let mut result = CaseResult::new("build", case, "", [clean, touched]);
    result.extra = json!({"generated_lines": generated_lines(&env.root)?});
    Ok(result)
}

/// Lines of committed generated code (`*/src/generated/**`), per crate.
fn generated_lines(root: &Path) -> Result<Value> {
    let mut out = serde_json::Map::new();
    for krate in ["geopera-api", "geopera-fluent"] {
        let mut total = 0usize;
        for p in files_under(&root.join(krate).join("src/generated")) {
            if p.extension().is_some_and(|x| x == "rs") {
                total += std::fs::read_to_string(&p)?.lines().count();
            }
        }
        out.insert(krate.to_owned(), json!(total));
    }
    Ok(Value::Object(out))
}

/// Every file below `dir`, recursively; unreadable folders are skipped.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn machine(load_before: &str, load_after: &str) -> Value {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_default();
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().next().map(str::to_owned))
        .unwrap_or_default();
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    json!({
        "nproc": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "cpu": cpu,
        "memory": mem,
        "rustc": rustc,
        "load_before": load_before,
        "load_after": load_after,
    })
}

#[cfg(test)]
mod tests {
    use super::rotated_turns;

    #[test]
    fn each_round_starts_with_the_next_contender() {
        let turns: Vec<usize> = rotated_turns(4, 3).collect();
        assert_eq!(turns, [0, 1, 2, 1, 2, 0, 2, 0, 1, 0, 1, 2]);
    }
}
