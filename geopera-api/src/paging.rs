//! Lists as lazy streams: every page, or every item, of a pageable operation.
//!
//! Geopera lists page in the request body, in four families that the code generator reads
//! from each operation's request schema ([`PagingFamily`]; the metadata is
//! [`crate::OperationInfo::paging`]). Requests of a pageable operation have
//! [`RequestBuilder::pages`] and [`RequestBuilder::items`]; other operations have neither, so
//! paging a call that does not page does not compile:
//!
//! ```compile_fail,E0599
//! # async fn run(client: geopera_api::Client) {
//! use geopera_api::operations::items_get; // a single item: not a list
//! let body = serde_json::json!({"item_id": "it_1"});
//! let pages = client.request::<items_get::ItemsGet>(body).pages();
//! # }
//! ```
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use geopera_api::operations::items_list::ItemsList;
//! use serde_json::json;
//!
//! # async fn run(client: geopera_api::Client) -> Result<(), geopera_api::Error> {
//! let body = json!({"project_id": "proj_1"});
//! let items: Vec<serde_json::Value> = client
//!     .request::<ItemsList>(body)
//!     .items()
//!     .page_size(50)
//!     .max_items(120)
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! How a walk goes, the same for every family:
//! - **Lazy.** Nothing is sent until the stream is polled; each poll that needs a page sends one
//!   request. Dropping the stream stops the walk.
//! - **The first page** is the one the request's body names (its `offset`, `page` or `next`, or
//!   the schema's default); the page size is [`Pages::page_size`], else the body's, else the
//!   schema's default. It never changes during a walk.
//! - **The next page**: offset lists advance `offset` by the items received; page lists
//!   (page/size, limit/page) advance `page` by one; cursor lists send back the answer's `next`.
//! - **The last page** is the first one that: is short (fewer items than the page size; offset
//!   and page lists), reaches the total the answer announces (the first of [`TOTAL_FIELDS`]
//!   present; any list), says it is the last (`"last": true`, Spring's page envelope), or
//!   carries no `next` token (cursor lists). An empty page ends the walk and is yielded only
//!   when it is the first, so an empty list is one empty page. [`Pages::max_items`] also ends it
//!   once that many items were yielded: no page is fetched past the one that held the last.
//! - **Items** are the array named by [`Pages::items_field`], else the one the typed answer
//!   declares (`features` of `items.search`), else the first of [`ITEM_FIELDS`] that is an
//!   array, else the answer's only array field, else the answer itself when it is an array. A
//!   page with none of these is a decode error naming the fields tried.
//! - **Errors** end the walk: the stream yields the error (after the call's own retries) and
//!   then nothing.
//!
//! Untyped callers that pick the operation at run time use [`pages_json`] and [`items_json`]
//! (or `.pages()` on [`Client::request_json`]), the same loop over JSON. The blocking forms
//! are [`Pages::blocking`] and [`Items::blocking`], plain `Iterator`s.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::dynamic::Untyped;
use crate::error::{DecodeError, Error, InvalidRequestKind};
use crate::redact::excerpt;
use crate::{Client, JsonObject, Operation, OperationInfo, RequestBuilder};

/// How a list pages; read from the request schema by the code generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PagingFamily {
    /// `limit` + `offset` (`items.list`, `clip.jobs.list`, `items.search`).
    Offset,
    /// `page` (0-based) + `size` (+ `sort`) (`orders.list`, `eulas.list`).
    PageSize,
    /// `limit` + `page` (0-based) (`stac.search`, `processing.jobs.list`).
    LimitPage,
    /// `limit` + the `next` token of the previous answer (`catalog.search`).
    Cursor,
}

/// How one operation pages: its family, the request fields that page, and the schema's
/// page-size default and maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Paging {
    /// The family.
    pub family: PagingFamily,
    /// The request field holding the page size: `limit` or `size`.
    pub size_field: &'static str,
    /// The request field naming the page: `offset`, `page` or `next`.
    pub position_field: &'static str,
    /// The schema's default page size.
    pub default_size: Option<u64>,
    /// The schema's largest page size.
    pub max_size: Option<u64>,
    /// The array of the typed answer that holds the items, when the answer's model names one.
    pub items_field: Option<&'static str>,
}

