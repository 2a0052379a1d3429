//! Calling operations: the generated commands and `geopera op`.
//!
//! Both send the body as given through [`geopera_api::Client::request_json`] (the service
//! checks it, as for the Python CLI) and print the service's JSON answer.

use std::time::Duration;

use geopera_api::{dynamic, OperationInfo, RetryPolicy};
use serde_json::Value;

use crate::failure::Failure;
use crate::output::{self, Format};
use crate::session::Identity;

/// How every call of one command line is made and printed.
#[derive(Debug, Clone)]
pub struct CallOptions {
    /// Time allowed for each attempt; `None`: no limit.
    pub timeout: Option<Duration>,
    /// Retries of calls that are safe to repeat.
    pub retry: RetryPolicy,
    /// How answers are printed.
    pub output: Format,
}

/// The metadata of operation `id`; an id the embedded spec does not know is still called
/// (at `/v1/op/<id>`, never retried), as the service may be newer than this binary.
pub fn operation_info(id: &str) -> OperationInfo {
    dynamic::operation(id).unwrap_or_else(|| {
        // One id per process: leaking it gives the `'static` metadata the runtime expects.
        let id: &'static str = Box::leak(id.to_string().into_boxed_str());
        let path: &'static str = Box::leak(format!("/v1/op/{id}").into_boxed_str());
        dynamic::unlisted(id, path)
    })
}

/// Calls `info` with `body` and prints the answer.
pub async fn call_and_print(
    identity: &Identity,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
) -> Result<(), Failure> {
    let client = identity.client()?;
    let value = call(&client, info, body, options).await?;
    print(&value, options.output)
}

/// One call with the command line's options; failures as the CLI reports them.
pub async fn call(
    client: &geopera_fluent::Geopera,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
) -> Result<Value, Failure> {
    let mut request = client
        .api()
        .request_json(info, Some(body))
        .retry_policy(options.retry.clone());
    if let Some(timeout) = options.timeout {
        request = request.timeout(timeout);
    }
    request
        .await
        .map_err(|err| Failure::from_call(info.id, &err))
}

/// Prints an answer; a closed stdout is a local failure.
pub fn print(value: &Value, format: Format) -> Result<(), Failure> {
    output::print(value, format)
        .map_err(|err| Failure::local(format!("Cannot write the answer: {err}")))
}

/// `geopera op --list`: the operation ids of the embedded spec, or with `remote` those of
/// the server's `/openapi.json`; the count goes to stderr.
pub async fn list_operations(identity: &Identity, remote: bool) -> Result<(), Failure> {
    let ids: Vec<String> = if remote {
        let stored = identity.stored_api_url(&identity.profile_name());
        let url = identity.api_url(stored.as_deref());
        remote_operation_ids(&url).await?
    } else {
        geopera_api::operations::ALL
            .iter()
            .map(|info| info.id.to_string())
            .collect()
    };
    let mut out = String::new();
    for id in &ids {
        out.push_str(id);
        out.push('\n');
    }
    print_text(&out)?;
    eprintln!("\n{} operations.", ids.len());
    Ok(())
}

fn print_text(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|err| Failure::local(format!("Cannot write the answer: {err}")))
}

async fn remote_operation_ids(url: &str) -> Result<Vec<String>, Failure> {
    let failed = |why: String| Failure::local(format!("Could not fetch operation list: {why}"));
    let http = reqwest::Client::builder()
        .redirect(geopera_api::redirect_policy())
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|err| failed(err.to_string()))?;
    let response = http
        .get(format!("{url}/openapi.json"))
        .send()
        .await
        .map_err(|err| failed(err.to_string()))?;
    let status = response.status();
    if !status.is_success() {
        return Err(failed(format!("{url}/openapi.json answered {status}")));
    }
    let document: Value = response
        .json()
        .await
        .map_err(|err| failed(format!("{url}/openapi.json is not JSON: {err}")))?;
    let mut ids: Vec<String> = document
        .get("paths")
        .and_then(Value::as_object)
        .map(|paths| {
            paths
                .keys()
                .filter_map(|p| p.strip_prefix("/v1/op/").map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    Ok(ids)
}
