//! Calling operations: the generated commands and `geopera op`.
//!
//! Both send the body as given through [`geopera_api::Client::request_json`] (the service
//! checks it, as for the Python CLI) and print the service's JSON answer.

use std::time::Duration;

use futures_util::StreamExt;
use geopera_api::{dynamic, OperationInfo, RetryPolicy};
use geopera_fluent::waiters::{JobStarter, WaitError};
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

/// `--paginate`: every page of `info`'s list, the items printed as they arrive.
pub async fn paginate_and_print(
    identity: &Identity,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
    max_items: Option<u64>,
) -> Result<(), Failure> {
    let client = identity.client()?;
    let mut items = request(&client, info, body, options).items();
    if let Some(n) = max_items {
        items = items.max_items(n);
    }
    let mut printer = output::ListPrinter::new(options.output);
    while let Some(item) = items.next().await {
        let item = item.map_err(|err| Failure::from_call(info.id, &err))?;
        printer.item(item).map_err(write_failure)?;
    }
    printer.finish().map_err(write_failure)
}

/// `--wait`: starts the job, waits for it through its poll operation, prints its final state.
/// A failed job prints its final state too, and exits 2 saying why.
pub async fn call_wait_and_print(
    identity: &Identity,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
    timeout: Duration,
) -> Result<(), Failure> {
    let client = identity.client()?;
    let answer = call(&client, info, body, options).await?;
    let starter = JobStarter::of(info.id)
        .ok_or_else(|| Failure::local(format!("{} starts no job to wait for", info.id)))?;
    let Some(wait) = starter.wait(client.api(), &answer) else {
        print(&answer, options.output)?;
        return Err(Failure::api(format!(
            "{}: the answer has no `{}` to wait for",
            info.id, starter.id_field
        )));
    };
    let operation = info.id;
    let finished = wait
        .timeout(timeout)
        .on_status(move |status| eprintln!("{operation}: {status}"))
        .await;
    match finished {
        Ok(job) => print(&job, options.output),
        Err(WaitError::Call(err)) => Err(Failure::from_call(starter.poller, &err)),
        Err(err @ WaitError::Failed { .. }) => {
            if let Some(body) = err.final_body() {
                print(body, options.output)?;
            }
            Err(Failure::api(err.to_string()))
        }
        Err(err) => Err(Failure::local(err.to_string())),
    }
}

/// An untyped call of `info` with the command line's retries and timeout.
fn request<'a>(
    client: &'a geopera_fluent::Geopera,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
) -> geopera_api::RequestBuilder<'a, dynamic::Untyped> {
    let mut request = client
        .api()
        .request_json(info, Some(body))
        .retry_policy(options.retry.clone());
    if let Some(timeout) = options.timeout {
        request = request.timeout(timeout);
    }
    request
}

/// One call with the command line's options; failures as the CLI reports them.
pub async fn call(
    client: &geopera_fluent::Geopera,
    info: OperationInfo,
    body: &Value,
    options: &CallOptions,
) -> Result<Value, Failure> {
    request(client, info, body, options)
        .await
        .map_err(|err| Failure::from_call(info.id, &err))
}

fn write_failure(err: std::io::Error) -> Failure {
    Failure::local(format!("Cannot write the answer: {err}"))
}

/// Prints an answer; a closed stdout is a local failure.
pub fn print(value: &Value, format: Format) -> Result<(), Failure> {
    output::print(value, format).map_err(write_failure)
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