/// A pageable operation: generated for every operation whose request schema pages.
pub trait Pageable: Operation {
    /// One item: the typed item where the answer's schema names one, else JSON.
    type Item: DeserializeOwned + Send + 'static;
    /// How it pages (also in [`crate::OperationInfo::paging`]).
    const PAGING: Paging;
}

/// Where items are looked for in an answer, in order, when neither the caller nor the typed
/// answer names the array.
pub const ITEM_FIELDS: &[&str] = &["features", "items", "content", "results", "data"];

/// Where an answer announces how many objects the whole list holds, in order.
pub const TOTAL_FIELDS: &[&str] = &["numberMatched", "total", "totalElements"];

/// One page: the decoded answer and its items.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T, B = Value> {
    /// The whole answer, decoded (the items array included).
    pub body: B,
    /// The page's items (cut short on the last page of a [`Pages::max_items`] walk).
    pub items: Vec<T>,
}

/// One page as the walk sees it, before typed decoding.
struct RawPage {
    info: OperationInfo,
    body: Value,
    items: Vec<Value>,
}

/// Fetches the answer to one page's request body.
type Fetch<'a> = Box<
    dyn FnMut(Value) -> Pin<Box<dyn Future<Output = Result<Value, Error>> + Send + 'a>> + Send + 'a,
>;

/// What a walk was asked for before it starts.
#[derive(Debug, Clone, Default)]
struct Options {
    page_size: Option<u64>,
    max_items: Option<u64>,
    items_field: Option<String>,
}

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq)]
enum Position {
    Offset(u64),
    Page(u64),
    Cursor(Option<Value>),
}

/// The state of one walk: the loop itself.
struct Walk {
    info: OperationInfo,
    paging: Paging,
    body: JsonObject,
    size: Option<u64>,
    max_items: Option<u64>,
    items_field: Option<String>,
    position: Position,
    pages: u64,
    yielded: u64,
    finished: bool,
}

impl Walk {
    fn new(info: OperationInfo, body: Value, options: Options) -> Result<Walk, Error> {
        let invalid = |field: Option<&str>, message: String| {
            Error::invalid_request(
                Some(info.id),
                InvalidRequestKind::Body,
                field.map(str::to_owned),
                message,
            )
        };
        let Some(paging) = info.paging else {
            return Err(invalid(
                None,
                format!(
                    "{} does not page: its request has no paging fields",
                    info.id
                ),
            ));
        };
        let body = match body {
            Value::Object(body) => body,
            Value::Null => JsonObject::new(),
            other => {
                return Err(invalid(
                    None,
                    format!(
                        "the {} body must be a JSON object to page, not {other}",
                        info.id
                    ),
                ))
            }
        };
        let number = |field: &str| body.get(field).filter(|v| !v.is_null()).map(Value::as_u64);
        let size = match (options.page_size, number(paging.size_field)) {
            (Some(size), _) | (None, Some(Some(size))) => Some(size),
            (None, Some(None)) => {
                return Err(invalid(
                    Some(paging.size_field),
                    format!(
                        "the {} body's `{}` must be a whole number",
                        info.id, paging.size_field
                    ),
                ))
            }
            (None, None) => paging.default_size,
        };
        if let Some(size) = size {
            if size == 0 || paging.max_size.is_some_and(|max| size > max) {
                let max = paging
                    .max_size
                    .map(|max| format!(" and at most {max}"))
                    .unwrap_or_default();
                return Err(invalid(
                    Some(paging.size_field),
                    format!(
                        "{}: the page size (`{}`) must be at least 1{max}, not {size}",
                        info.id, paging.size_field
                    ),
                ));
            }
        }
        let start = || match number(paging.position_field) {
            Some(Some(n)) => Ok(n),
            None => Ok(0),
            Some(None) => Err(invalid(
                Some(paging.position_field),
                format!(
                    "the {} body's `{}` must be a whole number",
                    info.id, paging.position_field
                ),
            )),
        };
        let position = match paging.family {
            PagingFamily::Offset => Position::Offset(start()?),
            PagingFamily::PageSize | PagingFamily::LimitPage => Position::Page(start()?),
            PagingFamily::Cursor => Position::Cursor(
                body.get(paging.position_field)
                    .cloned()
                    .filter(|v| !v.is_null()),
            ),
        };
        Ok(Walk {
            info,
            paging,
            body,
            size,
            max_items: options.max_items,
            items_field: options.items_field,
            position,
            pages: 0,
            yielded: 0,
            finished: options.max_items == Some(0),
        })
    }

