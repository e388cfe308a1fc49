//! The main job of Kairos.
//!
//! The full pipeline (import resume → analyse → score → tailor → apply) is
//! being built issue by issue; until it lands this shows, honestly, what
//! exists: a listing becoming a tracked job, and the status machines that
//! carry a job and its application from discovery to offer.

use chrono::{Duration, TimeZone, Utc};
use kairos::model::{ApplicationStatus, Job, JobListing, JobStatus, Platform, SINGLE_USER_ID};
use kairos::status::{table_markdown, transition_application, StatusMachine};

fn main() -> kairos::Result<()> {
    println!("Kairos quickstart (foundation only: the model and the status flow).\n");
    let mut at = Utc
        .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .single()
        .expect("a valid fixed time");
    let listing = JobListing {
        platform: Platform::Seek,
        platform_job_id: "81234567".into(),
        title: "Senior Rust Engineer".into(),
        company: "Acme Payments".into(),
        location: Some("Sydney NSW".into()),
        salary_min: Some(170_000),
        salary_max: Some(190_000),
        salary_currency: Some("AUD".into()),
        url: None,
        description_raw: "Rust, PostgreSQL and Kubernetes. Must have full working rights.".into(),
        scraped_at: at,
    };
    let mut job = Job::from_listing(SINGLE_USER_ID, listing)?;
    println!(
        "Tracked job {} — {} at {} ({})",
        job.id, job.title, job.company, job.platform
    );

    println!("\nJob status flow:");
    for to in [JobStatus::Analyzed, JobStatus::Matched] {
        at += Duration::hours(1);
        let change = job.status.transition(to, at)?;
        println!(
            "  job          {:>12} → {:<12} at {}",
            change.from, change.to, change.at
        );
        job.status = change.to;
    }

    let mut application = ApplicationStatus::INITIAL;
    for to in [
        ApplicationStatus::Submitted,
        ApplicationStatus::Interview,
        ApplicationStatus::Offer,
    ] {
        at += Duration::days(3);
        let change = transition_application(application, to, job.status, at)?;
        let a = change.application;
        println!("  application  {:>12} → {:<12} at {}", a.from, a.to, a.at);
        if let Some(j) = change.job {
            println!(
                "  job          {:>12} → {:<12} (carried by the application)",
                j.from, j.to
            );
            job.status = j.to;
        }
        application = change.application.to;
    }

    match JobStatus::Offer.transition(JobStatus::New, at) {
        Err(e) => println!("\nA move outside the table is refused: {e}"),
        Ok(_) => unreachable!("offer → new is not in the table"),
    }

    println!(
        "\nThe job status table:\n\n{}",
        table_markdown::<JobStatus>()
    );
    println!(
        "The application status table:\n\n{}",
        table_markdown::<ApplicationStatus>()
    );
    Ok(())
}
