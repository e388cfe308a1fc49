//! The shared test vectors in `tests/vectors/`: every one must give exactly
//! the stored analysis, score and reasoning, and satisfy the facts written
//! by hand in its `checks`. The Python and WebAssembly packages check the
//! same files.

use std::path::{Path, PathBuf};

use kairos_core::analysis::Analyzer;
use kairos_core::profile::Profile;
use kairos_core::scoring::score;
use serde_json::{json, Value};

fn vector_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/vectors exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.as_bytes()[0].is_ascii_digit() && n.ends_with(".json"))
        })
        .collect();
    files.sort();
    files
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["skill"].as_str().map(str::to_owned))
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// Checks the hand-written facts of one vector against a computed result.
fn check(name: &str, checks: &Value, analysis: &Value, result: &Value) {
    let fail = |what: &str| panic!("{name}: {what}\nanalysis: {analysis}\nresult: {result}");
    let flag = |k: &str| analysis["work_rights"][k]["value"].clone();
    let Some(checks) = checks.as_object() else {
        return;
    };
    for (key, want) in checks {
        let ok = match key.as_str() {
            "eligible" => {
                (result["eligibility"]["status"] == "eligible") == want.as_bool().unwrap_or(false)
            }
            "score_above" => result["score"].as_f64() > want.as_f64(),
            "score_at_most" => result["score"].as_f64() <= want.as_f64(),
            "required" => names(&analysis["required_skills"]) == strings(want),
            "preferred" => names(&analysis["preferred_skills"]) == strings(want),
            "context" => strings(want)
                .iter()
                .all(|s| names(&analysis["context_skills"]).contains(s)),
            "not_required" => strings(want)
                .iter()
                .all(|s| !names(&analysis["required_skills"]).contains(s)),
            "pr_required" | "citizenship_required" | "visa_sponsorship" => &flag(key) == want,
            "reasoning_starts" => result["reasoning"]
                .as_str()
                .is_some_and(|r| r.starts_with(want.as_str().unwrap_or("\u{0}"))),
            "reasoning_contains" => result["reasoning"]
                .as_str()
                .is_some_and(|r| r.contains(want.as_str().unwrap_or("\u{0}"))),
            "coverage" => want
                .as_object()
                .into_iter()
                .flatten()
                .all(|(skill, coverage)| {
                    result["required"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .chain(result["preferred"].as_array().into_iter().flatten())
                        .any(|m| m["skill"] == json!(skill) && &m["coverage"] == coverage)
                }),
            "years_asked" => result["years"]["asked"].as_f64() == want.as_f64(),
            "years_met" => &result["years"]["met"] == want,
            "skill_years" => want.as_object().into_iter().flatten().all(|(skill, min)| {
                analysis["skill_years"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|y| y["skill"] == json!(skill) && y["min"].as_f64() == min.as_f64())
            }),
            "salary_min" => analysis["salary"]["min"].as_f64() == want.as_f64(),
            "salary_max" => analysis["salary"]["max"].as_f64() == want.as_f64(),
            "salary_period" => &analysis["salary"]["period"] == want,
            "seniority" => &analysis["seniority"]["level"] == want,
            "keywords_include" => {
                let terms: Vec<String> = analysis["keywords"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|k| k["term"].as_str().map(str::to_owned))
                    .collect();
                strings(want).iter().all(|t| terms.contains(t))
            }
            other => fail(&format!("unknown check `{other}`")),
        };
        if !ok {
            fail(&format!("check `{key}` = {want} does not hold"));
        }
    }
}

#[test]
fn there_are_at_least_thirty_vectors() {
    assert!(
        vector_files().len() >= 30,
        "only {} vectors",
        vector_files().len()
    );
}

#[test]
fn every_vector_gives_the_stored_analysis_score_and_reasoning() {
    let analyzer = Analyzer::shared();
    for path in vector_files() {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("readable"))
            .expect("valid JSON");
        let name = v["name"].as_str().expect("name");
        let profile: Profile = serde_json::from_value(v["profile"].clone()).expect("profile");
        let report = analyzer.analyze(
            v["title"].as_str().expect("title"),
            v["description"].as_str().expect("description"),
        );
        let result = score(
            &report,
            &profile,
            analyzer.taxonomy(),
            v["country"].as_str(),
        );
        let analysis = serde_json::to_value(&report).expect("serializes");
        let result_json = serde_json::to_value(&result).expect("serializes");
        assert_eq!(
            analysis, v["expected"]["analysis"],
            "{name}: analysis differs"
        );
        assert_eq!(
            json!(result.score),
            v["expected"]["score"],
            "{name}: score differs"
        );
        assert_eq!(
            json!(result.reasoning),
            v["expected"]["reasoning"],
            "{name}: reasoning differs"
        );
        assert_eq!(
            result_json, v["expected"]["result"],
            "{name}: breakdown differs"
        );
        let sentences = result.reasoning.matches(". ").count() + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{name}: {} sentences: {}",
            sentences,
            result.reasoning
        );
        check(name, &v["checks"], &analysis, &result_json);
    }
}
