//! Conversions to and from other crates' types, one file per foreign crate.
// Inherited by the submodules.
#![cfg_attr(not(test), deny(clippy::indexing_slicing, clippy::arithmetic_side_effects))]

#[cfg(feature = "chrono")]
mod chrono;

#[cfg(feature = "serde")]
mod serde;
