//! An `indicatif` progress bar for transfers (cargo feature `progress-bar`).
//!
//! On a terminal the bar is drawn live and its line is ended when the transfer finishes, so
//! whatever is printed next starts on a line of its own. When the bar cannot draw (stderr is
//! redirected to a file or a pipe, as in CI logs), nothing is printed while bytes move and
//! one summary line is printed at the end: `finished: 3/3 files, 12.00 MiB in 2.1 s
//! (5.71 MiB/s)`, or `failed: …` when a file failed.

use std::io::Write;

use indicatif::{HumanBytes, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::progress::{FileState, Progress};

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
/// message. On the last snapshot it finishes the bar and ends its line on stderr, or, when
/// the bar is hidden (stderr is not a terminal), prints one summary line to stderr.
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
    listener_ending_in(bar, std::io::stderr())
}

/// [`listener`], writing its line end or summary to `out` (the bar's own stream).
fn listener_ending_in(
    bar: ProgressBar,
    mut out: impl Write + Send + 'static,
) -> impl FnMut(&Progress) + Send + 'static {
    let mut ended = false;
    move |p: &Progress| {
        if ended {
            return;
        }
        if let Some(total) = p.total {
            bar.set_length(total);
        }
        bar.set_position(p.bytes);
        if p.files.len() > 1 {
            bar.set_message(format!("{}/{} files", p.files_done, p.files.len()));
        }
        if p.finished {
            ended = true;
            // A failed write to stderr has nowhere to be reported: the transfer's own result
            // is what matters.
            let _ = if bar.is_hidden() {
                writeln!(out, "{}", summary(p))
            } else {
                bar.finish();
                writeln!(out)
            };
            let _ = out.flush();
        }
    }
}

/// The one line printed at the end when no bar could be drawn.
fn summary(p: &Progress) -> String {
    let failed =
        p.files.iter().any(|f| f.state == FileState::Failed) || p.files_done < p.files.len();
    let mut line = format!(
        "{}: {}/{} files, {}",
        if failed { "failed" } else { "finished" },
        p.files_done,
        p.files.len(),
        HumanBytes(p.bytes)
    );
    if let Some(total) = p.total.filter(|&t| t != p.bytes) {
        line.push_str(&format!(" of {}", HumanBytes(total)));
    }
    line.push_str(&format!(
        " in {:.1} s ({}/s)",
        p.elapsed.as_secs_f64(),
        HumanBytes(p.bytes_per_second() as u64)
    ));
    line
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use indicatif::TermLike;

    use super::*;
    use crate::transfer::progress::{ProgressSink, Tracker};

    /// Everything written, by the bar (as a terminal) or by the listener.
    #[derive(Clone, Debug, Default)]
    struct Screen(Arc<Mutex<String>>);

    impl Screen {
        fn text(&self) -> String {
            self.0.lock().unwrap().clone()
        }
    }

    impl Write for Screen {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .unwrap()
                .push_str(std::str::from_utf8(buf).unwrap());
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl TermLike for Screen {
        fn width(&self) -> u16 {
            60
        }
        fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> std::io::Result<()> {
            self.0.lock().unwrap().push_str(&format!("{s}\n"));
            Ok(())
        }
        fn write_str(&self, s: &str) -> std::io::Result<()> {
            self.0.lock().unwrap().push_str(s);
            Ok(())
        }
        fn clear_line(&self) -> std::io::Result<()> {
            self.0.lock().unwrap().push('\r');
            Ok(())
        }
        fn flush(&self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Runs a two-file transfer of 300 + 700 bytes through `listener`; the second file
    /// fails when `fail` is set.
    fn transfer(listener: impl FnMut(&Progress) + Send + 'static, fail: bool) {
        let sink = ProgressSink {
            listener: Some(Box::new(listener)),
            ..ProgressSink::default()
        };
        let tracker = Tracker::new(
            sink,
            vec![("a.tif".into(), Some(300)), ("b.tif".into(), Some(700))],
        );
        tracker.emit(true);
        tracker.add(0, 300);
        tracker.state(0, FileState::Done);
        tracker.emit(true);
        if fail {
            tracker.add(1, 100);
            tracker.state(1, FileState::Failed);
        } else {
            tracker.add(1, 700);
            tracker.state(1, FileState::Done);
        }
        tracker.finish();
        // A snapshot after the last one changes nothing.
        tracker.finish();
    }

    fn bar_on(screen: &Screen) -> ProgressBar {
        let bar = bar();
        bar.set_draw_target(ProgressDrawTarget::term_like(Box::new(screen.clone())));
        bar
    }

    #[test]
    fn on_a_terminal_the_bar_ends_its_line_once() {
        let screen = Screen::default();
        transfer(listener_ending_in(bar_on(&screen), screen.clone()), false);
        let text = screen.text();
        assert!(text.ends_with('\n'), "{text:?}");
        assert!(!text.ends_with("\n\n"), "one line end: {text:?}");
        let last = text
            .trim_end_matches('\n')
            .rsplit(['\r', '\n'])
            .next()
            .unwrap();
        assert!(
            last.contains("1000 B/1000 B"),
            "the final state is drawn: {text:?}"
        );
        assert!(last.contains("2/2 files"), "{text:?}");
    }

    #[test]
    fn without_a_terminal_one_summary_line_is_printed_at_the_end() {
        let out = Screen::default();
        transfer(
            listener_ending_in(ProgressBar::hidden(), out.clone()),
            false,
        );
        let text = out.text();
        assert_eq!(text.lines().count(), 1, "{text:?}");
        assert!(text.ends_with('\n'), "{text:?}");
        assert!(
            text.starts_with("finished: 2/2 files, 1000 B in "),
            "{text:?}"
        );
    }

    #[test]
    fn the_summary_says_when_a_file_failed() {
        let out = Screen::default();
        transfer(listener_ending_in(ProgressBar::hidden(), out.clone()), true);
        let text = out.text();
        assert_eq!(text.lines().count(), 1, "{text:?}");
        assert!(
            text.starts_with("failed: 1/2 files, 400 B of 1000 B in "),
            "{text:?}"
        );
    }

    #[test]
    fn stderr_that_is_not_a_terminal_hides_the_bar() {
        use std::io::IsTerminal;
        // Decides which of the two endings `listener` takes.
        assert_eq!(bar().is_hidden(), !std::io::stderr().is_terminal());
    }
}
