//! Any text through the JD analyzer: no panic, spans on char boundaries,
//! and the same report twice; and through the work-mode reader.
#![no_main]

use kairos_core::analysis::Analyzer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (title, body) = text.split_once('\n').unwrap_or(("", &text));
    let analyzer = Analyzer::shared();
    let a = analyzer.analyze(title, body);
    let b = analyzer.analyze(title, body);
    assert_eq!(a, b, "the analyzer is deterministic");
    let clean = analyzer.clean_text(body);
    for s in analyzer.extractor().extract_spans(&clean) {
        assert!(clean.is_char_boundary(s.start) && clean.is_char_boundary(s.end) && s.start < s.end);
    }
    if let Some(said) = analyzer.work_mode(title, body) {
        assert!(!said.evidence.is_empty(), "work-mode evidence is never empty");
    }
    // The body's second line as a board's place for the job, as rankings
    // read a listing's `location`.
    let (place, rest) = body.split_once('\n').unwrap_or((body, ""));
    if let Some(said) = analyzer.listing_work_mode(title, Some(place), rest) {
        assert!(!said.evidence.is_empty(), "work-mode evidence is never empty");
    }
});
