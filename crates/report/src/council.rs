//! The council report: the self-assessment of the local approach as a PDF a council can act on.
//!
//! [`CouncilReport`] is plain, already-localised data (texts in the report's language, scores as
//! numbers 0–4 with their text beside them); the caller (store / CLI / app) fills it from the
//! assessment and the training records. This module only lays it out: [`council_report_pdf`] and
//! the SVG bar chart [`chart_svg`].

use std::fmt::Write as _;
use std::sync::OnceLock;

use baken_core::Language;
use baken_i18n::Messages;
use serde::Serialize;
use serde_json::{Value, json};

use crate::{FONTS, ReportError};

static TEMPLATE: &str = include_str!("../templates/report.typ");

/// Everything the council report shows. Texts are final (no further translation here) except the
/// fixed labels, which come from the i18n files.
#[derive(Debug, Clone, Serialize)]
pub struct CouncilReport {
    pub language: Language,
    pub municipality: String,
    pub cbs_code: Option<String>,
    pub region: Option<String>,
    /// "23.400 inwoners" — already formatted, or None when unknown.
    pub inhabitants: Option<String>,
    /// The assessment's name, e.g. "Zelfevaluatie 2026".
    pub title: String,
    /// Long date of the assessment, e.g. "30 november 2026".
    pub date: String,
    /// The earlier assessment compared with, e.g. "Zelfevaluatie 2025", if any.
    pub previous_title: Option<String>,
    pub respondents: Vec<Respondent>,
    /// Mean of the theme scores (0–4), None when no theme has an answered item.
    pub overall: Option<f64>,
    pub previous_overall: Option<f64>,
    /// The 12 themes in their order.
    pub themes: Vec<Theme>,
    /// Titles of the (up to) three strongest and three weakest themes with a score.
    pub strongest: Vec<String>,
    pub weakest: Vec<String>,
    /// The whole action plan, most urgent first (open actions by deadline, then the rest).
    pub actions: Vec<Action>,
    /// Items where respondents differ by two levels or more.
    pub differences: Vec<Difference>,
    /// Training figures per required role, from the progress records.
    pub training: Vec<TrainingRow>,
    /// "Op 30 november 2026 hadden 14 van de 20 ..." — one plain sentence, or None without learners.
    pub training_summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Respondent {
    pub name: String,
    /// Their job, e.g. "AOV" or "beleidsmedewerker"; may be empty.
    pub function: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Theme {
    /// 1–12.
    pub number: u32,
    pub title: String,
    /// Agreed score 0–4 (mean of the answered items), None when nothing was answered.
    pub score: Option<f64>,
    pub previous: Option<f64>,
    /// Counts over the theme's items.
    pub items: u32,
    pub answered: u32,
    pub not_applicable: u32,
    pub dont_know: u32,
    pub findings: Vec<Finding>,
}

/// One item of a theme as answered.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub question: String,
    /// Agreed level 0–4, None for "not applicable", "don't know" or unanswered.
    pub level: Option<u8>,
    /// "2 – Vastgelegd", "Niet van toepassing", "Weet ik niet", "Niet beantwoord".
    pub level_text: String,
    /// The explanations given, each prefixed by the respondent's name when there are several.
    pub explanations: Vec<String>,
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub theme: String,
    pub action: String,
    pub owner: String,
    /// Long date or empty.
    pub deadline: String,
    /// "Open", "Bezig", "Klaar" (already localised).
    pub status: String,
    pub done: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Difference {
    pub theme: String,
    pub question: String,
    /// "Naam: 1 – Ad hoc" per respondent.
    pub answers: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrainingRow {
    pub role: String,
    pub learners: u32,
    /// Learners whose every required module is completed and still valid.
    pub valid: u32,
    /// Of those, whose validity ends within three months.
    pub expiring: u32,
    pub never_started: u32,
}

/// Formats a score with one decimal in the report's language ("2,5" / "2.5"); "–" for none.
pub fn score_text(score: Option<f64>, lang: Language) -> String {
    match score {
        None => "–".into(),
        Some(s) => {
            let text = format!("{s:.1}");
            match lang {
                Language::Nl => text.replace('.', ","),
                Language::En => text,
            }
        }
    }
}

/// The change between two scores as shown ("+0,3", "−0,2", "0,0"), computed from the rounded
/// scores so that it matches the figures beside it; "–" when either is missing.
fn change_text(now: Option<f64>, before: Option<f64>, lang: Language) -> String {
    match (now, before) {
        (Some(now), Some(before)) => {
            let d = tenths(now) - tenths(before);
            let sign = match d.signum() {
                1 => "+",
                -1 => "\u{2212}",
                _ => "",
            };
            let sep = match lang {
                Language::Nl => ',',
                Language::En => '.',
            };
            format!("{sign}{}{sep}{}", d.abs() / 10, d.abs() % 10)
        }
        _ => "–".into(),
    }
}

/// A score in tenths, as [`score_text`] shows it.
fn tenths(score: f64) -> i64 {
    (score * 10.0).round() as i64
}

/// The council report as an A4 PDF: cover, summary, scores with chart, findings, action plan,
/// comparison, respondent differences, training figures and a sign-off block. Tagged, with the
/// same figures as the chart in a table for screen readers.
pub fn council_report_pdf(report: &CouncilReport) -> Result<Vec<u8>, ReportError> {
    crate::render(TEMPLATE, &report_data(report))
}

/// The JSON the template lays out: every text final, every figure already written out.
fn report_data(r: &CouncilReport) -> Value {
    let lang = r.language;
    let t = Messages::for_language(lang);
    let label = |id: &str| t.get(id);
    let score = |s: Option<f64>| score_text(s, lang);
    let change = |now: Option<f64>, before: Option<f64>| change_text(now, before, lang);
    let count = |n: usize| n.to_string();
    let municipality = t.format("report-municipality", &[("name", r.municipality.clone())]);
    let theme_label = |th: &Theme| format!("{}. {}", th.number, th.title);

    let mut facts = vec![json!({ "label": label("report-cover-date"), "value": r.date })];
    for (id, value) in [
        ("report-cover-region", &r.region),
        ("report-cover-cbs", &r.cbs_code),
        ("report-cover-inhabitants", &r.inhabitants),
    ] {
        if let Some(value) = value.as_ref().filter(|v| !v.trim().is_empty()) {
            facts.push(json!({ "label": label(id), "value": value }));
        }
    }
    let respondents: Vec<String> = r
        .respondents
        .iter()
        .map(|p| match p.function.trim() {
            "" => p.name.clone(),
            function => format!("{} ({function})", p.name),
        })
        .collect();

    // Summary: the plain-language sentences.
    let mut sentences = vec![];
    match r.overall {
        Some(overall) => {
            sentences.push(t.format(
                "report-summary-overall",
                &[
                    ("municipality", r.municipality.clone()),
                    ("score", score(Some(overall))),
                ],
            ));
            if let (Some(before), Some(previous)) = (r.previous_overall, &r.previous_title) {
                let d = tenths(overall) - tenths(before);
                let id = match d.signum() {
                    1 => "report-summary-up",
                    -1 => "report-summary-down",
                    _ => "report-summary-same",
                };
                let amount = score_text(Some(d.abs() as f64 / 10.0), lang);
                sentences.push(t.format(
                    id,
                    &[
                        ("previous", previous.clone()),
                        ("score", score(Some(before))),
                        ("change", amount),
                    ],
                ));
            }
        }
        None => sentences.push(label("report-summary-no-score")),
    }
    let scored = r.themes.iter().filter(|th| th.score.is_some()).count();
    if scored < r.themes.len() {
        sentences.push(t.format(
            "report-summary-scored",
            &[("scored", count(scored)), ("total", count(r.themes.len()))],
        ));
    }
    let open: Vec<&Action> = r.actions.iter().filter(|a| !a.done).collect();
    if !r.actions.is_empty() {
        sentences.push(t.format(
            "report-summary-actions",
            &[
                ("total", count(r.actions.len())),
                ("open", count(open.len())),
            ],
        ));
    }
    if !r.differences.is_empty() {
        sentences.push(t.format(
            "report-summary-differences",
            &[
                ("count", count(r.differences.len())),
                ("section", label("report-differences")),
            ],
        ));
    }
    let ranked = |titles: &[String]| -> Vec<Value> {
        titles
            .iter()
            .map(|title| {
                let th = r.themes.iter().find(|th| &th.title == title);
                json!({
                    "title": th.map_or_else(|| title.clone(), theme_label),
                    "score": score(th.and_then(|th| th.score)),
                })
            })
            .collect()
    };
    let action_json = |a: &Action| {
        json!({
            "theme": a.theme,
            "action": a.action,
            "owner": a.owner,
            "deadline": if a.deadline.trim().is_empty() { "–".to_owned() } else { a.deadline.clone() },
            "status": a.status,
            "done": a.done,
        })
    };

    // Comparison with the previous assessment, biggest changes first.
    let comparison = r.previous_title.as_ref().map(|previous| {
        let mut groups: [Vec<(i64, Value)>; 4] = Default::default();
        for th in &r.themes {
            if th.score.is_none() {
                continue;
            }
            let d = match (th.score, th.previous) {
                (Some(now), Some(before)) => tenths(now) - tenths(before),
                _ => 0,
            };
            let group = match (th.previous, d.signum()) {
                (None, _) => 3,
                (_, 1) => 0,
                (_, -1) => 1,
                _ => 2,
            };
            let row = json!({
                "title": theme_label(th),
                "before": score(th.previous),
                "now": score(th.score),
                "change": change(th.score, th.previous),
            });
            groups[group].push((d, row));
        }
        groups[0].sort_by_key(|(d, _)| -d);
        groups[1].sort_by_key(|(d, _)| *d);
        let ids = [
            "report-comparison-up",
            "report-comparison-down",
            "report-comparison-same",
            "report-comparison-new",
        ];
        let groups: Vec<Value> = ids
            .iter()
            .zip(groups)
            .filter(|(_, items)| !items.is_empty())
            .map(|(id, items)| {
                json!({
                    "label": label(id),
                    "items": items.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
                })
            })
            .collect();
        json!({
            "title": t.format("report-comparison", &[("previous", previous.clone())]),
            "previous_title": previous,
            "overall": match (r.overall, r.previous_overall) {
                (Some(now), Some(before)) => t.format("report-comparison-overall", &[
                    ("before", score(Some(before))),
                    ("now", score(Some(now))),
                    ("change", change(Some(now), Some(before))),
                ]),
                _ => String::new(),
            },
            "groups": groups,
        })
    });

    let total = |f: fn(&TrainingRow) -> u32| r.training.iter().map(f).sum::<u32>().to_string();
    let chart = chart_svg(&r.themes, lang);

    json!({
        "lang": lang.tag(),
        "municipality": municipality,
        "title": r.title,
        "doc_title": format!("{} – {}", r.title, municipality),
        "date": r.date,
        "facts": facts,
        "respondents": respondents,
        "summary": {
            "overall": score(r.overall),
            "previous": match (r.previous_overall, r.previous_title.is_some()) {
                (Some(before), true) => t.format("report-previous-score", &[
                    ("score", score(Some(before))),
                    ("change", change(r.overall, Some(before))),
                ]),
                _ => String::new(),
            },
            "sentences": sentences,
            "strongest": ranked(&r.strongest),
            "weakest": ranked(&r.weakest),
            "urgent": open.iter().take(5).map(|a| action_json(a)).collect::<Vec<_>>(),
            "more": t.format("report-urgent-more", &[("section", label("report-actions"))]),
        },
        "chart": { "svg": chart, "alt": label("report-chart-alt") },
        "scale": (0..=4).map(|level| json!({
            "level": format!("{level} – {}", label(&format!("report-level-{level}"))),
            "text": label(&format!("report-level-{level}-text")),
        })).collect::<Vec<_>>(),
        "themes": r.themes.iter().map(|th| json!({
            "label": theme_label(th),
            "score": score(th.score),
            "previous": score(th.previous),
            "change": change(th.score, th.previous),
            "answered": t.format("report-answered-of", &[
                ("answered", count(th.answered as usize)),
                ("items", count(th.items as usize)),
            ]),
            "not_applicable": th.not_applicable.to_string(),
            "dont_know": th.dont_know.to_string(),
            "score_line": match th.score {
                Some(_) => t.format("report-theme-score", &[("score", score(th.score))]),
                None => label("report-theme-no-score"),
            },
            "counts_line": t.format("report-theme-counts", &[
                ("answered", count(th.answered as usize)),
                ("items", count(th.items as usize)),
                ("na", count(th.not_applicable as usize)),
                ("dk", count(th.dont_know as usize)),
            ]),
            "findings": th.findings.iter().map(|f| json!({
                "question": f.question,
                "level": f.level,
                "level_text": f.level_text,
                "explanations": f.explanations,
                "evidence": f.evidence,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "actions": r.actions.iter().map(action_json).collect::<Vec<_>>(),
        "comparison": comparison,
        "differences": r.differences.iter().map(|d| json!({
            "theme": d.theme,
            "question": d.question,
            "answers": d.answers,
        })).collect::<Vec<_>>(),
        "training": r.training.iter().map(|row| json!({
            "role": row.role,
            "learners": row.learners.to_string(),
            "valid": row.valid.to_string(),
            "expiring": row.expiring.to_string(),
            "never_started": row.never_started.to_string(),
        })).collect::<Vec<_>>(),
        "training_total": {
            "learners": total(|row| row.learners),
            "valid": total(|row| row.valid),
            "expiring": total(|row| row.expiring),
            "never_started": total(|row| row.never_started),
        },
        "training_summary": r.training_summary,
        "labels": labels(t, &r.municipality),
    })
}

/// The fixed texts of the template, by the name the template uses.
fn labels(t: &Messages, municipality: &str) -> Value {
    let mut labels = serde_json::Map::new();
    for id in [
        "kind",
        "subtitle",
        "contents",
        "cover-respondents",
        "cover-note",
        "summary",
        "overall",
        "out-of",
        "strongest",
        "weakest",
        "urgent",
        "urgent-none",
        "none",
        "scores",
        "scores-intro",
        "scale",
        "chart-caption",
        "col-theme",
        "col-score",
        "col-previous",
        "col-change",
        "col-answered",
        "col-not-applicable",
        "col-dont-know",
        "findings",
        "findings-intro",
        "findings-empty",
        "finding-explanation",
        "finding-evidence",
        "finding-no-explanation",
        "actions",
        "actions-intro",
        "actions-none",
        "col-action",
        "col-owner",
        "col-deadline",
        "col-status",
        "comparison-empty-title",
        "comparison-none",
        "comparison-note",
        "differences",
        "differences-intro",
        "differences-none",
        "col-question",
        "col-answers",
        "training",
        "training-intro",
        "training-none",
        "col-role",
        "col-learners",
        "col-valid",
        "col-expiring",
        "col-never-started",
        "training-total",
        "signoff",
        "signoff-portfolio",
        "signoff-mayor",
        "signoff-name",
        "signoff-date",
        "signoff-signature",
    ] {
        labels.insert(id.replace('-', "_"), t.get(&format!("report-{id}")).into());
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
    labels.insert(
        "signoff_intro".into(),
        t.format(
            "report-signoff-intro",
            &[("municipality", municipality.to_owned())],
        )
        .into(),
    );
    Value::Object(labels)
}

// ---------------------------------------------------------------------------------------------
// The chart

/// Width of the chart in SVG units. The template scales it to the text width (about 465 pt), so
/// a unit is about a point and the font sizes below are close to their printed size.
const CHART_W: f64 = 480.0;
const TITLE_X: f64 = 17.0;
const TITLE_W: f64 = 192.0;
/// Where the bars' 0 and 4 lie.
const X0: f64 = 224.0;
const X4: f64 = 444.0;
const TOP: f64 = 20.0;
const ROW_H: f64 = 27.0;
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

/// A horizontal bar chart of the theme scores on the 0–4 scale, as SVG: one row per theme with
/// its number and (wrapped) title, a filled bar for the score with the figure beside it, and,
/// when there is a previous score, a thin outlined bar below it. Gridlines and numbers at each
/// level, the level names under the axis, and a legend. Text in "Open Sans".
pub fn chart_svg(themes: &[Theme], lang: Language) -> String {
    let t = Messages::for_language(lang);
    let rows_h = ROW_H * themes.len() as f64;
    let axis_y = TOP + rows_h;
    let any_previous = themes.iter().any(|th| th.previous.is_some());
    let height = axis_y + 36.0 + if any_previous { 20.0 } else { 0.0 };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_W}" height="{height}" viewBox="0 0 {CHART_W} {height}" font-family="Open Sans" font-size="{FONT_SIZE}" fill="{INK}">"#
    );
    // Zebra rows, then the gridlines over them.
    for i in (1..themes.len()).step_by(2) {
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
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{axis_y}" stroke="{colour}" stroke-width="{width}"/>"#,
            TOP - 4.0
        );
        let _ = write!(
            svg,
            r#"<text x="{x}" y="{}" text-anchor="middle" font-weight="bold" fill="{MUTED}">{level}</text>"#,
            TOP - 7.0
        );
        let lines = wrap(
            &t.get(&format!("report-level-{level}")),
            62.0,
            false,
            SMALL,
            2,
        );
        for (n, line) in lines.iter().enumerate() {
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
    for (i, th) in themes.iter().enumerate() {
        let top = TOP + ROW_H * i as f64;
        let mid = top + ROW_H / 2.0;
        // Figures over a gridline get a halo in the row's colour, so the line does not cross them.
        let halo = format!(
            r#"stroke="{}" stroke-width="3" stroke-linejoin="round" paint-order="stroke""#,
            if i % 2 == 1 { ZEBRA } else { "#ffffff" }
        );
        let lines = wrap(&th.title, TITLE_W, false, FONT_SIZE, 2);
        let first = mid + 3.0 - 5.0 * (lines.len() as f64 - 1.0);
        let _ = write!(
            svg,
            r#"<text x="0" y="{first}" font-weight="bold">{}</text>"#,
            th.number
        );
        for (n, line) in lines.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<text x="{TITLE_X}" y="{}">{}</text>"#,
                first + 10.0 * n as f64,
                escape(line)
            );
        }
        let (bar_y, bar_h) = if th.previous.is_some() {
            (mid - 8.0, 10.0)
        } else {
            (mid - 5.0, 10.0)
        };
        match th.score {
            Some(score) => {
                let w = (x_of(score) - X0).max(1.5);
                let _ = write!(
                    svg,
                    r#"<rect class="score" x="{X0}" y="{bar_y}" width="{w:.2}" height="{bar_h}" fill="{BRAND}"/>"#
                );
                let _ = write!(
                    svg,
                    r#"<text x="{:.2}" y="{}" font-weight="bold" fill="{BRAND}" {halo}>{}</text>"#,
                    X0 + w + 4.0,
                    bar_y + 8.0,
                    score_text(Some(score), lang)
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
        if let Some(previous) = th.previous {
            let w = (x_of(previous) - X0).max(1.5);
            let _ = write!(
                svg,
                r##"<rect class="previous" x="{X0}" y="{}" width="{w:.2}" height="4.5" fill="#ffffff" stroke="{INK}" stroke-width="0.8"/>"##,
                mid + 4.0
            );
        }
    }
    if any_previous {
        let y = axis_y + 36.0;
        let current = escape(&t.get("report-chart-current"));
        let previous = escape(&t.get("report-chart-previous"));
        let x2 = X0 + 20.0 + text_width(&t.get("report-chart-current"), false, FONT_SIZE) + 18.0;
        let _ = write!(
            svg,
            r##"<rect x="{X0}" y="{}" width="14" height="8" fill="{BRAND}"/><text x="{}" y="{}">{current}</text><rect x="{x2}" y="{}" width="14" height="4.5" fill="#ffffff" stroke="{INK}" stroke-width="0.8"/><text x="{}" y="{}">{previous}</text>"##,
            y - 7.0,
            X0 + 19.0,
            y,
            y - 5.0,
            x2 + 19.0,
            y,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Text for an SVG text node or attribute: XML's five special characters escaped, characters
/// XML does not allow dropped, line breaks and tabs made spaces.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The Open Sans faces the PDF uses, for measuring the chart's labels.
fn faces() -> &'static [Option<ttf_parser::Face<'static>>; 2] {
    static FACES: OnceLock<[Option<ttf_parser::Face<'static>>; 2]> = OnceLock::new();
    FACES.get_or_init(|| FONTS.map(|data| ttf_parser::Face::parse(data, 0).ok()))
}

/// The width of `text` in Open Sans at `size` (without kerning, which only makes it narrower).
pub(crate) fn text_width(text: &str, bold: bool, size: f64) -> f64 {
    let Some(face) = &faces()[usize::from(bold)] else {
        return text.chars().count() as f64 * 0.6 * size;
    };
    let em = f64::from(face.units_per_em());
    let units: f64 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(0.6 * em, f64::from)
        })
        .sum();
    units / em * size
}

/// Breaks `text` into at most `max_lines` lines of at most `width`; a word too long for a line is
/// cut, and text that does not fit ends in "…".
pub(crate) fn wrap(text: &str, width: f64, bold: bool, size: f64, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| text_width(s, bold, size) <= width;
    let mut lines: Vec<String> = vec![];
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word alone: cut it where it no longer fits.
        for c in word.chars() {
            line.push(c);
            if !fits(&line) {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = &mut lines[max_lines - 1];
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        *last = format!("{}…", last.trim_end());
    }
    lines
}

// ---------------------------------------------------------------------------------------------
// A sample

/// A fictional, realistic report (the municipality of Zilverdam, 12 themes, a previous
/// assessment, four actions) for previews, the `sample_report` example and tests.
pub fn sample_report(lang: Language) -> CouncilReport {
    let t = Messages::for_language(lang);
    let tr = |nl: &str, en: &str| match lang {
        Language::Nl => nl.to_owned(),
        Language::En => en.to_owned(),
    };
    let level = |n: u8| format!("{n} – {}", t.get(&format!("report-level-{n}")));
    let finding =
        |question: String, lvl: Option<u8>, explanations: Vec<String>, evidence: &[&str]| Finding {
            question,
            level: lvl,
            level_text: lvl.map_or_else(|| tr("Weet ik niet", "Don't know"), level),
            explanations,
            evidence: evidence.iter().map(|e| (*e).to_owned()).collect(),
        };
    #[rustfmt::skip]
    let themes: [(&str, &str, Option<f64>, Option<f64>); 12] = [
        ("Visie en plan op basis van een lokale analyse", "Vision and plan based on a local analysis", Some(2.4), Some(2.0)),
        ("Coördinator, niet afhankelijk van één persoon", "A coordinator not dependent on one person", Some(1.5), Some(1.5)),
        ("Melden en gezamenlijk wegen", "Reporting and joint weighing", Some(2.8), Some(2.5)),
        ("Opgeleide medewerkers in de frontlinie", "Trained front-line staff", Some(3.2), Some(2.6)),
        ("Netwerk", "Network", Some(2.0), Some(2.2)),
        ("Informatie delen", "Information sharing", Some(1.7), Some(1.0)),
        ("Casusoverleg en persoonsgerichte aanpak", "Case consultation and person-centred approach", Some(3.0), Some(3.0)),
        ("Preventie zonder stigma", "Prevention without stigma", Some(2.5), None),
        ("Detentie, terugkeer en families", "Detention, return and families", None, None),
        ("Regionale samenwerking", "Regional cooperation", Some(3.4), Some(3.1)),
        ("Communicatie en maatschappelijke spanningen", "Communication and social tensions", None, Some(0.8)),
        ("Monitoring, evaluatie en budget", "Monitoring, evaluation and budget", Some(1.0), Some(1.2)),
    ];
    let findings = |number: u32| -> Vec<Finding> {
        match number {
            1 => vec![
                finding(
                    tr(
                        "Is er een actuele analyse van de lokale situatie?",
                        "Is there a current analysis of the local situation?",
                    ),
                    Some(3),
                    vec![tr(
                        "Fatima: de omgevingsanalyse van 2025 is met politie en wijkteams gemaakt.",
                        "Fatima: the 2025 local analysis was made with the police and the neighbourhood teams.",
                    )],
                    &["Omgevingsanalyse Zilverdam 2025"],
                ),
                finding(
                    tr(
                        "Zijn de doelen meetbaar en gekoppeld aan interventies?",
                        "Are the goals measurable and linked to interventions?",
                    ),
                    Some(2),
                    vec![tr(
                        "De doelen staan in het integraal veiligheidsplan, maar zonder meetpunten.",
                        "The goals are in the integrated safety plan, but without measures.",
                    )],
                    &["Integraal veiligheidsplan 2024–2027, §4.3"],
                ),
                finding(
                    tr(
                        "Zijn college en raad bij het plan betrokken?",
                        "Are the executive and the council involved in the plan?",
                    ),
                    Some(2),
                    vec![],
                    &[],
                ),
            ],
            2 => vec![
                finding(
                    tr(
                        "Is er een vaste, benoemde coördinator?",
                        "Is there a named coordinator?",
                    ),
                    Some(3),
                    vec![tr(
                        "De AOV-adviseur is dossierhouder.",
                        "The public order adviser holds the portfolio.",
                    )],
                    &["Taakverdeling OOV 2026"],
                ),
                finding(
                    tr(
                        "Is er een vervanger bij afwezigheid?",
                        "Is there a deputy during absence?",
                    ),
                    Some(0),
                    vec![tr(
                        "Bij vakantie of ziekte ligt het werk stil; er is geen afspraak met de regio.",
                        "During holidays or illness the work stops; there is no arrangement with the region.",
                    )],
                    &[],
                ),
            ],
            3 => vec![
                finding(
                    tr(
                        "Weten medewerkers waar zij een zorg melden?",
                        "Do staff know where to report a concern?",
                    ),
                    Some(3),
                    vec![tr(
                        "Het meldpunt staat op intranet en op de zakkaart.",
                        "The reporting point is on the intranet and the pocket card.",
                    )],
                    &["Intranetpagina Meldpunt", "Zakkaart 2026"],
                ),
                finding(
                    tr(
                        "Weegt een weegploeg signalen aan de hand van vastgelegde criteria?",
                        "Does a weighing team assess signals against written criteria?",
                    ),
                    Some(2),
                    vec![
                        tr(
                            "Fatima: de weegploeg komt maandelijks bijeen.",
                            "Fatima: the weighing team meets monthly.",
                        ),
                        tr(
                            "Joost: de criteria zijn nog niet op papier gezet.",
                            "Joost: the criteria have not been written down yet.",
                        ),
                    ],
                    &[],
                ),
            ],
            4 => vec![
                finding(
                    tr(
                        "Is er een opleidingsplan per functie?",
                        "Is there a training plan per role?",
                    ),
                    Some(4),
                    vec![tr(
                        "Baken houdt bij wie welke module volgde; de opfrissers worden gepland.",
                        "Baken records who completed which module; refreshers are scheduled.",
                    )],
                    &["Opleidingsplan 2026", "Overzicht Baken"],
                ),
                finding(
                    tr(
                        "Worden nieuwe medewerkers binnen drie maanden getraind?",
                        "Are new staff trained within three months?",
                    ),
                    Some(2),
                    vec![],
                    &[],
                ),
            ],
            5 => vec![
                finding(
                    tr(
                        "Is er een overzicht van het netwerk en de sleutelfiguren?",
                        "Is there an overview of the network and key figures?",
                    ),
                    Some(2),
                    vec![tr(
                        "Er is een netwerkkaart, maar die is twee jaar oud.",
                        "There is a network map, but it is two years old.",
                    )],
                    &["Netwerkkaart 2024"],
                ),
                finding(
                    tr(
                        "Is er structureel contact met maatschappelijke organisaties?",
                        "Is there structural contact with community organisations?",
                    ),
                    Some(2),
                    vec![],
                    &[],
                ),
            ],
            6 => vec![
                finding(
                    tr(
                        "Is er een convenant of een andere grondslag voor het delen van informatie?",
                        "Is there a covenant or another legal basis for sharing information?",
                    ),
                    Some(3),
                    vec![tr(
                        "Het regionale convenant is in 2025 ondertekend.",
                        "The regional covenant was signed in 2025.",
                    )],
                    &["Convenant Zorg- en Veiligheidshuis 2025"],
                ),
                finding(
                    tr(
                        "Staat de verwerking in het verwerkingsregister?",
                        "Is the processing in the register of processing activities?",
                    ),
                    Some(0),
                    vec![tr(
                        "Nog niet gedaan; de privacy officer is gevraagd.",
                        "Not done yet; the privacy officer has been asked.",
                    )],
                    &[],
                ),
                finding(
                    tr(
                        "Kennen medewerkers de stappen om informatie te delen?",
                        "Do staff know the steps for sharing information?",
                    ),
                    None,
                    vec![],
                    &[],
                ),
            ],
            7 => vec![finding(
                tr(
                    "Is de rol van het Zorg- en Veiligheidshuis vastgelegd?",
                    "Is the role of the Zorg- en Veiligheidshuis set down?",
                ),
                Some(3),
                vec![tr(
                    "Het Zorg- en Veiligheidshuis zit het casusoverleg voor en legt het plan vast.",
                    "The Zorg- en Veiligheidshuis chairs the case consultation and records the plan.",
                )],
                &["Werkafspraken casusoverleg"],
            )],
            8 => vec![
                finding(
                    tr(
                        "Loopt preventie via het gewone beleid en de gewone netwerken?",
                        "Does prevention run through ordinary policy and networks?",
                    ),
                    Some(3),
                    vec![tr(
                        "Jongerenwerk en wijkteams zijn aangehaakt.",
                        "Youth work and the neighbourhood teams are involved.",
                    )],
                    &[],
                ),
                finding(
                    tr(
                        "Wordt communicatie gecontroleerd op stigmatiserende woorden?",
                        "Is communication checked for stigmatising words?",
                    ),
                    Some(2),
                    vec![],
                    &[],
                ),
            ],
            10 => vec![
                finding(
                    tr(
                        "Zijn er afspraken met het Zorg- en Veiligheidshuis?",
                        "Are there agreements with the Zorg- en Veiligheidshuis?",
                    ),
                    Some(4),
                    vec![tr(
                        "Dienstverleningsovereenkomst, jaarlijks geëvalueerd.",
                        "A service agreement, evaluated every year.",
                    )],
                    &["DVO 2026"],
                ),
                finding(
                    tr(
                        "Werkt de gemeente samen met buurgemeenten?",
                        "Does the municipality cooperate with neighbouring municipalities?",
                    ),
                    Some(3),
                    vec![],
                    &[],
                ),
            ],
            12 => vec![
                finding(
                    tr(
                        "Is er een budget voor de aanpak?",
                        "Is there a budget for the approach?",
                    ),
                    Some(1),
                    vec![tr(
                        "Alleen incidenteel geld uit de algemene middelen.",
                        "Only one-off money from general funds.",
                    )],
                    &[],
                ),
                finding(
                    tr("Wordt de aanpak geëvalueerd?", "Is the approach evaluated?"),
                    Some(1),
                    vec![],
                    &[],
                ),
            ],
            _ => vec![],
        }
    };
    let themes: Vec<Theme> = themes
        .iter()
        .zip(1..)
        .map(|(&(nl, en, score, previous), number)| {
            let findings = findings(number);
            let answered = findings.iter().filter(|f| f.level.is_some()).count() as u32;
            let dont_know = findings.len() as u32 - answered;
            // One item not applicable where anything was answered; untouched themes have three.
            let not_applicable = u32::from(!findings.is_empty());
            Theme {
                number,
                title: tr(nl, en),
                score,
                previous,
                items: (answered + dont_know + not_applicable).max(3),
                answered,
                not_applicable,
                dont_know,
                findings,
            }
        })
        .collect();
    let title = |n: usize| themes[n - 1].title.clone();
    let action =
        |theme: usize, nl: &str, en: &str, owner: &str, deadline: &str, done: bool| Action {
            theme: title(theme),
            action: tr(nl, en),
            owner: owner.into(),
            deadline: deadline.into(),
            status: if done {
                tr("Klaar", "Done")
            } else {
                tr("Open", "Open")
            },
            done,
        };
    CouncilReport {
        language: lang,
        municipality: "Zilverdam".into(),
        cbs_code: Some("GM9999".into()),
        region: Some(tr("Veiligheidsregio Zuidwaard", "Zuidwaard safety region")),
        inhabitants: Some(tr("23.400 inwoners", "23,400 inhabitants")),
        title: tr("Zelfevaluatie 2026", "Self-assessment 2026"),
        date: tr("30 november 2026", "30 November 2026"),
        previous_title: Some(tr("Zelfevaluatie 2024", "Self-assessment 2024")),
        respondents: vec![
            Respondent {
                name: "Fatima El Amrani".into(),
                function: tr(
                    "adviseur openbare orde en veiligheid",
                    "public order and safety adviser",
                ),
            },
            Respondent {
                name: "Joost de Vries".into(),
                function: tr(
                    "beleidsmedewerker sociaal domein",
                    "social domain policy officer",
                ),
            },
            Respondent {
                name: "Marieke Bos".into(),
                function: String::new(),
            },
        ],
        overall: Some(2.35),
        previous_overall: Some(1.99),
        themes: themes.clone(),
        strongest: vec![title(10), title(4), title(7)],
        weakest: vec![title(12), title(2), title(6)],
        actions: vec![
            action(
                2,
                "Een vervanger voor de coördinator aanwijzen en inwerken",
                "Appoint and induct a deputy for the coordinator",
                "Fatima El Amrani",
                &tr("1 februari 2027", "1 February 2027"),
                false,
            ),
            action(
                6,
                "De verwerking opnemen in het verwerkingsregister",
                "Add the processing to the register of processing activities",
                "Privacy officer",
                &tr("1 maart 2027", "1 March 2027"),
                false,
            ),
            action(
                3,
                "De criteria van de weegploeg op papier zetten en laten vaststellen",
                "Write down the weighing team's criteria and have them adopted",
                "Joost de Vries",
                &tr("1 juni 2027", "1 June 2027"),
                false,
            ),
            action(
                4,
                "Alle baliemedewerkers de module Signalen wegen laten volgen",
                "Have all front-desk staff complete the module Weighing signals",
                "Teamleider KCC",
                &tr("1 oktober 2026", "1 October 2026"),
                true,
            ),
        ],
        differences: vec![
            Difference {
                theme: title(3),
                question: tr(
                    "Weegt een weegploeg signalen aan de hand van vastgelegde criteria?",
                    "Does a weighing team assess signals against written criteria?",
                ),
                answers: vec![
                    format!("Fatima El Amrani: {}", level(3)),
                    format!("Joost de Vries: {}", level(1)),
                ],
            },
            Difference {
                theme: title(5),
                question: tr(
                    "Is er structureel contact met maatschappelijke organisaties?",
                    "Is there structural contact with community organisations?",
                ),
                answers: vec![
                    format!("Fatima El Amrani: {}", level(1)),
                    format!("Joost de Vries: {}", level(3)),
                    format!("Marieke Bos: {}", level(2)),
                ],
            },
        ],
        training: vec![
            TrainingRow {
                role: tr("Baliemedewerker", "Front-desk staff"),
                learners: 8,
                valid: 6,
                expiring: 1,
                never_started: 1,
            },
            TrainingRow {
                role: tr("Wijkteam", "Neighbourhood team"),
                learners: 7,
                valid: 4,
                expiring: 2,
                never_started: 2,
            },
            TrainingRow {
                role: tr("Boa (handhaving)", "Enforcement officer"),
                learners: 5,
                valid: 4,
                expiring: 0,
                never_started: 0,
            },
        ],
        training_summary: Some(tr(
            "Op 30 november 2026 hadden 14 van de 20 medewerkers in de verplichte functies een geldige training; bij 3 van hen loopt die binnen drie maanden af.",
            "On 30 November 2026, 14 of the 20 staff in the required roles held a valid training; for 3 of them it expires within three months.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_pdf(pdf: &[u8]) {
        assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
        assert!(
            pdf.len() > 30_000,
            "suspiciously small: {} bytes",
            pdf.len()
        );
    }

    #[test]
    fn the_sample_report_is_a_pdf_in_both_languages() {
        for lang in Language::ALL {
            let report = sample_report(lang);
            assert_eq!(report.themes.len(), 12);
            assert!(report.themes.iter().any(|th| th.score.is_none()));
            is_pdf(&council_report_pdf(&report).unwrap());
        }
    }

    #[test]
    fn a_first_report_without_previous_actions_or_learners_compiles() {
        let mut report = sample_report(Language::Nl);
        report.previous_title = None;
        report.previous_overall = None;
        report.actions.clear();
        report.differences.clear();
        report.training.clear();
        report.training_summary = None;
        report.strongest.clear();
        report.weakest.clear();
        report.region = None;
        report.cbs_code = None;
        report.inhabitants = None;
        for th in &mut report.themes {
            th.previous = None;
        }
        is_pdf(&council_report_pdf(&report).unwrap());
        // And one where nothing was answered at all.
        report.overall = None;
        for th in &mut report.themes {
            th.score = None;
            th.findings.clear();
        }
        is_pdf(&council_report_pdf(&report).unwrap());
    }

    #[test]
    fn hostile_text_in_every_field_is_printed_not_run() {
        let long = "a".repeat(300);
        for hostile in [
            "#eval(\"1+1\") *vet* $x$",
            "</script><b>",
            "Anna \u{202E}kcab",
            long.as_str(),
            "$x$ \\ ] [ } { // /* <svg> & ' \"",
            "<svg><text>x</text></svg>",
            "\u{1}\u{8}\u{b}\u{7f} control",
        ] {
            let h = || hostile.to_owned();
            for lang in Language::ALL {
                let mut r = sample_report(lang);
                r.municipality = h();
                r.cbs_code = Some(h());
                r.region = Some(h());
                r.inhabitants = Some(h());
                r.title = h();
                r.date = h();
                r.previous_title = Some(h());
                r.respondents = vec![Respondent {
                    name: h(),
                    function: h(),
                }];
                r.strongest = vec![h()];
                r.weakest = vec![h()];
                for th in &mut r.themes {
                    th.title = h();
                    for f in &mut th.findings {
                        f.question = h();
                        f.level_text = h();
                        f.explanations = vec![h(), h()];
                        f.evidence = vec![h()];
                    }
                }
                for a in &mut r.actions {
                    (a.theme, a.action, a.owner, a.deadline, a.status) = (h(), h(), h(), h(), h());
                }
                for d in &mut r.differences {
                    (d.theme, d.question, d.answers) = (h(), h(), vec![h(), h()]);
                }
                for row in &mut r.training {
                    row.role = h();
                }
                r.training_summary = Some(h());
                let pdf = council_report_pdf(&r);
                assert!(pdf.is_ok(), "{hostile:?} ({lang:?}): {:?}", pdf.err());
            }
        }
    }

    #[test]
    fn the_chart_escapes_titles_and_draws_a_bar_per_scored_theme() {
        let mut themes = sample_report(Language::Nl).themes;
        themes[0].title = "Beleid <&> \"plan\" 'nu' </svg>".into();
        let svg = chart_svg(&themes, Language::Nl);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("Beleid &lt;&amp;&gt; &quot;plan&quot; &apos;nu&apos; &lt;/svg&gt;"));
        assert!(!svg.contains("<&"));
        assert_eq!(svg.matches("</svg>").count(), 1);
        let scored = themes.iter().filter(|th| th.score.is_some()).count();
        assert_eq!(scored, 10);
        assert_eq!(svg.matches(r#"class="score""#).count(), scored);
        let previous = themes.iter().filter(|th| th.previous.is_some()).count();
        assert_eq!(svg.matches(r#"class="previous""#).count(), previous);
        assert!(svg.contains(r#"font-family="Open Sans""#));
        // The level names label the axis, and the legend names both bars.
        for text in ["Vastgelegd", "Deze zelfevaluatie", "Vorige zelfevaluatie"] {
            assert!(svg.contains(text), "{text}");
        }
        assert!(chart_svg(&themes, Language::En).contains("Implemented"));
    }

    #[test]
    fn long_titles_are_wrapped_and_cut_to_fit() {
        let lines = wrap(&"lang ".repeat(40), TITLE_W, false, FONT_SIZE, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        for line in &lines {
            assert!(text_width(line, false, FONT_SIZE) <= TITLE_W, "{line}");
        }
        let word = wrap(&"a".repeat(300), TITLE_W, false, FONT_SIZE, 2);
        assert_eq!(word.len(), 2);
        assert_eq!(wrap("Netwerk", TITLE_W, false, FONT_SIZE, 2), ["Netwerk"]);
        assert!(text_width("Netwerk", true, 10.0) > text_width("Netwerk", false, 10.0));
    }

    #[test]
    fn scores_and_changes_are_written_in_the_report_language() {
        assert_eq!(score_text(Some(2.5), Language::Nl), "2,5");
        assert_eq!(score_text(Some(2.5), Language::En), "2.5");
        assert_eq!(score_text(None, Language::Nl), "–");
        assert_eq!(change_text(Some(2.4), Some(2.04), Language::Nl), "+0,4");
        assert_eq!(
            change_text(Some(1.0), Some(1.2), Language::En),
            "\u{2212}0.2"
        );
        assert_eq!(change_text(Some(3.0), Some(3.04), Language::Nl), "0,0");
        assert_eq!(change_text(None, Some(3.0), Language::Nl), "–");
    }

    #[test]
    fn every_label_exists_in_both_languages() {
        for lang in Language::ALL {
            let t = Messages::for_language(lang);
            let Value::Object(labels) = labels(t, "Zilverdam") else {
                panic!("labels are not an object");
            };
            for (name, text) in labels {
                let text = text.as_str().unwrap_or_default();
                assert!(!text.starts_with("report-"), "{lang:?} lacks {name}");
            }
            for level in 0..=4 {
                assert!(t.has(&format!("report-level-{level}")));
            }
        }
    }
}
