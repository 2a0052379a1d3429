//! Why a command failed, as the Python CLI reports it: one `Error: …` line on stderr and an
//! exit code — 1 for a local failure (not logged in, bad JSON, unreadable file, network),
//! 2 for an error the API answered (`[status] message — detail`) and for usage errors.

use geopera_api::{DisplayErrorContext, Error};
use serde_json::Value;

/// A failed command: what to print after `Error: ` and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// The exit code: 1 local, 2 API or usage.
    pub code: u8,
    /// The message, one line.
    pub message: String,
}

impl Failure {
    /// A local failure (exit 1).
    pub fn local(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    /// An error answered by the API (exit 2).
    pub fn api(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }

    /// A failed call of `operation`: an answered error becomes `[status] message — detail`
    /// (exit 2); anything else (no answer, a refused answer, a bad credential) exit 1 with
    /// the whole error chain.
    pub fn from_call(operation: &str, err: &Error) -> Self {
        let Some(status) = err.status() else {
            return Failure::local(DisplayErrorContext(err).to_string());
        };
        let body = match err {
            Error::Problem(problem) => serde_json::to_value(&problem.problem).unwrap_or_default(),
            Error::Validation(failure) => {
                let lines: Vec<String> = failure
                    .error
                    .detail
                    .iter()
                    .map(|e| {
                        let loc: Vec<String> = e
                            .loc
                            .iter()
                            .map(|part| match part {
                                Value::String(s) => s.clone(),
                                other => other.to_string(),
                            })
                            .collect();
                        format!("{}: {}", loc.join("."), e.msg)
                    })
                    .collect();
                return Failure::api(format!("[{}] {}", status.as_u16(), lines.join("; ")));
            }
            Error::UnexpectedStatus(unexpected) => serde_json::from_str(&unexpected.body)
                .unwrap_or_else(|_| serde_json::json!({"raw": unexpected.body})),
            _ => Value::Null,
        };
        Failure::api(status_line(operation, status.as_u16(), &body))
    }
}

/// The Python CLI's `[status] message — detail` for an error body.
pub fn status_line(operation: &str, status: u16, body: &Value) -> String {
    let text = |key: &str| {
        body.get(key)
            .filter(|v| !v.is_null() && v.as_str() != Some(""))
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
    };
    let message = ["detail", "title", "message", "error_description", "error"]
        .iter()
        .find_map(|key| text(key))
        .unwrap_or_else(|| format!("{operation} failed with HTTP {status}"));
    let mut line = format!("[{status}] {message}");
    if let Some(detail) = text("detail").or_else(|| text("title")) {
        if detail != message {
            line.push_str(&format!(" — {detail}"));
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines_read_like_the_python_cli() {
        let problem = serde_json::json!({"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "missing scope 'orders:write'"});
        assert_eq!(
            status_line("x.y", 403, &problem),
            "[403] missing scope 'orders:write'"
        );
        let title_only = serde_json::json!({"title": "Not Found"});
        assert_eq!(status_line("x.y", 404, &title_only), "[404] Not Found");
        assert_eq!(
            status_line("x.y", 500, &Value::Null),
            "[500] x.y failed with HTTP 500"
        );
    }
}
