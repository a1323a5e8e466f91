//! Workshops against a real SQLite file: create, attendance, a case run with the group's counts,
//! stepping back, signing off, and the classroom completions travelling to another laptop.

use std::collections::BTreeMap;

use baken_core::content::default_pack;
use baken_core::records::{self, Selection};
use baken_core::workshop::NewWorkshop;
use baken_core::{ErrorCode, Language, ModuleStatus, NewLearner, Role};

use uuid::Uuid;

use crate::{install, now};

fn person(name: &str) -> NewLearner {
    NewLearner {
        name: name.into(),
        role: Role::Wijkteam,
        department: None,
    }
}

#[test]
fn a_workshop_from_creation_to_sign_off() {
    let pack = default_pack();
    let (_dir, mut store) = install();
    let karel = store.add_learner(&person("Karel Jansen"), now()).unwrap();
    let form = NewWorkshop {
        held_on: now().date_naive(),
        place: "Raadzaal".into(),
        trainer: "Ineke de Vries".into(),
        module_id: "signalen".into(),
        cases: vec![],
    };
    let w = form.validate(&pack, Uuid::new_v4(), now()).unwrap();
    store.create_workshop(&w).unwrap();

    // Attendance: an existing learner, and a new one added from the workshop.
    store.set_attendance(w.id, karel.id, true).unwrap();
    store.set_attendance(w.id, karel.id, true).unwrap(); // twice: still one
    let fatima = store
        .add_attendee(w.id, &person("Fatima El Amrani"), now())
        .unwrap();
    let card = store.workshop(w.id, &pack, Language::Nl).unwrap();
    assert_eq!(card.attendees, [fatima.id, karel.id], "by name");
    assert_eq!(card.module_title, "Signalen en beschermende factoren");
    assert_eq!(store.learners().unwrap().len(), 2);

    // The first decision point: the trainer enters the counts, the feedback follows.
    let view = store.presentation(w.id, 0, &pack, Language::Nl).unwrap();
    assert_eq!((view.step_number, view.tally.is_none()), (1, true));
    let first = view.step.clone();
    let (a, b) = (first.choices[0].id.clone(), first.choices[1].id.clone());
    let counts = BTreeMap::from([(a.clone(), 2), (b.clone(), 7)]);
    store
        .enter_counts(w.id, 0, &first.id, &counts, &pack)
        .unwrap();
    let view = store.presentation(w.id, 0, &pack, Language::Nl).unwrap();
    let tally = view.tally.clone().unwrap();
    assert_eq!((tally.total, tally.leading.clone()), (9, vec![b.clone()]));

    // Back: the counts can be entered again; and forward along the most chosen option.
    store.step_back(w.id, 0, &pack).unwrap();
    let view = store.presentation(w.id, 0, &pack, Language::Nl).unwrap();
    assert_eq!(
        (view.step.id.as_str(), view.tally),
        (first.id.as_str(), None)
    );
    store
        .enter_counts(w.id, 0, &first.id, &counts, &pack)
        .unwrap();
    let not_leading = store.follow_choice(w.id, 0, &a, &pack).unwrap_err();
    assert_eq!(not_leading.code(), ErrorCode::OutOfStep);
    store.follow_choice(w.id, 0, &b, &pack).unwrap();
    let view = store.presentation(w.id, 0, &pack, Language::Nl).unwrap();
    assert_eq!(view.step_number, 2);
    assert_ne!(view.step.id, first.id);
    store.step_back(w.id, 0, &pack).unwrap();
    let view = store.presentation(w.id, 0, &pack, Language::Nl).unwrap();
    assert_eq!(
        (view.step_number, view.tally.is_some()),
        (1, true),
        "the feedback again"
    );
    store.follow_choice(w.id, 0, &b, &pack).unwrap();

    // Group answers are the workshop's: no learner has a single event so far.
    assert!(store.events_of(karel.id).unwrap().is_empty());
    assert!(store.events_of(fatima.id).unwrap().is_empty());

    // Signing off: each attendee has the module completed, without a score.
    assert_eq!(
        store
            .sign_off_workshop(w.id, now(), now().date_naive())
            .unwrap(),
        2
    );
    let overview = store.overview(&pack.outline, now()).unwrap();
    assert_eq!(overview.rows.len(), 2);
    for id in [karel.id, fatima.id] {
        let events = store.events_of(id).unwrap();
        let status = baken_core::progress::module_status(&events, "signalen", 24, now());
        assert!(matches!(
            status,
            ModuleStatus::Completed {
                score: None,
                expired: false,
                ..
            }
        ));
    }

    // Closed: nothing changes any more.
    let closed = [
        store.set_attendance(w.id, karel.id, false).unwrap_err(),
        store
            .add_attendee(w.id, &person("Nog Iemand"), now())
            .unwrap_err(),
        store
            .enter_counts(w.id, 0, "x", &counts, &pack)
            .unwrap_err(),
        store.step_back(w.id, 0, &pack).unwrap_err(),
        store
            .sign_off_workshop(w.id, now(), now().date_naive())
            .unwrap_err(),
    ];
    assert!(closed.iter().all(|e| e.code() == ErrorCode::WorkshopClosed));
    assert!(
        store
            .presentation(w.id, 0, &pack, Language::Nl)
            .unwrap()
            .closed
    );

    // The completions travel in a records file; merging twice adds them once.
    let file = store
        .export_records(Selection::All, &pack, "test", now())
        .unwrap();
    let (_other_dir, mut other) = install();
    let parsed = records::parse(&file).unwrap();
    other.merge_records(&parsed).unwrap();
    let again = other.merge_records(&parsed).unwrap();
    assert_eq!(again.events_added, 0);
    let events = other.events_of(karel.id).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].kind.name(), "classroom-completed");
}

#[test]
fn a_workshop_cannot_be_signed_off_early_or_empty() {
    let pack = default_pack();
    let (_dir, mut store) = install();
    let tomorrow = now().date_naive().succ_opt().unwrap();
    let form = NewWorkshop {
        held_on: tomorrow,
        place: "Bibliotheek".into(),
        trainer: "Ineke de Vries".into(),
        module_id: "het-proces".into(),
        cases: vec![],
    };
    let w = form.validate(&pack, Uuid::new_v4(), now()).unwrap();
    store.create_workshop(&w).unwrap();
    let empty = store.sign_off_workshop(w.id, now(), tomorrow).unwrap_err();
    assert_eq!(empty.code(), ErrorCode::NoAttendees);
    store
        .add_attendee(w.id, &person("Sanne Bakker"), now())
        .unwrap();
    let early = store
        .sign_off_workshop(w.id, now(), now().date_naive())
        .unwrap_err();
    assert_eq!(early.code(), ErrorCode::NotYetHeld);
    let card = store.workshop(w.id, &pack, Language::En).unwrap();
    assert_eq!(card.workshop.signed_off_at, None, "still open");
    let unknown = store
        .workshop(Uuid::nil(), &pack, Language::En)
        .unwrap_err();
    assert_eq!(unknown.code(), ErrorCode::UnknownWorkshop);
    let unknown_learner = store.set_attendance(w.id, Uuid::nil(), true).unwrap_err();
    assert_eq!(unknown_learner.code(), ErrorCode::UnknownLearner);
}
