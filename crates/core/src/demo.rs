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

fn started(module_id: &'static str, days_ago: i64) -> DemoEvent {
    DemoEvent {
        module_id,
        days_ago,
        kind: EventKind::ModuleStarted,
    }
}

fn completed(module_id: &'static str, days_ago: i64, score: u8) -> DemoEvent {
    DemoEvent {
        module_id,
        days_ago,
        kind: EventKind::ModuleCompleted { score },
    }
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
            vec![
                started("wat-is-radicalisering", 95),
                completed("wat-is-radicalisering", 94, 90),
                started("het-proces", 12),
            ],
        ),
        (
            learner("Youssef Amrani", Role::Wijkteam, "Sociaal domein"),
            vec![
                started("wat-is-radicalisering", 60),
                completed("wat-is-radicalisering", 60, 85),
                started("het-proces", 58),
                completed("het-proces", 57, 75),
                started("signalen", 40),
                completed("signalen", 39, 100),
            ],
        ),
        (
            learner("Petra Kuipers", Role::Leerplicht, "Onderwijs"),
            vec![started("wat-is-radicalisering", 3)],
        ),
        (learner("Daan Hoekstra", Role::Boa, "Handhaving"), vec![]),
        (
            learner("Linda Smit", Role::Beleid, "Openbare orde en veiligheid"),
            vec![
                // A completion from more than two years ago: expired, a refresher is due.
                completed("wat-is-radicalisering", 800, 80),
                started("wat-doet-u", 30),
                completed("wat-doet-u", 29, 95),
                started("informatie-delen", 28),
                completed("informatie-delen", 27, 90),
            ],
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
            }
        }
    }
}
