//! Lesson text (the Markdown subset of FORMAT.md) turned into plain blocks for the UI.
//!
//! The UI builds its elements from these blocks and never inserts HTML, so nothing a pack
//! contains can inject markup into the window. Placeholders (`{gemeente}`, `{contact:…}`) are
//! filled in first with the values the caller passes.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Heading {
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
}

/// A run of text with its emphasis. A span with `contact` stands for one of the municipality's
/// contacts (`meldpunt`, `aov`, `zvh`, `wijkagent`); the UI shows it with the contact's details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub contact: Option<String>,
}

// Contact placeholders travel through the Markdown parser as private-use characters around the
// contact's key, so they can be cut out into spans of their own afterwards.
const CONTACT_OPEN: char = '\u{E000}';
const CONTACT_CLOSE: char = '\u{E001}';

/// Lesson text ready to show: `{gemeente}` filled in, `{contact:…}` marked, Markdown parsed.
pub fn render_lesson(text: &str, municipality: &str) -> Vec<Block> {
    let mut values = BTreeMap::from([("gemeente".to_owned(), municipality.to_owned())]);
    for key in ["meldpunt", "aov", "zvh", "wijkagent"] {
        values.insert(
            format!("contact:{key}"),
            format!("{CONTACT_OPEN}{key}{CONTACT_CLOSE}"),
        );
    }
    let mut blocks = render(&fill_placeholders(text, &values));
    for block in &mut blocks {
        match block {
            Block::Heading { spans } | Block::Paragraph { spans } => split_contacts(spans),
            Block::List { items, .. } => items.iter_mut().for_each(split_contacts),
        }
    }
    blocks
}

fn split_contacts(spans: &mut Vec<Span>) {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        let mut rest = span.text.as_str();
        while let Some(open) = rest.find(CONTACT_OPEN) {
            let after = &rest[open + CONTACT_OPEN.len_utf8()..];
            let Some(close) = after.find(CONTACT_CLOSE) else {
                break;
            };
            if open > 0 {
                out.push(Span {
                    text: rest[..open].to_owned(),
                    contact: None,
                    ..span.clone()
                });
            }
            let key = &after[..close];
            out.push(Span {
                text: key.to_owned(),
                contact: Some(key.to_owned()),
                ..span.clone()
            });
            rest = &after[close + CONTACT_CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(Span {
                text: rest.to_owned(),
                contact: None,
                ..span
            });
        }
    }
    *spans = out;
}

/// Fills in `{name}` placeholders from `values`; unknown ones stay as they are (the validator
/// already refused them in a pack).
pub fn fill_placeholders(text: &str, values: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.get(name) {
                    Some(value) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses lesson Markdown into blocks. Anything outside the subset (HTML, images, links, code)
/// is kept as its plain text.
pub fn render(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let (mut strong, mut emphasis) = (0u32, 0u32);
    // The list being built: ordered?, items so far.
    let mut list: Option<(bool, Vec<Vec<Span>>)> = None;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
            Event::Start(Tag::List(start)) => list = Some((start.is_some(), Vec::new())),
            Event::End(TagEnd::List(_)) => {
                if let Some((ordered, items)) = list.take() {
                    blocks.push(Block::List { ordered, items });
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some((_, items)) = list.as_mut() {
                    items.push(std::mem::take(&mut spans));
                }
            }
            Event::End(TagEnd::Heading(_)) => blocks.push(Block::Heading {
                spans: std::mem::take(&mut spans),
            }),
            Event::End(TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::CodeBlock)
                if list.is_none() =>
            {
                blocks.push(Block::Paragraph {
                    spans: std::mem::take(&mut spans),
                });
            }
            Event::End(TagEnd::Paragraph) => push_text(&mut spans, " ", false, false),
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push_text(&mut spans, &t, strong > 0, emphasis > 0);
            }
            Event::SoftBreak | Event::HardBreak => {
                push_text(&mut spans, " ", strong > 0, emphasis > 0)
            }
            _ => {}
        }
    }
    for block in &mut blocks {
        match block {
            Block::Heading { spans } | Block::Paragraph { spans } => trim(spans),
            Block::List { items, .. } => items.iter_mut().for_each(trim),
        }
    }
    blocks
}

fn push_text(spans: &mut Vec<Span>, text: &str, strong: bool, emphasis: bool) {
    match spans.last_mut() {
        Some(last) if last.strong == strong && last.emphasis == emphasis => {
            last.text.push_str(text)
        }
        _ => spans.push(Span {
            text: text.to_owned(),
            strong,
            emphasis,
            contact: None,
        }),
    }
}

fn trim(spans: &mut Vec<Span>) {
    if let Some(last) = spans.last_mut() {
        last.text.truncate(last.text.trim_end().len());
    }
    spans.retain(|s| !s.text.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.into(),
            strong: false,
            emphasis: false,
            contact: None,
        }
    }

    #[test]
    fn contacts_become_their_own_spans() {
        let blocks = render_lesson(
            "In {gemeente}: bel **{contact:meldpunt}** of {contact:aov}.",
            "Zilverdam",
        );
        let Block::Paragraph { spans } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        let shown: Vec<_> = spans
            .iter()
            .map(|s| (s.text.as_str(), s.strong, s.contact.as_deref()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("In Zilverdam: bel ", false, None),
                ("meldpunt", true, Some("meldpunt")),
                (" of ", false, None),
                ("aov", false, Some("aov")),
                (".", false, None),
            ]
        );
    }

    #[test]
    fn paragraphs_headings_lists_and_emphasis() {
        let blocks = render(
            "Eén **signaal** zegt *weinig*.\nDoor.\n\n### Kop\n\n- een\n- twee\n\n1. eerst\n2. dan\n",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph {
                    spans: vec![
                        plain("Eén "),
                        Span {
                            text: "signaal".into(),
                            strong: true,
                            emphasis: false,
                            contact: None
                        },
                        plain(" zegt "),
                        Span {
                            text: "weinig".into(),
                            strong: false,
                            emphasis: true,
                            contact: None
                        },
                        plain(". Door."),
                    ]
                },
                Block::Heading {
                    spans: vec![plain("Kop")]
                },
                Block::List {
                    ordered: false,
                    items: vec![vec![plain("een")], vec![plain("twee")]]
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![plain("eerst")], vec![plain("dan")]]
                },
            ]
        );
    }

    #[test]
    fn markup_stays_text() {
        let blocks = render("<script>alert(1)</script> en <b>vet</b>");
        let text: String = match &blocks[..] {
            [Block::Paragraph { spans }] => spans.iter().map(|s| s.text.as_str()).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(text, "<script>alert(1)</script> en <b>vet</b>");
    }

    #[test]
    fn placeholders_are_filled_in() {
        let values = BTreeMap::from([
            ("gemeente".to_owned(), "Zilverdam".to_owned()),
            ("contact:meldpunt".to_owned(), "het meldpunt".to_owned()),
        ]);
        assert_eq!(
            fill_placeholders(
                "In {gemeente} belt u {contact:meldpunt}; {onbekend} blijft {",
                &values
            ),
            "In Zilverdam belt u het meldpunt; {onbekend} blijft {"
        );
    }
}
