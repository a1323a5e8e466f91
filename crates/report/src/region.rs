//! The regional overview: several municipalities' anonymised self-assessment summaries side by
//! side, as a landscape A4 PDF a regional meeting can be handed.
//!
//! [`region_overview_pdf`] lays out a [`RegionOverview`] (see `baken_core::region`): a cover with
//! the region, the years and the region's mean; a chart of the region's mean per theme with the
//! spread from the lowest to the highest score ([`region_chart_svg`]); the same figures as a
//! table; and the table of municipalities × themes, each municipality under its neutral letter,
//! with the region's mean as the last row. Every page says that the scores are self-assessments
//! and not a ranking.

use std::fmt::Write as _;
use std::sync::OnceLock;

use baken_core::Language;
use baken_core::content::Questionnaire;
use baken_core::region::{RegionOverview, SizeClass, ThemeMean};
use baken_i18n::Messages;
use serde_json::{Value, json};

use crate::ReportError;
use crate::council::{escape, score_text, text_width, wrap};

static TEMPLATE: &str = include_str!("../templates/region.typ");

/// The default questionnaire, for the themes' titles (parsed once).
fn questionnaire() -> Option<&'static Questionnaire> {
    static Q: OnceLock<Option<Questionnaire>> = OnceLock::new();
    Q.get_or_init(|| baken_core::content::default_pack().questionnaire)
        .as_ref()
}

/// A theme's title in `lang`, or its id when the questionnaire this build has does not know it
/// (a summary made with a newer questionnaire).
fn theme_title(id: &str, lang: Language) -> String {
    questionnaire()
        .and_then(|q| q.theme(id))
        .and_then(|th| th.title.get(lang.tag()).or_else(|| th.title.get("nl")))
        .cloned()
        .unwrap_or_else(|| id.to_owned())
}

/// The overview as a landscape A4 PDF in `lang`. Tagged; the chart's figures are also in a table.
pub fn region_overview_pdf(
    overview: &RegionOverview,
    lang: Language,
) -> Result<Vec<u8>, ReportError> {
    crate::render(TEMPLATE, &overview_data(overview, lang))
}

fn size_text(class: Option<SizeClass>, t: &Messages) -> String {
    match class {
        Some(class) => t.get(&format!("region-size-{}", class.key())),
        None => t.get("region-size-unknown"),
    }
}

