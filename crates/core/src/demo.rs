//! The fictional demo municipality: "Zilverdam", with a few learners at different stages, so that a
//! trainer can show Baken without entering anything. Every name here is invented.

use crate::assessment::{ActionStatus, Rating, Response};
use crate::learner::{NewLearner, Role};
use crate::municipality::{ContactKey, NewContact, NewMunicipality};
use crate::progress::EventKind;

pub fn municipality() -> NewMunicipality {
    NewMunicipality {
        name: "Zilverdam".into(),
        // GM99xx is not in use by CBS, so the demo can never be taken for a real municipality.
        cbs_code: Some("GM9901".into()),
        inhabitants: Some(23_400),
        region: Some("Zorg- en Veiligheidshuis Zilverdelta".into()),
    }
}

/// One demo event: what happened to which module, how many days before "now".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoEvent {
    pub module_id: &'static str,
    pub days_ago: i64,
    pub kind: EventKind,
}

fn started(module_id: &'static str, days_ago: i64) -> Vec<DemoEvent> {
    vec![DemoEvent {
        module_id,
        days_ago,
        kind: EventKind::ModuleStarted,
    }]
}

fn completed(module_id: &'static str, days_ago: i64, score: u8) -> Vec<DemoEvent> {
    vec![DemoEvent {
        module_id,
        days_ago,
        kind: EventKind::ModuleCompleted { score },
    }]
}

/// A first choice in the case of module 1, so "how colleagues chose" has answers to show once a
/// fifth learner plays it.
fn flyers_case(days_ago: i64, choice: &str) -> Vec<DemoEvent> {
    let case = "buurthuis-flyers".to_owned();
    vec![
        DemoEvent {
            module_id: "wat-is-radicalisering",
            days_ago,
            kind: EventKind::CaseStarted {
                case: case.clone(),
                version: 1,
            },
        },
        DemoEvent {
            module_id: "wat-is-radicalisering",
            days_ago,
            kind: EventKind::CaseChoice {
                case,
                version: 1,
                step: "flyers".into(),
                choice: choice.into(),
            },
        },
    ]
}

/// Answers in the check of "signalen", so the refresher has questions waiting for Youssef.
fn signalen_answers(days_ago: i64) -> Vec<DemoEvent> {
    let single = |item: &str, option: &str, correct: bool| DemoEvent {
        module_id: "signalen",
        days_ago,
        kind: EventKind::ItemAnswered {
            item: item.into(),
            version: 1,
            attempt: 1,
            answer: crate::progress::Answer::Single {
                option: option.into(),
            },
            correct,
        },
    };
    vec![
        single("djellaba-aan-de-balie", "geen-signaal", true),
        single("moeder-bij-wijkteam", "puberteit", false),
        single("gedrag-wordt-beter", "niets-doen", false),
    ]
}

fn learner(name: &str, role: Role, department: &str) -> NewLearner {
    NewLearner {
        name: name.into(),
        role,
        department: Some(department.into()),
    }
}

/// The demo learners with their history, oldest event first per learner.
pub fn learners() -> Vec<(NewLearner, Vec<DemoEvent>)> {
    vec![
        (
            learner("Sanne Verbeek", Role::Baliemedewerker, "Publiekszaken"),
            [
                started("wat-is-radicalisering", 95),
                flyers_case(95, "activisme-benoemen"),
                completed("wat-is-radicalisering", 94, 90),
                started("het-proces", 12),
            ]
            .concat(),
        ),
        (
            learner("Youssef Amrani", Role::Wijkteam, "Sociaal domein"),
            [
                started("wat-is-radicalisering", 60),
                flyers_case(60, "erbuiten-blijven"),
                completed("wat-is-radicalisering", 60, 85),
                started("het-proces", 58),
                completed("het-proces", 57, 75),
                started("signalen", 40),
                signalen_answers(39),
                completed("signalen", 39, 75),
            ]
            .concat(),
        ),
        (
            learner("Petra Kuipers", Role::Leerplicht, "Onderwijs"),
            [
                started("wat-is-radicalisering", 3),
                flyers_case(3, "eruit-zetten"),
            ]
            .concat(),
        ),
        (learner("Daan Hoekstra", Role::Boa, "Handhaving"), vec![]),
        (
            learner("Linda Smit", Role::Beleid, "Openbare orde en veiligheid"),
            [
                // A completion from more than two years ago: expired, a refresher is due.
                flyers_case(801, "activisme-benoemen"),
                completed("wat-is-radicalisering", 800, 80),
                started("wat-doet-u", 30),
                completed("wat-doet-u", 29, 95),
                started("informatie-delen", 28),
                completed("informatie-delen", 27, 90),
            ]
            .concat(),
        ),
    ]
}

