//! A local Geopera-compatible server for tests, examples and benchmarks.
//!
//! The entry point is [`MockServer`]: [`MockServer::start`] for the defaults,
//! [`MockServer::builder`] for anything else. The SDK itself is `geopera-fluent`.
//!
//! `geopera-mock` speaks the Geopera operation protocol (`POST /v1/op/<operation.id>`,
//! every operation of the vendored OpenAPI spec) and runs a small object store with
//! signed URLs, so upload and download flows can run end to end without the hosted API.
//! It is independent of the SDK crates on purpose: it judges them. The official Python
//! SDK is run against it in CI, so its behaviour is checked by a client nobody here wrote.
//!
//! # In-process use
//!
//! ```no_run
//! # async fn demo() {
//! use geopera_mock::{MockServer, Target};
//!
//! let server = MockServer::start().await;          // 127.0.0.1:<ephemeral>, token "gpra_dev"
//! let base = server.base_url();                     // "http://127.0.0.1:PORT"
//! server.faults().fail_next(Target::op("items.get"), 2, 503, Some(1));
//! // ... drive your client against `base` with `server.dev_token()` ...
//! assert_eq!(server.reserved_bytes(), 0);           // no reservation leaked
//! # }
//! ```
//!
//! Use [`MockServer::builder`] for quotas, extra tokens (with scopes or in another
//! organisation), a persistent data directory, URL lifetime, clip-job timing and rate
//! limits. The server runs on its own thread and runtime and stops when dropped.
//!
//! # As a binary
//!
//! `cargo run -p geopera-mock -- --addr 127.0.0.1:0` prints
//! `geopera-mock listening on http://127.0.0.1:PORT` and serves until killed. Other
//! processes inspect and steer it over HTTP under `/_mock/`: `GET /_mock/requests`,
//! `/_mock/sessions`, `/_mock/reservations`, `/_mock/objects`, `/_mock/items`,
//! `/_mock/egress`; `GET`/`POST`/`DELETE /_mock/faults` (a [`FaultRule`] as JSON, e.g.
//! `{"kind":"fail_next","target":"storage_put","times":1,"status":503,"retry_after":1}`).
//!
//! # Faults
//!
//! [`FaultRule`] kinds (also [`Faults`] methods): `fail_next` (a status), `latency`,
//! `cut_response` / `cut_request` (drop the connection after N body bytes), `redirect`
//! (a 307 to another URL, e.g. another origin), `stall_request` (stop reading a request
//! body after N bytes, or after all of it, and never answer), `stall_response` (stop
//! sending after N body bytes), `drop_answer` (the operation takes effect, its idempotent
//! replay is stored, the answer is lost), `oversized_body` (a JSON answer of any size,
//! generated while sent), `url_ttl`. Stalls hold the connection with no deadline of their
//! own, so a test only gets past one through the client's timeout.
//!
//! # Behaviour, and the decisions behind it
//!
//! * **Auth**: `Authorization: Bearer` or `X-API-Key`; 401 for none or an unknown token;
//!   403 `missing scope 'x:y' for 'op.id'` when no grant covers `x-required-scope`
//!   (grants may be `*`, `resource:*`, `*:action`). Unknown operations are 404 before
//!   auth, like an unknown route.
//! * **Bodies**: not JSON → 400 Problem; schema violations → 422 in FastAPI's
//!   `HTTPValidationError` shape, judged by a real JSON Schema (2020-12) validator and
//!   worded like pydantic (`missing`/`Field required`, `string_type`, …). Validation
//!   is strict JSON Schema: pydantic's lax coercions (e.g. `"5"` for an integer) are
//!   rejected. Domain rules that are 422 use the same shape, because the official
//!   client decodes every 422 as `HTTPValidationError`.
//! * **Errors** are `application/problem+json` `{"type":"about:blank","title","status",
//!   "detail"}`; bad input never produces a 500.
//! * **Idempotency-Key** on any operation: same key and body → the stored response,
//!   byte for byte (plus `Idempotent-Replayed: true`); a different body, or a reuse while
//!   the first request is in flight → 409. Keys are scoped by organisation and path.
//! * **Rate limits**: fixed windows per token ([`RateLimits`]); 429 with `Retry-After`.
//! * **Uploads**: `uploads.initiate` needs an existing project ([`DEV_PROJECT`] exists
//!   from the start, or call `projects.create`) and reserves `total_bytes` (402 when the
//!   quota would be exceeded); `uploads.signed_url` signs up to `file_count` files;
//!   `uploads.complete` requires every declared file stored and exactly `total_bytes`
//!   uploaded (else 409), then creates one item per file with asset key `asset_key` or
//!   `"visual"` (with `target_item_id`, adds assets to that item instead) and returns
//!   `{"id", "item_ids"}`; completing again returns the same; `uploads.fail` releases
//!   the reservation and discards uploaded objects.
//! * **Storage** (`/storage/<path>?X-Geopera-Expires=…&X-Geopera-Signature=…`): HMAC
//!   signatures bind method, path and expiry; 403 XML on a bad or expired signature;
//!   a `PUT` carrying `Authorization`/`X-API-Key` is 400 (it would leak the token);
//!   `PUT` streams to disk while hashing; `GET` supports one `Range` (206 /
//!   `Content-Range`, 416 when unsatisfiable) and `HEAD`.
//! * **Downloads** (`items.asset.download`, `clip.job.download`) return a descriptor
//!   `{url, method, expires_at, size, content_type, filename, sha256, etag, …}` and
//!   leave an [`EgressRecord`].
//! * **Clip jobs** run for [`MockServerBuilder::clip_delay`] or until their second
//!   `clip.job.get`, whichever is first; each mosaic is a 16×16 GeoTIFF derived only
//!   from the request, so equal requests give equal bytes.
//! * **OAuth realm** under `/realms/public/protocol/openid-connect/` (`token` with the
//!   `client_credentials`, `password`, `refresh_token` and device grants, `auth/device`
//!   with PKCE S256, `userinfo`, `logout`, `revoke`): sessions act for an API key, expire
//!   after [`MockServerBuilder::session_ttl`], and their refresh tokens rotate. Approve a
//!   device login with [`MockServer::approve_device`] or `POST /_mock/device/approve`
//!   `{"user_code": "..."}`; `GET /_mock/realm/events` lists realm requests.
//! * **Everything else** answers with the smallest value that validates against the
//!   operation's response schema, with its declared success status.

#![deny(missing_docs)]

mod app;
mod auth;
mod faults;
mod idempotency;
mod inspect;
mod ops;
mod problem;
mod ratelimit;
mod realm;
mod router;
mod server;
mod signing;
mod spec;
mod state;
mod storage;
mod synth;
mod tiff;
mod validate;

pub use auth::DEV_ORG;
pub use faults::{FaultRule, Faults, Target};
pub use inspect::{
    AssetInfo, EgressRecord, ItemInfo, ObjectInfo, RequestRecord, Reservation, SessionInfo,
    SessionState,
};
pub use ratelimit::RateLimits;
pub use realm::{RealmConfig, RealmEvent};
pub use server::{
    MockServer, MockServerBuilder, StartError, DEFAULT_QUOTA_BYTES, DEV_PROJECT, DEV_TOKEN,
};

/// The OpenAPI document the server implements (embedded at build time).
pub fn spec_json() -> &'static str {
    spec::SPEC_JSON
}
