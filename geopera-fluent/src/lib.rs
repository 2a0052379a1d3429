//! The recommended Geopera client.
