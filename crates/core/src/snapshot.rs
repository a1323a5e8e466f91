//! What the UI renders: one [`AppSnapshot`] of the whole app state, returned by every command, so
//! the screens never keep their own copy of the data that can drift from the database.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::Language;
use crate::learner::Learner;
use crate::lesson::ModuleView;
use crate::municipality::Municipality;
use crate::progress::ModuleProgress;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppSnapshot {
    pub language: Language,
    /// `None` until the onboarding is done.
    pub municipality: Option<Municipality>,
    /// The local contacts filled in (lessons show them where a learner must act).
    pub contacts: Vec<crate::Contact>,
    pub learners: Vec<Learner>,
    /// The learner whose home screen is shown; `None` asks "who are you?".
    pub active: Option<LearnerHome>,
    /// Local content packs that were refused, with their problems in the user's language.
    pub refused_packs: Vec<RefusedPack>,
    /// A PIN guards the trainer's and coordinator's screens (Overzicht, Gemeente, Zelfevaluatie).
    pub pin_set: bool,
    /// Those screens are locked until the PIN is given.
    pub locked: bool,
    /// No one has said yet that the recovery code of the encrypted data is kept safe.
    pub recovery_pending: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RefusedPack {
    pub pack: String,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LearnerHome {
    pub learner: Learner,
    pub modules: Vec<ModuleProgress>,
    /// Modules with a completion that is still valid.
    pub valid_count: u32,
    /// Modules the learner's role must complete, and how many of those are done and valid.
    pub required_count: u32,
    pub required_valid: u32,
    /// The earliest date on which a valid completion of a required module expires.
    pub next_expiry: Option<chrono::DateTime<chrono::Utc>>,
    /// The module the learner has open, if any (else the home screen shows).
    pub open_module: Option<ModuleView>,
    /// Check items due again in the refresher ("Opfrissen"), and the refresher when it is open.
    pub refresher_due: u32,
    pub refresher: Option<crate::refresher::RefresherView>,
    /// The learning-effect measurement to offer now, and its screen when it is open.
    pub effect_offer: Option<crate::effect::Phase>,
    pub effect: Option<crate::effect::EffectView>,
}

impl LearnerHome {
    pub fn new(
        learner: Learner,
        modules: Vec<ModuleProgress>,
        open_module: Option<ModuleView>,
        refresher_due: u32,
        refresher: Option<crate::refresher::RefresherView>,
    ) -> LearnerHome {
        let valid_count = modules
            .iter()
            .filter(|m| m.status.valid_until().is_some())
            .count() as u32;
        let valid_required = || {
            modules
                .iter()
                .filter(|m| m.required)
                .filter_map(|m| m.status.valid_until())
        };
        let required_count = modules.iter().filter(|m| m.required).count() as u32;
        let required_valid = valid_required().count() as u32;
        let next_expiry = valid_required().min();
        LearnerHome {
            learner,
            modules,
            valid_count,
            required_count,
            required_valid,
            next_expiry,
            open_module,
            refresher_due,
            refresher,
            effect_offer: None,
            effect: None,
        }
    }
}
