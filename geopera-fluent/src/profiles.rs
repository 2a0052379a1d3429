//! The Python CLI's credentials file, read and written exactly as the CLI does.
//!
//! `geopera login` (the `geopera-cli` package) keeps identities in
//! `~/.config/geopera/credentials.json`: one top-level key per profile, each
//! `{"api_url": "...", "auth": {"type": "api_key", "api_key": "gpra_…"}}` or
//! `{"auth": {"type": "oauth", "access_token", "refresh_token", "expires_at", "scope",
//! "issuer"}}`. This module shares that file, so a Rust program uses the login a person
//! already made, and a session the Rust side refreshes stays usable by the CLI.
//!
//! Decisions:
//! - **Location.** Always `$HOME/.config/geopera/credentials.json`, like the CLI;
//!   `XDG_CONFIG_HOME` is deliberately ignored, because the CLI ignores it and two tools
//!   reading two files would silently disagree about who is logged in.
//!   [`CredentialsFile::at`] takes any other path.
//! - **Writing** is the CLI's: directory 0700, file 0600 from its creation, a temporary
//!   `credentials.json.tmp` renamed over the file, and the bytes of Python's
//!   `json.dumps(store, indent=2, sort_keys=True)` plus a newline (keys sorted at every
//!   level, non-ASCII escaped as `\uXXXX`). Profiles and fields this crate does not know are
//!   kept as they are.
//! - **A corrupt file is an error** naming the file, never read as empty (the CLI reads it
//!   as empty and would overwrite it on the next login): nothing is written over it.
//! - **A file readable by others** is used, with a `tracing` warning naming the file and its
//!   mode.
//! - **Refreshed sessions are written back** to their profile at once (the refresh token
//!   rotates: the old one is dead).

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use geopera_api::{Error, InvalidRequestKind, SessionTokens};
use serde_json::{Map, Value};

use crate::client::{GeoperaBuilder, ENV_API_TOKEN, ENV_API_URL};
use crate::Geopera;

/// Environment variable naming the profile (default [`DEFAULT_PROFILE`]).
pub const ENV_PROFILE: &str = "GEOPERA_PROFILE";
/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// Where a profile's credential came from (the secret stays inside).
#[derive(Clone, Debug)]
pub enum ProfileAuth {
    /// `{"type": "api_key", "api_key": "gpra_…"}`, sent as `X-API-Key`.
    ApiKey(geopera_api::Secret),
    /// `{"type": "oauth", …}`: a session, sent as `Authorization: Bearer` and refreshed.
    OAuth(SessionTokens),
}

/// One profile of the credentials file.
#[derive(Clone, Debug)]
pub struct Profile {
    /// The profile's name.
    pub name: String,
    /// The API URL stored with it.
    pub api_url: Option<String>,
    /// Its credential; `None` after `geopera logout`.
    pub auth: Option<ProfileAuth>,
}

/// The credentials file shared with the Python CLI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialsFile {
    path: PathBuf,
}

fn file_error(path: &Path, message: impl std::fmt::Display) -> Error {
    Error::invalid_request(
        None,
        InvalidRequestKind::Credentials,
        Some(path.display().to_string()),
        format!("{}: {message}", path.display()),
    )
}

