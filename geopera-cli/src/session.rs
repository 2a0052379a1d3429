//! Who the command line is: the Python CLI's credentials file, profiles and environment,
//! and the `login`, `logout` and `whoami` commands.
//!
//! Resolution is the Python CLI's: profile = `--profile` > `GEOPERA_PROFILE` > `default`;
//! URL = `--api-url` > `GEOPERA_API_URL` > the profile's `api_url` > the production API;
//! `GEOPERA_API_TOKEN` bypasses the file (`gpra_…` as `X-API-Key`, else Bearer). The file
//! is geopera-fluent's [`CredentialsFile`], written byte for byte as the Python CLI writes it.

use std::io::BufRead;

use geopera_api::auth::{userinfo, DeviceLogin, DEVICE_CLIENT_ID};
use geopera_api::{DisplayErrorContext, Error, Secret};
use geopera_fluent::profiles::{
    CredentialsFile, Profile, ProfileAuth, DEFAULT_PROFILE, ENV_PROFILE,
};
use geopera_fluent::{Geopera, ENV_API_TOKEN, ENV_API_URL};
use serde_json::Value;

use crate::failure::Failure;
use crate::output;

/// The production API, when nothing names another.
pub const DEFAULT_API_URL: &str = geopera_api::DEFAULT_BASE_URL;
/// The OAuth scope `login` asks for by default.
pub const DEFAULT_SCOPE: &str = "openid profile";

/// The `--profile` and `--api-url` a command was given.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// `--profile`.
    pub profile: Option<String>,
    /// `--api-url`.
    pub api_url: Option<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Identity {
    /// The profile in use: `--profile` > `GEOPERA_PROFILE` > `default`.
    pub fn profile_name(&self) -> String {
        self.profile
            .clone()
            .or_else(|| env(ENV_PROFILE))
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }

    /// The API URL: `--api-url` > `GEOPERA_API_URL` > `stored` > the production API.
    pub fn api_url(&self, stored: Option<&str>) -> String {
        self.api_url
            .clone()
            .or_else(|| env(ENV_API_URL))
            .or_else(|| stored.map(str::to_owned))
            .unwrap_or_else(|| DEFAULT_API_URL.to_string())
            .trim_end_matches('/')
            .to_string()
    }

    /// A client for this identity; "not logged in" when neither `GEOPERA_API_TOKEN` nor a
    /// logged-in profile is there.
    pub fn client(&self) -> Result<Geopera, Failure> {
        let profile = self.profile_name();
        if env(ENV_API_TOKEN).is_none() {
            let store = file()?.read().map_err(local)?;
            if store
                .get(&profile)
                .and_then(|e| e.get("auth"))
                .is_none_or(Value::is_null)
            {
                return Err(Failure::local(format!(
                    "Not logged in (profile '{profile}'). Run 'geopera login' first."
                )));
            }
        }
        let url = self.api_url.clone().or_else(|| env(ENV_API_URL));
        Geopera::from_vars(|name| match name {
            ENV_PROFILE => Some(profile.clone()),
            ENV_API_URL => url.clone(),
            other => std::env::var(other).ok(),
        })
        .map_err(local)
    }

    /// The stored entry's `api_url`, if any (a missing or unreadable file has none).
    pub fn stored_api_url(&self, profile: &str) -> Option<String> {
        let store = file().ok()?.read().ok()?;
        store
            .get(profile)?
            .get("api_url")?
            .as_str()
            .map(str::to_owned)
    }
}

/// The credentials file, `$HOME/.config/geopera/credentials.json`.
fn file() -> Result<CredentialsFile, Failure> {
    CredentialsFile::default_location().map_err(local)
}

fn local(err: Error) -> Failure {
    Failure::local(DisplayErrorContext(&err).to_string())
}

/// `geopera login --api-key KEY|-`: checks the key against `userinfo`, then stores it.
pub async fn login_api_key(identity: &Identity, key: &str) -> Result<(), Failure> {
    let profile = identity.profile_name();
    let url = identity.api_url(identity.stored_api_url(&profile).as_deref());
    let key = if key == "-" {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|err| {
                Failure::local(format!(
                    "Cannot read the API key from standard input: {err}"
                ))
            })?;
        line.trim().to_string()
    } else {
        key.to_string()
    };
    if key.is_empty() {
        return Err(Failure::local("No API key provided."));
    }
    if !key.starts_with("gpra_") {
        eprintln!(
            "Note: this key has no 'gpra_' prefix. It will still work, but new Geopera keys are \
             expected to start with 'gpra_'."
        );
    }
    let client = Geopera::builder()
        .base_url(url.clone())
        .api_key(key.clone())
        .build()
        .map_err(local)?;
    let info = userinfo(client.api()).await.map_err(|err| {
        Failure::local(format!(
            "API key validation failed: {}",
            describe_userinfo_error(&err)
        ))
    })?;
    file()?
        .save_profile(&Profile {
            name: profile.clone(),
            api_url: Some(url),
            auth: Some(ProfileAuth::ApiKey(Secret::new(key))),
        })
        .map_err(local)?;
    let who = ["geopera_principal_id", "sub"]
        .iter()
        .find_map(|k| {
            info.get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
        })
        .unwrap_or("api key");
    println!("Logged in as {who} (API key, profile '{profile}').");
    Ok(())
}

