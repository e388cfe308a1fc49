#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

pub use kairos_core::*;
