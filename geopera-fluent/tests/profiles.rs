//! The Python CLI's credentials file: byte format, modes, resolution, bad input, and
//! sessions written back after a refresh.

mod transfer_common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::SystemTime;

use geopera_fluent::profiles::{python_json, CredentialsFile, Profile, ProfileAuth};
use geopera_fluent::{Geopera, SessionTokens};
use geopera_mock::MockServer;
use serde_json::{json, Value};
use transfer_common::password_session;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn write_store(file: &CredentialsFile, store: &Value) {
    std::fs::create_dir_all(file.path().parent().unwrap()).unwrap();
    std::fs::write(file.path(), python_json(store) + "\n").unwrap();
    std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(0o600)).unwrap();
}

/// Bytes produced by CPython's `json.dumps(store, indent=2, sort_keys=True) + "\n"`.
const PYTHON_BYTES: &str = r#"{
  "default": {
    "api_url": "http://127.0.0.1:1",
    "auth": {
      "access_token": "at",
      "expires_at": 1764312345.678901,
      "issuer": "http://h",
      "refresh_token": null,
      "scope": "openid profile",
      "type": "oauth"
    },
    "extra": {
      "a": {},
      "b": [
        1,
        2.5,
        true,
        []
      ],
      "\u00fc": "\u00e9\u2603\ud83d\ude00\"\\\t\u0001"
    }
  },
  "zeta": {
    "api_url": "https://api.geopera.com",
    "auth": {
      "api_key": "gpra_k",
      "type": "api_key"
    }
  }
}
"#;

#[test]
fn the_file_format_is_pythons_byte_for_byte() {
    let store = json!({
        "zeta": {"api_url": "https://api.geopera.com", "auth": {"type": "api_key", "api_key": "gpra_k"}},
        "default": {
            "auth": {"type": "oauth", "access_token": "at", "refresh_token": null,
                     "expires_at": 1764312345.678901, "scope": "openid profile", "issuer": "http://h"},
            "api_url": "http://127.0.0.1:1",
            "extra": {"b": [1, 2.5, true, []], "a": {}, "ü": "é\u{2603}\u{1F600}\"\\\t\u{1}"}
        }
    });
    assert_eq!(python_json(&store) + "\n", PYTHON_BYTES);
}

#[test]
fn saving_is_atomic_owner_only_and_keeps_what_it_does_not_know() {
    let home = tempfile::tempdir().unwrap();
    let file = CredentialsFile::in_home(home.path());
    let store: Value = serde_json::from_str(PYTHON_BYTES).unwrap();
    write_store(&file, &store);
    std::fs::set_permissions(
        file.path().parent().unwrap(),
        std::fs::Permissions::from_mode(0o755),
    )
    .unwrap();
    file.save_profile(&Profile {
        name: "new".into(),
        api_url: Some("http://new".into()),
        auth: Some(ProfileAuth::ApiKey(geopera_fluent::Secret::new("gpra_new"))),
    })
    .unwrap();
    assert_eq!(mode(file.path()), 0o600);
    assert_eq!(mode(file.path().parent().unwrap()), 0o700);
    let names: Vec<_> = std::fs::read_dir(file.path().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        names,
        vec!["credentials.json".to_string()],
        "no temporary file left"
    );
    let text = std::fs::read_to_string(file.path()).unwrap();
    let mut expected = store.clone();
    expected["new"] =
        json!({"api_url": "http://new", "auth": {"type": "api_key", "api_key": "gpra_new"}});
    assert_eq!(text, python_json(&expected) + "\n");
}

#[test]
fn an_unknown_profile_lists_the_profiles_present() {
    let home = tempfile::tempdir().unwrap();
    let file = CredentialsFile::in_home(home.path());
    write_store(&file, &serde_json::from_str(PYTHON_BYTES).unwrap());
    let err = Geopera::from_profile_in(&file, "staging")
        .unwrap_err()
        .to_string();
    assert!(err.contains("no profile `staging`"), "{err}");
    assert!(err.contains("profiles present: default, zeta"), "{err}");
    assert!(err.contains(&file.path().display().to_string()), "{err}");
}

#[test]
fn a_file_readable_by_others_gets_a_warning_naming_file_and_mode() {
    let home = tempfile::tempdir().unwrap();
    let file = CredentialsFile::in_home(home.path());
    write_store(&file, &serde_json::from_str(PYTHON_BYTES).unwrap());
    assert_eq!(file.mode_warning(), None);
    std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let warning = file.mode_warning().expect("a warning");
    assert!(
        warning.contains(&file.path().display().to_string()),
        "{warning}"
    );
    assert!(warning.contains("mode 644"), "{warning}");
    // Still usable.
    Geopera::from_profile_in(&file, "zeta").unwrap();
}