    /// The body of the next page's request.
    fn request_body(&self) -> Value {
        let mut body = self.body.clone();
        if let Some(size) = self.size {
            body.insert(self.paging.size_field.to_owned(), size.into());
        }
        let field = self.paging.position_field.to_owned();
        match &self.position {
            Position::Offset(n) | Position::Page(n) => {
                body.insert(field, (*n).into());
            }
            Position::Cursor(Some(token)) => {
                body.insert(field, token.clone());
            }
            Position::Cursor(None) => {
                body.remove(&field);
            }
        }
        Value::Object(body)
    }

    /// Takes in one answer: its page (`None` when it ends the walk with nothing to yield), and
    /// where the walk goes next.
    fn absorb(&mut self, answer: Value) -> Result<Option<RawPage>, Error> {
        self.pages += 1;
        let mut items = self.items_of(&answer)?.clone();
        let received = items.len() as u64;
        if received == 0 {
            self.finished = true;
            return Ok((self.pages == 1).then(|| self.page(answer, items)));
        }
        let start = match self.position {
            Position::Offset(offset) => offset,
            Position::Page(page) => page * self.size.unwrap_or(received),
            Position::Cursor(_) => self.yielded,
        };
        let total = TOTAL_FIELDS
            .iter()
            .find_map(|field| answer.get(*field).and_then(Value::as_u64));
        let short = self.size.is_some_and(|size| received < size);
        let last = answer.get("last") == Some(&Value::Bool(true))
            || total.is_some_and(|total| start + received >= total);
        match &mut self.position {
            Position::Offset(offset) => {
                *offset += received;
                self.finished = short || last;
            }
            Position::Page(page) => {
                *page += 1;
                self.finished = short || last;
            }
            Position::Cursor(sent) => {
                let next = answer
                    .get(self.paging.position_field)
                    .filter(|token| !token.is_null() && token.as_str() != Some(""))
                    .cloned();
                if next.is_some() && next == *sent {
                    return Err(self.decode_error(
                        &answer,
                        format!(
                            "the answer's `{}` token repeats the one sent, so the list would never end",
                            self.paging.position_field
                        ),
                    ));
                }
                self.finished = next.is_none() || last;
                *sent = next;
            }
        }
        if let Some(max) = self.max_items {
            let left = max - self.yielded;
            if received >= left {
                items.truncate(left as usize);
                self.finished = true;
            }
        }
        self.yielded += items.len() as u64;
        Ok(Some(self.page(answer, items)))
    }

    fn page(&self, body: Value, items: Vec<Value>) -> RawPage {
        RawPage {
            info: self.info,
            body,
            items,
        }
    }

    /// The items array of `answer`, by the rule in the module docs.
    fn items_of<'v>(&self, answer: &'v Value) -> Result<&'v Vec<Value>, Error> {
        if let Some(field) = self.items_field.as_deref().or(self.paging.items_field) {
            return answer.get(field).and_then(Value::as_array).ok_or_else(|| {
                self.decode_error(answer, format!("the answer has no `{field}` array"))
            });
        }
        if let Value::Array(items) = answer {
            return Ok(items);
        }
        let named = ITEM_FIELDS
            .iter()
            .find_map(|field| answer.get(*field).and_then(Value::as_array));
        let mut arrays = answer
            .as_object()
            .into_iter()
            .flat_map(|object| object.values())
            .filter_map(Value::as_array);
        let only = match (arrays.next(), arrays.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        };
        named.or(only).ok_or_else(|| {
            self.decode_error(
                answer,
                format!(
                    "no item array in the answer (looked for {}, or a single array field); \
                     name it with `.items_field(..)`",
                    ITEM_FIELDS.join(", ")
                ),
            )
        })
    }

    fn decode_error(&self, answer: &Value, message: String) -> Error {
        decode_error(self.info, answer, serde::de::Error::custom(message))
    }
}

