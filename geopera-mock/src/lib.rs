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
//! `/_mock/egress`, `/_mock/deliveries`; `GET`/`POST`/`DELETE /_mock/faults` (a [`FaultRule`] as JSON, e.g.
//! `{"kind":"fail_next","target":"storage_put","times":1,"status":503,"retry_after":1}`);
//! `GET /_mock/resources/{family}` (the objects of a family), `POST
//! /_mock/resources/{family}` (a fixture, see [`MockServer::insert_resource`]) and
//! `POST /_mock/jobs/{id}/fail` (`{"reason": "…"}`, see [`MockServer::fail_job`]).
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
//! * **Rate limits**: fixed windows per organisation, as documented: two tokens of one
//!   organisation share a window ([`RateLimits`]); per client IP without a valid token;
//!   429 with `Retry-After`.
//! * **Resources**: every operation that creates, reads, updates, deletes, archives or
//!   lists objects keeps them, per organisation, in its *family*, read from the dotted
//!   operation ids and schemas of the spec (see "Operations" below for the table, and
//!   [`operations`]). `create` (and its synonyms `place`, `save`, `add`, `request`,
//!   `execute`) stores the declared body fields with an id (`proj_…`, `it_…`, `job_…`,
//!   `ord_…`, …), `organization_id`, `created_at`, `updated_at`; `get` answers the
//!   object or 404; `update` merges; `delete` (`revoke`, `remove`) removes; `archive`
//!   hides the object from lists; `list` filters on the request fields the objects
//!   carry and pages in its family. References are checked: `items.list` of an unknown
//!   project is 404, like any unknown id. Objects of another organisation are 404.
//!   Reference data no operation creates (catalog scenes, glossary entries) can be
//!   seeded with [`MockServer::insert_resource`].
//! * **Paging**: four families, read from each list's request schema, with the
//!   schema's defaults and maxima. Untyped (`{}`) answers use one envelope per family:
//!   offset `{items, total, limit, offset}` (the shape of the service's `items.list`),
//!   page/size `{content, number, size, totalElements, totalPages, first, last}`
//!   (Spring Data's `Page`, since these lists take Spring's `page`/`size`/`sort`),
//!   limit/page `{items, total, limit, page}`, cursor `{items, next, limit}` (`next` is
//!   `null` on the last page; send it back as `next`); lists that do not page answer
//!   `{items, total}`. Every family also ends on a short page. Typed answers follow
//!   their schema (`items.search`: a `FeatureCollection` with `numberMatched`).
//! * **Jobs** (clip jobs, processing jobs, orders) are created `pending`, become
//!   `running` on their first poll (`clip.job.get`, `processing.job.get`,
//!   `orders.get`) or after half of [`MockServerBuilder::job_delay`], and `completed`
//!   on their second poll ([`MockServerBuilder::jobs_complete_after_polls`]) or after
//!   the delay, whichever is first; a job told to fail ([`MockServer::fail_job`]) ends
//!   `failed` with `error` instead. Starters answer with the spec's status
//!   (`processing.create` 201, `orders.archive.place` 202).
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
//! * **Clip jobs** are jobs as above; each mosaic is a 16×16 GeoTIFF derived only from
//!   the request, so equal requests give equal bytes; `clip.job.downloads` of a job
//!   that has not completed is 409.
//! * **Webhooks**: `event_subscriptions.*` keep subscriptions per organisation; `create`
//!   returns the secret (`whsec_…`) once, `get`/`list`/`update` answer `"secret": null`.
//!   Events (`upload.completed` from `uploads.complete`; `clip.job.completed` and
//!   `clip.job.failed` when a clip job is first seen done; `order.status_changed` each
//!   time an order's status moves; `event_subscription.test` from `event_subscriptions.test`)
//!   are `POST`ed to each matching active subscription as Geopera documents them: the event
//!   JSON signed with `X-Geopera-Signature: sha256=<hex HMAC-SHA256 of the body, keyed by
//!   the secret>`, plus `X-Geopera-Event`, `X-Geopera-Event-ID` (stable across retries) and
//!   `X-Geopera-Delivery-ID` (one per attempt). A non-2xx answer or no answer within 10 s is
//!   retried after each of [`MockServerBuilder::delivery_retry_delays`] (default
//!   [`DEFAULT_RETRY_DELAYS`]). Only `http://` endpoints on loopback are contacted; any
//!   other endpoint is logged as [`DeliveryOutcome::Refused`], so the mock never reaches
//!   outside the machine. Every attempt is a [`DeliveryRecord`] in
//!   [`MockServer::deliveries`] and `GET /_mock/deliveries` (body and signature, never the
//!   secret).
//! * **OAuth realm** under `/realms/public/protocol/openid-connect/` (`token` with the
//!   `client_credentials`, `password`, `refresh_token` and device grants, `auth/device`
//!   with PKCE S256, `userinfo`, `logout`, `revoke`): sessions act for an API key, expire
//!   after [`MockServerBuilder::session_ttl`], and their refresh tokens rotate. Approve a
//!   device login with [`MockServer::approve_device`] or `POST /_mock/device/approve`
//!   `{"user_code": "..."}`; `GET /_mock/realm/events` lists realm requests.
//! * **Everything else** (computations and actions such as tiles, estimates,
//!   `orders.cancel`) answers with the smallest value that validates against the
//!   operation's response schema, with its declared success status.
//! * **Hand-written handlers come first**: an operation listed in the handler table of
//!   the `ops` module is served by its module, whatever the engine would do; the engine
//!   takes the rest. A module that needs its own behaviour for a family adds its
//!   operations there.
//!
//! # Layout
//!
//! `server.rs` starts and inspects the server; `router.rs` routes and applies faults;
//! `ops/` runs the operation protocol (auth, limits, validation, idempotency) and the
//! hand-written flows; `resources/` is the engine (`catalog` of families from the
//! spec, `records` of stored objects, `paging`, `jobs`, `shape` of answers);
//! `world.rs` holds everything stored; `server_state.rs` what every handler shares;
//! `object_store.rs` serves signed-URL bytes.
//!
#![doc = include_str!("../OPERATIONS.md")]
#![deny(missing_docs)]

mod auth;
mod faults;
mod idempotency;
mod inspect;
mod object_store;
mod ops;
mod problem;
mod ratelimit;
mod realm;
mod resources;
mod router;
mod server;
mod server_state;
mod signing;
mod spec;
mod synth;
mod tiff;
mod validate;
mod webhooks;
mod world;

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
pub use webhooks::{DeliveryOutcome, DeliveryRecord, DEFAULT_RETRY_DELAYS};

pub use resources::table::{AnsweredBy, OperationInfo};

/// Every operation and how the server answers it (stateful family, job, hand-written
/// flow, or synthesized and why), sorted by id; the "Operations" table of these docs.
pub fn operations() -> Vec<OperationInfo> {
    resources::table::operations()
}

/// The smallest request body of `op_id` that validates (required fields only, first
/// enum member, shortest allowed strings), or `None` for an unknown operation or one
/// without a body. A start for tests that drive operations generically.
pub fn sample_request(op_id: &str) -> Option<serde_json::Value> {
    let op = spec::Spec::get().operation(op_id)?;
    let schema = op.request_schema.as_ref()?;
    Some(synth::synthesize_request(schema))
}

/// The OpenAPI document the server implements (embedded at build time).
pub fn spec_json() -> &'static str {
    spec::SPEC_JSON
}
