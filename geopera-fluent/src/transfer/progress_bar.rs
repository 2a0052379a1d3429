//! An `indicatif` progress bar for transfers (cargo feature `progress-bar`).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::progress::Progress;

/// A byte-count bar on stderr, in the style the examples use.
pub fn bar() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// A progress listener that drives `bar`: position and length in bytes, files done as the
/// message, finished on the last snapshot.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// use geopera_fluent::{transfer, Geopera};
///
/// let client = Geopera::from_env()?;
/// let bar = transfer::progress_bar::bar();
/// client
///     .upload("proj_1")
///     .file("scene.tif")
///     .on_progress(transfer::progress_bar::listener(bar))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
pub fn listener(bar: ProgressBar) -> impl FnMut(&Progress) + Send + 'static {
    move |p: &Progress| {
        if let Some(total) = p.total {
            bar.set_length(total);
        }
        bar.set_position(p.bytes);
        if p.files.len() > 1 {
            bar.set_message(format!("{}/{} files", p.files_done, p.files.len()));
        }
        if p.finished {
            bar.finish();
        }
    }
}