/// A decode error of a page of `info`, quoting the start of the answer.
fn decode_error(info: OperationInfo, answer: &Value, source: serde_json::Error) -> Error {
    Error::Decode(Box::new(DecodeError {
        operation: info.id,
        status: http::StatusCode::from_u16(info.success_status).unwrap_or(http::StatusCode::OK),
        excerpt: excerpt(&answer.to_string(), 200),
        source,
    }))
}

/// The loop: one request per page, driven by `fetch`, until the walk is finished.
fn walk<'a>(
    walk: Walk,
    fetch: Fetch<'a>,
) -> impl Stream<Item = Result<RawPage, Error>> + Send + 'a {
    stream::unfold((walk, fetch), |(mut walk, mut fetch)| async move {
        if walk.finished {
            return None;
        }
        let outcome = match fetch(walk.request_body()).await {
            Ok(answer) => walk.absorb(answer),
            Err(err) => Err(err),
        };
        match outcome {
            Ok(Some(page)) => Some((Ok(page), (walk, fetch))),
            Ok(None) => None,
            Err(err) => {
                walk.finished = true;
                Some((Err(err), (walk, fetch)))
            }
        }
    })
}

type PageStream<'a> = Pin<Box<dyn Stream<Item = Result<RawPage, Error>> + Send + 'a>>;

/// What a page stream holds before and after its first poll.
enum State<'a> {
    /// Not polled yet: options may still change.
    Ready {
        /// Boxed: the operation's metadata is large beside the other states.
        start: Box<Result<(OperationInfo, Value), Error>>,
        fetch: Fetch<'a>,
        options: Options,
    },
    Walking(PageStream<'a>),
    /// An error was yielded before the walk could start.
    Done,
}

/// The pages of a list, as a lazy [`Stream`]; made by `.pages()` on a request of a pageable
/// operation, or [`pages_json`].
///
/// `P` is [`Page<Item, Output>`] for typed requests and [`Page<Value>`] for untyped ones.
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<'a, P> {
    state: State<'a>,
    decode: fn(RawPage) -> Result<P, Error>,
}

impl<P> std::fmt::Debug for Pages<'_, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match &self.state {
            State::Ready { options, .. } => format!("ready {options:?}"),
            State::Walking(_) => "walking".to_owned(),
            State::Done => "done".to_owned(),
        };
        f.debug_struct("Pages").field("state", &state).finish()
    }
}

impl<'a, P> Pages<'a, P> {
    fn new(
        start: Result<(OperationInfo, Value), Error>,
        fetch: Fetch<'a>,
        decode: fn(RawPage) -> Result<P, Error>,
    ) -> Self {
        Pages {
            state: State::Ready {
                start: Box::new(start),
                fetch,
                options: Options::default(),
            },
            decode,
        }
    }

    fn options(mut self, change: impl FnOnce(&mut Options)) -> Self {
        if let State::Ready { options, .. } = &mut self.state {
            change(options);
        }
        self
    }

    /// Items per page (the request's `limit` or `size`); must be at least 1 and at most the
    /// schema's maximum. Default: the body's value, else the schema's default.
    pub fn page_size(self, n: u64) -> Self {
        self.options(|o| o.page_size = Some(n))
    }

    /// Stops after `n` items: the page holding the `n`-th item is the last one fetched, and its
    /// items are cut to `n` in all.
    pub fn max_items(self, n: u64) -> Self {
        self.options(|o| o.max_items = Some(n))
    }

    /// Reads the items from the answer's array `field`, overriding the rule in the
    /// [module docs](self).
    pub fn items_field(self, field: impl Into<String>) -> Self {
        self.options(|o| o.items_field = Some(field.into()))
    }

    /// The same walk as an `Iterator` that blocks on each page: no async runtime needed
    /// (called from inside one, it yields an error, as every blocking call does).
    pub fn blocking(self) -> Blocking<Self> {
        Blocking {
            stream: self,
            finished: false,
        }
    }

