//! Any bytes through the JSON Resume importer: no panic, and whatever
//! imports survives export and re-import unchanged.
#![no_main]

use chrono::DateTime;
use kairos_core::model::SINGLE_USER_ID;
use kairos_core::resume::{import_resume, import_resume_bytes, to_json_resume, ResumeFormat, ResumeMeta};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let meta = ResumeMeta::base(SINGLE_USER_ID, DateTime::UNIX_EPOCH);
    if let Ok(resume) = import_resume_bytes(data, ResumeFormat::JsonResume, &meta) {
        let exported = to_json_resume(&resume);
        let again = import_resume(&exported, ResumeFormat::JsonResume, &meta).expect("an export always re-imports");
        assert_eq!(resume, again, "import → export → import changed the resume");
    }
});
