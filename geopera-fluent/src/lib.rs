//! The recommended Geopera client.
//!
//! [`Geopera`] mirrors the Python SDK's fluent client: every operation id `a.b.c` of the spec is
//! `client.a().b().c(body)`. A body is the typed model from [`types`] or a `serde_json::Value`,
//! converted to the model before anything is sent, so a missing or wrong field is an error that
//! names it. Calls are builders: await them, or chain `.detailed()`, `.idempotency_key(..)`,
//! `.timeout(..)`, or use `.send_blocking()` without an async runtime.
//!
//! ```no_run
//! use geopera_fluent::{DownloadDescriptor, Geopera};
//! use serde_json::json;
//!
//! # async fn run() -> Result<(), geopera_fluent::Error> {
//! let client = Geopera::from_env()?;
//! let descriptor: DownloadDescriptor = client
//!     .items()
//!     .asset()
//!     .download(json!({"item_id": "it_1", "asset_id": "visual"}))
//!     .await?;
//! println!("fetch {} bytes", descriptor.size.unwrap_or(0));
//! # Ok(()) }
//! ```
//!
//! Typed bodies have a builder, `Default` where no field is required, and string fields with
//! a pattern or length limit convert with `TryFrom<&str>`; a builder is itself a body:
//!
//! ```
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use geopera_fluent::types::{NotificationsListInput, ProjectCreateName, UploadInitiate};
//! use geopera_fluent::Geopera;
//!
//! let server = geopera_mock::MockServer::start().await;
//! let client = Geopera::builder().base_url(server.base_url()).token(server.dev_token()).build()?;
//!
//! let session = client
//!     .uploads()
//!     .initiate(UploadInitiate::builder().project_id(server.project_id()).total_bytes(4096))
//!     .await?;
//! assert!(session.id.starts_with("u_"));
//!
//! let body = NotificationsListInput::default(); // every field optional
//! let _page = client.notifications().list(body).await?;
//!
//! let name = ProjectCreateName::try_from("harbour")?; // 1–200 characters
//! assert_eq!(name.as_str(), "harbour");
//! let missing = UploadInitiate::builder().total_bytes(1).build().unwrap_err();
//! assert!(missing.to_string().contains("required field `project_id`"));
//! # Ok(())
//! # }
//! ```
//!
//! One error type: calls return [`Error`], and the helpers' [`TransferError`] converts into it
//! with `?` (as `Error::Helper`; [`TransferError::from_error`] gets it back). Each `Display`
//! says its own level once; causes come through `source()`, and [`DisplayErrorContext`] prints
//! the whole chain in one call:
//!
//! ```no_run
//! use geopera_fluent::{DisplayErrorContext, Geopera};
//!
//! async fn upload_and_list(client: &Geopera) -> Result<(), geopera_fluent::Error> {
//!     let done = client.upload("proj_1").file("./harbour.tif").send().await?; // TransferError
//!     let item = client.items().get(serde_json::json!({"item_id": done.item_ids[0]})).await?;
//!     println!("{:?}", item.item.get("id"));
//!     Ok(())
//! }
//!
//! # async fn run(client: Geopera) {
//! if let Err(err) = upload_and_list(&client).await {
//!     eprintln!("{}", DisplayErrorContext(&err)); // the error, then each cause once
//! }
//! # }
//! ```
//!
//! Decisions worth knowing:
//! - Retries are automatic only where repeating is safe: `:read` operations and calls with an
//!   `Idempotency-Key` (generated per call for operations that declare it, e.g.
//!   `billing.topup`). Connection errors, 429 (honouring `Retry-After`) and 502/503/504 are
//!   retried with jittered exponential backoff under a per-client retry budget. Configure with
//!   [`GeoperaBuilder::retry_policy`].
//! - Untyped results stay `serde_json::Value`, except those the upload and download flows
//!   need: `uploads.complete` gives [`UploadCompleted`], `items.asset.download` and
//!   `clip.job.download` a [`DownloadDescriptor`], `clip.job.downloads` [`ClipDownloads`]
//!   (typed [`views`], made their output types by codegen).
//! - [`Geopera::api`] is the generated low-level client, for everything else.
//! - Hostile or broken services cost bounded resources: no call follows a redirect to another
//!   origin (the credential stays where it was issued), API answers are read up to
//!   [`GeoperaBuilder::max_response_bytes`] (16 MiB), and a storage request that moves no
//!   byte for [`GeoperaBuilder::stall_timeout`] (30 s) is abandoned and retried.
//! - Credentials: API keys and tokens as given, API keys exchanged for access tokens
//!   ([`GeoperaBuilder::client_credentials`]), OAuth sessions that refresh themselves
//!   ([`GeoperaBuilder::session`], [`DeviceLogin`]), and the Python CLI's profiles
//!   ([`Geopera::from_profile`], [`profiles`]). [`Geopera::from_env`] resolves like the CLI:
//!   `GEOPERA_API_TOKEN` (`gpra_…` as `X-API-Key`, else Bearer), then the profile named by
//!   `GEOPERA_PROFILE` (or `default`); the URL from `GEOPERA_API_URL`, then the profile.
//! - Lists are lazy streams: `.pages()` / `.items()` (and `.blocking()` iterators) on the
//!   requests of operations that page, nowhere else ([`paging`]). Jobs are awaited with
//!   [`Geopera::wait_for_clip_job`], [`Geopera::wait_for_processing_job`],
//!   [`Geopera::wait_for_order`] or the generic [`Geopera::wait_for`] ([`waiters`]).
//! - Moving bytes is one call: [`Geopera::upload`] (streamed, concurrent, re-signed, always
//!   released) and [`Geopera::download_asset`] / [`Geopera::download_clip`] (resumed,
//!   verified, atomic); see [`transfer`].
#![deny(missing_docs)]

mod client;
pub mod profiles;
pub mod transfer;
pub mod waiters;
pub mod webhooks;

#[rustfmt::skip]
#[allow(clippy::all, clippy::pedantic)]
#[path = "generated/resources.rs"]
pub mod resources;

pub use client::{Geopera, GeoperaBuilder, ENV_API_TOKEN, ENV_API_URL};
pub use geopera_api::auth::{DeviceLogin, DevicePrompt};
pub use geopera_api::views::{self, ClipDownloads, ClipFile, DownloadDescriptor, UploadCompleted};
pub use geopera_api::{
    dynamic, operations, paging, types, ApiResponse, ClientCredentials, CredentialProvider,
    Credentials, Detailed, DisplayErrorContext, Error, IntoBody, InvalidRequestKind, JsonObject,
    Operation, OperationInfo, Problem, RequestBuilder, RetryBudget, RetryPolicy, Secret, Session,
    SessionTokens,
};
pub use transfer::{
    AssetDownload, Download, DownloadReport, ItemDownloads, Progress, ProgressReceiver,
    TransferError, Upload,
};
pub use waiters::{JobState, Wait, WaitError};

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