impl CredentialsFile {
    /// The file at `path`.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        CredentialsFile { path: path.into() }
    }

    /// `<home>/.config/geopera/credentials.json`.
    pub fn in_home(home: impl AsRef<Path>) -> Self {
        Self::at(home.as_ref().join(".config/geopera/credentials.json"))
    }

    /// The CLI's file, `$HOME/.config/geopera/credentials.json`.
    pub fn default_location() -> Result<Self, Error> {
        Self::from_home_var(std::env::var("HOME").ok())
    }

    fn from_home_var(home: Option<String>) -> Result<Self, Error> {
        match home.filter(|h| !h.is_empty()) {
            Some(home) => Ok(Self::in_home(home)),
            None => Err(Error::invalid_request(
                None,
                InvalidRequestKind::Credentials,
                Some("HOME".into()),
                "HOME is not set, so ~/.config/geopera/credentials.json cannot be found",
            )),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A warning when others may read the file (mode bits beyond 0600), also logged.
    pub fn mode_warning(&self) -> Option<String> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&self.path).ok()?.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                let warning = format!(
                    "{} has mode {mode:o}: other users may read your Geopera credentials; \
                     run `chmod 600 {}`",
                    self.path.display(),
                    self.path.display()
                );
                tracing::warn!(file = %self.path.display(), mode = %format!("{mode:o}"), "{warning}");
                return Some(warning);
            }
        }
        None
    }

    /// Every profile entry as stored; an absent file is empty, a corrupt one an error.
    pub fn read(&self) -> Result<Map<String, Value>, Error> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Map::new()),
            Err(err) => return Err(file_error(&self.path, format!("cannot be read: {err}"))),
        };
        self.mode_warning();
        match serde_json::from_str(&text) {
            Ok(Value::Object(store)) => Ok(store),
            Ok(_) | Err(_) => Err(file_error(
                &self.path,
                "is not a JSON object of profiles (corrupt?); fix or remove it, then log in \
                 again (it is left untouched)",
            )),
        }
    }

    /// The names of the stored profiles, sorted.
    pub fn profile_names(&self) -> Result<Vec<String>, Error> {
        let mut names: Vec<String> = self.read()?.keys().cloned().collect();
        names.sort();
        Ok(names)
    }

    /// Profile `name`; an unknown name is an error listing the profiles present.
    pub fn profile(&self, name: &str) -> Result<Profile, Error> {
        let store = self.read()?;
        let Some(entry) = store.get(name) else {
            let mut names: Vec<&str> = store.keys().map(String::as_str).collect();
            names.sort();
            let present = if names.is_empty() {
                "it has no profiles".to_string()
            } else {
                format!("profiles present: {}", names.join(", "))
            };
            return Err(file_error(
                &self.path,
                format!("has no profile `{name}` ({present}); log in with `geopera login --profile {name}`"),
            ));
        };
        parse_profile(&self.path, name, entry)
    }

    /// Stores `profile`, keeping other profiles and unknown fields.
    pub fn save_profile(&self, profile: &Profile) -> Result<(), Error> {
        let mut store = self.read()?;
        let entry = store
            .entry(profile.name.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let object = entry.as_object_mut().expect("an object");
        if let Some(url) = &profile.api_url {
            object.insert("api_url".into(), Value::String(url.clone()));
        }
        match &profile.auth {
            None => {
                object.remove("auth");
            }
            Some(ProfileAuth::ApiKey(key)) => {
                object.insert(
                    "auth".into(),
                    serde_json::json!({"type": "api_key", "api_key": key.expose()}),
                );
            }
            Some(ProfileAuth::OAuth(tokens)) => {
                let issuer = object
                    .get("auth")
                    .and_then(|a| a.get("issuer"))
                    .cloned()
                    .or_else(|| profile.api_url.clone().map(Value::String))
                    .unwrap_or(Value::Null);
                object.insert("auth".into(), oauth_entry(tokens, issuer));
            }
        }
        self.write(&Value::Object(store))
    }

    /// Replaces the tokens of the OAuth profile `name` after a refresh.
    pub fn store_session(&self, name: &str, tokens: &SessionTokens) -> Result<(), Error> {
        let mut profile = self.profile(name)?;
        profile.auth = Some(ProfileAuth::OAuth(tokens.clone()));
        self.save_profile(&profile)
    }

    fn write(&self, store: &Value) -> Result<(), Error> {
        let fail =
            |what: &str, err: std::io::Error| file_error(&self.path, format!("{what}: {err}"));
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| fail("its directory cannot be created", e))?;
        let tmp = self.path.with_extension("json.tmp");
        let written = (|| -> std::io::Result<()> {
            use std::io::Write;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
                options.mode(0o600);
            }
            let mut file = options.open(&tmp)?;
            file.write_all(python_json(store).as_bytes())?;
            file.write_all(b"\n")?;
            file.sync_all()?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
            }
            std::fs::rename(&tmp, &self.path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written.map_err(|e| fail("cannot be written", e))
    }
}

fn oauth_entry(tokens: &SessionTokens, issuer: Value) -> Value {
    let expires_at = tokens
        .expires_at
        .and_then(|at| at.duration_since(UNIX_EPOCH).ok())
        .map(|d| Value::from(d.as_secs_f64()))
        .unwrap_or(Value::Null);
    serde_json::json!({
        "type": "oauth",
        "access_token": tokens.access_token.expose(),
        "refresh_token": tokens.refresh_token.as_ref().map(|t| t.expose()),
        "expires_at": expires_at,
        "scope": tokens.scope,
        "issuer": issuer,
    })
}

fn parse_profile(path: &Path, name: &str, entry: &Value) -> Result<Profile, Error> {
    let bad = |what: &str| {
        file_error(
            path,
            format!("profile `{name}`: {what}; log in again with `geopera login --profile {name}`"),
        )
    };
    let object = entry.as_object().ok_or_else(|| bad("is not an object"))?;
    let api_url = object
        .get("api_url")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let auth = match object.get("auth") {
        None | Some(Value::Null) => None,
        Some(auth) => {
            let text = |field: &str| auth.get(field).and_then(Value::as_str).map(str::to_owned);
            match auth.get("type").and_then(Value::as_str) {
                Some("api_key") => Some(ProfileAuth::ApiKey(geopera_api::Secret::new(
                    text("api_key").ok_or_else(|| bad("`auth.api_key` is missing"))?,
                ))),
                Some("oauth") => {
                    let access = text("access_token")
                        .ok_or_else(|| bad("`auth.access_token` is missing"))?;
                    let mut tokens = SessionTokens::new(access, text("refresh_token"));
                    tokens.scope = text("scope");
                    tokens.expires_at = auth
                        .get("expires_at")
                        .and_then(Value::as_f64)
                        .filter(|s| s.is_finite() && *s >= 0.0)
                        .map(|s| UNIX_EPOCH + Duration::from_secs_f64(s));
                    Some(ProfileAuth::OAuth(tokens))
                }
                _ => return Err(bad("`auth.type` is neither `api_key` nor `oauth`")),
            }
        }
    };
    Ok(Profile {
        name: name.to_owned(),
        api_url,
        auth,
    })
}

