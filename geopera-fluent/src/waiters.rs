//! Waiting for long-running jobs: poll until the job is done, with backoff, a deadline and a
//! status callback.
//!
//! Clip jobs, processing jobs and orders are started by one operation and polled with a
//! `:read` operation until their `status` says they are done ([`JOB_STARTERS`]). A [`Wait`]
//! does the polling: [`Geopera::wait_for_clip_job`], [`Geopera::wait_for_processing_job`] and
//! [`Geopera::wait_for_order`] for the three kinds, [`Geopera::wait_for`] for any poll
//! operation, and [`Wait::new`] for code that picks the poller at run time (JSON in, JSON
//! out).
//!
//! ```no_run
//! use std::time::Duration;
//! use geopera_fluent::Geopera;
//!
//! # async fn run(client: Geopera) -> Result<(), Box<dyn std::error::Error>> {
//! let job = client
//!     .wait_for_clip_job("job_7f2a")
//!     .timeout(Duration::from_secs(600))
//!     .poll_interval(Duration::from_secs(2)) // doubles after each poll, up to 30 s
//!     .on_status(|status| eprintln!("clip job: {status}"))
//!     .await?; // the final `clip.job.get` answer, status `completed`
//! println!("{}", job["status"]);
//! # Ok(()) }
//! ```
//!
//! Decisions:
//! - **Done** is read from the answer's `status` ([`job_state`]): `completed`, `succeeded`,
//!   `success`, `done`, `finished` end the wait with the answer; `failed`, `error`,
//!   `cancelled`/`canceled`, `rejected`, `expired` end it with [`WaitError::Failed`] carrying
//!   the final answer; anything else (`pending`, `running`, …) keeps polling. [`Wait::until`]
//!   replaces the rule.
//! - **Backoff**: the first poll is immediate; the pause then starts at
//!   [`Wait::poll_interval`] (default 1 s) and doubles after each poll up to
//!   [`Wait::max_poll_interval`] (default 30 s).
//! - **Deadline**: [`Wait::timeout`] (default 15 minutes) bounds the whole wait, polls in
//!   flight included, except that a wait always completes one poll, so a timeout carries the
//!   last status seen ([`WaitError::TimedOut`]).
//! - **Errors of a poll** end the wait ([`WaitError::Call`]); the poll operations are `:read`
//!   operations, so transient failures were already retried by the call itself.
//! - **Dropping** the future stops polling: nothing runs in the background.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, Instant};

use geopera_api::operations::{clip_job_get, orders_get, processing_job_get};
use geopera_api::{dynamic, Client, Error, IntoBody, Operation, OperationInfo};
use serde_json::{json, Value};

use crate::Geopera;

/// Where a job is, as a wait sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobState {
    /// Not done yet: keep polling.
    Running,
    /// Done: the wait yields the answer.
    Completed,
    /// Done without success: the wait fails with the answer.
    Failed,
}

/// The default rule: the state named by the answer's `status` (see the module docs).
pub fn job_state(answer: &Value) -> JobState {
    let status = answer
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_lowercase();
    match status.as_str() {
        "completed" | "complete" | "succeeded" | "success" | "done" | "finished" => {
            JobState::Completed
        }
        "failed" | "error" | "errored" | "cancelled" | "canceled" | "rejected" | "expired" => {
            JobState::Failed
        }
        _ => JobState::Running,
    }
}

/// An operation that starts a job, and how to poll that job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct JobStarter {
    /// The starting operation, e.g. `clip.create_from_area`.
    pub starter: &'static str,
    /// The `:read` operation that reports the job, e.g. `clip.job.get`.
    pub poller: &'static str,
    /// The poller's request field naming the job, e.g. `job_id`.
    pub id_field: &'static str,
}

/// The job starters of Geopera's documentation ("Long-running jobs") with their pollers.
/// `analytics.execute` is documented as a starter but no operation reports its jobs, so it is
/// not listed.
pub const JOB_STARTERS: &[JobStarter] = &[
    JobStarter::new("clip.create_from_area", "clip.job.get", "job_id"),
    JobStarter::new("clip.create_from_item", "clip.job.get", "job_id"),
    JobStarter::new("orders.archive.place", "orders.get", "order_id"),
    JobStarter::new("orders.place", "orders.get", "order_id"),
    JobStarter::new("orders.tasking.place", "orders.get", "order_id"),
    JobStarter::new("processing.create", "processing.job.get", "job_id"),
    JobStarter::new(
        "processing.create_and_dispatch",
        "processing.job.get",
        "job_id",
    ),
    JobStarter::new("processing.dispatch", "processing.job.get", "job_id"),
    JobStarter::new("processing.execute", "processing.job.get", "job_id"),
];

impl JobStarter {
    const fn new(starter: &'static str, poller: &'static str, id_field: &'static str) -> Self {
        JobStarter {
            starter,
            poller,
            id_field,
        }
    }

