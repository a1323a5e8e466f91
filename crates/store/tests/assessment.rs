//! Contacts, assessments, answers kept per respondent, the action plan and the report's inputs.

use baken_core::assessment::{ActionForm, ActionStatus, Agreed, Rating, Response};
use baken_core::content::default_pack;
use baken_core::municipality::ContactKey;
use baken_core::{ErrorCode, NewContact, NewMunicipality};
use baken_store::{Access, Store};
use chrono::NaiveDate;

use crate::now;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store
        .set_up_municipality(
            &NewMunicipality {
                name: "Eikendorp".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    (dir, store)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn response(theme: &str, item: &str, rating: Option<Rating>, explanation: &str) -> Response {
    Response {
        theme: theme.into(),
        item: item.into(),
        rating,
        explanation: explanation.into(),
        evidence: String::new(),
    }
}

#[test]
fn contacts_are_saved_replaced_and_removed() {
    let (_dir, mut store) = store();
    let form = |name: &str, phone: &str| NewContact {
        key: ContactKey::Aov,
        name: name.into(),
        phone: phone.into(),
        email: String::new(),
        hours: String::new(),
    };
    store
        .save_contact(&form("Piet", "0599 111 222"), now())
        .unwrap();
    store
        .save_contact(&form("Anja", "0599 333 444"), now())
        .unwrap();
    let contacts = store.contacts().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(
        (contacts[0].name.as_str(), contacts[0].phone.as_str()),
        ("Anja", "0599 333 444")
    );
    let err = store
        .save_contact(&form("Anja", "bellen"), now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidPhone);
    assert_eq!(store.contacts().unwrap()[0].phone, "0599 333 444");
    store.remove_contact(ContactKey::Aov).unwrap();
    assert!(store.contacts().unwrap().is_empty());
}

#[test]
fn answers_are_kept_per_respondent_and_survive_reopening() {
    let (dir, mut store) = store();
    let q = default_pack().questionnaire.unwrap();
    let a = store
        .create_assessment("Zelfevaluatie 2026", day(2026, 11, 20), &q, now())
        .unwrap();
    let aov = store.add_respondent(a.id, "Anja", "AOV").unwrap();
    let policy = store.add_respondent(a.id, "Bert", "beleid").unwrap();
    let level = |l| Some(Rating::Level { level: l });
    store
        .save_response(
            aov.id,
            &response("visie-en-plan", "lokale-analyse", level(4), "  Gedaan. "),
            &q,
            now(),
        )
        .unwrap();
    store
        .save_response(
            policy.id,
            &response("visie-en-plan", "lokale-analyse", level(1), ""),
            &q,
            now(),
        )
        .unwrap();
    // Saving again replaces the earlier answer.
    store
        .save_response(
            policy.id,
            &response("visie-en-plan", "lokale-analyse", level(2), "Ik twijfel."),
            &q,
            now(),
        )
        .unwrap();
    // The training item keeps only the context: its level comes from the records.
    let stored = store
        .save_response(
            aov.id,
            &response("opleiding", "aandeel-opgeleid", level(4), "Najaar."),
            &q,
            now(),
        )
        .unwrap();
    assert_eq!(stored.rating, None);
    drop(store);

    let store = Store::open(dir.path(), Access::ReadOnly, &crate::key()).unwrap();
    let data = store.assessment_data(a.id).unwrap();
    assert_eq!(data.respondents.len(), 2);
    assert_eq!(data.respondents[0].responses[0].explanation, "Gedaan.");
    assert_eq!(data.respondents[1].responses.len(), 1);
    assert_eq!(data.respondents[1].responses[0].rating, level(2));
    let result = baken_core::assessment::score(&q, &data.answers(), None);
    assert_eq!(
        result
            .item("visie-en-plan", "lokale-analyse")
            .unwrap()
            .agreed,
        Agreed::Level { level: 2 }
    );
    assert!(
        result
            .item("visie-en-plan", "lokale-analyse")
            .unwrap()
            .differs
    );
}

#[test]
fn bad_answers_are_refused_and_change_nothing() {
    let (_dir, mut store) = store();
    let q = default_pack().questionnaire.unwrap();
    let a = store
        .create_assessment("Zelfevaluatie 2026", day(2026, 11, 20), &q, now())
        .unwrap();
    let err = store
        .create_assessment("Nog een", day(2026, 11, 20), &q, now())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::AssessmentExists);
    let r = store.add_respondent(a.id, "Anja", "AOV").unwrap();
    for (bad, code) in [
        (
            response("visie-en-plan", "bestaat-niet", None, ""),
            ErrorCode::UnknownItem,
        ),
        (
            response(
                "visie-en-plan",
                "lokale-analyse",
                Some(Rating::Level { level: 5 }),
                "",
            ),
            ErrorCode::InvalidLevel,
        ),
        (
            response("visie-en-plan", "lokale-analyse", None, &"x".repeat(4_001)),
            ErrorCode::TextTooLong,
        ),
    ] {
        assert_eq!(
            store
                .save_response(r.id, &bad, &q, now())
                .unwrap_err()
                .code(),
            code
        );
    }
    assert!(
        store.assessment_data(a.id).unwrap().respondents[0]
            .responses
            .is_empty()
    );
}

#[test]
fn the_action_plan_is_kept_most_urgent_first() {
    let (_dir, mut store) = store();
    let q = default_pack().questionnaire.unwrap();
    let a = store
        .create_assessment("Zelfevaluatie 2026", day(2026, 11, 20), &q, now())
        .unwrap();
    let form = |action: &str, deadline, status| ActionForm {
        id: None,
        theme: "coordinatie".into(),
        item: Some("capaciteit".into()),
        action: action.into(),
        owner: "AOV".into(),
        deadline,
        status,
    };
    let late = store
        .save_action(
            a.id,
            &form("Later", Some(day(2027, 9, 1)), ActionStatus::Open),
            &q,
            now(),
        )
        .unwrap();
    store
        .save_action(
            a.id,
            &form("Eerst", Some(day(2027, 2, 1)), ActionStatus::Open),
            &q,
            now(),
        )
        .unwrap();
    let mut done = form("Later", Some(day(2027, 9, 1)), ActionStatus::Done);
    done.id = Some(late.id);
    store.save_action(a.id, &done, &q, now()).unwrap();
    let actions = store.assessment_data(a.id).unwrap().actions;
    let seen: Vec<(&str, ActionStatus)> = actions
        .iter()
        .map(|x| (x.action.as_str(), x.status))
        .collect();
    assert_eq!(
        seen,
        [("Eerst", ActionStatus::Open), ("Later", ActionStatus::Done)]
    );
    assert_eq!(
        store
            .save_action(a.id, &form(" ", None, ActionStatus::Open), &q, now())
            .unwrap_err()
            .code(),
        ErrorCode::NameRequired
    );
    store.delete_action(late.id).unwrap();
    assert_eq!(store.assessment_data(a.id).unwrap().actions.len(), 1);
}

#[test]
fn the_demo_has_two_assessments_and_the_report_compares_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    assert_eq!(store.contacts().unwrap().len(), 3);
    let all = store.assessments().unwrap();
    assert_eq!(all.len(), 2);
    assert!(all[0].held_on > all[1].held_on, "latest first");
    let pack = default_pack();
    let q = pack.questionnaire.as_ref().unwrap();
    let inputs = store.report_inputs(all[0].id, &pack.outline).unwrap();
    assert_eq!(inputs.current.data.respondents.len(), 2);
    let previous = inputs.previous.as_ref().expect("last year's assessment");
    assert_eq!(previous.data.assessment.id, all[1].id);
    let now_result = inputs.current.result(q);
    let before = previous.result(q);
    assert!(now_result.overall.unwrap() > before.overall.unwrap());
    // Five demo learners; none has finished their whole role path, so the training item is 0.
    assert_eq!(inputs.current.training.learners, 5);
    assert_eq!(
        now_result
            .item("opleiding", "aandeel-opgeleid")
            .unwrap()
            .agreed,
        Agreed::Level { level: 0 }
    );
    assert!(now_result.items.iter().any(|i| i.differs));
    assert!(store.previous_assessment(all[1].id).unwrap().is_none());
}

