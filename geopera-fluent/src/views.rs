//! Typed views over the results the spec leaves untyped (`{}`): upload completion and download
//! descriptors. Unknown fields are kept, so nothing the service adds is lost.

use geopera_api::JsonObject;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The result of `uploads.complete`: `{"id": "u_…", "item_ids": ["it_…"]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadCompleted {
    /// The upload session id.
    pub id: String,
    /// The items created (or extended) by this upload; empty for a no-op completion.
    #[serde(default)]
    pub item_ids: Vec<String>,
    /// Every other field, as sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl UploadCompleted {
    /// Reads the untyped result of `uploads.complete`.
    pub fn from_value(value: Value) -> Result<Self, serde_json::Error> {
        serde_json::from_value(value)
    }
}

/// A download descriptor: a short-lived signed URL and what is known about the file.
///
/// The URL is read from `url`, or else `href`, `signed_url` or `download_url`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DownloadDescriptor {
    /// The signed URL to `GET`.
    pub url: String,
    /// When the URL stops working (RFC 3339), if given.
    pub expires_at: Option<String>,
    /// The file size in bytes, if given.
    pub size: Option<u64>,
    /// The media type, if given.
    pub content_type: Option<String>,
    /// A suggested file name, if given.
    pub filename: Option<String>,
    /// The SHA-256 of the file (hex), if given.
    pub sha256: Option<String>,
    /// Every other field, as sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

/// The keys a descriptor's URL may come under, most preferred first.
const URL_KEYS: [&str; 4] = ["url", "href", "signed_url", "download_url"];

impl DownloadDescriptor {
    /// Reads a descriptor from the untyped result of a download operation.
    pub fn from_value(value: Value) -> Result<Self, String> {
        let Value::Object(mut map) = value else {
            return Err(format!("expected a JSON object, got {value}"));
        };
        let url = URL_KEYS
            .iter()
            .find_map(|key| match map.get(*key) {
                Some(Value::String(url)) => Some(url.clone()),
                _ => None,
            })
            .ok_or_else(|| {
                format!(
                    "no URL in the descriptor (looked for {})",
                    URL_KEYS.join(", ")
                )
            })?;
        map.remove("url");
        let expires_at = take_text(&mut map, "expires_at");
        let content_type = take_text(&mut map, "content_type");
        let filename = take_text(&mut map, "filename");
        let sha256 = take_text(&mut map, "sha256");
        let size = take_u64(&mut map, "size");
        Ok(DownloadDescriptor {
            url,
            expires_at,
            size,
            content_type,
            filename,
            sha256,
            extra: map,
        })
    }
}

/// Takes `key` out of `map` when it is a string; any other value stays in `map` (it then
/// shows up among the `extra` fields instead of being lost).
pub(crate) fn take_text(map: &mut JsonObject, key: &str) -> Option<String> {
    match map.remove(key) {
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            map.insert(key.to_string(), other);
            None
        }
        None => None,
    }
}

/// Takes `key` out of `map` when it is a non-negative integer; any other value stays.
pub(crate) fn take_u64(map: &mut JsonObject, key: &str) -> Option<u64> {
    let n = map.get(key).and_then(Value::as_u64)?;
    map.remove(key);
    Some(n)
}

impl<'de> Deserialize<'de> for DownloadDescriptor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        DownloadDescriptor::from_value(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn descriptor_reads_alternative_url_keys_and_keeps_the_rest() {
        let d = DownloadDescriptor::from_value(json!({
            "href": "https://s/x?sig=1", "size": 42, "filename": "a.tif", "egress_id": "eg_1"
        }))
        .unwrap();
        assert_eq!(d.url, "https://s/x?sig=1");
        assert_eq!(d.size, Some(42));
        assert_eq!(d.filename.as_deref(), Some("a.tif"));
        assert_eq!(d.extra.get("egress_id"), Some(&json!("eg_1")));
        assert_eq!(d.extra.get("href"), Some(&json!("https://s/x?sig=1")));
        let d = DownloadDescriptor::from_value(json!({"download_url": "u"})).unwrap();
        assert_eq!(d.url, "u");
        assert!(DownloadDescriptor::from_value(json!({"size": 1}))
            .unwrap_err()
            .contains("no URL"));
    }

    #[test]
    fn url_wins_over_the_alternatives() {
        let d: DownloadDescriptor =
            serde_json::from_value(json!({"url": "a", "signed_url": "b"})).unwrap();
        assert_eq!(d.url, "a");
    }

    #[test]
    fn completion_keeps_unknown_fields() {
        let c =
            UploadCompleted::from_value(json!({"id": "u_1", "item_ids": ["it_1"], "status": "ok"}))
                .unwrap();
        assert_eq!(c.item_ids, ["it_1"]);
        assert_eq!(serde_json::to_value(&c).unwrap()["status"], "ok");
    }
}
