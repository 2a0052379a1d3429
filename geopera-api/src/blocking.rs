//! Running async calls from synchronous code.
//!
//! Blocking calls run on one process-wide runtime with a single worker thread, created on first
//! use, so pooled connections stay alive between calls. Called from inside an async runtime a
//! blocking call would stall that runtime's thread (or panic in tokio), so it returns
//! [`InvalidRequestKind::BlockingInAsync`] instead.

use std::future::Future;
use std::sync::OnceLock;

use crate::error::{Error, InvalidRequestKind};

static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();

/// Drives `future` to completion on the shared blocking runtime: the route for blocking
/// helpers built on this crate (geopera-fluent's `Upload::send_blocking`, for one).
///
/// `operation` names the call in the error returned when this is called from inside an async
/// runtime.
pub fn block_on<F: Future>(operation: Option<&'static str>, future: F) -> Result<F::Output, Error> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::invalid_request(
            operation,
            InvalidRequestKind::BlockingInAsync,
            None,
            format!(
                "{}a blocking call was made from inside an async runtime; `.await` the async form instead",
                operation.map(|op| format!("{op}: ")).unwrap_or_default()
            ),
        ));
    }
    let runtime = match RUNTIME.get() {
        Some(runtime) => runtime,
        None => {
            let built = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("geopera-blocking")
                .enable_all()
                .build()
                .map_err(|err| {
                    Error::invalid_request(
                        operation,
                        InvalidRequestKind::Config,
                        None,
                        format!("could not start the runtime for blocking calls: {err}"),
                    )
                })?;
            RUNTIME.get_or_init(|| built)
        }
    };
    Ok(runtime.block_on(future))
}