    fn poll_raw(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<RawPage, Error>>> {
        loop {
            match &mut self.state {
                State::Walking(pages) => return pages.as_mut().poll_next(cx),
                State::Done => return Poll::Ready(None),
                State::Ready { .. } => {
                    let State::Ready {
                        start,
                        fetch,
                        options,
                    } = std::mem::replace(&mut self.state, State::Done)
                    else {
                        unreachable!("matched above")
                    };
                    match (*start).and_then(|(info, body)| Walk::new(info, body, options)) {
                        Ok(state) => self.state = State::Walking(Box::pin(walk(state, fetch))),
                        Err(err) => return Poll::Ready(Some(Err(err))),
                    }
                }
            }
        }
    }
}

impl<P> Stream for Pages<'_, P> {
    type Item = Result<P, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let decode = this.decode;
        this.poll_raw(cx)
            .map(|page| page.map(|page| page.and_then(decode)))
    }
}

/// The items of a list, one by one, as a lazy [`Stream`]; made by `.items()` on a request of
/// a pageable operation, or [`items_json`]. Pages are fetched as the items are consumed.
#[must_use = "a stream does nothing until it is polled"]
#[derive(Debug)]
pub struct Items<'a, T> {
    pages: Pages<'a, Vec<T>>,
    ready: VecDeque<T>,
}

impl<'a, T> Items<'a, T> {
    fn new(pages: Pages<'a, Vec<T>>) -> Self {
        Items {
            pages,
            ready: VecDeque::new(),
        }
    }

    /// See [`Pages::page_size`].
    pub fn page_size(mut self, n: u64) -> Self {
        self.pages = self.pages.page_size(n);
        self
    }

    /// Stops after `n` items, fetching no page past the one that holds the `n`-th.
    pub fn max_items(mut self, n: u64) -> Self {
        self.pages = self.pages.max_items(n);
        self
    }

    /// See [`Pages::items_field`].
    pub fn items_field(mut self, field: impl Into<String>) -> Self {
        self.pages = self.pages.items_field(field);
        self
    }

    /// The same items as an `Iterator` that blocks when it needs the next page.
    pub fn blocking(self) -> Blocking<Self> {
        Blocking {
            stream: self,
            finished: false,
        }
    }
}

impl<T: Unpin> Stream for Items<'_, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.ready.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match std::task::ready!(Pin::new(&mut this.pages).poll_next(cx)) {
                Some(Ok(items)) => this.ready.extend(items),
                Some(Err(err)) => return Poll::Ready(Some(Err(err))),
                None => return Poll::Ready(None),
            }
        }
    }
}

/// A page or item stream as a blocking `Iterator` ([`Pages::blocking`], [`Items::blocking`]).
#[derive(Debug)]
pub struct Blocking<S> {
    stream: S,
    finished: bool,
}

impl<S, T> Iterator for Blocking<S>
where
    S: Stream<Item = Result<T, Error>> + Unpin,
{
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let next = match crate::blocking::block_on(None, self.stream.next()) {
            Ok(next) => next,
            Err(err) => Some(Err(err)),
        };
        // After an error the walk is over (the stream ends too); stop asking.
        if !matches!(next, Some(Ok(_))) {
            self.finished = true;
        }
        next
    }
}

/// The start of a walk from a request: its operation and JSON body, and a fetcher that sends
/// each page's body with the request's per-call options.
fn start_from<'a, O: Operation>(
    mut request: RequestBuilder<'a, O>,
) -> (Result<(OperationInfo, Value), Error>, Fetch<'a>) {
    let info = request.info();
    let start = match request.take_pending_error() {
        Some(err) => Err(err),
        None => match request.body_bytes() {
            None => Ok((info, Value::Null)),
            Some(bytes) => serde_json::from_slice(bytes)
                .map(|body| (info, body))
                .map_err(|err| decode_error(info, &Value::Null, err)),
        },
    };
    let template = request.untyped_with_body(None);
    let fetch: Fetch<'a> = Box::new(move |body: Value| {
        let call = template.untyped_with_body(Some(Bytes::from(body.to_string())));
        Box::pin(call.send())
    });
    (start, fetch)
}

/// Decodes a page's answer and items into their types.
fn typed_page<T: DeserializeOwned, B: DeserializeOwned>(
    page: RawPage,
) -> Result<Page<T, B>, Error> {
    let items = typed_items(&page)?;
    let body =
        B::deserialize(&page.body).map_err(|err| decode_error(page.info, &page.body, err))?;
    Ok(Page { body, items })
}

