//! The two status machines and their coupling, checked exhaustively and by
//! random walks.

use chrono::{DateTime, Duration, TimeZone, Utc};
use kairos_core::model::{ApplicationStatus, JobStatus};
use kairos_core::status::{job_status_for, transition_application, StatusMachine};
use kairos_core::Error;
use proptest::prelude::*;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("valid time")
}

/// Every state reachable from `S::INITIAL` by table edges.
fn reachable<S: StatusMachine + std::hash::Hash>() -> std::collections::HashSet<S> {
    let mut seen = std::collections::HashSet::from([S::INITIAL]);
    let mut frontier = vec![S::INITIAL];
    while let Some(s) = frontier.pop() {
        for n in s.next_states() {
            if seen.insert(n) {
                frontier.push(n);
            }
        }
    }
    seen
}

#[test]
fn the_job_table_is_the_documented_one() {
    use JobStatus::*;
    let expect = [
        (New, vec![Analyzed, Skipped]),
        (Analyzed, vec![Matched, Skipped]),
        (Matched, vec![Skipped, Applied]),
        (Skipped, vec![Matched]),
        (Applied, vec![Interview, Rejected]),
        (Interview, vec![Offer, Rejected]),
        (Offer, vec![]),
        (Rejected, vec![]),
    ];
    for (from, to) in expect {
        assert_eq!(from.next_states(), to, "from {from}");
    }
    assert_eq!(
        reachable::<JobStatus>().len(),
        JobStatus::ALL.len(),
        "every state reachable"
    );
}

#[test]
fn the_application_table_is_the_documented_one() {
    use ApplicationStatus::*;
    let expect = [
        (Prepared, vec![Submitted]),
        (Submitted, vec![Acknowledged, Interview, Rejected]),
        (Acknowledged, vec![Interview, Rejected]),
        (Interview, vec![Offer, Rejected]),
        (Offer, vec![]),
        (Rejected, vec![]),
    ];
    for (from, to) in expect {
        assert_eq!(from.next_states(), to, "from {from}");
    }
    assert_eq!(
        reachable::<ApplicationStatus>().len(),
        ApplicationStatus::ALL.len()
    );
}