/// `geopera login`: the device flow, then the session is stored.
pub async fn login_device(
    identity: &Identity,
    scope: &str,
    open_browser: bool,
) -> Result<(), Failure> {
    let profile = identity.profile_name();
    let url = identity.api_url(identity.stored_api_url(&profile).as_deref());
    let tokens = DeviceLogin::new(url.clone())
        .scope(scope)
        .on_prompt(move |prompt| {
            println!();
            println!("  To sign in, visit:");
            println!("    {}", prompt.url());
            println!();
            println!("  And confirm this code:");
            println!("    {}", prompt.user_code);
            println!();
            if open_browser {
                open_in_browser(prompt.url());
            }
            eprintln!("Waiting for authorization...");
        })
        .run()
        .await
        .map_err(local)?;
    let store = file()?;
    store
        .save_profile(&Profile {
            name: profile.clone(),
            api_url: Some(url.clone()),
            auth: Some(ProfileAuth::OAuth(tokens)),
        })
        .map_err(local)?;
    let who = match Geopera::from_profile_in(&store, &profile) {
        Ok(client) => userinfo(client.api())
            .await
            .ok()
            .and_then(|info| info.get("sub").and_then(Value::as_str).map(str::to_owned)),
        Err(_) => None,
    };
    println!(
        "Logged in as {} (profile '{profile}').",
        who.as_deref().unwrap_or("user")
    );
    Ok(())
}

/// Opens `url` in the desktop's browser, best effort (nothing happens without one).
fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// `geopera logout`: ends an OAuth session at the realm (best effort) and removes the
/// profile's credential, keeping its `api_url`.
pub async fn logout(identity: &Identity) -> Result<(), Failure> {
    let profile = identity.profile_name();
    let store = file()?;
    let entries = store.read().map_err(local)?;
    let auth = entries
        .get(&profile)
        .and_then(|e| e.get("auth"))
        .filter(|a| !a.is_null());
    let Some(auth) = auth else {
        println!("No stored credentials for profile '{profile}'.");
        return Ok(());
    };
    if auth.get("type").and_then(Value::as_str) == Some("oauth") {
        if let Some(refresh) = auth.get("refresh_token").and_then(Value::as_str) {
            let url = entries
                .get(&profile)
                .and_then(|e| e.get("api_url"))
                .and_then(Value::as_str)
                .unwrap_or(DEFAULT_API_URL);
            let endpoint = geopera_api::auth::realm_url(url, "logout");
            let http = reqwest::Client::builder()
                .redirect(geopera_api::redirect_policy())
                .timeout(std::time::Duration::from_secs(10))
                .build();
            if let Ok(http) = http {
                let form = [("client_id", DEVICE_CLIENT_ID), ("refresh_token", refresh)];
                if let Err(err) = http.post(endpoint).form(&form).send().await {
                    tracing::debug!(error = %err.without_url(), "the session could not be ended at the realm");
                }
            }
        }
    }
    let mut stored = store.profile(&profile).map_err(local)?;
    stored.auth = None;
    store.save_profile(&stored).map_err(local)?;
    println!("Logged out (profile '{profile}').");
    Ok(())
}

/// `geopera whoami [--json]`.
pub async fn whoami(identity: &Identity, raw: bool) -> Result<(), Failure> {
    let client = identity.client()?;
    let info = userinfo(client.api())
        .await
        .map_err(|err| Failure::local(describe_userinfo_error(&err)))?;
    if raw {
        return output::print(&info, output::Format::Json)
            .map_err(|err| Failure::local(format!("Cannot write the answer: {err}")));
    }
    let field = |key: &str| match info.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => "-".to_string(),
        Some(other) => other.to_string(),
    };
    println!("sub:             {}", field("sub"));
    println!("principal_type:  {}", field("geopera_principal_type"));
    println!("org_id:          {}", field("geopera_org_id"));
    println!("scope:           {}", field("scope"));
    println!("api_url:         {}", client.api().base_url());
    println!("profile:         {}", identity.profile_name());
    Ok(())
}

fn describe_userinfo_error(err: &Error) -> String {
    match err.status() {
        Some(status) => format!(
            "userinfo failed — credentials may be invalid (HTTP {})",
            status.as_u16()
        ),
        None => DisplayErrorContext(err).to_string(),
    }
}