/// Decodes a page's items into their type.
fn typed_items<T: DeserializeOwned>(page: &RawPage) -> Result<Vec<T>, Error> {
    page.items
        .iter()
        .map(|item| T::deserialize(item).map_err(|err| decode_error(page.info, item, err)))
        .collect()
}

fn raw_items(page: RawPage) -> Result<Vec<Value>, Error> {
    Ok(page.items)
}

fn raw_page(page: RawPage) -> Result<Page<Value>, Error> {
    Ok(Page {
        body: page.body,
        items: page.items,
    })
}

impl<'a, O: Pageable> RequestBuilder<'a, O>
where
    O::Output: DeserializeOwned,
{
    /// Every page of this list, as a lazy stream of decoded answers with their items (see
    /// [`crate::paging`] for how pages are found and when the walk stops).
    pub fn pages(self) -> Pages<'a, Page<O::Item, O::Output>> {
        let (start, fetch) = start_from(self);
        Pages::new(start, fetch, typed_page::<O::Item, O::Output>)
    }

    /// Every item of this list, as a lazy stream that fetches pages as it goes.
    pub fn items(self) -> Items<'a, O::Item> {
        let (start, fetch) = start_from(self);
        Items::new(Pages::new(start, fetch, |page| typed_items(&page)))
    }
}

impl<'a> RequestBuilder<'a, Untyped> {
    /// Every page of this untyped call's list (an error on the first poll when its operation
    /// does not page).
    pub fn pages(self) -> Pages<'a, Page<Value>> {
        let (start, fetch) = start_from(self);
        Pages::new(start, fetch, raw_page)
    }

    /// Every item of this untyped call's list.
    pub fn items(self) -> Items<'a, Value> {
        let (start, fetch) = start_from(self);
        Items::new(Pages::new(start, fetch, raw_items))
    }
}

/// Every page of operation `info` called with a JSON `body`: the entry for code that picks
/// the operation at run time. The first poll yields an error when `info` does not page.
///
/// ```no_run
/// use futures_util::StreamExt;
/// use geopera_api::{dynamic, paging};
///
/// # async fn run(client: geopera_api::Client) -> Result<(), geopera_api::Error> {
/// let info = dynamic::operation("clip.jobs.list").expect("a spec operation");
/// let mut pages = paging::pages_json(&client, info, serde_json::json!({})).page_size(25);
/// while let Some(page) = pages.next().await {
///     println!("{} jobs", page?.items.len());
/// }
/// # Ok(()) }
/// ```
pub fn pages_json<'a>(
    client: &'a Client,
    info: OperationInfo,
    body: Value,
) -> Pages<'a, Page<Value>> {
    client.request_json(info, Some(&body)).pages()
}

