//! Imports a resume file and prints what Kairos understood, as JSON, then
//! renders it: `cargo run -p kairos-core --example resume_peek -- FILE [markdown|html|text|json_resume]`.
use chrono::{TimeZone, Utc};
use kairos_core::model::SINGLE_USER_ID;
use kairos_core::resume::{import_resume_bytes, render, ResumeFormat, ResumeMeta};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: resume_peek FILE [markdown|html|text|json_resume]")?;
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let format = ResumeFormat::detect(&String::from_utf8_lossy(&bytes));
    let meta = ResumeMeta::base(
        SINGLE_USER_ID,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
            .single()
            .ok_or("time")?,
    );
    let resume = import_resume_bytes(&bytes, format, &meta)?;
    match args.next() {
        Some(f) => print!("{}", render(&resume, f.parse()?)),
        None => println!("{}", serde_json::to_string_pretty(&resume)?),
    }
    Ok(())
}
