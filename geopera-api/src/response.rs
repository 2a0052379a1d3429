//! A parsed result together with the response's status and headers.

use http::{HeaderMap, StatusCode};

/// The result of a `*_detailed` call.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// The response status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The parsed body.
    pub body: T,
}

impl<T> ApiResponse<T> {
    /// The parsed body, dropping status and headers.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ApiResponse<U> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

impl<T> std::ops::Deref for ApiResponse<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}
