//! Who is calling and what they may do: token extraction and scope grants.
//!
//! Geopera accepts `Authorization: Bearer <token>` and (from its CLI) `X-API-Key`; a
//! grant is `resource:action` where either side may be `*`, or the bare `*`.

use http::HeaderMap;

/// The organisation every token belongs to unless configured otherwise.
pub const DEV_ORG: &str = "org_dev";

/// A configured API token. `Debug` shows its organisation and scopes, not the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct TokenInfo {
    /// The secret itself (what clients send).
    pub token: String,
    /// Organisation the token acts for; resources of other organisations are 404.
    pub org: String,
    /// Granted scopes, e.g. `["items:*", "*:read"]`.
    pub scopes: Vec<String>,
}

impl std::fmt::Debug for TokenInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenInfo")
            .field("token", &"<redacted>")
            .field("org", &self.org)
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// The token a request carries, if any: Bearer first, then `X-API-Key`.
pub fn extract_token(headers: &HeaderMap) -> Option<String> {
    if let Some(v) = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let v = v.trim();
        if let Some((scheme, rest)) = v.split_once(' ') {
            if scheme.eq_ignore_ascii_case("bearer") && !rest.trim().is_empty() {
                return Some(rest.trim().to_owned());
            }
        }
    }
    headers
        .get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// Whether a request carries any credential header at all (used to catch clients that
/// leak the Geopera token to the storage host).
pub fn has_credentials(headers: &HeaderMap) -> bool {
    headers.contains_key(http::header::AUTHORIZATION) || headers.contains_key("x-api-key")
}

/// Whether one grant covers the required `resource:action` scope.
pub fn grant_covers(grant: &str, required: &str) -> bool {
    if grant == "*" || grant == required {
        return true;
    }
    let (Some((g_res, g_act)), Some((r_res, r_act))) =
        (grant.split_once(':'), required.split_once(':'))
    else {
        return false;
    };
    (g_res == "*" || g_res == r_res) && (g_act == "*" || g_act == r_act)
}

/// Whether any of the grants covers the required scope.
pub fn scopes_allow(grants: &[String], required: &str) -> bool {
    grants.iter().any(|g| grant_covers(g, required))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(grant_covers("*", "orders:write"));
        assert!(grant_covers("items:*", "items:read"));
        assert!(grant_covers("items:*", "items:write"));
        assert!(!grant_covers("items:*", "orders:read"));
        assert!(grant_covers("*:read", "orders:read"));
        assert!(!grant_covers("*:read", "orders:write"));
        assert!(grant_covers("uploads:write", "uploads:write"));
        assert!(!grant_covers("uploads:write", "uploads:read"));
        assert!(!grant_covers("uploads", "uploads:write"));
    }

    #[test]
    fn extracts_bearer_then_api_key() {
        let mut h = HeaderMap::new();
        assert_eq!(extract_token(&h), None);
        h.insert("x-api-key", "gpra_b".parse().unwrap());
        assert_eq!(extract_token(&h).as_deref(), Some("gpra_b"));
        h.insert("authorization", "Bearer gpra_a".parse().unwrap());
        assert_eq!(extract_token(&h).as_deref(), Some("gpra_a"));
    }
}
