//! When and how long to wait before trying a call again.
//!
//! Policy: connection errors, 429 and 502/503/504 are retried with exponential backoff and full
//! jitter, a bounded number of attempts and a bounded total time. A `Retry-After` from the
//! service replaces the computed delay (clamped to the maximum backoff). A shared
//! [`RetryBudget`] (a token bucket, one per client) stops retry storms when the service is
//! down: each retry spends tokens, each success refunds one. Only calls that are safe to
//! repeat are retried at all; the executor decides that from the operation.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::Rng;

/// How a client retries calls that are safe to repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in total, the first one included; 1 disables retries.
    pub max_attempts: u32,
    /// The backoff ceiling before jitter for the first retry; doubles on each retry.
    pub initial_backoff: Duration,
    /// No single wait is longer than this (a larger `Retry-After` is clamped to it).
    pub max_backoff: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub max_elapsed: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
            max_elapsed: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the total number of attempts (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the initial backoff.
    pub fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets the maximum single wait.
    pub fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Sets the total time after which no retry starts.
    pub fn with_max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// The wait before retry number `retry` (1 for the first retry): a `Retry-After` clamped
    /// to the maximum, or a random duration up to the exponential ceiling (full jitter).
    pub fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(asked) = retry_after {
            return asked.min(self.max_backoff);
        }
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        let ceiling = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        if ceiling.is_zero() {
            return ceiling;
        }
        rand::thread_rng().gen_range(Duration::ZERO..=ceiling)
    }
}

/// A token bucket shared by every call of one client.
#[derive(Debug, Clone)]
pub struct RetryBudget {
    inner: Arc<Mutex<BudgetState>>,
}

#[derive(Debug)]
struct BudgetState {
    tokens: u32,
    capacity: u32,
}

/// Tokens one retry costs.
const RETRY_COST: u32 = 5;

impl RetryBudget {
    /// A full bucket of `capacity` tokens; each retry costs 5, each success refunds 1.
    pub fn new(capacity: u32) -> Self {
        RetryBudget {
            inner: Arc::new(Mutex::new(BudgetState {
                tokens: capacity,
                capacity,
            })),
        }
    }

    /// Takes the cost of one retry; `false` (and nothing taken) when the bucket is too low.
    pub fn try_spend(&self) -> bool {
        let mut state = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if state.tokens >= RETRY_COST {
            state.tokens -= RETRY_COST;
            true
        } else {
            false
        }
    }

    /// Returns one token after a successful call.
    pub fn refund(&self) {
        let mut state = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        state.tokens = (state.tokens + 1).min(state.capacity);
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).tokens
    }
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget::new(500)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_wins_but_is_clamped() {
        let policy = RetryPolicy::default().with_max_backoff(Duration::from_secs(3));
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(1))),
            Duration::from_secs(1)
        );
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(60))),
            Duration::from_secs(3)
        );
    }

    #[test]
    fn jitter_stays_under_the_exponential_ceiling() {
        let policy = RetryPolicy::default()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(350));
        for _ in 0..200 {
            assert!(policy.delay(1, None) <= Duration::from_millis(100));
            assert!(policy.delay(2, None) <= Duration::from_millis(200));
            assert!(policy.delay(5, None) <= Duration::from_millis(350));
        }
    }

    #[test]
    fn the_budget_runs_dry_and_refills() {
        let budget = RetryBudget::new(10);
        assert!(budget.try_spend());
        assert!(budget.try_spend());
        assert!(!budget.try_spend());
        for _ in 0..5 {
            budget.refund();
        }
        assert!(budget.try_spend());
        for _ in 0..100 {
            budget.refund();
        }
        assert_eq!(budget.available(), 10);
    }
}