/// The demo municipality's local contacts (fictional numbers in a range that is not handed out).
pub fn contacts() -> Vec<NewContact> {
    let c = |key, name: &str, phone: &str, email: &str, hours: &str| NewContact {
        key,
        name: name.into(),
        phone: phone.into(),
        email: email.into(),
        hours: hours.into(),
    };
    vec![
        c(
            ContactKey::Meldpunt,
            "Meldpunt Zorg en Veiligheid Zilverdam",
            "0599 123 400",
            "meldpunt@zilverdam.example",
            "ma–vr 9.00–17.00",
        ),
        c(
            ContactKey::Aov,
            "Linda Smit (AOV)",
            "0599 123 456",
            "l.smit@zilverdam.example",
            "ma, di, do",
        ),
        c(
            ContactKey::Zvh,
            "Zorg- en Veiligheidshuis Zilverdelta",
            "0599 765 000",
            "info@zvh-zilverdelta.example",
            "ma–vr 8.30–17.00",
        ),
    ]
}

/// One demo assessment: when it was held and what the respondents said.
pub struct DemoAssessment {
    pub days_ago: i64,
    pub respondents: Vec<DemoRespondent>,
    /// theme, item, action, owner, deadline in days after the assessment, status.
    pub actions: Vec<(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        i64,
        ActionStatus,
    )>,
}

pub struct DemoRespondent {
    pub name: &'static str,
    pub function: &'static str,
    pub responses: Vec<Response>,
}

/// Levels per theme in questionnaire order: a digit is a level, `n` not applicable, `?` don't
/// know, `-` the training item (its level comes from the records).
fn responses(
    levels: &[(&str, &[&str], &str)],
    notes: &[(&str, &str, &str, &str)],
) -> Vec<Response> {
    let mut out = Vec::new();
    for (theme, items, marks) in levels {
        for (item, mark) in items.iter().zip(marks.chars()) {
            let rating = match mark {
                'n' => Some(Rating::NotApplicable),
                '?' => Some(Rating::DontKnow),
                '-' => None,
                d => d.to_digit(10).map(|l| Rating::Level { level: l as u8 }),
            };
            let (explanation, evidence) = notes
                .iter()
                .find(|(t, i, _, _)| t == theme && i == item)
                .map_or((String::new(), String::new()), |(_, _, e, v)| {
                    ((*e).to_owned(), (*v).to_owned())
                });
            out.push(Response {
                theme: (*theme).into(),
                item: (*item).into(),
                rating,
                explanation,
                evidence,
            });
        }
    }
    out
}

