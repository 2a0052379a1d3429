//! Long-running jobs (clip jobs, processing jobs, orders): `pending` → `running` →
//! `completed` | `failed`.
//!
//! A job advances on its polls (`<family>.get` calls) or with time, whichever is first
//! ([`JobTiming`]): it is `running` from its first poll or half its run time, and done
//! on its `polls`-th poll or after its run time. A job told to fail
//! ([`crate::MockServer::fail_job`], `POST /_mock/jobs/{id}/fail`) ends `failed`, with
//! the reason in `error`, when it would have completed. Once done, a job stays done.

use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

/// When jobs advance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobTiming {
    /// Run time: a job is done this long after it was started.
    pub delay: Duration,
    /// A job is also done on this many polls (`None`: only time counts).
    pub polls: Option<u32>,
}

impl Default for JobTiming {
    fn default() -> Self {
        JobTiming {
            delay: Duration::from_millis(200),
            polls: Some(2),
        }
    }
}

/// What a job has seen so far.
#[derive(Debug, Clone)]
pub struct JobProgress {
    started: Instant,
    polls: u32,
    failure: Option<String>,
}

impl JobProgress {
    /// A job started now.
    pub fn start() -> Self {
        JobProgress {
            started: Instant::now(),
            polls: 0,
            failure: None,
        }
    }
}

/// Status of a fresh job.
pub const PENDING: &str = "pending";

fn is_done(status: Option<&Value>) -> bool {
    matches!(status.and_then(Value::as_str), Some("completed" | "failed"))
}

/// Brings `value["status"]` up to date; `poll` counts this observation as a poll.
/// Whether the status changed.
pub fn observe(
    value: &mut Map<String, Value>,
    progress: &mut JobProgress,
    timing: JobTiming,
    poll: bool,
    now: &str,
) -> bool {
    if is_done(value.get("status")) {
        return false;
    }
    if poll {
        progress.polls += 1;
    }
    let elapsed = progress.started.elapsed();
    let done = elapsed >= timing.delay || timing.polls.is_some_and(|n| progress.polls >= n);
    let running = progress.polls >= 1 || elapsed >= timing.delay / 2;
    if done {
        match &progress.failure {
            Some(reason) => {
                value.insert("status".into(), json!("failed"));
                value.insert("error".into(), json!(reason));
                value.insert("failed_at".into(), json!(now));
            }
            None => {
                value.insert("status".into(), json!("completed"));
                value.insert("completed_at".into(), json!(now));
            }
        }
        value.insert("updated_at".into(), json!(now));
        true
    } else if running && value.get("status").and_then(Value::as_str) == Some(PENDING) {
        value.insert("status".into(), json!("running"));
        value.insert("started_at".into(), json!(now));
        value.insert("updated_at".into(), json!(now));
        true
    } else {
        false
    }
}

/// Marks a job to end `failed`. `Err` when it is already done.
pub fn inject_failure(
    value: &Map<String, Value>,
    progress: &mut JobProgress,
    reason: &str,
) -> Result<(), String> {
    if is_done(value.get("status")) {
        return Err(format!(
            "job is already {}",
            value
                .get("status")
                .and_then(Value::as_str)
                .unwrap_or("done")
        ));
    }
    progress.failure = Some(reason.to_owned());
    Ok(())
}
