//! Redirects: the credential never leaves the origin it was issued for.
//!
//! Decision: API calls follow a redirect only within the origin (scheme, host and port) it
//! started at; a redirect to another origin is not followed and the call fails with
//! [`Error::Refused`](crate::Error::Refused), naming the target origin (never its path or
//! query string). Stripping headers instead would have to know every header that can carry
//! a secret (`Authorization`, `X-API-Key`, a per-call header, a sensitive default header);
//! not sending the request at all needs no such list.
//!
//! The HTTP client the SDK builds uses [`redirect_policy`]. A client passed to
//! `ClientBuilder::http_client` keeps its own policy, which the SDK cannot see: build it
//! with `.redirect(geopera_api::redirect_policy())` (or `Policy::none()`). Whatever its
//! policy, an answer that comes from another origin than the request went to fails the call
//! instead of being read as the service's answer.

use reqwest::redirect::{Attempt, Policy};
use reqwest::Url;

/// Same-origin redirects followed in one chain before the call fails.
const MAX_SAME_ORIGIN_REDIRECTS: usize = 10;

/// The redirect policy of the SDK's HTTP client: follow at most 10 redirects within one
/// origin; stop at a redirect to another origin, so its response reaches the caller instead
/// of the request reaching that origin. Storage requests share it: a signed URL is bound to
/// its host, so storage hosts have no reason to redirect elsewhere either.
pub fn redirect_policy() -> Policy {
    Policy::custom(|attempt: Attempt<'_>| {
        let start = attempt.previous().first().map(Url::origin);
        if start.is_some_and(|start| start != attempt.url().origin()) {
            attempt.stop()
        } else if attempt.previous().len() > MAX_SAME_ORIGIN_REDIRECTS {
            attempt.error("too many redirects")
        } else {
            attempt.follow()
        }
    })
}

/// `scheme://host[:port]` of `url`: what a message may say about where a redirect led.
pub(crate) fn origin_of(url: &Url) -> String {
    url.origin().ascii_serialization()
}

/// Where a response says to go next, when it is a redirect to another origin than
/// `request_url`'s: that origin.
pub(crate) fn cross_origin_target(
    request_url: &Url,
    status: http::StatusCode,
    headers: &http::HeaderMap,
) -> Option<String> {
    if !status.is_redirection() {
        return None;
    }
    let location = headers.get(http::header::LOCATION)?.to_str().ok()?;
    let target = request_url.join(location).ok()?;
    (target.origin() != request_url.origin()).then(|| origin_of(&target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_drop_path_and_query() {
        let url = Url::parse("https://user:pw@files.example:8443/a/b?sig=secret").unwrap();
        assert_eq!(origin_of(&url), "https://files.example:8443");
        let url = Url::parse("http://127.0.0.1:80/x").unwrap();
        assert_eq!(origin_of(&url), "http://127.0.0.1");
    }
}
