//! Analyses a job description file and prints the report as JSON:
//! `cargo run -p kairos-core --example jd_peek -- FILE [TITLE]`.
use kairos_core::analysis::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: jd_peek FILE [TITLE]")?;
    let title = args.next().unwrap_or_default();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let analyzer = Analyzer::shared();
    println!(
        "{}",
        serde_json::to_string_pretty(&analyzer.analyze(&title, &text))?
    );
    for s in analyzer
        .extractor()
        .extract_spans(&analyzer.clean_text(&text))
    {
        eprintln!("{:>6}..{:<6} {:<28} {}", s.start, s.end, s.skill, s.text);
    }
    Ok(())
}