/// Up to `n` themes with the highest and up to `n` with the lowest region mean, never the same
/// theme in both (ties keep the questionnaire's order).
fn strongest_and_weakest(means: &[ThemeMean], n: usize) -> (Vec<usize>, Vec<usize>) {
    let mut ranked: Vec<(usize, f64)> = means
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.mean.map(|s| (i, s)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let strong: Vec<usize> = ranked.iter().take(n).map(|(i, _)| *i).collect();
    let weak: Vec<usize> = ranked
        .iter()
        .rev()
        .filter(|(i, _)| !strong.contains(i))
        .take(n)
        .map(|(i, _)| *i)
        .collect();
    (strong, weak)
}

/// The JSON the template lays out: every text final, every figure written out.
fn overview_data(o: &RegionOverview, lang: Language) -> Value {
    let t = Messages::for_language(lang);
    let label = |id: &str| t.get(id);
    let score = |s: Option<f64>| score_text(s, lang);
    let total = o.municipalities.len();
    let titles: Vec<String> = o.themes.iter().map(|id| theme_title(id, lang)).collect();
    let years = match o.years {
        (a, b) if a == b => a.to_string(),
        (a, b) => format!("{a}–{b}"),
    };
    let title = t.format("region-pdf-title", &[("years", years.clone())]);
    let region = match (&o.region, o.regions.as_slice()) {
        (Some(region), _) => region.clone(),
        (None, []) => label("region-pdf-no-region"),
        (None, regions) => regions.join(" · "),
    };
    let municipality = |letter: &str| t.format("region-municipality", &[("letter", letter.into())]);

    let demo = o.municipalities.iter().filter(|m| m.demo).count();
    let mut count = t.format(
        "region-pdf-municipality-count",
        &[("count", total.to_string())],
    );
    if demo > 0 {
        count = format!(
            "{count} ({})",
            t.format("region-pdf-demo-count", &[("count", demo.to_string())])
        );
    }
    let sizes: Vec<String> = SizeClass::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .filter_map(|class| {
            let n = o
                .municipalities
                .iter()
                .filter(|m| m.size_class == class)
                .count();
            (n > 0).then(|| format!("{n} × {}", size_text(class, t)))
        })
        .collect();
    let facts = vec![
        json!({
            "label": label(if o.region.is_none() && o.regions.len() > 1 { "region-pdf-fact-regions" } else { "region-pdf-fact-region" }),
            "value": region,
        }),
        json!({ "label": label("region-pdf-fact-years"), "value": years }),
        json!({ "label": label("region-pdf-fact-municipalities"), "value": count }),
        json!({ "label": label("region-pdf-fact-sizes"), "value": sizes.join("\n") }),
        json!({
            "label": label("region-pdf-fact-questionnaire"),
            "value": t.format("region-pdf-questionnaire-version", &[("version", o.questionnaire_version.to_string())]),
        }),
    ];

    let (strong, weak) = strongest_and_weakest(&o.means, 3);
    let ranked = |list: &[usize]| -> Vec<Value> {
        list.iter()
            .map(|&i| {
                json!({
                    "title": format!("{}. {}", i + 1, titles[i]),
                    "score": score(o.means[i].mean),
                })
            })
            .collect()
    };
    let scored_of = |scored: u32| {
        t.format(
            "region-pdf-scored-of",
            &[("scored", scored.to_string()), ("total", total.to_string())],
        )
    };

    json!({
        "lang": lang.tag(),
        "doc_title": format!("{title} – {region}"),
        "title": title,
        "region": region,
        "facts": facts,
        "overall": score(o.overall),
        "overall_note": match o.overall {
            Some(_) if o.overall_scored as usize == total && total > 1 => {
                t.format("region-pdf-overall-note-all", &[("total", total.to_string())])
            }
            Some(_) => t.format("region-pdf-overall-note", &[
                ("scored", o.overall_scored.to_string()),
                ("total", total.to_string()),
            ]),
            None => label("region-pdf-none"),
        },
        "strongest": ranked(&strong),
        "weakest": ranked(&weak),
        "chart": {
            "svg": region_chart_svg(o, &titles, lang),
            "alt": label("region-pdf-chart-alt"),
        },
        "themes": o.means.iter().enumerate().map(|(i, m)| json!({
            "number": (i + 1).to_string(),
            "title": titles[i],
            "mean": score(m.mean),
            "lowest": score(m.lowest),
            "highest": score(m.highest),
            "scored": scored_of(m.scored),
        })).collect::<Vec<_>>(),
        "columns": (1..=o.themes.len()).map(|n| n.to_string()).collect::<Vec<_>>(),
        "rows": o.municipalities.iter().map(|m| {
            let mut name = municipality(&m.letter);
            if m.demo {
                name = format!("{name} ({})", label("region-pdf-demo"));
            }
            json!({
                "label": name,
                "size": t.get(&format!(
                    "region-size-short-{}",
                    m.size_class.map_or("unknown", SizeClass::key)
                )),
                "year": m.year.to_string(),
                "scores": m.scores.iter().map(|s| score(*s)).collect::<Vec<_>>(),
                "overall": score(m.overall),
            })
        }).collect::<Vec<_>>(),
        "mean_row": {
            "scores": o.means.iter().map(|m| score(m.mean)).collect::<Vec<_>>(),
            "overall": score(o.overall),
        },
        "legend": titles.iter().enumerate().map(|(i, title)| json!({
            "number": (i + 1).to_string(),
            "title": title,
        })).collect::<Vec<_>>(),
        "labels": labels(t),
    })
}

/// The fixed texts of the template, by the name the template uses.
fn labels(t: &Messages) -> Value {
    let mut labels = serde_json::Map::new();
    for id in [
        "kind",
        "subtitle",
        "overall",
        "out-of",
        "strongest",
        "weakest",
        "none",
        "about",
        "note-ranking",
        "note-anonymous",
        "note-missing",
        "footer",
        "chart-title",
        "chart-intro",
        "themes",
        "themes-intro",
        "col-number",
        "col-theme",
        "col-mean",
        "col-lowest",
        "col-highest",
        "col-scored",
        "table",
        "table-intro",
        "col-municipality",
        "col-inhabitants",
        "col-year",
        "col-overall",
        "mean-row",
    ] {
        labels.insert(
            id.replace('-', "_"),
            t.get(&format!("region-pdf-{id}")).into(),
        );
    }
    // The template puts the page numbers in place of these markers.
    labels.insert(
        "page".into(),
        t.format(
            "report-page",
            &[("page", "%PAGE%".into()), ("total", "%TOTAL%".into())],
        )
        .into(),
    );
    Value::Object(labels)
}

// ---------------------------------------------------------------------------------------------
// The chart

/// Width in SVG units; the template shows it about 17 cm wide, so a unit is about a point.
const CHART_W: f64 = 500.0;
const TITLE_X: f64 = 17.0;
const TITLE_W: f64 = 200.0;
const X0: f64 = 232.0;
const X4: f64 = 468.0;
const TOP: f64 = 20.0;
const ROW_H: f64 = 25.0;
const FONT_SIZE: f64 = 8.5;
const SMALL: f64 = 7.5;
const BRAND: &str = "#154273";
const INK: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const GRID: &str = "#b8bfc9";
const ZEBRA: &str = "#f3f5f8";

fn x_of(score: f64) -> f64 {
    X0 + score.clamp(0.0, 4.0) / 4.0 * (X4 - X0)
}

/// A horizontal bar chart of the region's mean per theme on the 0–4 scale, as SVG: a filled bar
/// for the mean with its figure, and under it a line from the lowest to the highest score in the
/// region. `titles` are the themes' titles in the order of `overview.means`. Text in "Open Sans".
pub fn region_chart_svg(overview: &RegionOverview, titles: &[String], lang: Language) -> String {
    let t = Messages::for_language(lang);
    let rows = &overview.means;
    let axis_y = TOP + ROW_H * rows.len() as f64;
    let height = axis_y + 56.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_W}" height="{height}" viewBox="0 0 {CHART_W} {height}" font-family="Open Sans" font-size="{FONT_SIZE}" fill="{INK}">"#
    );
    for i in (1..rows.len()).step_by(2) {
        let y = TOP + ROW_H * i as f64;
        let _ = write!(
            svg,
            r#"<rect x="0" y="{y}" width="{CHART_W}" height="{ROW_H}" fill="{ZEBRA}"/>"#
        );
    }
    for level in 0..=4 {
        let x = x_of(f64::from(level));
        let (width, colour) = if level == 0 {
            (1.0, MUTED)
        } else {
            (0.6, GRID)
        };
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{axis_y}" stroke="{colour}" stroke-width="{width}"/><text x="{x}" y="{}" text-anchor="middle" font-weight="bold" fill="{MUTED}">{level}</text>"#,
            TOP - 4.0,
            TOP - 7.0
        );
        let names = wrap(
            &t.get(&format!("report-level-{level}")),
            62.0,
            false,
            SMALL,
            2,
        );
        for (n, line) in names.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<text x="{x}" y="{}" text-anchor="middle" font-size="{SMALL}" fill="{MUTED}">{}</text>"#,
                axis_y + 11.0 + 9.0 * n as f64,
                escape(line)
            );
        }
    }
    let _ = write!(
        svg,
        r#"<line x1="0" y1="{axis_y}" x2="{CHART_W}" y2="{axis_y}" stroke="{MUTED}" stroke-width="0.8"/>"#
    );
    for (i, m) in rows.iter().enumerate() {
        let mid = TOP + ROW_H * i as f64 + ROW_H / 2.0;
        let halo = format!(
            r#"stroke="{}" stroke-width="3" stroke-linejoin="round" paint-order="stroke""#,
            if i % 2 == 1 { ZEBRA } else { "#ffffff" }
        );
        let title = titles.get(i).map_or(m.id.as_str(), String::as_str);
        let lines = wrap(title, TITLE_W, false, FONT_SIZE, 2);
        let first = mid + 3.0 - 5.0 * (lines.len() as f64 - 1.0);
        let _ = write!(
            svg,
            r#"<text x="0" y="{first}" font-weight="bold">{}</text>"#,
            i + 1
        );
        for (n, line) in lines.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<text x="{TITLE_X}" y="{}">{}</text>"#,
                first + 10.0 * n as f64,
                escape(line)
            );
        }
        let bar_y = mid - 8.0;
        match m.mean {
            Some(mean) => {
                let w = (x_of(mean) - X0).max(1.5);
                let _ = write!(
                    svg,
                    r#"<rect class="mean" x="{X0}" y="{bar_y}" width="{w:.2}" height="10" fill="{BRAND}"/><text x="{:.2}" y="{}" font-weight="bold" fill="{BRAND}" {halo}>{}</text>"#,
                    X0 + w + 4.0,
                    bar_y + 8.0,
                    score_text(Some(mean), lang)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r#"<text x="{}" y="{}" fill="{MUTED}" {halo}>{}</text>"#,
                    X0 + 5.0,
                    bar_y + 8.0,
                    escape(&t.get("report-chart-no-score"))
                );
            }
        }
        if let (Some(lo), Some(hi)) = (m.lowest, m.highest) {
            let (x1, x2, y) = (x_of(lo), x_of(hi), mid + 6.5);
            let _ = write!(
                svg,
                r#"<g class="range" stroke="{INK}" stroke-width="1"><line x1="{x1:.2}" y1="{y}" x2="{x2:.2}" y2="{y}"/><line x1="{x1:.2}" y1="{}" x2="{x1:.2}" y2="{}"/><line x1="{x2:.2}" y1="{}" x2="{x2:.2}" y2="{}"/></g>"#,
                y - 3.0,
                y + 3.0,
                y - 3.0,
                y + 3.0,
            );
        }
    }
    // Legend: the bar and the range line.
    let y = axis_y + 44.0;
    let mean_label = t.get("region-pdf-chart-mean");
    let x2 = X0 + 20.0 + text_width(&mean_label, false, FONT_SIZE) + 18.0;
    let _ = write!(
        svg,
        r#"<rect x="{X0}" y="{}" width="14" height="8" fill="{BRAND}"/><text x="{}" y="{y}">{}</text><g stroke="{INK}" stroke-width="1"><line x1="{x2}" y1="{}" x2="{}" y2="{}"/><line x1="{x2}" y1="{}" x2="{x2}" y2="{}"/><line x1="{}" y1="{}" x2="{}" y2="{}"/></g><text x="{}" y="{y}">{}</text>"#,
        y - 7.0,
        X0 + 19.0,
        escape(&mean_label),
        y - 3.0,
        x2 + 14.0,
        y - 3.0,
        y - 6.0,
        y,
        x2 + 14.0,
        y - 6.0,
        x2 + 14.0,
        y,
        x2 + 19.0,
        escape(&t.get("region-pdf-chart-range")),
    );
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use baken_core::region::{RegionError, RegionSummary, SizeClass, ThemeScore, combine};

    use super::*;

    /// `n` summaries on the default questionnaire with scores from a tiny seeded generator.
    fn overview(n: usize) -> RegionOverview {
        let q = questionnaire().expect("the default pack has a questionnaire");
        let mut seed = 7u64;
        let summaries: Vec<RegionSummary> = (0..n)
            .map(|i| {
                let themes: Vec<ThemeScore> = q
                    .themes
                    .iter()
                    .map(|th| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        let r = (seed >> 33) % 45;
                        ThemeScore {
                            id: th.id.clone(),
                            score: (r < 41).then(|| r as f64 / 10.0),
                        }
                    })
                    .collect();
                let scores: Vec<f64> = themes.iter().filter_map(|t| t.score).collect();
                RegionSummary {
                    format: baken_core::region::FORMAT.into(),
                    version: 1,
                    year: 2026,
                    region: Some("Zorg- en Veiligheidshuis Zilverdelta".into()),
                    size_class: (i % 6 < 5).then(|| SizeClass::ALL[i % 5]),
                    questionnaire_version: q.version,
                    demo: i == 1,
                    overall: (!scores.is_empty())
                        .then(|| scores.iter().sum::<f64>() / scores.len() as f64),
                    themes,
                }
            })
            .collect();
        combine(&summaries).unwrap()
    }

    #[test]
    fn the_overview_is_a_pdf_in_both_languages() {
        for lang in Language::ALL {
            let pdf = region_overview_pdf(&overview(5), lang).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
            assert!(pdf.len() > 20_000, "{} bytes", pdf.len());
        }
    }

    #[test]
    fn one_municipality_and_many_compile() {
        for n in [1, 40] {
            assert!(
                region_overview_pdf(&overview(n), Language::Nl).is_ok(),
                "{n}"
            );
        }
    }

    #[test]
    fn unknown_themes_hostile_regions_and_no_scores_are_printed_not_run() {
        for hostile in [
            "#eval(\"1+1\") *vet* $x$",
            "</script><b> & ' \"",
            "$x$ \\ ] [ } { // /* <svg>",
        ] {
            let mut o = overview(3);
            o.region = Some(hostile.into());
            o.themes.push("nieuw-thema".into());
            o.means.push(ThemeMean {
                id: "nieuw-thema".into(),
                mean: None,
                lowest: None,
                highest: None,
                scored: 0,
            });
            for m in &mut o.municipalities {
                m.scores.push(None);
                m.letter = hostile.into();
            }
            assert!(region_overview_pdf(&o, Language::Nl).is_ok(), "{hostile:?}");
        }
        let mut empty = overview(2);
        empty.overall = None;
        empty.overall_scored = 0;
        for m in &mut empty.means {
            (m.mean, m.lowest, m.highest, m.scored) = (None, None, None, 0);
        }
        assert!(region_overview_pdf(&empty, Language::En).is_ok());
    }

    #[test]
    fn the_chart_draws_a_bar_and_a_range_per_scored_theme() {
        let o = overview(6);
        let titles: Vec<String> = o
            .themes
            .iter()
            .map(|id| theme_title(id, Language::Nl))
            .collect();
        let svg = region_chart_svg(&o, &titles, Language::Nl);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        let scored = o.means.iter().filter(|m| m.mean.is_some()).count();
        assert_eq!(svg.matches(r#"class="mean""#).count(), scored);
        assert_eq!(svg.matches(r#"class="range""#).count(), scored);
        assert!(svg.contains("Regiogemiddelde"), "{svg}");
        assert!(titles.iter().any(|t| t.starts_with("Visie")), "{titles:?}");
    }

    #[test]
    fn the_strongest_and_weakest_themes_never_overlap() {
        let mean = |m: Option<f64>| ThemeMean {
            id: String::new(),
            mean: m,
            lowest: m,
            highest: m,
            scored: 1,
        };
        let means = [
            mean(Some(3.0)),
            mean(Some(1.0)),
            mean(None),
            mean(Some(2.0)),
        ];
        assert_eq!(strongest_and_weakest(&means, 3), (vec![0, 3, 1], vec![]));
        assert_eq!(strongest_and_weakest(&means, 1), (vec![0], vec![1]));
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        for lang in Language::ALL {
            let t = Messages::for_language(lang);
            let Value::Object(labels) = labels(t) else {
                panic!("labels are not an object");
            };
            for (name, text) in labels {
                let text = text.as_str().unwrap_or_default();
                assert!(!text.starts_with("region-"), "{lang:?} lacks {name}");
            }
            for id in RegionError::MESSAGE_IDS {
                assert!(t.has(id), "{lang:?} lacks {id}");
            }
            for class in SizeClass::ALL {
                assert!(t.has(&format!("region-size-{}", class.key())));
                assert!(t.has(&format!("region-size-short-{}", class.key())));
            }
            for id in [
                "region-size-unknown",
                "region-size-short-unknown",
                "region-pdf-overall-note-all",
                "region-pdf-title",
                "region-pdf-no-region",
                "region-pdf-fact-region",
                "region-pdf-fact-regions",
                "region-pdf-fact-years",
                "region-pdf-fact-municipalities",
                "region-pdf-fact-sizes",
                "region-pdf-fact-questionnaire",
                "region-pdf-questionnaire-version",
                "region-pdf-municipality-count",
                "region-pdf-demo-count",
                "region-pdf-demo",
                "region-pdf-overall-note",
                "region-pdf-scored-of",
                "region-pdf-chart-alt",
                "region-pdf-chart-mean",
                "region-pdf-chart-range",
                "region-municipality",
            ] {
                assert!(t.has(id), "{lang:?} lacks {id}");
            }
        }
    }
}
