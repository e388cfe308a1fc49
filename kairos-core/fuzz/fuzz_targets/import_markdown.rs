//! Any bytes through the Markdown and text importers: no panic, and what
//! imports renders in every format.
#![no_main]

use chrono::DateTime;
use kairos_core::model::SINGLE_USER_ID;
use kairos_core::resume::{import_resume_bytes, render, RenderFormat, ResumeFormat, ResumeMeta};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let meta = ResumeMeta::base(SINGLE_USER_ID, DateTime::UNIX_EPOCH);
    for format in [ResumeFormat::Markdown, ResumeFormat::Text] {
        if let Ok(resume) = import_resume_bytes(data, format, &meta) {
            for out in [RenderFormat::Markdown, RenderFormat::Html, RenderFormat::Text, RenderFormat::JsonResume] {
                let _ = render(&resume, out);
            }
        }
    }
});
