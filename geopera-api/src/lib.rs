//! The low-level Geopera client: generated models and one module per operation.
//!
//! **Start with [`geopera-fluent`](https://docs.rs/geopera-fluent) and its
//! [`Geopera`](https://docs.rs/geopera-fluent/latest/geopera_fluent/struct.Geopera.html)
//! client**, which wraps this crate with the dotted-resource facade and the transfer helpers,
//! and hands you this crate's [`Client`] through `Geopera::api()`. This crate is the escape
//! hatch underneath it, mirroring the Python SDK's `geopera.api.operations`:
//!
//! ```no_run
//! use geopera_api::{operations::uploads_initiate, types::UploadInitiate, Client};
//!
//! # async fn run() -> Result<(), geopera_api::Error> {
//! let client = Client::builder().base_url("https://api.geopera.com").token("gpra_...").build()?;
//! let body = UploadInitiate::builder()
//!     .project_id("proj_1")
//!     .total_bytes(1024)
//!     .transfer_method("cli")
//!     .build()?;
//! let session = uploads_initiate::send(&client, &body).await?;             // UploadOutput
//! let detailed = uploads_initiate::send_detailed(&client, &body).await?;   // + status, headers
//! # let _ = (session, detailed);
//! # Ok(()) }
//! ```
//!
//! Every operation `a.b.c` of the spec has a module `operations::a_b_c` with `send`,
//! `send_detailed`, `send_blocking`, `send_blocking_detailed` and `request` (per-call headers,
//! `Idempotency-Key`, timeout). They are one-line wrappers over one generic executor
//! ([`RequestBuilder`]), which owns auth, retries, tracing and error mapping. The same
//! `RequestBuilder` is what every method of geopera-fluent's resource tree returns: one type
//! carries the per-call options, `.detailed()`, `.send_blocking()` and `IntoFuture`.
//!
//! Design decisions:
//! - Errors are one [`Error`] enum: a problem from *any* status (402 included, though the spec
//!   does not list it), FastAPI 422s, other statuses with their text, transport and decode
//!   failures, and requests refused before sending. Messages name the operation and never
//!   contain the credential or a signed URL's query string.
//! - A body is anything [`IntoBody`]: the model, a reference to it, its [`Builder`], or a JSON
//!   value. JSON may carry only the fields its model declares (unless the model keeps extra
//!   properties); an unknown field is refused naming the closest declared one. Only the top
//!   level is checked this way: nested objects follow their own models' serde rules.
//! - Every request model has `X::builder()`: one generated one-line setter per field on the
//!   generic [`Builder`], all checking done once, at `build` (or when the builder is sent), by
//!   the same conversion as JSON. Setters of numbers and booleans take the exact type (so
//!   literals infer it); string fields with a pattern or length limit take any string and are
//!   checked at `build`. Models with no required field implement `Default`. The generated
//!   models grow from ~5k to ~10.5k lines; a rebuild of this crate after `touch src/lib.rs`
//!   stays well under 15 s (figures in the README).
//! - Optional bodies (`object | null` in the spec) are `Option<JsonObject>`; `None` sends no body.
//! - Tools that name the operation at run time (a command line, a proxy) call it untyped with
//!   [`Client::request_json`]: JSON in, the service's JSON out in its own key order, through the
//!   same executor as typed calls ([`dynamic`]).
//! - Untyped results (`{}` in the spec) are `serde_json::Value`, except where a typed view
//!   is known ([`views`]: `uploads.complete`, the download operations); codegen makes that
//!   view the operation's output, so no call site converts.
//! - Retries ([`RetryPolicy`]) apply only where repeating is safe: `:read` operations and calls
//!   with an `Idempotency-Key`, generated per logical call for the operations that accept one:
//!   those whose spec declares the header and the spend operations Geopera's documentation
//!   names (`clip.create_from_area`, `orders.archive.place`, `orders.cancel`), one list in the
//!   code generator ([`OperationInfo::accepts_idempotency_key`]).
//! - Lists are lazy streams: `.pages()` and `.items()` exist only on requests of operations whose
//!   request schema pages, with one documented stop rule and item-array rule ([`paging`]);
//!   [`dynamic`] (untyped) calls take a JSON body and an operation picked at run time, and page
//!   the same way.
//! - The credential never reaches another origin: API calls do not follow a redirect to
//!   another origin, they fail naming it ([`RefusalReason::CrossOriginRedirect`]); see
//!   [`redirect_policy`] for clients passed to `http_client(..)`.
//! - Response bodies are read up to `max_response_bytes` (default 16 MiB) and error bodies up
//!   to 64 KiB, so a hostile answer cannot exhaust memory ([`RefusalReason::TooLarge`]).
//! - Credentials come from a [`CredentialProvider`] asked before every attempt: static API
//!   keys and tokens, API keys exchanged for access tokens, and OAuth sessions that refresh
//!   themselves (single-flight, 30 s ahead, once more after a 401); see [`auth`].
//! - Blocking calls share one small background runtime; from inside an async runtime they
//!   return an error rather than deadlock or panic. [`blocking::block_on`] is that runtime for
//!   helpers built on this crate.
//! - A call awaited in a multi-threaded runtime's `block_on` (the body of `#[tokio::main]`)
//!   runs its exchange on one SDK-owned I/O thread, which drives the connection itself:
//!   two thread hand-offs per call instead of the six or seven a worker pool costs. Calls
//!   from spawned tasks and current-thread runtimes run in place. The decision and its
//!   figures are in the `io_thread` module's source.
//! - One error story: each `Display` says its own level once (a problem's title only when it
//!   differs from the status's reason phrase), causes are reached through `source()` only, and
//!   [`DisplayErrorContext`] prints the chain in one call. Helpers built on this crate convert
//!   their errors into [`Error::Helper`], so `?` mixes calls and helpers. A 401 says which kind
//!   of credential was sent and where it came from ([`ClientBuilder::credential_origin`]).
#![deny(missing_docs)]

pub mod auth;
pub mod blocking;
mod body;
mod builder;
mod client;
pub mod dynamic;
mod error;
mod io_thread;
mod operation;
pub mod paging;
mod problem;
mod redact;
mod redirect;
mod request;
mod response;
mod response_body;
mod retry;
pub mod views;

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic)]
mod generated;

pub use auth::{ClientCredentials, CredentialProvider, Credentials, Session, SessionTokens};
pub use body::IntoBody;
pub use builder::Builder;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL, USER_AGENT};
pub use error::{
    is_retryable_status, DecodeError, DisplayErrorContext, Error, InvalidRequest,
    InvalidRequestKind, ProblemError, RefusalReason, RefusedResponse, TransportError,
    UnexpectedStatus, ValidationFailure,
};
pub use generated::{operations, types};
pub use operation::{BodyModel, JsonObject, Operation, OperationInfo};
pub use paging::{Page, Pageable, Paging, PagingFamily};
pub use problem::{HttpValidationError, Problem, ValidationError};
pub use redact::{redact_url, Secret};
pub use redirect::redirect_policy;
pub use request::{Detailed, RequestBuilder, IDEMPOTENCY_KEY};
pub use response::ApiResponse;
pub use response_body::DEFAULT_MAX_RESPONSE_BYTES;
pub use retry::{RetryBudget, RetryPolicy};
pub use views::{ClipDownloads, ClipFile, DownloadDescriptor, UploadCompleted};
