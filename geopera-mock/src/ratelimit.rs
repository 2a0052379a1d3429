//! Fixed-window rate limits, as Geopera documents them.
//!
//! Counters are per token (per client IP when unauthenticated) and per class; every
//! request counts toward the default class, and spend operations additionally toward
//! their own, stricter class.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Limits per window. `Default` is Geopera's documented policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    /// Whether limits are enforced at all.
    pub enabled: bool,
    /// Window length (fixed windows, starting at a token's first request).
    pub window: Duration,
    /// Any authenticated request (600/min).
    pub default_limit: u32,
    /// `orders.place`, `orders.archive.place`, `orders.tasking.place` (60/min).
    pub order_placement: u32,
    /// Other spend operations: every `billing:write` / `orders:write` operation
    /// and every operation declaring `Idempotency-Key` (30/min).
    pub spend: u32,
    /// Requests without a valid token, per client IP (60/min).
    pub unauthenticated: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            enabled: true,
            window: Duration::from_secs(60),
            default_limit: 600,
            order_placement: 60,
            spend: 30,
            unauthenticated: 60,
        }
    }
}

impl RateLimits {
    /// No limits at all.
    pub fn disabled() -> Self {
        RateLimits {
            enabled: false,
            ..Self::default()
        }
    }
}

/// The limit class of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitClass {
    /// Everything.
    Default,
    /// Order placement.
    OrderPlacement,
    /// Other spend operations.
    Spend,
    /// Unauthenticated requests.
    Unauthenticated,
}

/// The extra class an operation falls into, besides [`LimitClass::Default`].
pub fn class_of(op_id: &str, scope: &str, declares_idempotency_key: bool) -> Option<LimitClass> {
    if matches!(
        op_id,
        "orders.place" | "orders.archive.place" | "orders.tasking.place"
    ) {
        Some(LimitClass::OrderPlacement)
    } else if scope == "billing:write" || scope == "orders:write" || declares_idempotency_key {
        Some(LimitClass::Spend)
    } else {
        None
    }
}

/// The counters.
#[derive(Debug)]
pub struct RateLimiter {
    limits: RateLimits,
    windows: Mutex<HashMap<(String, LimitClass), (Instant, u32)>>,
}

impl RateLimiter {
    /// A limiter enforcing `limits`.
    pub fn new(limits: RateLimits) -> Self {
        RateLimiter {
            limits,
            windows: Mutex::default(),
        }
    }

    fn limit_for(&self, class: LimitClass) -> u32 {
        match class {
            LimitClass::Default => self.limits.default_limit,
            LimitClass::OrderPlacement => self.limits.order_placement,
            LimitClass::Spend => self.limits.spend,
            LimitClass::Unauthenticated => self.limits.unauthenticated,
        }
    }

    /// Counts one request by `who` in each of `classes`. `Err(retry_after_secs)` when
    /// any window is exhausted (and then nothing is counted).
    pub fn check(&self, who: &str, classes: &[LimitClass]) -> Result<(), u64> {
        if !self.limits.enabled {
            return Ok(());
        }
        let now = Instant::now();
        let window = self.limits.window;
        let mut map = self.windows.lock().unwrap();
        let mut worst: Option<u64> = None;
        for &class in classes {
            let entry = map.entry((who.to_owned(), class)).or_insert((now, 0));
            if now.duration_since(entry.0) >= window {
                *entry = (now, 0);
            }
            if entry.1 >= self.limit_for(class) {
                let left = window.saturating_sub(now.duration_since(entry.0));
                let secs = left.as_millis().div_ceil(1000).max(1) as u64;
                worst = Some(worst.map_or(secs, |w| w.max(secs)));
            }
        }
        if let Some(secs) = worst {
            return Err(secs);
        }
        for &class in classes {
            if let Some(entry) = map.get_mut(&(who.to_owned(), class)) {
                entry.1 += 1;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_exhausts_with_retry_after() {
        let l = RateLimiter::new(RateLimits {
            spend: 2,
            ..RateLimits::default()
        });
        let classes = [LimitClass::Default, LimitClass::Spend];
        assert!(l.check("t", &classes).is_ok());
        assert!(l.check("t", &classes).is_ok());
        let retry = l.check("t", &classes).unwrap_err();
        assert!((1..=60).contains(&retry));
        assert!(l.check("t", &[LimitClass::Default]).is_ok());
        assert!(l.check("other", &classes).is_ok());
        assert!(RateLimiter::new(RateLimits::disabled())
            .check("t", &classes)
            .is_ok());
    }

    #[test]
    fn classes() {
        assert_eq!(
            class_of("orders.place", "orders:write", false),
            Some(LimitClass::OrderPlacement)
        );
        assert_eq!(
            class_of("billing.topup", "billing:write", true),
            Some(LimitClass::Spend)
        );
        assert_eq!(class_of("items.get", "items:read", false), None);
    }
}
