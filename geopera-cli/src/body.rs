//! Request bodies from the command line: inline JSON, a file, or standard input.
//!
//! Blank input is the empty object `{}`, as in the Python CLI; invalid JSON is a local
//! failure (exit 1) saying where the text came from.

use std::io::Read;

use serde_json::Value;

use crate::failure::Failure;

/// The value of `--json`: inline JSON, `@path` for a file, `-` for standard input.
pub fn read_json_arg(arg: &str) -> Result<Value, Failure> {
    let text = if arg == "-" {
        read_stdin()?
    } else if let Some(path) = arg.strip_prefix('@') {
        std::fs::read_to_string(path)
            .map_err(|err| Failure::local(format!("Cannot read {arg}: {err}")))?
    } else {
        arg.to_string()
    };
    parse(&text, "Invalid --json body")
}

/// The body of `geopera op`: `--file PATH`, else the argument (`-` for standard input),
/// else `{}`.
pub fn op_body(arg: Option<&str>, file: Option<&str>) -> Result<Value, Failure> {
    let text = match (file, arg) {
        (Some(path), _) => std::fs::read_to_string(path)
            .map_err(|err| Failure::local(format!("Cannot read --file {path}: {err}")))?,
        (None, Some("-")) => read_stdin()?,
        (None, Some(text)) => text.to_string(),
        (None, None) => return Ok(Value::Object(Default::default())),
    };
    parse(&text, "Invalid JSON body")
}

fn read_stdin() -> Result<String, Failure> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|err| Failure::local(format!("Cannot read standard input: {err}")))?;
    Ok(text)
}

fn parse(text: &str, what: &str) -> Result<Value, Failure> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_str(text).map_err(|err| Failure::local(format!("{what}: {err}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_an_empty_object_and_bad_json_names_its_source() {
        assert_eq!(op_body(Some("  "), None).unwrap(), serde_json::json!({}));
        assert_eq!(op_body(None, None).unwrap(), serde_json::json!({}));
        let err = op_body(Some("{nope"), None).unwrap_err();
        assert_eq!(err.code, 1);
        assert!(
            err.message.starts_with("Invalid JSON body: "),
            "{}",
            err.message
        );
        let err = read_json_arg("@/nonexistent/body.json").unwrap_err();
        assert!(
            err.message.contains("/nonexistent/body.json"),
            "{}",
            err.message
        );
    }
}
