//! Rows, the printed table, the goals and the JSON report.

use serde_json::{json, Value};

use super::measure::Sample;

const MIB: f64 = 1024.0 * 1024.0;

/// All runs of one contender in one case.
#[derive(Debug, Clone)]
pub struct Row {
    pub case: String,
    pub contender: String,
    pub samples: Vec<Sample>,
    /// For per-call cases: (calls, baseline CPU s, baseline wall s) of the 0-call run.
    pub per_call: Option<(u64, f64, f64)>,
}

impl Row {
    pub fn new(case: &str, contender: &str) -> Row {
        Row {
            case: case.to_owned(),
            contender: contender.to_owned(),
            samples: Vec::new(),
            per_call: None,
        }
    }

    pub fn median(&self, f: impl Fn(&Sample) -> f64) -> f64 {
        let mut v: Vec<f64> = self.samples.iter().map(f).collect();
        v.sort_by(f64::total_cmp);
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }

    fn min(&self, f: impl Fn(&Sample) -> f64) -> f64 {
        self.samples.iter().map(f).fold(f64::INFINITY, f64::min)
    }

    fn max(&self, f: impl Fn(&Sample) -> f64) -> f64 {
        self.samples.iter().map(f).fold(f64::NEG_INFINITY, f64::max)
    }

    fn peak_rss(&self) -> f64 {
        self.max(|s| s.peak_rss as f64)
    }

    /// Marginal CPU and wall seconds per call (median run minus the 0-call baseline).
    pub fn per_call(&self) -> Option<(f64, f64)> {
        let (n, cpu0, wall0) = self.per_call?;
        if self.samples.is_empty() || n == 0 {
            return None;
        }
        let n = n as f64;
        Some((
            (self.median(|s| s.cpu_s) - cpu0) / n,
            (self.median(|s| s.wall_s) - wall0) / n,
        ))
    }

    fn to_json(&self) -> Value {
        json!({
            "contender": self.contender,
            "skipped": self.samples.is_empty(),
            "samples": self.samples.iter().map(|s| s.to_json()).collect::<Vec<_>>(),
            "median_wall_s": nan_null(self.median(|s| s.wall_s)),
            "median_cpu_s": nan_null(self.median(|s| s.cpu_s)),
            "peak_rss_bytes": nan_null(self.peak_rss()),
            "per_call": self.per_call().map(|(cpu, wall)| json!({
                "cpu_s": cpu, "wall_s": wall, "calls": self.per_call.map(|p| p.0),
            })),
        })
    }
}

fn nan_null(x: f64) -> Value {
    if x.is_finite() {
        json!(x)
    } else {
        Value::Null
    }
}

/// One case: its rows and the contender the ratios are taken against.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub key: String,
    pub case: String,
    pub reference: String,
    pub rows: Vec<Row>,
    pub extra: Value,
}

impl CaseResult {
    pub fn new(
        key: &str,
        case: &str,
        reference: &str,
        rows: impl IntoIterator<Item = Row>,
    ) -> CaseResult {
        CaseResult {
            key: key.to_owned(),
            case: case.to_owned(),
            reference: reference.to_owned(),
            rows: rows.into_iter().collect(),
            extra: Value::Null,
        }
    }

    fn row(&self, prefix: &str) -> Option<&Row> {
        self.rows
            .iter()
            .find(|r| r.contender.starts_with(prefix) && !r.samples.is_empty())
    }

    fn reference_wall(&self) -> Option<f64> {
        self.row(&self.reference)
            .filter(|_| !self.reference.is_empty())
            .map(|r| r.median(|s| s.wall_s))
    }

    pub fn to_json(&self) -> Value {
        json!({
            "key": self.key,
            "case": self.case,
            "reference": self.reference,
            "rows": self.rows.iter().map(Row::to_json).collect::<Vec<_>>(),
            "extra": self.extra,
        })
    }
}

/// The Markdown table of every row.
pub fn table(cases: &[CaseResult]) -> String {
    let mut out = String::from(
        "| case | contender | runs | wall median (s) | min | max | ratio vs ref | \
         peak RSS (MiB) | CPU median (s) | CPU/call (µs) |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for case in cases {
        let reference = case.reference_wall();
        for row in &case.rows {
            if row.samples.is_empty() {
                out.push_str(&format!(
                    "| {} | {} | 0 | skipped (contender missing) | | | | | | |\n",
                    row.case, row.contender
                ));
                continue;
            }
            let wall = row.median(|s| s.wall_s);
            let ratio = match reference {
                Some(r) if r > 0.0 => {
                    let mark = if row.contender == case.reference {
                        " (ref)"
                    } else {
                        ""
                    };
                    format!("{:.2}{mark}", wall / r)
                }
                _ => "–".into(),
            };
            let per_call = row
                .per_call()
                .map(|(cpu, _)| format!("{:.0}", cpu * 1e6))
                .unwrap_or_default();
            out.push_str(&format!(
                "| {} | {} | {} | {:.3} | {:.3} | {:.3} | {} | {:.1} | {:.3} | {} |\n",
                row.case,
                row.contender,
                row.samples.len(),
                wall,
                row.min(|s| s.wall_s),
                row.max(|s| s.wall_s),
                ratio,
                row.peak_rss() / MIB,
                row.median(|s| s.cpu_s),
                per_call,
            ));
        }
        if !case.extra["generated_lines"].is_null() {
            out.push_str(&format!(
                "| {} | generated code (lines) | | {} | | | | | | |\n",
                case.case, case.extra["generated_lines"]
            ));
        }
    }
    out
}