const ITEMS: [(&str, &[&str]); 12] = [
    (
        "visie-en-plan",
        &[
            "lokale-analyse",
            "doelen-en-interventies",
            "ivp-en-uitvoeringsplan",
        ],
    ),
    (
        "coordinatie",
        &[
            "vaste-contactpersoon",
            "vervanging-en-terugval",
            "capaciteit",
        ],
    ),
    (
        "melden-en-wegen",
        &[
            "meldpunt",
            "weegploeg-en-criteria",
            "terugkoppeling-en-vastlegging",
        ],
    ),
    (
        "opleiding",
        &[
            "opleidingsplan-per-functie",
            "aandeel-opgeleid",
            "kennis-op-peil",
        ],
    ),
    (
        "netwerk",
        &[
            "professionals-in-de-aanpak",
            "professionals-in-de-frontlinie",
            "sleutelfiguren",
        ],
    ),
    (
        "informatie-delen",
        &[
            "werkwijze-informatie-delen",
            "grondslag-en-convenant",
            "verwerkingsregister",
        ],
    ),
    (
        "casusoverleg-pga",
        &[
            "regie-en-rollen",
            "plan-van-aanpak",
            "monitoren-en-afsluiten",
        ],
    ),
    (
        "preventie",
        &["reguliere-aanpak", "beschermende-factoren", "zonder-stigma"],
    ),
    (
        "detentie-en-terugkeer",
        &[
            "voorbereiding-tijdens-detentie",
            "basisvoorwaarden",
            "families-en-minderjarigen",
        ],
    ),
    (
        "regionale-samenwerking",
        &[
            "afspraken-zorg-en-veiligheidshuis",
            "gedeelde-voorzieningen",
            "regionale-kennisdeling",
        ],
    ),
    (
        "communicatie-en-spanningen",
        &["spanningen-in-beeld", "protocol-onrust", "depolariseren"],
    ),
    (
        "monitoring-en-budget",
        &["evaluatie", "budget", "verantwoording-en-herhaling"],
    ),
];

fn rated(marks: [&'static str; 12]) -> Vec<(&'static str, &'static [&'static str], &'static str)> {
    ITEMS
        .iter()
        .zip(marks)
        .map(|((theme, items), m)| (*theme, *items, m))
        .collect()
}

