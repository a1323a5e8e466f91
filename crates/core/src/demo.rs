//! The fictional demo municipality: "Zilverdam", with a few learners at different stages, so that a
//! trainer can show Baken without entering anything. Every name here is invented.

use crate::learner::{NewLearner, Role};
use crate::municipality::NewMunicipality;
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
}
