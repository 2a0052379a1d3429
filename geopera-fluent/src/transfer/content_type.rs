//! Media types guessed from file extensions.

use std::path::Path;

/// The media type sent when nothing better is known.
pub const OCTET_STREAM: &str = "application/octet-stream";

/// The media type for a file name, from its extension (case-insensitive):
/// `.tif`/`.tiff` → `image/tiff`, `.json` → `application/json`, `.geojson` →
/// `application/geo+json`, `.zip` → `application/zip`, `.nc` → `application/x-netcdf`,
/// `.jp2` → `image/jp2`, anything else → `application/octet-stream`.
///
/// ```
/// use geopera_fluent::transfer::guess_content_type;
/// assert_eq!(guess_content_type("harbour_2024.TIF"), "image/tiff");
/// assert_eq!(guess_content_type("notes"), "application/octet-stream");
/// ```
pub fn guess_content_type(name: impl AsRef<Path>) -> &'static str {
    let ext = name
        .as_ref()
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("tif" | "tiff") => "image/tiff",
        Some("json") => "application/json",
        Some("geojson") => "application/geo+json",
        Some("zip") => "application/zip",
        Some("nc") => "application/x-netcdf",
        Some("jp2") => "image/jp2",
        _ => OCTET_STREAM,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_extensions() {
        let cases = [
            ("a.tif", "image/tiff"),
            ("dir/b.TIFF", "image/tiff"),
            ("c.json", "application/json"),
            ("d.geojson", "application/geo+json"),
            ("e.zip", "application/zip"),
            ("f.nc", "application/x-netcdf"),
            ("g.jp2", "image/jp2"),
            ("h.bin", OCTET_STREAM),
            ("noext", OCTET_STREAM),
            (".tif", OCTET_STREAM),
        ];
        for (name, expected) in cases {
            assert_eq!(guess_content_type(name), expected, "{name}");
        }
    }
}