#[test]
fn a_refused_move_names_both_states() {
    let err = JobStatus::New
        .transition(JobStatus::Offer, t0())
        .expect_err("not an edge");
    assert_eq!(
        err,
        Error::InvalidTransition {
            machine: "job",
            from: "new".into(),
            to: "offer".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "job status cannot move from `new` to `offer`"
    );
    assert_eq!(err.kind(), "InvalidTransition");
}

#[test]
fn submitting_for_a_skipped_job_is_refused_with_all_four_states() {
    let err = transition_application(
        ApplicationStatus::Prepared,
        ApplicationStatus::Submitted,
        JobStatus::Skipped,
        t0(),
    )
    .expect_err("a skipped job cannot become applied");
    let message = err.to_string();
    for s in ["prepared", "submitted", "skipped", "applied"] {
        assert!(message.contains(s), "{message}");
    }
    assert_eq!(err.kind(), "InvalidTransition");
}

#[test]
fn the_coupling_carries_the_job_along() {
    use ApplicationStatus as A;
    let c =
        transition_application(A::Prepared, A::Submitted, JobStatus::Matched, t0()).expect("ok");
    assert_eq!(
        c.job.map(|j| (j.from, j.to)),
        Some((JobStatus::Matched, JobStatus::Applied))
    );
    let c = transition_application(A::Submitted, A::Acknowledged, JobStatus::Applied, t0())
        .expect("ok");
    assert_eq!(c.job, None, "acknowledged keeps the job applied");
    let c = transition_application(A::Acknowledged, A::Interview, JobStatus::Applied, t0())
        .expect("ok");
    assert_eq!(c.job.map(|j| j.to), Some(JobStatus::Interview));
    let c = transition_application(A::Interview, A::Offer, JobStatus::Interview, t0()).expect("ok");
    assert_eq!(c.job.map(|j| j.to), Some(JobStatus::Offer));
    let c =
        transition_application(A::Submitted, A::Rejected, JobStatus::Applied, t0()).expect("ok");
    assert_eq!(c.job.map(|j| j.to), Some(JobStatus::Rejected));
}

#[test]
fn the_docs_print_the_tables_the_code_enforces() {
    let readme = include_str!("../../README.md");
    for table in [
        kairos_core::status::table_markdown::<JobStatus>(),
        kairos_core::status::table_markdown::<ApplicationStatus>(),
    ] {
        assert!(
            readme.contains(&table),
            "README is missing this table:\n{table}"
        );
    }
}

fn any_job_status() -> impl Strategy<Value = JobStatus> {
    prop::sample::select(JobStatus::ALL)
}

fn any_app_status() -> impl Strategy<Value = ApplicationStatus> {
    prop::sample::select(ApplicationStatus::ALL)
}

proptest! {
    #[test]
    fn every_move_is_allowed_exactly_when_it_is_a_table_edge(from in any_job_status(), to in any_job_status()) {
        let is_edge = JobStatus::EDGES.contains(&(from, to));
        let result = from.transition(to, t0());
        prop_assert_eq!(result.is_ok(), is_edge);
        if let Ok(change) = result {
            prop_assert_eq!((change.from, change.to, change.at), (from, to, t0()));
        }
    }

    #[test]
    fn every_application_move_is_allowed_exactly_when_it_is_an_edge(from in any_app_status(), to in any_app_status()) {
        let is_edge = ApplicationStatus::EDGES.contains(&(from, to));
        prop_assert_eq!(from.transition(to, t0()).is_ok(), is_edge);
    }

    #[test]
    fn random_walks_on_the_job_machine_only_take_edges(choices in prop::collection::vec((any::<usize>(), any_job_status()), 1..40)) {
        let mut state = JobStatus::INITIAL;
        for (pick, wild) in choices {
            // Alternate between a legal pick and an arbitrary target.
            let next = state.next_states();
            let target = if pick % 2 == 0 && !next.is_empty() { next[pick % next.len()] } else { wild };
            match state.transition(target, t0()) {
                Ok(change) => {
                    prop_assert!(JobStatus::EDGES.contains(&(change.from, change.to)));
                    state = change.to;
                }
                Err(_) => prop_assert!(!JobStatus::EDGES.contains(&(state, target))),
            }
        }
    }

    #[test]
    fn coupled_walks_keep_the_job_in_a_reachable_state(
        start in prop::sample::select(vec![JobStatus::Matched, JobStatus::Analyzed, JobStatus::Skipped, JobStatus::New]),
        targets in prop::collection::vec(any_app_status(), 1..30),
    ) {
        let reachable_jobs = reachable::<JobStatus>();
        let mut app = ApplicationStatus::INITIAL;
        let mut job = start;
        let mut at = t0();
        for to in targets {
            at += Duration::minutes(1);
            match transition_application(app, to, job, at) {
                Ok(change) => {
                    prop_assert!(ApplicationStatus::EDGES.contains(&(app, to)));
                    if let Some(j) = change.job {
                        prop_assert_eq!(j.from, job);
                        prop_assert!(JobStatus::EDGES.contains(&(j.from, j.to)), "job took a non-edge {} -> {}", j.from, j.to);
                        job = j.to;
                    }
                    app = to;
                    // The job always says what the application implies.
                    if let Some(implied) = job_status_for(app) {
                        prop_assert_eq!(job, implied);
                    }
                }
                Err(Error::InvalidTransition { .. }) => prop_assert!(!ApplicationStatus::EDGES.contains(&(app, to))),
                Err(Error::CouplingRefused { .. }) => {
                    let implied = job_status_for(to).expect("only moves that imply a job state are refused");
                    prop_assert!(!job.can_move_to(implied));
                }
                Err(other) => prop_assert!(false, "unexpected error {other:?}"),
            }
            prop_assert!(reachable_jobs.contains(&job));
        }
    }
}