#[test]
fn a_corrupt_file_is_an_error_naming_it_and_is_never_overwritten() {
    let home = tempfile::tempdir().unwrap();
    let file = CredentialsFile::in_home(home.path());
    std::fs::create_dir_all(file.path().parent().unwrap()).unwrap();
    std::fs::write(file.path(), "{\"default\": {\"auth\": ").unwrap();
    let err = Geopera::from_profile_in(&file, "default")
        .unwrap_err()
        .to_string();
    assert!(err.contains(&file.path().display().to_string()), "{err}");
    assert!(err.contains("corrupt"), "{err}");
    let save = file.store_session("default", &SessionTokens::new("at", Some("rt".into())));
    assert!(save.is_err());
    let vars = |name: &str| match name {
        "HOME" => Some(home.path().display().to_string()),
        _ => None,
    };
    assert!(Geopera::from_vars(vars).is_err());
    assert_eq!(
        std::fs::read_to_string(file.path()).unwrap(),
        "{\"default\": {\"auth\": "
    );
}

#[test]
fn from_env_resolves_like_the_cli() {
    let home = tempfile::tempdir().unwrap();
    let home_str = home.path().display().to_string();
    let file = CredentialsFile::in_home(home.path());
    let vars = |pairs: Vec<(&'static str, String)>| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        }
    };

    // Nothing anywhere: an error naming the variable and the profile.
    let err = Geopera::from_vars(vars(vec![("HOME", home_str.clone())]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("GEOPERA_API_TOKEN"), "{err}");
    assert!(err.contains("profile `default`"), "{err}");

    // The token wins, `gpra_` as X-API-Key, anything else as Bearer.
    let client = Geopera::from_vars(vars(vec![
        ("HOME", home_str.clone()),
        ("GEOPERA_API_TOKEN", "gpra_env".into()),
    ]))
    .unwrap();
    let source = client.api().credential_source().unwrap();
    assert_eq!(
        source.to_string(),
        "API key (X-API-Key) from the environment variable GEOPERA_API_TOKEN"
    );
    assert_eq!(client.api().base_url(), "https://api.geopera.com");
    let client = Geopera::from_vars(vars(vec![
        ("HOME", home_str.clone()),
        ("GEOPERA_API_TOKEN", "eyJsession".into()),
    ]))
    .unwrap();
    assert_eq!(
        client.api().credential_source().unwrap().kind,
        "bearer token"
    );

    // Then the profile named by GEOPERA_PROFILE; the URL from the env, then the profile.
    write_store(&file, &serde_json::from_str(PYTHON_BYTES).unwrap());
    let client = Geopera::from_vars(vars(vec![
        ("HOME", home_str.clone()),
        ("GEOPERA_PROFILE", "zeta".into()),
    ]))
    .unwrap();
    assert_eq!(
        client.api().credential_source().unwrap().to_string(),
        "API key (X-API-Key) from profile `zeta`"
    );
    assert_eq!(client.api().base_url(), "https://api.geopera.com");
    let client = Geopera::from_vars(vars(vec![
        ("HOME", home_str.clone()),
        ("GEOPERA_API_URL", "http://override:1".into()),
    ]))
    .unwrap();
    assert_eq!(
        client.api().credential_source().unwrap().kind,
        "OAuth session"
    );
    assert_eq!(client.api().base_url(), "http://override:1");
    let err = Geopera::from_vars(vars(vec![
        ("HOME", home_str.clone()),
        ("GEOPERA_PROFILE", "nope".into()),
    ]))
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("GEOPERA_API_TOKEN") && err.contains("profile `nope`"),
        "{err}"
    );
    assert!(err.contains("profiles present: default, zeta"), "{err}");
}

#[tokio::test]
async fn a_refreshed_session_is_written_back_to_its_profile() {
    let server = MockServer::start().await;
    let session = password_session(&server).await;
    let home = tempfile::tempdir().unwrap();
    let file = CredentialsFile::in_home(home.path());
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    write_store(
        &file,
        &json!({"default": {"api_url": server.base_url(), "auth": {
            "type": "oauth", "access_token": session.access_token.expose(),
            "refresh_token": session.refresh_token.as_ref().unwrap().expose(), "expires_at": now,
            "scope": "openid profile", "issuer": server.base_url()}}}),
    );
    let client = Geopera::from_profile_in(&file, "default").unwrap();
    client
        .projects()
        .create(json!({"name": "p"}))
        .await
        .unwrap();
    assert_eq!(server.refresh_count(), 1);
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(file.path()).unwrap()).unwrap();
    let auth = &stored["default"]["auth"];
    assert_ne!(auth["access_token"], json!(session.access_token.expose()));
    assert_ne!(
        auth["refresh_token"],
        json!(session.refresh_token.as_ref().unwrap().expose())
    );
    assert_eq!(auth["issuer"], json!(server.base_url()));
    assert!(auth["expires_at"].as_f64().unwrap() > now + 200.0);
    assert_eq!(mode(file.path()), 0o600);
    assert_eq!(
        std::fs::read_to_string(file.path()).unwrap(),
        python_json(&stored) + "\n"
    );
}
