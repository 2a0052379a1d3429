//! Transfer helpers: uploads and downloads that stream, resume, re-sign and clean up.