/// Every item of operation `info` called with a JSON `body`; see [`pages_json`].
pub fn items_json<'a>(client: &'a Client, info: OperationInfo, body: Value) -> Items<'a, Value> {
    client.request_json(info, Some(&body)).items()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn info(
        family: PagingFamily,
        size_field: &'static str,
        position_field: &'static str,
    ) -> OperationInfo {
        OperationInfo {
            paging: Some(Paging {
                family,
                size_field,
                position_field,
                default_size: Some(2),
                max_size: Some(100),
                items_field: None,
            }),
            ..crate::dynamic::Untyped::INFO
        }
    }

    fn walk_of(info: OperationInfo, body: Value, options: Options) -> Walk {
        Walk::new(info, body, options).unwrap()
    }

    #[test]
    fn offset_walks_advance_by_items_and_stop_on_a_short_page() {
        let mut walk = walk_of(
            info(PagingFamily::Offset, "limit", "offset"),
            json!({"q": 1}),
            Options::default(),
        );
        assert_eq!(
            walk.request_body(),
            json!({"q": 1, "limit": 2, "offset": 0})
        );
        let page = walk.absorb(json!({"items": [1, 2]})).unwrap().unwrap();
        assert_eq!(page.items, [json!(1), json!(2)]);
        assert!(!walk.finished);
        assert_eq!(walk.request_body()["offset"], 2);
        walk.absorb(json!({"items": [3]})).unwrap();
        assert!(walk.finished);
    }

    #[test]
    fn a_reached_total_or_last_flag_ends_a_page_walk() {
        let mut walk = walk_of(
            info(PagingFamily::PageSize, "size", "page"),
            json!({}),
            Options::default(),
        );
        walk.absorb(json!({"content": [1, 2], "totalElements": 4}))
            .unwrap();
        assert!(!walk.finished);
        assert_eq!(walk.request_body(), json!({"size": 2, "page": 1}));
        walk.absorb(json!({"content": [3, 4], "totalElements": 4}))
            .unwrap();
        assert!(walk.finished);
        let mut walk = walk_of(
            info(PagingFamily::PageSize, "size", "page"),
            json!({}),
            Options::default(),
        );
        walk.absorb(json!({"content": [1, 2], "last": true}))
            .unwrap();
        assert!(walk.finished);
    }

    #[test]
    fn cursor_walks_follow_next_until_it_is_absent_and_refuse_a_repeat() {
        let mut walk = walk_of(
            info(PagingFamily::Cursor, "limit", "next"),
            json!({"next": null}),
            Options::default(),
        );
        assert_eq!(walk.request_body(), json!({"limit": 2}));
        walk.absorb(json!({"items": [1], "next": "c1"})).unwrap();
        assert!(!walk.finished, "a short cursor page is not the last");
        assert_eq!(walk.request_body()["next"], "c1");
        let err = walk
            .absorb(json!({"items": [2], "next": "c1"}))
            .err()
            .unwrap();
        let chain = crate::DisplayErrorContext(&err).to_string();
        assert!(chain.contains("never end"), "{chain}");
        let mut walk = walk_of(
            info(PagingFamily::Cursor, "limit", "next"),
            json!({}),
            Options::default(),
        );
        walk.absorb(json!({"items": [1, 2], "next": null})).unwrap();
        assert!(walk.finished);
    }

    #[test]
    fn max_items_cuts_the_page_that_holds_the_last_item() {
        let options = Options {
            max_items: Some(3),
            ..Options::default()
        };
        let mut walk = walk_of(
            info(PagingFamily::LimitPage, "limit", "page"),
            json!({}),
            options,
        );
        assert_eq!(
            walk.absorb(json!({"items": [1, 2]}))
                .unwrap()
                .unwrap()
                .items
                .len(),
            2
        );
        assert!(!walk.finished);
        assert_eq!(
            walk.absorb(json!({"items": [3, 4]}))
                .unwrap()
                .unwrap()
                .items,
            [json!(3)]
        );
        assert!(walk.finished);
    }

    #[test]
    fn the_item_array_rule_and_its_override() {
        let paging = info(PagingFamily::Offset, "limit", "offset");
        let walk = walk_of(paging, json!({}), Options::default());
        assert_eq!(
            walk.items_of(&json!({"total": 1, "features": [1], "items": [2]}))
                .unwrap(),
            &[json!(1)]
        );
        assert_eq!(
            walk.items_of(&json!({"total": 1, "rows": [3]})).unwrap(),
            &[json!(3)]
        );
        assert_eq!(walk.items_of(&json!([4])).unwrap(), &[json!(4)]);
        let err = walk.items_of(&json!({"a": [1], "b": [2]})).unwrap_err();
        let chain = crate::DisplayErrorContext(&err).to_string();
        assert!(chain.contains(".items_field"), "{chain}");
        let options = Options {
            items_field: Some("b".into()),
            ..Options::default()
        };
        let walk = walk_of(paging, json!({}), options);
        assert_eq!(
            walk.items_of(&json!({"a": [1], "b": [2]})).unwrap(),
            &[json!(2)]
        );
    }

    #[test]
    fn bad_page_sizes_and_non_pageable_operations_are_refused_before_sending() {
        let paging = info(PagingFamily::Offset, "limit", "offset");
        let too_big = Options {
            page_size: Some(101),
            ..Options::default()
        };
        let err = Walk::new(paging, json!({}), too_big).err().unwrap();
        assert!(err.to_string().contains("at most 100"), "{err}");
        let err = Walk::new(crate::dynamic::Untyped::INFO, json!({}), Options::default())
            .err()
            .unwrap();
        assert!(err.to_string().contains("does not page"), "{err}");
    }
}