    /// The entry for the starting operation `operation_id`, if it starts a job.
    pub fn of(operation_id: &str) -> Option<&'static JobStarter> {
        JOB_STARTERS.iter().find(|s| s.starter == operation_id)
    }

    /// The job's id in the starter's `answer`: its `id_field` (`job_id`), else its `id`, else
    /// the `id` of a nested `job` (`processing.dispatch` answers `{job, dispatch}`).
    pub fn job_id(&self, answer: &Value) -> Option<String> {
        [
            answer.get(self.id_field),
            answer.get("id"),
            answer.pointer("/job/id"),
        ]
        .into_iter()
        .flatten()
        .find_map(|id| id.as_str().map(str::to_owned))
    }

    /// A wait for the job the starter's `answer` names; `None` when the answer names none.
    pub fn wait<'a>(&self, api: &'a Client, answer: &Value) -> Option<Wait<'a>> {
        let id = self.job_id(answer)?;
        let poller = dynamic::operation(self.poller)?;
        Some(Wait::new(api, poller, json!({ self.id_field: id })))
    }
}

type Classify<'a> = Box<dyn Fn(&Value) -> JobState + Send + Sync + 'a>;
type OnStatus<'a> = Box<dyn FnMut(&str) + Send + 'a>;

/// Polls one job until it is done; await it for the final answer. Made by the `wait_for_*`
/// methods of [`Geopera`], [`JobStarter::wait`] or [`Wait::new`].
#[must_use = "a wait does nothing until it is awaited"]
pub struct Wait<'a> {
    api: &'a Client,
    poller: OperationInfo,
    body: Result<Value, Error>,
    timeout: Duration,
    interval: Duration,
    max_interval: Duration,
    classify: Classify<'a>,
    on_status: Option<OnStatus<'a>>,
}

impl fmt::Debug for Wait<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wait")
            .field("poller", &self.poller.id)
            .field("timeout", &self.timeout)
            .field("interval", &self.interval)
            .field("max_interval", &self.max_interval)
            .finish_non_exhaustive()
    }
}

/// The default deadline of a wait.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15 * 60);
/// The default first pause between polls.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(1);
/// The default longest pause between polls.
pub const DEFAULT_MAX_POLL_INTERVAL: Duration = Duration::from_secs(30);

impl<'a> Wait<'a> {
    /// A wait that calls `poller` with `body` until [`job_state`] says the job is done.
    pub fn new(api: &'a Client, poller: OperationInfo, body: Value) -> Self {
        Self::with_body(api, poller, Ok(body))
    }

    fn with_body(api: &'a Client, poller: OperationInfo, body: Result<Value, Error>) -> Self {
        Wait {
            api,
            poller,
            body,
            timeout: DEFAULT_TIMEOUT,
            interval: DEFAULT_POLL_INTERVAL,
            max_interval: DEFAULT_MAX_POLL_INTERVAL,
            classify: Box::new(job_state),
            on_status: None,
        }
    }

    /// The longest the whole wait may take (default 15 minutes).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The first pause between polls (default 1 s); it doubles after each poll up to
    /// [`Self::max_poll_interval`].
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self.max_interval = self.max_interval.max(interval);
        self
    }

    /// The longest pause between polls (default 30 s).
    pub fn max_poll_interval(mut self, max: Duration) -> Self {
        self.max_interval = max;
        self.interval = self.interval.min(max);
        self
    }

    /// Called with the job's `status` each time it changes (the first status included).
    pub fn on_status(mut self, listener: impl FnMut(&str) + Send + 'a) -> Self {
        self.on_status = Some(Box::new(listener));
        self
    }

    /// Decides from each answer whether the job is done, instead of [`job_state`].
    pub fn until(mut self, classify: impl Fn(&Value) -> JobState + Send + Sync + 'a) -> Self {
        self.classify = Box::new(classify);
        self
    }

    /// Polls until the job is done; the final answer.
    pub async fn send(mut self) -> Result<Value, WaitError> {
        let operation = self.poller.id;
        let body = std::mem::replace(&mut self.body, Ok(Value::Null)).map_err(WaitError::Call)?;
        let started = Instant::now();
        let deadline = started + self.timeout;
        let mut pause = self.interval;
        let mut last: Option<Value> = None;
        loop {
            let poll = self.api.request_json(self.poller, Some(&body)).send();
            let answer = match last {
                // Always complete one poll, so a timeout can say where the job was.
                None => poll.await,
                Some(_) => match tokio::time::timeout_at(deadline.into(), poll).await {
                    Ok(answer) => answer,
                    Err(_) => return Err(timed_out(operation, last, started)),
                },
            }
            .map_err(WaitError::Call)?;
            let status = status_of(&answer);
            if status.is_some() && status != last.as_ref().and_then(status_of) {
                if let (Some(listener), Some(status)) = (self.on_status.as_mut(), status) {
                    listener(status);
                }
            }
            match (self.classify)(&answer) {
                JobState::Completed => return Ok(answer),
                JobState::Failed => {
                    return Err(WaitError::Failed {
                        operation,
                        body: answer,
                    })
                }
                JobState::Running => {}
            }
            last = Some(answer);
            if Instant::now() + pause >= deadline {
                tokio::time::sleep_until(deadline.into()).await;
                return Err(timed_out(operation, last, started));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(self.max_interval);
        }
    }
}

