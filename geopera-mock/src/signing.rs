//! HMAC-signed, expiring storage URLs, in the spirit of GCS/S3 presigned URLs.
//!
//! The signature binds the HTTP method, the object path and the expiry, so a download
//! URL cannot be used to upload, and editing any part of the URL invalidates it.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The path prefix under which the object store is served.
pub const STORAGE_PREFIX: &str = "/storage/";

/// Why a signed URL was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureError {
    /// Query parameters are missing or malformed.
    Missing,
    /// The signature does not match (tampered URL or other server's key).
    Mismatch,
    /// The URL is past its expiry.
    Expired,
}

/// Signs and verifies storage URLs with a per-server secret.
#[derive(Clone)]
pub struct Signer {
    key: [u8; 32],
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer(..)")
    }
}

impl Signer {
    /// A signer with a fresh random key (URLs do not survive a restart, like real ones
    /// do not survive key rotation).
    pub fn random() -> Self {
        Signer {
            key: rand::random(),
        }
    }

    fn mac(&self, method: &str, object_path: &str, expires_ms: u64) -> String {
        let mut mac = HmacSha256::new_from_slice(&self.key).expect("any key length works");
        mac.update(method.as_bytes());
        mac.update(b"\n");
        mac.update(object_path.as_bytes());
        mac.update(b"\n");
        mac.update(expires_ms.to_string().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// A full URL for `method` on `object_path`, valid until `expires_ms` (unix millis).
    pub fn url(&self, base_url: &str, method: &str, object_path: &str, expires_ms: u64) -> String {
        let sig = self.mac(method, object_path, expires_ms);
        format!(
            "{base_url}{STORAGE_PREFIX}{}?X-Geopera-Expires={expires_ms}&X-Geopera-Signature={sig}",
            encode_path(object_path)
        )
    }

    /// Checks a request's query string for `method` on `object_path` at `now_ms`.
    /// A `HEAD` is allowed with a `GET` signature.
    pub fn verify(
        &self,
        method: &str,
        object_path: &str,
        query: Option<&str>,
        now_ms: u64,
    ) -> Result<(), SignatureError> {
        let mut expires = None;
        let mut sig = None;
        for pair in query.unwrap_or("").split('&') {
            match pair.split_once('=') {
                Some(("X-Geopera-Expires", v)) => expires = v.parse::<u64>().ok(),
                Some(("X-Geopera-Signature", v)) => sig = Some(v),
                _ => {}
            }
        }
        let (Some(expires), Some(sig)) = (expires, sig) else {
            return Err(SignatureError::Missing);
        };
        let method = if method == "HEAD" { "GET" } else { method };
        let expected = self.mac(method, object_path, expires);
        if !constant_time_eq(expected.as_bytes(), sig.as_bytes()) {
            return Err(SignatureError::Mismatch);
        }
        if now_ms >= expires {
            return Err(SignatureError::Expired);
        }
        Ok(())
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Percent-encodes an object path for a URL, keeping `/` between segments.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded URL path; `None` if it is not valid UTF-8 afterwards.
pub fn decode_path(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_tamper_and_expiry() {
        let s = Signer::random();
        let url = s.url("http://h", "PUT", "uploads/a b.tif", 2_000);
        let query = url.split_once('?').unwrap().1;
        assert!(url.contains("/storage/uploads/a%20b.tif?"));
        assert_eq!(
            s.verify("PUT", "uploads/a b.tif", Some(query), 1_000),
            Ok(())
        );
        assert_eq!(
            s.verify("GET", "uploads/a b.tif", Some(query), 1_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            s.verify("PUT", "uploads/other.tif", Some(query), 1_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            s.verify("PUT", "uploads/a b.tif", Some(query), 2_000),
            Err(SignatureError::Expired)
        );
        assert_eq!(s.verify("PUT", "x", None, 0), Err(SignatureError::Missing));
    }

    #[test]
    fn path_encoding_round_trips() {
        let p = "uploads/ü/100% a&b?.tif";
        assert_eq!(decode_path(&encode_path(p)).unwrap(), p);
        assert_eq!(decode_path("%zz"), None);
        assert_eq!(decode_path("%4"), Some("%4".into()));
    }
}
