//! The pocket card "Wie bel ik?" ("Whom do I call?"): whom an official calls with a worry, as a
//! card to cut out and keep.
//!
//! [`pocket_card_pdf`] lays out one A4 page (landscape) holding a folded A6 card between crop
//! marks: the front (title, municipality, the four steps, the local contacts) and the back (the
//! national numbers) side by side, so that it prints on one side of the paper on any office printer
//! and needs no duplex. Folded along the middle, it reads like a book: front, then back.

use baken_core::Language;
use baken_core::municipality::{Contact, ContactKey};
use baken_i18n::Messages;
use serde_json::{Value, json};

use crate::ReportError;

static TEMPLATE: &str = include_str!("../templates/pocket_card.typ");

/// The national numbers, most urgent first: label id, explanation id (or none) and phone (or
/// none). The Landelijk Steunpunt Extremisme gets no number: we have no verified one to print.
const NATIONAL: [(&str, Option<&str>, &str); 5] = [
    ("callcard-emergency", None, "112"),
    ("callcard-police", None, "0900-8844"),
    (
        "callcard-zorgwekkend",
        Some("callcard-zorgwekkend-text"),
        "0800-1205",
    ),
    (
        "callcard-veilig-thuis",
        Some("callcard-veilig-thuis-text"),
        "0800-2000",
    ),
    ("callcard-lse", Some("callcard-lse-text"), ""),
];

/// The pocket card as a one-page A4 PDF (tagged, fonts embedded). `contacts` may hold any subset
/// of the four local contacts; a missing one is printed as "not filled in yet" with a line to
/// write the number on.
pub fn pocket_card_pdf(
    municipality: &str,
    contacts: &[Contact],
    lang: Language,
) -> Result<Vec<u8>, ReportError> {
    crate::render(TEMPLATE, &card_data(municipality, contacts, lang))
}

