//! Sign in the way the `geopera` CLI does, and share its credentials file.
//!
//! ```text
//! cargo run -p geopera-fluent --example profile_login -- login https://api.geopera.com [PROFILE]
//! cargo run -p geopera-fluent --example profile_login -- use [PROFILE]
//! ```
//!
//! `login` runs the device flow (open the URL, confirm the code) and saves the session as an
//! OAuth profile in `~/.config/geopera/credentials.json`, where `geopera` (the Python CLI)
//! finds it too. `use` builds a client from a profile, whichever tool wrote it, and creates a
//! project with it; an expired session is refreshed and written back.

use geopera_fluent::profiles::{CredentialsFile, Profile, ProfileAuth};
use geopera_fluent::{DeviceLogin, Geopera};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["login", api_url, rest @ ..] => {
            let profile = rest.first().copied().unwrap_or("default");
            let tokens = DeviceLogin::new(*api_url)
                .on_prompt(|prompt| {
                    eprintln!("To sign in, visit {} and confirm the code.", prompt.url());
                    // One line on stdout, so scripts can pick the code up.
                    println!("user_code: {}", prompt.user_code);
                })
                .run()
                .await?;
            let file = CredentialsFile::default_location()?;
            file.save_profile(&Profile {
                name: profile.to_string(),
                api_url: Some(api_url.trim_end_matches('/').to_string()),
                auth: Some(ProfileAuth::OAuth(tokens)),
            })?;
            println!("saved profile `{profile}` in {}", file.path().display());
        }
        ["use", rest @ ..] => {
            let profile = rest.first().copied().unwrap_or("default");
            let client = Geopera::from_profile(profile)?;
            let source = client.api().credential_source().expect("a credential");
            let project = client
                .projects()
                .create(json!({"name": format!("created with {profile}")}))
                .await?;
            println!("projects.create as {source}: {}", project.id);
        }
        _ => {
            eprintln!("usage: profile_login login API_URL [PROFILE] | profile_login use [PROFILE]");
            std::process::exit(2);
        }
    }
    Ok(())
}