fn status_of(answer: &Value) -> Option<&str> {
    answer.get("status").and_then(Value::as_str)
}

fn timed_out(operation: &'static str, last: Option<Value>, started: Instant) -> WaitError {
    WaitError::TimedOut {
        operation,
        last_status: last.as_ref().and_then(status_of).map(str::to_owned),
        last_body: last,
        waited: started.elapsed(),
    }
}

impl<'a> IntoFuture for Wait<'a> {
    type Output = Result<Value, WaitError>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Why a wait ended without the job completing.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError {
    /// The job ended failed (or cancelled, …); `body` is the final answer.
    Failed {
        /// The poll operation.
        operation: &'static str,
        /// The final answer, with the job's error where the service gives one.
        body: Value,
    },
    /// The deadline passed first.
    TimedOut {
        /// The poll operation.
        operation: &'static str,
        /// The job's last `status`.
        last_status: Option<String>,
        /// The last answer.
        last_body: Option<Value>,
        /// How long the wait took.
        waited: Duration,
    },
    /// A poll failed (after its own retries), or the wait's body was not valid.
    Call(Error),
}

impl WaitError {
    /// The final answer of a failed job.
    pub fn final_body(&self) -> Option<&Value> {
        match self {
            WaitError::Failed { body, .. } => Some(body),
            _ => None,
        }
    }

    /// The last status seen: the failed job's, or the last before a timeout.
    pub fn last_status(&self) -> Option<&str> {
        match self {
            WaitError::Failed { body, .. } => status_of(body),
            WaitError::TimedOut { last_status, .. } => last_status.as_deref(),
            WaitError::Call(_) => None,
        }
    }

    /// Whether the deadline passed.
    pub fn is_timeout(&self) -> bool {
        matches!(self, WaitError::TimedOut { .. })
    }

    /// The failed poll's error.
    pub fn api_error(&self) -> Option<&Error> {
        match self {
            WaitError::Call(err) => Some(err),
            _ => None,
        }
    }

    /// The wait error inside `err`, when a wait's failure was carried by `?`.
    pub fn from_error(err: &Error) -> Option<&WaitError> {
        err.helper::<WaitError>()
    }
}

impl fmt::Display for WaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed { operation, body } => {
                let status = status_of(body).unwrap_or("failed");
                write!(f, "{operation}: the job ended `{status}`")?;
                match body.get("error").or(body.get("message")) {
                    Some(Value::String(reason)) => write!(f, ": {reason}"),
                    Some(reason) if !reason.is_null() => write!(f, ": {reason}"),
                    _ => Ok(()),
                }
            }
            WaitError::TimedOut {
                operation,
                last_status,
                waited,
                ..
            } => write!(
                f,
                "{operation}: the job was still `{}` when the wait timed out after {:.1} s",
                last_status.as_deref().unwrap_or("unknown"),
                waited.as_secs_f64()
            ),
            WaitError::Call(_) => f.write_str("polling the job failed"),
        }
    }
}

impl std::error::Error for WaitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Call(err) => Some(err),
            _ => None,
        }
    }
}

impl From<WaitError> for Error {
    fn from(err: WaitError) -> Self {
        match err {
            WaitError::Call(err) => err,
            other => Error::Helper(Box::new(Box::new(other))),
        }
    }
}

impl Geopera {
    /// Waits for clip job `job_id` (polling `clip.job.get`) until it is `completed`; the final
    /// job object. See [`crate::waiters`].
    pub fn wait_for_clip_job(&self, job_id: impl AsRef<str>) -> Wait<'_> {
        let body = json!({ "job_id": job_id.as_ref() });
        Wait::new(self.api(), clip_job_get::ClipJobGet::INFO, body)
    }

    /// Waits for processing job `job_id` (polling `processing.job.get`).
    pub fn wait_for_processing_job(&self, job_id: impl AsRef<str>) -> Wait<'_> {
        let body = json!({ "job_id": job_id.as_ref() });
        Wait::new(self.api(), processing_job_get::ProcessingJobGet::INFO, body)
    }

    /// Waits for order `order_id` (polling `orders.get`).
    pub fn wait_for_order(&self, order_id: impl AsRef<str>) -> Wait<'_> {
        let body = json!({ "order_id": order_id.as_ref() });
        Wait::new(self.api(), orders_get::OrdersGet::INFO, body)
    }

    /// Waits on any poll operation `O` called with `body` (typed or JSON); pair it with
    /// [`Wait::until`] when `status` is not what says the job is done.
    pub fn wait_for<O: Operation>(&self, body: impl IntoBody<O::Body>) -> Wait<'_> {
        let body = body.into_json(O::INFO.id).and_then(|bytes| {
            serde_json::from_slice(&bytes).map_err(|err| {
                Error::invalid_request(
                    Some(O::INFO.id),
                    geopera_api::InvalidRequestKind::Body,
                    None,
                    format!("the {} body is not JSON: {err}", O::INFO.id),
                )
            })
        });
        Wait::with_body(self.api(), O::INFO, body)
    }
}
