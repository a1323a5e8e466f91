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