/// Python's `json.dumps(value, indent=2, sort_keys=True)` (with its default
/// `ensure_ascii=True`).
pub fn python_json(value: &Value) -> String {
    let mut out = String::new();
    write_python(value, 0, true, &mut out);
    out
}

/// Python's `json.dumps(value, indent=2)`: keys in the value's own order (the order the
/// service wrote them, with serde_json's `preserve_order`), non-ASCII escaped. What the
/// Python CLI prints for an answer.
pub fn python_json_in_order(value: &Value) -> String {
    let mut out = String::new();
    write_python(value, 0, false, &mut out);
    out
}

fn write_python(value: &Value, depth: usize, sort_keys: bool, out: &mut String) {
    let indent = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            if sort_keys {
                keys.sort();
            }
            out.push('{');
            for (i, key) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_python_string(key, out);
                out.push_str(": ");
                write_python(&map[*key], depth + 1, sort_keys, out);
            }
            indent(out, depth);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_python(item, depth + 1, sort_keys, out);
            }
            indent(out, depth);
            out.push(']');
        }
        Value::Object(_) => out.push_str("{}"),
        Value::Array(_) => out.push_str("[]"),
        Value::String(text) => write_python_string(text, out),
        // Integers as digits, floats as their shortest round-trip form (`1.0`, `0.5`), as
        // Python's `repr` does in the range a credentials file holds.
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Null => out.push_str("null"),
    }
}

fn write_python_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Builds a client from profile `name` of `file`.
pub(crate) fn builder_for(
    file: &CredentialsFile,
    name: &str,
    url_override: Option<String>,
) -> Result<GeoperaBuilder, Error> {
    let profile = file.profile(name)?;
    let Some(auth) = profile.auth.clone() else {
        return Err(file_error(
            file.path(),
            format!("profile `{name}` is logged out; log in with `geopera login --profile {name}`"),
        ));
    };
    let mut builder = Geopera::builder().credential_origin(format!("profile `{name}`"));
    if let Some(url) = url_override.or(profile.api_url) {
        builder = builder.base_url(url);
    }
    Ok(match auth {
        ProfileAuth::ApiKey(key) => builder.api_key(key.expose()),
        ProfileAuth::OAuth(tokens) => {
            let store = file.clone();
            let profile_name = name.to_owned();
            builder.session(geopera_api::Session::new(tokens).on_refresh(move |fresh| {
                if let Err(err) = store.store_session(&profile_name, fresh) {
                    tracing::warn!(error = %err, "the refreshed session could not be stored");
                }
            }))
        }
    })
}

/// `from_env` resolution, the CLI's: `GEOPERA_API_TOKEN`, then the profile
/// (`GEOPERA_PROFILE` or `default`); the URL from `GEOPERA_API_URL`, then the profile, then
/// the default.
pub(crate) fn resolve(var: &dyn Fn(&str) -> Option<String>) -> Result<Geopera, Error> {
    let non_empty = |name: &str| var(name).filter(|v| !v.is_empty());
    let url = non_empty(ENV_API_URL);
    let profile = non_empty(ENV_PROFILE).unwrap_or_else(|| DEFAULT_PROFILE.to_string());
    let file = CredentialsFile::from_home_var(var("HOME"));
    if let Some(token) = non_empty(ENV_API_TOKEN) {
        let stored_url = file
            .as_ref()
            .ok()
            .and_then(|f| f.read().ok())
            .and_then(|store| {
                store
                    .get(&profile)?
                    .get("api_url")?
                    .as_str()
                    .map(str::to_owned)
            });
        let mut builder = Geopera::builder()
            .credential_origin(format!("the environment variable {ENV_API_TOKEN}"));
        builder = if token.starts_with("gpra_") {
            builder.api_key(token)
        } else {
            builder.token(token)
        };
        if let Some(url) = url.or(stored_url) {
            builder = builder.base_url(url);
        }
        return builder.build();
    }
    let file = file?;
    let store = file.read()?;
    if store.get(&profile).is_some() {
        return builder_for(&file, &profile, url)?.build();
    }
    let mut names: Vec<&str> = store.keys().map(String::as_str).collect();
    names.sort();
    let present = if names.is_empty() {
        "no profiles".to_string()
    } else {
        format!("profiles present: {}", names.join(", "))
    };
    Err(Error::invalid_request(
        None,
        InvalidRequestKind::Credentials,
        Some(ENV_API_TOKEN.into()),
        format!(
            "no credentials: {ENV_API_TOKEN} is not set, and profile `{profile}` ({ENV_PROFILE} \
             or `{DEFAULT_PROFILE}`) is not in {} ({present}); export {ENV_API_TOKEN}=gpra_… or \
             run `geopera login`",
            file.path().display()
        ),
    ))
}
