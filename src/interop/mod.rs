//! Conversions to and from other crates' types, one file per foreign crate.

#[cfg(feature = "chrono")]
mod chrono;

#[cfg(feature = "serde")]
mod serde;
