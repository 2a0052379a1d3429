//! A local Geopera-compatible server.