#[test]
fn the_demo_assessment_exports_as_csv_and_json() {
    use baken_core::assessment::export::{actions_csv, answers_csv, assessment_json};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    let pack = default_pack();
    let q = pack.questionnaire.as_ref().unwrap();
    let latest = store.assessments().unwrap()[0].id;
    let inputs = store.report_inputs(latest, &pack.outline).unwrap();

    let csv = answers_csv(&inputs, q, baken_core::Language::Nl);
    assert!(csv.starts_with("\u{feff}\"thema_nr\";\"thema\";"));
    // A header, then every item once per respondent (36 items, 2 respondents).
    assert_eq!(csv.lines().count(), 1 + 36 * 2);
    assert!(csv.contains("\"Linda Smit\";\"AOV\""));
    assert!(csv.contains("\"weet-niet\""));

    let actions = actions_csv(&inputs, q, baken_core::Language::En);
    assert!(actions.starts_with("\u{feff}\"theme\";\"item\";\"measure\""));
    assert_eq!(actions.lines().count(), 1 + 4);

    let json: serde_json::Value = serde_json::from_str(&assessment_json(&inputs, q)).unwrap();
    assert_eq!(json["format"], "baken-assessment");
    assert_eq!(json["version"], 1);
    assert_eq!(json["municipality"]["name"], "Zilverdam");
    assert_eq!(json["scores"]["themes"].as_array().unwrap().len(), 12);
    assert_eq!(json["respondents"].as_array().unwrap().len(), 2);
}