/// Two assessments: last year's by the AOV alone, and this year's by the AOV and a policy
/// officer, who differ on a few items. Zilverdam improved on its plan and its network, and still
/// has work to do on monitoring and on training.
pub fn assessments() -> Vec<DemoAssessment> {
    let last_year = DemoAssessment {
        days_ago: 380,
        respondents: vec![DemoRespondent {
            name: "Linda Smit",
            function: "AOV",
            responses: responses(
                &rated([
                    "100", "211", "110", "1-0", "121", "110", "222", "21?", "nn1", "211", "101",
                    "000",
                ]),
                &[
                    (
                        "visie-en-plan",
                        "lokale-analyse",
                        "Er is nooit een analyse gemaakt; het idee was dat het hier niet speelt.",
                        "",
                    ),
                    (
                        "monitoring-en-budget",
                        "budget",
                        "Geen eigen budget; uren gaan ten koste van openbare orde.",
                        "",
                    ),
                ],
            ),
        }],
        actions: vec![
            (
                "visie-en-plan",
                "lokale-analyse",
                "Lokale analyse laten maken met politie en wijkteams",
                "AOV",
                180,
                ActionStatus::Done,
            ),
            (
                "opleiding",
                "opleidingsplan-per-functie",
                "Opleidingsplan per functie opstellen",
                "Teamleider sociaal domein",
                270,
                ActionStatus::InProgress,
            ),
        ],
    };
    let aov_notes: &[(&str, &str, &str, &str)] = &[
        (
            "visie-en-plan",
            "lokale-analyse",
            "In het voorjaar is met politie en wijkteams een omgevingsanalyse gemaakt.",
            "Omgevingsanalyse Zilverdam, april (intern)",
        ),
        (
            "coordinatie",
            "vervanging-en-terugval",
            "Bij afwezigheid van de AOV neemt het Zorg- en Veiligheidshuis waar, maar dat staat nergens vast.",
            "",
        ),
        (
            "opleiding",
            "aandeel-opgeleid",
            "De meeste baliemedewerkers volgen de training dit najaar.",
            "",
        ),
        (
            "detentie-en-terugkeer",
            "voorbereiding-tijdens-detentie",
            "Er is in Zilverdam geen inwoner in detentie voor een terroristisch misdrijf.",
            "",
        ),
        (
            "monitoring-en-budget",
            "evaluatie",
            "De aanpak is nog nooit geëvalueerd.",
            "",
        ),
    ];
    let this_year = DemoAssessment {
        days_ago: 14,
        respondents: vec![
            DemoRespondent {
                name: "Linda Smit",
                function: "AOV",
                responses: responses(
                    &rated([
                        "322", "321", "221", "2-1", "332", "221", "332", "32?", "n21", "322",
                        "212", "101",
                    ]),
                    aov_notes,
                ),
            },
            DemoRespondent {
                name: "Mark de Vries",
                function: "Beleidsmedewerker sociaal domein",
                responses: responses(
                    &rated([
                        "322", "311", "201", "1-1", "332", "121", "332", "31?", "n2?", "322",
                        "211", "001",
                    ]),
                    &[(
                        "melden-en-wegen",
                        "weegploeg-en-criteria",
                        "Voor zover ik weet is er geen weegploeg met vaste criteria.",
                        "",
                    )],
                ),
            },
        ],
        actions: vec![
            (
                "monitoring-en-budget",
                "evaluatie",
                "Evaluatie van de aanpak laten uitvoeren door een team van twee, één van buiten",
                "AOV",
                150,
                ActionStatus::Open,
            ),
            (
                "melden-en-wegen",
                "weegploeg-en-criteria",
                "Criteria voor de weegploeg op papier zetten met politie en OM",
                "AOV",
                90,
                ActionStatus::Open,
            ),
            (
                "opleiding",
                "aandeel-opgeleid",
                "Alle baliemedewerkers en boa's de Baken-modules laten afronden",
                "Teamleider publiekszaken",
                120,
                ActionStatus::InProgress,
            ),
            (
                "coordinatie",
                "vervanging-en-terugval",
                "Vervanging van de AOV vastleggen in de taakverdeling",
                "Gemeentesecretaris",
                60,
                ActionStatus::Open,
            ),
        ],
    };
    vec![last_year, this_year]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::Outline;

    #[test]
    fn demo_data_is_valid_and_refers_to_real_modules() {
        assert!(municipality().validate().is_ok());
        let outline = Outline::default_pack();
        for (form, events) in learners() {
            assert!(form.validate(uuid::Uuid::nil()).is_ok(), "{form:?}");
            for e in events {
                assert!(outline.modules.iter().any(|m| m.id == e.module_id), "{e:?}");
                if let EventKind::ItemAnswered {
                    item,
                    answer,
                    correct,
                    ..
                } = &e.kind
                {
                    let pack = crate::content::default_pack();
                    let module = pack.modules.iter().find(|m| m.id == e.module_id).unwrap();
                    let item = module
                        .check
                        .as_ref()
                        .unwrap()
                        .items
                        .iter()
                        .find(|i| &i.id == item)
                        .unwrap();
                    assert_eq!(crate::scoring::is_correct(item, answer), *correct, "{e:?}");
                }
                if let EventKind::CaseChoice {
                    case, step, choice, ..
                } = &e.kind
                {
                    let pack = crate::content::default_pack();
                    let module = pack.modules.iter().find(|m| m.id == e.module_id).unwrap();
                    let case = module.cases.iter().find(|c| &c.id == case).unwrap();
                    let step = case.steps.iter().find(|s| &s.id == step).unwrap();
                    assert!(step.choices.iter().any(|c| &c.id == choice), "{e:?}");
                }
            }
        }
    }

    #[test]
    fn demo_assessments_answer_every_item_of_the_questionnaire() {
        for contact in contacts() {
            assert!(contact.validate().is_ok(), "{contact:?}");
        }
        let q = crate::content::default_pack().questionnaire.unwrap();
        let all: Vec<(String, String)> = q
            .themes
            .iter()
            .flat_map(|t| t.items.iter().map(|i| (t.id.clone(), i.id.clone())))
            .collect();
        for a in assessments() {
            for r in &a.respondents {
                let answered: Vec<(String, String)> = r
                    .responses
                    .iter()
                    .map(|x| (x.theme.clone(), x.item.clone()))
                    .collect();
                assert_eq!(answered, all, "{}", r.name);
            }
            for (theme, item, ..) in &a.actions {
                assert!(q.item(theme, item).is_some(), "{theme}/{item}");
            }
        }
    }
}
