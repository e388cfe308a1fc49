//! The score distribution as an inline SVG bar chart (ten bins of 0.1).

use std::fmt::Write;

const BINS: usize = 10;
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 160.0;
const BASELINE: f64 = 130.0;
/// Room above the tallest bar for its count (11px text sits on its
/// baseline 4 units above the bar; with less room the tallest count was
/// cut off at the top of the chart).
const HEADROOM: f64 = 20.0;

/// An SVG histogram of `scores` (each in [0, 1]), labelled for screen
/// readers with the count in each bin.
pub(super) fn score_histogram(scores: &[f64]) -> String {
    let mut counts = [0usize; BINS];
    for &s in scores {
        let bin = ((s.clamp(0.0, 1.0) * BINS as f64) as usize).min(BINS - 1);
        counts[bin] += 1;
    }
    let tallest = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bar = WIDTH / BINS as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg id=\"score-chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" \
         aria-label=\"How many jobs scored in each tenth from 0 to 1\">"
    );
    for (i, &count) in counts.iter().enumerate() {
        let h = (BASELINE - HEADROOM) * count as f64 / tallest;
        let x = i as f64 * bar;
        let (lo, hi) = (i as f64 / 10.0, (i + 1) as f64 / 10.0);
        let jobs = if count == 1 { "job" } else { "jobs" };
        let _ = write!(
            svg,
            "<g class=\"bin\"><title>{lo:.1}–{hi:.1}: {count} {jobs}</title>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" class=\"count\">{count}</text>\
             <text x=\"{:.1}\" y=\"150\" class=\"axis\">{lo:.1}</text></g>",
            x + 4.0,
            BASELINE - h,
            bar - 8.0,
            x + bar / 2.0,
            BASELINE - h - 4.0,
            x + bar / 2.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_score_lands_in_one_bin() {
        let svg = score_histogram(&[0.0, 0.05, 0.95, 1.0, 0.55]);
        assert_eq!(svg.matches("<rect").count(), 10);
        assert!(svg.contains("0.0–0.1: 2 jobs"));
        assert!(svg.contains("0.9–1.0: 2 jobs"));
        assert!(svg.contains("0.5–0.6: 1 job<"));
    }

    /// The tallest bar's count sits inside the chart: its text (11px, on a
    /// baseline 4 units above the bar) is not cut off at the top.
    #[test]
    fn the_tallest_count_is_inside_the_chart() {
        let svg = score_histogram(&[0.85; 9]);
        // Each count's `y`: the last `y="…"` before its `class="count"`.
        let pieces: Vec<&str> = svg.split("class=\"count\"").collect();
        let label_ys: Vec<f64> = pieces[..pieces.len() - 1]
            .iter()
            .filter_map(|before| {
                before
                    .rsplit("y=\"")
                    .next()?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            })
            .collect();
        assert_eq!(label_ys.len(), BINS);
        let top = label_ys.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(
            top >= 11.0,
            "count baseline at y={top} leaves no room for its text"
        );
    }
}
