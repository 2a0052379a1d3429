//! Which operations accept an `Idempotency-Key`: the spec's declarations plus the one list of
//! operations that Geopera's documentation adds.

/// Spend operations that Geopera's documentation (API reference, "Idempotency") says accept an
/// `Idempotency-Key`, though spec 2.0.0 declares the header only on `billing.topup`. The SDK
/// generates a key for every call of these, so they are retried safely like `billing.topup`.
pub const DOCUMENTED: &[&str] = &[
    "billing.topup",
    "clip.create_from_area",
    "orders.archive.place",
    "orders.cancel",
];

/// Whether calls of `operation_id` (with these spec-declared header parameters) accept an
/// `Idempotency-Key`.
pub fn accepts_key(operation_id: &str, header_params: &[String]) -> bool {
    DOCUMENTED.contains(&operation_id)
        || header_params
            .iter()
            .any(|name| name.eq_ignore_ascii_case("idempotency-key"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_operations_and_spec_declarations_both_count() {
        assert!(accepts_key("orders.cancel", &[]));
        assert!(accepts_key("x.y", &["Idempotency-Key".to_string()]));
        assert!(!accepts_key("items.list", &["x-api-key".to_string()]));
    }
}