/// One goal of the issue and where the run stands against it.
pub struct Goal {
    pub name: String,
    pub measured: String,
    pub target: String,
    /// `Some(true)` met, `Some(false)` missed, `None` not measured.
    pub met: Option<bool>,
}

impl Goal {
    pub fn line(&self) -> String {
        let status = match self.met {
            Some(true) => "MET   ",
            Some(false) => "MISSED",
            None => "n/a   ",
        };
        format!(
            "goal {status} {}: {} (target {})",
            self.name, self.measured, self.target
        )
    }

    pub fn to_json(&self) -> Value {
        json!({"goal": self.name, "measured": self.measured, "target": self.target, "met": self.met})
    }
}

fn find<'a>(cases: &'a [CaseResult], key: &str) -> Option<&'a CaseResult> {
    cases.iter().find(|c| c.key == key)
}

pub fn goals(cases: &[CaseResult], quick: bool) -> Vec<Goal> {
    let mut out = Vec::new();
    out.extend(super::cli::goals(cases));
    let size_note = if quick {
        " (quick run: smaller file)"
    } else {
        ""
    };
    for (key, helper, curl, limit) in [
        ("upload", "rust helper", "curl", 1.05),
        ("download", "rust helper (", "curl", 1.10),
        ("download", "rust helper, no verification", "curl", 1.10),
    ] {
        let case = find(cases, key);
        let h = case.and_then(|c| c.row(helper));
        let c = case.and_then(|c| c.row(curl));
        let name = format!("{key} wall vs curl ({})", helper.trim_end_matches(" ("));
        out.push(match (h, c) {
            (Some(h), Some(c)) => {
                let r = h.median(|s| s.wall_s) / c.median(|s| s.wall_s);
                Goal {
                    name,
                    measured: format!("{r:.2} x"),
                    target: format!("<= {limit:.2} x"),
                    met: Some(r <= limit),
                }
            }
            _ => Goal {
                name,
                measured: "not measured (case or curl missing)".into(),
                target: format!("<= {limit:.2} x"),
                met: None,
            },
        });
        if let Some(h) = h.filter(|_| !helper.contains("no verification")) {
            let rss = h.peak_rss() / MIB;
            out.push(Goal {
                name: format!("{key} helper peak RSS{size_note}"),
                measured: format!("{rss:.1} MiB"),
                target: "<= 64 MiB".into(),
                met: Some(rss <= 64.0),
            });
        }
    }
    let many = find(cases, "many");
    let c8 = many.and_then(|c| c.row("rust helper concurrency 8"));
    let py = many.and_then(|c| c.row("python"));
    out.push(match (c8, py) {
        (Some(c8), Some(py)) => {
            let speedup = py.median(|s| s.wall_s) / c8.median(|s| s.wall_s);
            Goal {
                name: "many files: concurrency 8 vs sequential Python".into(),
                measured: format!("{speedup:.1} x faster"),
                target: ">= 5 x faster".into(),
                met: Some(speedup >= 5.0),
            }
        }
        _ => Goal {
            name: "many files: concurrency 8 vs sequential Python".into(),
            measured: "not measured (python missing)".into(),
            target: ">= 5 x faster".into(),
            met: None,
        },
    });
    let prog = find(cases, "progress");
    let rust = prog
        .and_then(|c| c.row("rust fluent ("))
        .and_then(Row::per_call);
    let python = prog
        .and_then(|c| c.row("python fluent ("))
        .and_then(Row::per_call);
    out.push(match (rust, python) {
        (Some((r, _)), Some((p, _))) => Goal {
            name: "progress calls: Rust CPU per call vs Python".into(),
            measured: format!(
                "{:.0} µs vs {:.0} µs = 1/{:.1}",
                r * 1e6,
                p * 1e6,
                if r > 0.0 { p / r } else { f64::INFINITY }
            ),
            target: "<= 1/10".into(),
            met: Some(r * 10.0 <= p),
        },
        _ => Goal {
            name: "progress calls: Rust CPU per call vs Python".into(),
            measured: "not measured (case or python missing)".into(),
            target: "<= 1/10".into(),
            met: None,
        },
    });
    if let Some(scale) = find(cases, "scale") {
        let rows: Vec<&Row> = scale
            .rows
            .iter()
            .filter(|r| !r.samples.is_empty())
            .collect();
        let counts: Vec<u64> = scale.extra["counts"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_u64).collect())
            .unwrap_or_default();
        if let ([small, .., large], [n_small, .., n_large]) = (&rows[..], &counts[..]) {
            let ratio = large.median(|s| s.wall_s) / small.median(|s| s.wall_s);
            // 12 x for 10 times the files: a flat cost per file plus some slack.
            let limit = 1.2 * *n_large as f64 / *n_small as f64;
            out.push(Goal {
                name: format!("scale: {n_large} files vs {n_small} files, wall"),
                measured: format!("{ratio:.2} x"),
                target: format!("<= {limit:.0} x"),
                met: Some(ratio <= limit),
            });
            let rss = large.peak_rss() / MIB;
            out.push(Goal {
                name: format!("scale: {n_large} files, helper peak RSS"),
                measured: format!("{rss:.1} MiB"),
                target: "< 64 MiB".into(),
                met: Some(rss < 64.0),
            });
        }
    }
    if let Some(row) = find(cases, "memory").and_then(|c| c.rows.first()) {
        if !row.samples.is_empty() {
            let rss = row.peak_rss() / MIB;
            out.push(Goal {
                name: format!("{}, peak RSS", row.case),
                measured: format!("{rss:.1} MiB"),
                target: "< 64 MiB".into(),
                met: Some(rss < 64.0),
            });
        }
    }
    out
}