/// The JSON the template lays out: every text final.
fn card_data(municipality: &str, contacts: &[Contact], lang: Language) -> Value {
    let t = Messages::for_language(lang);
    let name = || vec![("municipality", municipality.to_owned())];
    let local: Vec<Value> = ContactKey::ALL
        .into_iter()
        .map(|key| {
            let label = t.get(&format!("contact-{}", key.key()));
            match contacts.iter().find(|c| c.key == key) {
                Some(c) => {
                    let details: Vec<&str> = [c.email.trim(), c.hours.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect();
                    json!({
                        "label": label,
                        "name": c.name,
                        "phone": c.phone,
                        "details": details,
                        "missing": false,
                    })
                }
                None => json!({
                    "label": label,
                    "name": "",
                    "phone": "",
                    "details": [],
                    "missing": true,
                }),
            }
        })
        .collect();
    let national: Vec<Value> = NATIONAL
        .iter()
        .map(|(label, text, phone)| {
            json!({
                "label": t.get(label),
                "text": text.map(|id| t.get(id)).unwrap_or_default(),
                "phone": phone,
            })
        })
        .collect();
    json!({
        "lang": lang.tag(),
        "municipality": t.format("home-municipality", &[("name", municipality.to_owned())]),
        "local": local,
        "national": national,
        "labels": {
            "doc_title": t.format("card-doc-title", &name()),
            "title": t.get("callcard-title"),
            "print_hint": t.get("card-print-hint"),
            "fold": t.get("card-fold"),
            "steps": t.get("card-steps"),
            "step": (1..=4).map(|n| t.get(&format!("card-step-{n}"))).collect::<Vec<_>>(),
            "local": t.format("callcard-local", &name()),
            "missing": t.get("card-missing"),
            "national": t.get("callcard-national"),
            "notes": t.get("card-notes"),
            "update": t.get("card-update"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{pages, poppler, squeezed};

    fn contact(key: ContactKey, name: &str) -> Contact {
        Contact {
            key,
            name: name.into(),
            phone: "0599 123 400".into(),
            email: "meldpunt@zilverdam.example".into(),
            hours: "ma–vr 9.00–17.00".into(),
        }
    }

    fn all_contacts(name: &str) -> Vec<Contact> {
        ContactKey::ALL.map(|k| contact(k, name)).to_vec()
    }

    #[test]
    fn a_pocket_card_is_a_one_page_pdf() {
        for lang in Language::ALL {
            let pdf =
                pocket_card_pdf("Zilverdam", &all_contacts("Meldpunt Zilverdam"), lang).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
            assert!(pdf.len() > 5_000);
            // One page object (`/Type/Page`, not the page tree `/Type/Pages`).
            let text = String::from_utf8_lossy(&pdf);
            let pages = text
                .match_indices("/Type/Page")
                .filter(|(at, _)| !text[at + 10..].starts_with('s'))
                .count();
            assert_eq!(pages, 1, "{lang:?}");
        }
    }

    #[test]
    fn hostile_contact_names_are_printed_not_run() {
        // Typst markup, a script tag, a right-to-left override and a very long word.
        for name in [
            "#eval(\"1+1\") *vet* $x$",
            "</script><b>",
            "Anna \u{202E}kcab",
            &"a".repeat(300),
        ] {
            let pdf = pocket_card_pdf(name, &all_contacts(name), Language::Nl);
            assert!(pdf.is_ok(), "{name:?}: {pdf:?}");
        }
    }

    /// Every word on the page with its box (xMin, yMin, xMax, yMax) in points.
    fn words(pdf: &[u8]) -> Vec<(String, [f64; 4])> {
        let html = poppler("pdftotext", &["-bbox", "-", "-"], pdf);
        html.split("<word ")
            .skip(1)
            .map(|w| {
                let attr = |name: &str| -> f64 {
                    let from = w.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                    let to = from + w[from..].find('"').unwrap();
                    w[from..to].parse().unwrap()
                };
                let text = &w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()];
                let text = text
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
                (
                    text,
                    [attr("xMin"), attr("yMin"), attr("xMax"), attr("yMax")],
                )
            })
            .collect()
    }

    /// Phone numbers as long as the app takes them (120 characters, at most 15 digits and only
    /// ` +-()./`), each laid out differently: no space at all, runs just too short to be broken
    /// anywhere, a digit at a time, and rows of dots.
    fn longest_phones() -> [String; 4] {
        let fill = |head: &str, with: &str| {
            let mut phone = head.to_owned();
            while phone.chars().count() < 120 {
                phone.push_str(with);
            }
            phone.chars().take(120).collect::<String>()
        };
        [
            fill("+31-(0)599-123-400", ")"),
            // Runs of 29 characters: wider than the column at the phone's size.
            fill(
                &format!(
                    "+31-(0)599-123-400{0} 1{1} 2{1} 3{1}",
                    "-".repeat(11),
                    "-".repeat(27)
                ),
                "-",
            ),
            fill("+0 5 9 9 - 1 2 3 - 4 0 0", " /"),
            fill("+31 (0)6 1234 5678", " ......"),
        ]
    }

    /// Names as long as the app takes them (100 characters): many words, one word, wide words
    /// just too short to be broken anywhere (wider than the column all the same), and many
    /// words again.
    fn longest_names() -> [String; 4] {
        [
            "Meldpunt Radicalisering en Polarisatie van de Veiligheidsregio Zuid-Holland-Zuid, team Openbare Orde".into(),
            "Ω".repeat(100),
            format!("{} {} {}", "W".repeat(34), "M".repeat(34), "W".repeat(30)),
            format!("{}Wijkagents", "Wijkagent ".repeat(9)),
        ]
    }

    fn longest_contacts() -> Vec<Contact> {
        let (names, phones) = (longest_names(), longest_phones());
        ContactKey::ALL
            .iter()
            .enumerate()
            .map(|(i, &key)| {
                let contact = baken_core::municipality::NewContact {
                    key,
                    name: names[i].clone(),
                    phone: phones[i].clone(),
                    // The other fields as long as the app takes them too.
                    email: format!("{}veiligheid12@zilverdam.example", "meldpunt.".repeat(10)),
                    hours: "ma–vr 9.00–17.00, ".repeat(7).chars().take(120).collect(),
                }
                .validate()
                .expect("the app takes it");
                assert_eq!(contact.phone.chars().count(), 120, "{:?}", contact.phone);
                assert_eq!(contact.name.chars().count(), 100, "{:?}", contact.name);
                assert_eq!(contact.email.chars().count(), 120, "{:?}", contact.email);
                assert_eq!(contact.hours.chars().count(), 120, "{:?}", contact.hours);
                contact
            })
            .collect()
    }

    /// Checks that `pdf` is one page, and that no word leaves the card: the front's words stay in
    /// the right half, the back's in the left one, between the crop marks.
    fn assert_on_the_card(pdf: &[u8], what: &str) {
        assert_eq!(pages(pdf), 1, "{what}: not one page");
        let pt = |mm: f64| mm * 72.0 / 25.4;
        let (left, top) = (pt((297.0 - 210.0) / 2.0), pt((210.0 - 148.0) / 2.0));
        let (fold, right, bottom) = (left + pt(105.0), left + pt(210.0), top + pt(148.0));
        let slack = 0.5;
        let words = words(pdf);
        assert!(words.len() > 50, "{what}: {words:?}");
        for (word, [x0, y0, x1, y1]) in words {
            // The printing hint above the card and the fold mark's label below it.
            if y1 <= top || (y0 >= bottom && x0 >= fold && (word == "vouwen" || word == "fold")) {
                continue;
            }
            let inside = y0 >= top - slack
                && y1 <= bottom + slack
                && ((x0 >= left - slack && x1 <= fold + slack)
                    || (x0 >= fold - slack && x1 <= right + slack));
            assert!(
                inside,
                "{what}: {word:?} at ({x0:.1}, {y0:.1})–({x1:.1}, {y1:.1}) leaves the card \
                 ({left:.1}, {top:.1})–({right:.1}, {bottom:.1}), fold at {fold:.1}"
            );
        }
    }

    #[test]
    fn the_longest_phone_numbers_and_names_stay_on_the_card() {
        // An ordinary card first, checked the same way.
        let pdf = pocket_card_pdf(
            "Zilverdam",
            &all_contacts("Meldpunt Zilverdam"),
            Language::Nl,
        )
        .unwrap();
        assert_on_the_card(&pdf, "an ordinary card");
        let pdf = pocket_card_pdf("Zilverdam", &[], Language::En).unwrap();
        assert_on_the_card(&pdf, "a card without contacts");

        let contacts = longest_contacts();
        let municipality = longest_names()[2].clone();
        for lang in Language::ALL {
            let pdf = pocket_card_pdf(&municipality, &contacts, lang).unwrap();
            assert_on_the_card(&pdf, &format!("{lang:?}"));
            // In content order: pdftotext would otherwise join a line that ends in a dash to the
            // next as if the dash were a hyphen, and leave the dash out.
            let text = squeezed(&poppler("pdftotext", &["-raw", "-", "-"], &pdf));
            for c in &contacts {
                assert!(
                    text.contains(&squeezed(&c.phone)),
                    "{lang:?}: {:?} is not on the card:\n{text}",
                    c.phone
                );
            }
        }
    }

    #[test]
    fn without_contacts_every_local_contact_says_not_filled_in() {
        let data = card_data("Zilverdam", &[], Language::Nl);
        let local = data["local"].as_array().unwrap();
        assert_eq!(local.len(), 4);
        assert!(local.iter().all(|c| c["missing"] == true));
        assert!(
            data["labels"]["missing"]
                .as_str()
                .unwrap()
                .starts_with("Nog niet ingevuld")
        );
        assert_eq!(local[0]["label"], "Meldpunt radicalisering");
        assert!(pocket_card_pdf("Zilverdam", &[], Language::Nl).is_ok());
        assert!(pocket_card_pdf("Zilverdam", &[], Language::En).is_ok());
    }

    #[test]
    fn contacts_come_in_the_fixed_order_with_only_the_details_filled_in() {
        let mut aov = contact(ContactKey::Aov, "Linda Smit");
        aov.email.clear();
        let data = card_data(
            "Zilverdam",
            &[aov, contact(ContactKey::Meldpunt, "Meldpunt")],
            Language::En,
        );
        let local = data["local"].as_array().unwrap();
        assert_eq!(local[0]["name"], "Meldpunt");
        assert_eq!(local[1]["name"], "Linda Smit");
        assert_eq!(local[1]["details"], json!(["ma–vr 9.00–17.00"]));
        assert_eq!(local[3]["missing"], true);
        // The national support centre has no number: none is printed.
        let national = data["national"].as_array().unwrap();
        assert_eq!(national[0]["phone"], "112");
        assert!(national.iter().any(|n| n["phone"] == ""));
    }
}
