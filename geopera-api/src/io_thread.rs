//! Where one API exchange (request sent, answer read) runs.
//!
//! A call awaited directly in a multi-threaded runtime's `block_on` (the `main` of
//! `#[tokio::main]`) runs on a thread that is not one of the runtime's workers, while hyper
//! drives its connection on the workers. Every step of the exchange then hands work between
//! threads, and tokio's work stealing wakes a second worker to look for more: about 6.5
//! context switches per call, most of the client CPU a small call costs. Such calls run their
//! exchange on the SDK's own I/O thread instead: one thread with a single-threaded runtime,
//! woken once to start the exchange, driving the connection itself, and waking the caller
//! once at the end (about 3.4 switches per call).
//!
//! Calls made from a task (anything spawned, or a current-thread runtime's `block_on`) run the
//! exchange in the caller's own future, as they would without this module: the connection is
//! driven by the same scheduler, and moving the work elsewhere would only add hand-offs.
//!
//! The I/O thread is started on first use and lives as long as the process. The connections
//! it opens stay in the client's pool and are driven by it, so they outlive any runtime of the
//! caller's. An exchange the caller stops waiting for is aborted.
//!
//! Three switches per call is as low as this can go while API calls go through reqwest:
//! reqwest spawns each connection's task on the runtime it is called from, so the thread that
//! waits for the answer cannot be the one that drives the connection. A connection whose
//! future the caller polls itself, below any HTTP client, costs two switches and about 40 %
//! of the CPU (`cargo xtask bench`, case `progress`, has it side by side). The SDK keeps
//! reqwest for API calls anyway: the client can be the caller's own (`http_client(..)`), its
//! proxy, TLS and redirect handling come with it, and [`crate::TransportError`] carries its
//! error. A program that makes many small calls one after another gets one switch per call
//! from a current-thread runtime.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Handle, RuntimeFlavor};
use tracing::Instrument;

/// Runs `exchange` on the I/O thread when the caller is a multi-threaded runtime's
/// `block_on`, in place otherwise (and if the I/O thread could not be started).
pub(crate) async fn run_exchange<T: Send + 'static>(
    exchange: impl Future<Output = T> + Send + 'static,
) -> T {
    let from_block_on = tokio::task::try_id().is_none()
        && Handle::try_current()
            .is_ok_and(|handle| handle.runtime_flavor() == RuntimeFlavor::MultiThread);
    match io_thread().filter(|_| from_block_on) {
        Some(io) => run_on(io, exchange).await,
        None => exchange.await,
    }
}

/// The I/O thread's runtime, started on first use; `None` if the thread could not be
/// started (the exchange then runs in place).
fn io_thread() -> Option<&'static Handle> {
    static IO: OnceLock<Option<Handle>> = OnceLock::new();
    IO.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok()?;
        let handle = runtime.handle().clone();
        std::thread::Builder::new()
            .name("geopera-io".into())
            .spawn(move || runtime.block_on(std::future::pending::<()>()))
            .ok()?;
        Some(handle)
    })
    .as_ref()
}

/// Spawns `exchange` on `io` and waits for it; aborts it if this future is dropped first.
async fn run_on<T: Send + 'static>(
    io: &Handle,
    exchange: impl Future<Output = T> + Send + 'static,
) -> T {
    let task = tokio_util::task::AbortOnDropHandle::new(io.spawn(exchange.in_current_span()));
    match task.await {
        Ok(value) => value,
        Err(err) if err.is_panic() => std::panic::resume_unwind(err.into_panic()),
        // Cancelled: the I/O runtime never shuts down, and only this future aborts the task.
        Err(_) => unreachable!("the exchange task is aborted only when its caller is dropped"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current_thread_name() -> String {
        std::thread::current()
            .name()
            .unwrap_or_default()
            .to_string()
    }

    #[test]
    fn block_on_of_a_multi_threaded_runtime_uses_the_io_thread() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .build()
            .unwrap();
        let name = runtime.block_on(run_exchange(async { current_thread_name() }));
        assert_eq!(name, "geopera-io");
    }

    #[test]
    fn tasks_and_current_thread_runtimes_run_the_exchange_in_place() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("caller-worker")
            .build()
            .unwrap();
        let in_task = runtime
            .block_on(runtime.spawn(run_exchange(async { current_thread_name() })))
            .unwrap();
        assert_eq!(in_task, "caller-worker");

        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let caller = current_thread_name();
        let in_place = runtime.block_on(run_exchange(async { current_thread_name() }));
        assert_eq!(in_place, caller);
    }

    #[test]
    fn an_exchange_whose_caller_stops_waiting_is_aborted() {
        struct Dropped(std::sync::mpsc::Sender<()>);
        impl Drop for Dropped {
            fn drop(&mut self) {
                let _ = self.0.send(());
            }
        }
        let (dropped, was_dropped) = std::sync::mpsc::channel();
        let (started, has_started) = tokio::sync::oneshot::channel();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .build()
            .unwrap();
        runtime.block_on(async move {
            let exchange = async move {
                let _guard = Dropped(dropped);
                let _ = started.send(());
                std::future::pending::<()>().await
            };
            tokio::select! {
                _ = run_exchange(exchange) => unreachable!("the exchange never ends"),
                _ = has_started => {}
            }
        });
        was_dropped
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the aborted exchange drops its future");
    }

    #[test]
    fn a_panic_in_the_exchange_reaches_the_caller() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .build()
            .unwrap();
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            runtime.block_on(run_exchange(async { panic!("exchange failed") }))
        }));
        let payload = caught.expect_err("the panic must reach the caller");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"exchange failed"));
    }
}
