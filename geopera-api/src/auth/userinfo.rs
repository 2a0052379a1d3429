//! The realm's `userinfo` endpoint, asked with a client's own credential.

use http::StatusCode;

use crate::error::{Error, TransportError, UnexpectedStatus};
use crate::redact::{excerpt, redact_url};
use crate::Client;

/// The name errors of [`userinfo`] carry in place of an operation id.
pub const USERINFO: &str = "userinfo";

/// `GET {base_url}/realms/public/protocol/openid-connect/userinfo` with `client`'s credential:
/// who the credential belongs to (`sub`, `geopera_principal_type`, `geopera_org_id`, `scope`,
/// …), as the service answered it.
///
/// A 401 renews a renewable credential (an OAuth session) and asks once more, as calls do.
/// Any other non-200 answer is [`Error::UnexpectedStatus`] with operation `userinfo`.
pub async fn userinfo(client: &Client) -> Result<serde_json::Value, Error> {
    let cx = client.auth_context();
    let Some(provider) = client.inner().credentials.clone() else {
        return Err(super::credentials_error(
            "userinfo: the client has no credential to ask about",
        ));
    };
    let url = cx.realm_url("userinfo");
    let transport = |source: reqwest::Error| {
        Error::Transport(Box::new(TransportError {
            operation: USERINFO,
            url: redact_url(&url),
            source: source.without_url(),
        }))
    };
    let mut replayed = false;
    loop {
        let header = provider.auth_header(cx).await?;
        let response = client
            .http()
            .get(&url)
            .header(header.name().clone(), header.value()?)
            .send()
            .await
            .map_err(transport)?;
        let status = response.status();
        if status == StatusCode::UNAUTHORIZED && !replayed && provider.renew(cx, &header).await? {
            replayed = true;
            continue;
        }
        let headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(transport)?;
        let text = header.credential().scrub(&String::from_utf8_lossy(&bytes));
        if status == StatusCode::OK {
            if let Ok(value) = serde_json::from_slice(&bytes) {
                return Ok(value);
            }
        }
        return Err(Error::UnexpectedStatus(Box::new(UnexpectedStatus {
            operation: USERINFO,
            status,
            headers,
            body: excerpt(&text, 4096),
        })));
    }
}
