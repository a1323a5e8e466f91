//! The TypeScript types of everything that crosses the IPC boundary, generated from the Rust
//! types (Rust is the source of truth) into `ui/src/lib/bindings.ts`, which is committed.
//!
//! A test fails when the committed file is stale; `make bindings` rewrites it.

use baken_core::assessment::{
    ActionForm, ActionStatus, Agreed, Assessment, AssessmentView, ImprovementAction,
    OpenAssessment, QuestionView, Rating, Respondent, Response, RoleTraining, ThemeResult,
    ThemeView, TrainingFigures,
};
use baken_core::content::markdown::{Block, Span};
use baken_core::content::{ItemKind, Quality, Setting};
use baken_core::effect::{EffectAction, EffectScore, EffectStep, EffectView, Phase};
use baken_core::learner::{Learner, NewLearner, Role};
use baken_core::lesson::{
    AnswerFeedback, CaseView, CheckView, ChoiceFeedback, ColleagueShare, ItemView, OptionFeedback,
    OptionView, ResultView, StepView,
};
use baken_core::municipality::{
    CbsCode, Contact, ContactKey, Municipality, MunicipalityProfile, NewContact, NewMunicipality,
};
use baken_core::progress::{ModuleProgress, ModuleStatus};
use baken_core::refresher::{RefresherItem, RefresherView};
use baken_core::{
    Action, Answer, AppSnapshot, ErrorCode, Language, LearnerHome, ModuleView, PageView,
    RefusedPack, Stage,
};
use ts_rs::{Config, TS};

use crate::{ExportKind, IpcError, ReportMade};

/// The whole generated file.
pub fn typescript_bindings() -> String {
    let cfg = Config::new();
    let decls = [
        AppSnapshot::decl(&cfg),
        LearnerHome::decl(&cfg),
        RefusedPack::decl(&cfg),
        RefresherView::decl(&cfg),
        RefresherItem::decl(&cfg),
        EffectView::decl(&cfg),
        EffectStep::decl(&cfg),
        EffectScore::decl(&cfg),
        EffectAction::decl(&cfg),
        Phase::decl(&cfg),
        ModuleProgress::decl(&cfg),
        ModuleStatus::decl(&cfg),
        ModuleView::decl(&cfg),
        PageView::decl(&cfg),
        Stage::decl(&cfg),
        CaseView::decl(&cfg),
        StepView::decl(&cfg),
        ChoiceFeedback::decl(&cfg),
        ColleagueShare::decl(&cfg),
        OptionView::decl(&cfg),
        CheckView::decl(&cfg),
        ItemView::decl(&cfg),
        AnswerFeedback::decl(&cfg),
        OptionFeedback::decl(&cfg),
        ResultView::decl(&cfg),
        Action::decl(&cfg),
        Answer::decl(&cfg),
        Setting::decl(&cfg),
        Quality::decl(&cfg),
        ItemKind::decl(&cfg),
        Block::decl(&cfg),
        Span::decl(&cfg),
        Municipality::decl(&cfg),
        MunicipalityProfile::decl(&cfg),
        CbsCode::decl(&cfg),
        NewMunicipality::decl(&cfg),
        Learner::decl(&cfg),
        NewLearner::decl(&cfg),
        Role::decl(&cfg),
        Language::decl(&cfg),
        Contact::decl(&cfg),
        ContactKey::decl(&cfg),
        NewContact::decl(&cfg),
        AssessmentView::decl(&cfg),
        Assessment::decl(&cfg),
        OpenAssessment::decl(&cfg),
        Respondent::decl(&cfg),
        ThemeView::decl(&cfg),
        ThemeResult::decl(&cfg),
        QuestionView::decl(&cfg),
        Agreed::decl(&cfg),
        Rating::decl(&cfg),
        Response::decl(&cfg),
        ImprovementAction::decl(&cfg),
        ActionForm::decl(&cfg),
        ActionStatus::decl(&cfg),
        TrainingFigures::decl(&cfg),
        RoleTraining::decl(&cfg),
        ReportMade::decl(&cfg),
        baken_core::overview::Overview::decl(&cfg),
        baken_core::overview::OverviewRow::decl(&cfg),
        baken_core::overview::TrainingState::decl(&cfg),
        baken_core::records::MergeReport::decl(&cfg),
        baken_core::records::SameName::decl(&cfg),
        baken_core::records::Profile::decl(&cfg),
        baken_core::analysis::GroupAnalysis::decl(&cfg),
        baken_core::analysis::ItemStats::decl(&cfg),
        baken_core::analysis::StepStats::decl(&cfg),
        baken_core::analysis::MonthCount::decl(&cfg),
        baken_core::workshop::WorkshopsView::decl(&cfg),
        baken_core::workshop::WorkshopCard::decl(&cfg),
        baken_core::workshop::Workshop::decl(&cfg),
        baken_core::workshop::NewWorkshop::decl(&cfg),
        baken_core::workshop::ModuleChoice::decl(&cfg),
        baken_core::workshop::PresentationView::decl(&cfg),
        baken_core::workshop::Tally::decl(&cfg),
        baken_core::workshop::TallyOption::decl(&cfg),
        ExportKind::decl(&cfg),
        crate::BackupsView::decl(&cfg),
        crate::RetentionView::decl(&cfg),
        crate::InactiveLearner::decl(&cfg),
        crate::Restored::decl(&cfg),
        crate::DataLock::decl(&cfg),
        crate::RecoveryView::decl(&cfg),
        baken_core::backup::Backup::decl(&cfg),
        baken_core::backup::Reason::decl(&cfg),
        ErrorCode::decl(&cfg),
        IpcError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit: run `make bindings`.\n",
    );
    for decl in decls {
        out.push_str("\nexport ");
        out.push_str(decl.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn committed_bindings_are_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
        let fresh = super::typescript_bindings();
        if std::env::var_os("BAKEN_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/bindings.ts is stale: run `make bindings` and commit the result"
        );
    }
}
