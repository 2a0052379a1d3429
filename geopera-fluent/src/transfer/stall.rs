//! Stalls: a storage request that moves no byte for `stall_timeout` is abandoned and retried.
//!
//! Storage requests have no overall deadline (a large file may rightly take hours); instead
//! each one must keep moving. A `GET` waits at most `stall_timeout` for its response head
//! and then for each chunk of body. A `PUT` counts the body chunks the HTTP client takes
//! ([`Activity`]); once it takes none for `stall_timeout` (the host stopped reading), or the
//! whole body was taken and no response head followed within `stall_timeout`, the attempt
//! is abandoned. Either way the stall is a transient transport fault: the storage retry
//! policy retries it, and a download resumes with `Range` from the bytes it kept.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use super::retry::{Outcome, Transient};
use super::storage;

/// How long a storage request may move no byte before it is abandoned (and retried).
pub const DEFAULT_STALL_TIMEOUT: Duration = Duration::from_secs(30);

/// When bytes last moved in one request, and how many moved in all; shared by the body
/// stream that moves them and the watchdog that waits on them.
#[derive(Debug, Clone)]
pub(crate) struct Activity {
    inner: Arc<Mutex<(Instant, u64)>>,
}

impl Activity {
    /// Activity that starts now, with nothing moved.
    pub(crate) fn new() -> Self {
        Activity {
            inner: Arc::new(Mutex::new((Instant::now(), 0))),
        }
    }

    /// Records that `n` bytes moved just now.
    pub(crate) fn moved(&self, n: u64) {
        let mut state = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        *state = (Instant::now(), state.1 + n);
    }

    /// Bytes moved so far.
    pub(crate) fn bytes(&self) -> u64 {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).1
    }

    fn last(&self) -> Instant {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).0
    }

    /// Resolves once nothing moved for `limit`.
    async fn idle(&self, limit: Duration) {
        loop {
            let last = self.last();
            tokio::time::sleep_until(last + limit).await;
            if self.last() == last {
                return;
            }
        }
    }
}

/// `future`'s output, or `None` once `activity` saw no byte move for `limit`.
pub(crate) async fn unless_idle<F: Future>(
    activity: &Activity,
    limit: Duration,
    future: F,
) -> Option<F::Output> {
    tokio::select! {
        output = future => Some(output),
        () = activity.idle(limit) => None,
    }
}

/// The outcome of an attempt abandoned for a stall: retried like a broken connection, with
/// the same URL.
pub(crate) fn stalled<T>(message: String) -> Outcome<T> {
    Outcome::Transient(Transient::interrupted(message))
}

/// [`storage::classify`], which may read an error body, abandoned as a stall when that body
/// stops for `limit`.
pub(crate) async fn classify_within(
    result: Result<reqwest::Response, reqwest::Error>,
    url: &str,
    limit: Duration,
) -> Outcome<reqwest::Response> {
    tokio::time::timeout(limit, storage::classify(result, url))
        .await
        .unwrap_or_else(|_| {
            stalled(format!(
                "the storage host stopped sending its answer for {limit:?} (stall_timeout)"
            ))
        })
}

/// What a stalled upload attempt says: how far it got and how long it waited.
pub(crate) fn upload_stall_message(sent: u64, len: u64, limit: Duration) -> String {
    if sent >= len {
        format!(
            "the storage host did not answer within {limit:?} (stall_timeout) after the whole body of {len} bytes was sent"
        )
    } else {
        format!("no byte moved for {limit:?} (stall_timeout) after {sent} of {len} bytes were sent")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn only_a_stall_ends_the_wait() {
        let activity = Activity::new();
        let limit = Duration::from_millis(50);
        activity.moved(10);
        assert_eq!(unless_idle(&activity, limit, async { 7 }).await, Some(7));
        assert_eq!(activity.bytes(), 10);
        let stuck = unless_idle(&activity, limit, std::future::pending::<()>()).await;
        assert_eq!(stuck, None);
    }

    #[test]
    fn messages_say_how_far_it_got() {
        let limit = Duration::from_millis(200);
        assert_eq!(
            upload_stall_message(5, 10, limit),
            "no byte moved for 200ms (stall_timeout) after 5 of 10 bytes were sent"
        );
        assert!(upload_stall_message(10, 10, limit).contains("did not answer within 200ms"));
    }
}
