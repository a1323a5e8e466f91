//! The queries the app and the CLI use, against a real database.

use baken_core::{EventKind, Language, ModuleStatus, NewLearner, NewMunicipality, Role};
use baken_store::{Access, Store, StoreError};

use crate::now;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    (dir, store)
}

#[test]
fn the_demo_municipality_has_learners_at_different_stages() {
    let (_dir, mut store) = store();
    assert_eq!(store.create_demo(now()).unwrap(), 5);
    let m = store.municipality().unwrap().unwrap();
    assert_eq!((m.profile.name.as_str(), m.is_demo), ("Zilverdam", true));
    let learners = store.learners().unwrap();
    let names: Vec<_> = learners.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Daan Hoekstra",
            "Linda Smit",
            "Petra Kuipers",
            "Sanne Verbeek",
            "Youssef Amrani"
        ]
    );

    let linda = learners.iter().find(|l| l.name == "Linda Smit").unwrap();
    store.set_active_learner(Some(linda.id)).unwrap();
    let snap = store
        .snapshot(&baken_core::content::default_pack(), now())
        .unwrap();
    let home = snap.active.unwrap();
    assert_eq!(home.learner.name, "Linda Smit");
    assert_eq!(home.valid_count, 2);
    let first = &home.modules[0];
    assert!(
        matches!(
            first.status,
            ModuleStatus::Completed {
                expired: true,
                score: Some(80),
                ..
            }
        ),
        "{first:?}"
    );
}

#[test]
fn the_demo_cannot_overwrite_a_municipality() {
    let (_dir, mut store) = store();
    let form = NewMunicipality {
        name: "Bergzicht".into(),
        ..Default::default()
    };
    store.set_up_municipality(&form, now()).unwrap();
    assert!(matches!(
        store.create_demo(now()),
        Err(StoreError::MunicipalityExists)
    ));
    assert!(matches!(
        store.set_up_municipality(&form, now()),
        Err(StoreError::MunicipalityExists)
    ));
    assert_eq!(
        store.learners().unwrap().len(),
        0,
        "the failed demo left learners behind"
    );
}

#[test]
fn invalid_input_is_refused_with_its_code() {
    let (_dir, mut store) = store();
    let form = NewMunicipality {
        name: "Bergzicht".into(),
        cbs_code: Some("1234".into()),
        ..Default::default()
    };
    let err = store.set_up_municipality(&form, now()).unwrap_err();
    assert_eq!(err.code(), baken_core::ErrorCode::InvalidCbsCode);
    assert!(store.municipality().unwrap().is_none());

    let learner = NewLearner {
        name: "Eva".into(),
        role: Role::Boa,
        department: None,
    };
    assert!(matches!(
        store.add_learner(&learner, now()),
        Err(StoreError::NoMunicipality)
    ));
}

#[test]
fn settings_and_progress_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
        store
            .set_up_municipality(
                &NewMunicipality {
                    name: "Bergzicht".into(),
                    ..Default::default()
                },
                now(),
            )
            .unwrap();
        let eva = store
            .add_learner(
                &NewLearner {
                    name: "Eva de Wit".into(),
                    role: Role::WmoConsulent,
                    department: None,
                },
                now(),
            )
            .unwrap();
        store.set_active_learner(Some(eva.id)).unwrap();
        store.set_language(Language::En).unwrap();
        store
            .record_event(eva.id, "signalen", &EventKind::ModuleStarted, now())
            .unwrap();
        eva.id
    };
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    let snap = store
        .snapshot(&baken_core::content::default_pack(), now())
        .unwrap();
    assert_eq!(snap.language, Language::En);
    let home = snap.active.unwrap();
    assert_eq!(home.learner.id, id);
    let signals = home
        .modules
        .iter()
        .find(|m| m.module_id == "signalen")
        .unwrap();
    assert_eq!(signals.title, "Signals and protective factors");
    assert_eq!(signals.status, ModuleStatus::InProgress { since: now() });
}

#[test]
fn a_renamed_learner_keeps_their_progress() {
    let (_dir, mut store) = store();
    store.create_demo(now()).unwrap();
    let sanne = store
        .learners()
        .unwrap()
        .into_iter()
        .find(|l| l.name == "Sanne Verbeek")
        .unwrap();
    let before = store.events_of(sanne.id).unwrap();
    let renamed = store
        .rename_learner(sanne.id, "  Sanne de Boer-Verbeek ")
        .unwrap();
    assert_eq!(renamed.name, "Sanne de Boer-Verbeek");
    assert_eq!(
        store.learner(sanne.id).unwrap().name,
        "Sanne de Boer-Verbeek"
    );
    assert_eq!(store.events_of(sanne.id).unwrap(), before);
    assert!(matches!(
        store.rename_learner(sanne.id, " "),
        Err(StoreError::Validation(_))
    ));
    assert!(matches!(
        store.rename_learner(uuid::Uuid::new_v4(), "X"),
        Err(StoreError::UnknownLearner(_))
    ));
}

#[test]
fn unknown_learners_are_refused() {
    let (_dir, mut store) = store();
    let ghost = uuid::Uuid::new_v4();
    assert!(
        matches!(store.set_active_learner(Some(ghost)), Err(StoreError::UnknownLearner(id)) if id == ghost)
    );
    assert!(matches!(
        store.record_event(ghost, "signalen", &EventKind::ModuleStarted, now()),
        Err(StoreError::UnknownLearner(_))
    ));
}

