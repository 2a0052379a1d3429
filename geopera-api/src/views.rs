//! Typed views over results the spec leaves untyped (`{}`): upload completion, download
//! descriptors and the file list of a clip job.
//!
//! `cargo xtask codegen` makes them the output type of their operations (an override table
//! in `xtask/src/codegen/overrides.rs`), so `uploads.complete` decodes into
//! [`UploadCompleted`], `items.asset.download` and `clip.job.download` into
//! [`DownloadDescriptor`] and `clip.job.downloads` into [`ClipDownloads`], with no
//! conversion at the call site. Unknown fields are kept, so nothing the service adds is lost.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::JsonObject;

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
    /// Reads an untyped `uploads.complete` result (as a webhook or a stored response holds it).
    pub fn from_value(value: Value) -> Result<Self, serde_json::Error> {
        serde_json::from_value(value)
    }
}

/// A download descriptor: a short-lived signed URL and what is known about the file.
///
/// The URL is read from `url`, or else `href`, `signed_url` or `download_url`. A known field
/// of an unexpected type (a `size` that is a string, say) is kept in `extra` rather than
/// failing the whole descriptor; so are the fields of a [`ClipFile`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DownloadDescriptor {
    /// The signed URL to `GET`.
    pub url: String,
    /// When the URL stops working (RFC 3339), if given.
    pub expires_at: Option<String>,
    /// The size in bytes, if given.
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

/// What a descriptor and a clip job's file list say about a file, taken out of its JSON.
struct FileFacts {
    size: Option<u64>,
    content_type: Option<String>,
    filename: Option<String>,
    sha256: Option<String>,
}

impl FileFacts {
    /// Takes the facts out of `map`, leaving what is not one of them (or not of its type).
    fn take(map: &mut JsonObject) -> Self {
        FileFacts {
            size: take_u64(map, "size"),
            content_type: take_text(map, "content_type"),
            filename: take_text(map, "filename"),
            sha256: take_text(map, "sha256"),
        }
    }
}

/// The keys a descriptor's URL may come under, most preferred first.
const URL_KEYS: [&str; 4] = ["url", "href", "signed_url", "download_url"];

impl DownloadDescriptor {
    /// Reads a descriptor from an untyped download result.
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
        let FileFacts {
            size,
            content_type,
            filename,
            sha256,
        } = FileFacts::take(&mut map);
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

impl<'de> Deserialize<'de> for DownloadDescriptor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        DownloadDescriptor::from_value(value).map_err(serde::de::Error::custom)
    }
}

/// The result of `clip.job.downloads`: the files a completed clip job offers. The service
/// answers `{"downloads": [..], ..}`; a bare list is read too.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClipDownloads {
    /// The files.
    pub downloads: Vec<ClipFile>,
    /// Every other field of the answer, as sent.
    #[serde(flatten)]
    pub extra: JsonObject,
}

impl<'de> Deserialize<'de> for ClipDownloads {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (list, extra) = match Value::deserialize(deserializer)? {
            Value::Array(list) => (list, JsonObject::new()),
            Value::Object(mut map) => match map.remove("downloads") {
                Some(Value::Array(list)) => (list, map),
                _ => {
                    return Err(serde::de::Error::custom(
                        "clip.job.downloads returned no `downloads` list",
                    ))
                }
            },
            other => {
                return Err(serde::de::Error::custom(format!(
                    "clip.job.downloads returned {other}, not a list"
                )))
            }
        };
        let downloads = list
            .into_iter()
            .map(ClipFile::from_value)
            .collect::<Result<_, _>>()
            .map_err(serde::de::Error::custom)?;
        Ok(ClipDownloads { downloads, extra })
    }
}

/// One file a clip job offers (an entry of `clip.job.downloads`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClipFile {
    /// The mosaic type, to pass to `Geopera::download_clip`.
    pub mosaic_type: String,
    /// The size in bytes, if given.
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

impl ClipFile {
    /// Reads one entry of a `clip.job.downloads` list.
    pub fn from_value(entry: Value) -> Result<Self, String> {
        let Value::Object(mut map) = entry else {
            return Err(format!("a clip download entry is not an object: {entry}"));
        };
        let mosaic_type = take_text(&mut map, "mosaic_type")
            .ok_or_else(|| "a clip download entry has no `mosaic_type`".to_string())?;
        let FileFacts {
            size,
            content_type,
            filename,
            sha256,
        } = FileFacts::take(&mut map);
        Ok(ClipFile {
            mosaic_type,
            filename,
            size,
            content_type,
            sha256,
            extra: map,
        })
    }
}

/// Takes `key` out of `map` when it is a string; any other value stays in `map` (it then
/// shows up among the `extra` fields instead of being lost).
fn take_text(map: &mut JsonObject, key: &str) -> Option<String> {
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
fn take_u64(map: &mut JsonObject, key: &str) -> Option<u64> {
    let n = map.get(key).and_then(Value::as_u64)?;
    map.remove(key);
    Some(n)
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
    fn url_wins_over_the_alternatives_and_odd_types_stay_extra() {
        let d: DownloadDescriptor =
            serde_json::from_value(json!({"url": "a", "signed_url": "b", "size": "big"})).unwrap();
        assert_eq!(d.url, "a");
        assert_eq!(d.size, None);
        assert_eq!(d.extra.get("size"), Some(&json!("big")));
    }

    #[test]
    fn completion_keeps_unknown_fields() {
        let c =
            UploadCompleted::from_value(json!({"id": "u_1", "item_ids": ["it_1"], "status": "ok"}))
                .unwrap();
        assert_eq!(c.item_ids, ["it_1"]);
        assert_eq!(serde_json::to_value(&c).unwrap()["status"], "ok");
    }

    #[test]
    fn clip_lists_are_read_wrapped_or_bare() {
        let list: ClipDownloads = serde_json::from_value(json!({
            "job_id": "job_1",
            "downloads": [{"mosaic_type": "visual", "filename": "v.tif", "size": 3, "sha256": "ab", "x": 1}]
        }))
        .unwrap();
        assert_eq!(list.downloads.len(), 1);
        assert_eq!(list.downloads[0].mosaic_type, "visual");
        assert_eq!(list.downloads[0].size, Some(3));
        assert_eq!(list.downloads[0].extra.get("x"), Some(&json!(1)));
        assert_eq!(list.extra.get("job_id"), Some(&json!("job_1")));
        let bare: ClipDownloads = serde_json::from_value(json!([{"mosaic_type": "nir"}])).unwrap();
        assert_eq!(bare.downloads[0].mosaic_type, "nir");
        let err = serde_json::from_value::<ClipDownloads>(json!([{"filename": "x"}])).unwrap_err();
        assert!(err.to_string().contains("mosaic_type"), "{err}");
    }
}
