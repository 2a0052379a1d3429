//! Keeping secrets out of `Debug`, logs and error messages.

use std::fmt;

/// A credential: its value is reachable only through [`Secret::expose`], and `Debug` never
/// shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The credential itself, for building the request header.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Replaces every occurrence of the secret in `text`, for server text quoted in errors.
    pub fn scrub(&self, text: &str) -> String {
        if self.0.len() >= 4 && text.contains(&self.0) {
            text.replace(&self.0, "<redacted>")
        } else {
            text.to_string()
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A URL, or text quoting URLs (such as an HTTP client's error message), as it may appear
/// in messages: every `scheme://…` URL in it loses its query string (a signed URL's
/// signature), its fragment and its user info; the rest of the text is kept.
pub fn redact_url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(sep) = rest.find("://") {
        let start = rest[..sep]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .map_or(0, |p| p + 1);
        let end = rest[sep..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | ',' | '"' | '\'' | '<' | '>'))
            .map_or(rest.len(), |p| sep + p);
        out.push_str(&rest[..start]);
        out.push_str(&redact_one_url(&rest[start..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn redact_one_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut parsed) => {
            let had_query = parsed.query().is_some();
            parsed.set_query(None);
            parsed.set_fragment(None);
            let _ = parsed.set_username("");
            let _ = parsed.set_password(None);
            let mut out = parsed.to_string();
            if had_query {
                out.push_str("?<redacted>");
            }
            out
        }
        Err(_) => url.split(['?', '#']).next().unwrap_or_default().to_string(),
    }
}

/// At most `max` characters of `text`, marked when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let cut: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_urls_lose_their_signature() {
        assert_eq!(
            redact_url("https://user:pw@store.example/b/o.tif?sig=abc&exp=1"),
            "https://store.example/b/o.tif?<redacted>"
        );
        assert_eq!(redact_url("http://h/v1/op/a.b"), "http://h/v1/op/a.b");
    }

    #[test]
    fn urls_inside_messages_are_redacted() {
        assert_eq!(
            redact_url("error sending request for url (http://h/o?X-Sig=abc&e=1): reset"),
            "error sending request for url (http://h/o?<redacted>): reset"
        );
        assert_eq!(
            redact_url("from https://a:b@s.example/x?s=1 to http://t/y?z=2, done"),
            "from https://s.example/x?<redacted> to http://t/y?<redacted>, done"
        );
        assert_eq!(redact_url("what? no=1"), "what? no=1");
    }

    #[test]
    fn secrets_are_scrubbed_and_hidden() {
        let s = Secret::new("gpra_topsecret");
        assert_eq!(format!("{s:?}"), "<redacted>");
        assert_eq!(s.scrub("echo gpra_topsecret!"), "echo <redacted>!");
    }

    #[test]
    fn excerpts_are_marked() {
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("abc", 3), "abc");
    }
}