/// Makes the demo learner called `name` the active one.
fn act_as(store: &mut Store, name: &str) {
    let learner = store
        .learners()
        .unwrap()
        .into_iter()
        .find(|l| l.name == name)
        .unwrap();
    store.set_active_learner(Some(learner.id)).unwrap();
}

#[test]
fn an_open_module_resumes_on_the_last_page_viewed() {
    let pack = baken_core::content::default_pack();
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
        store.create_demo(now()).unwrap();
        act_as(&mut store, "Daan Hoekstra");
        store.open_module(&pack, Some("signalen"), now()).unwrap();
        let pages = &pack
            .modules
            .iter()
            .find(|m| m.id == "signalen")
            .unwrap()
            .pages;
        let view = |page: &str| baken_core::Action::ViewPage {
            page: page.to_owned(),
        };
        store
            .act(&pack, "signalen", &view(&pages[1].id), now())
            .unwrap();
        let later = now() + chrono::Duration::seconds(30);
        store
            .act(&pack, "signalen", &view(&pages[2].id), later)
            .unwrap();
        let missing = store.act(&pack, "signalen", &view("bestaat-niet"), now());
        assert!(matches!(missing, Err(StoreError::UnknownModule(_))));
    }
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    let home = store.snapshot(&pack, now()).unwrap().active.unwrap();
    let open = home
        .open_module
        .expect("the module is still open after reopening the database");
    assert_eq!((open.module_id.as_str(), open.page_index), ("signalen", 2));
    let signals = home
        .modules
        .iter()
        .find(|m| m.module_id == "signalen")
        .unwrap();
    assert_eq!(signals.status, ModuleStatus::InProgress { since: now() });
    // The pages come rendered, ready to show.
    assert!(!open.pages[0].blocks.is_empty());
}

#[test]
fn how_colleagues_chose_counts_each_learner_once_from_five_answers() {
    use baken_core::{Action, Stage};
    let pack = baken_core::content::default_pack();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    act_as(&mut store, "Daan Hoekstra");
    let module = "wat-is-radicalisering";
    store.open_module(&pack, Some(module), now()).unwrap();
    let case = "buurthuis-flyers".to_owned();
    store
        .act(
            &pack,
            module,
            &Action::StartCase { case: case.clone() },
            now(),
        )
        .unwrap();
    let choose = Action::Choose {
        case: case.clone(),
        step: "flyers".into(),
        choice: "activisme-benoemen".into(),
    };
    store.act(&pack, module, &choose, now()).unwrap();
    // Replaying the case and choosing otherwise does not count twice.
    store
        .act(
            &pack,
            module,
            &Action::StartCase { case: case.clone() },
            now(),
        )
        .unwrap();
    let other = Action::Choose {
        case,
        step: "flyers".into(),
        choice: "eruit-zetten".into(),
    };
    store.act(&pack, module, &other, now()).unwrap();

    let home = store.snapshot(&pack, now()).unwrap().active.unwrap();
    let Stage::Case(view) = home.open_module.unwrap().stage else {
        panic!("not in the case")
    };
    let shares = view
        .last
        .unwrap()
        .colleagues
        .expect("five learners answered");
    let counts: Vec<_> = shares
        .iter()
        .map(|s| (s.count, s.percent, s.mine))
        .collect();
    // Sanne, Linda and Daan (first choice) named it activism; Youssef stayed out; Petra sent him away.
    assert_eq!(counts, vec![(3, 60, false), (1, 20, true), (1, 20, false)]);
}

/// Copies a committed pack fixture into `<data_dir>/packs/<name>`.
fn install_pack(data_dir: &std::path::Path, fixture: &str, name: &str) {
    let from = crate::fixture("packs").join(fixture);
    let to = data_dir.join("packs").join(name);
    std::fs::create_dir_all(to.join("modules")).unwrap();
    std::fs::copy(from.join("pack.toml"), to.join("pack.toml")).unwrap();
    for entry in std::fs::read_dir(from.join("modules")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join("modules").join(entry.file_name())).unwrap();
    }
}

#[test]
fn local_packs_are_added_or_refused_whole() {
    use baken_core::content::ProblemKind;
    let dir = tempfile::tempdir().unwrap();
    install_pack(dir.path(), "lokaal", "lokaal");
    install_pack(dir.path(), "typo", "typo");
    install_pack(dir.path(), "lokaal", "lokaal-kopie");
    let course = baken_store::packs::load_course(dir.path());
    let ids: Vec<_> = course.pack.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids.len(), 9);
    assert_eq!(ids[8], "lokale-casus-markt");
    // The local module is required for boas, on top of their default path.
    assert!(
        course
            .pack
            .outline
            .is_required(Role::Boa, "lokale-casus-markt")
    );
    assert!(course.pack.outline.is_required(Role::Boa, "signalen"));
    assert!(
        !course
            .pack
            .outline
            .is_required(Role::Wijkteam, "lokale-casus-markt")
    );

    let refused: Vec<_> = course
        .refused
        .iter()
        .map(|(name, p)| (name.as_str(), p.len()))
        .collect();
    assert_eq!(refused, vec![("lokaal-kopie", 1), ("typo", 4)]);
    assert_eq!(
        course.refused[0].1[0].kind,
        ProblemKind::ModuleTaken {
            found: "lokale-casus-markt".into()
        }
    );
}
