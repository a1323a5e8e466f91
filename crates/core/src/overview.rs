//! The trainer's and coordinator's overview: who is trained, per role and department.
//!
//! It works from each learner's [`ModuleSummary`] per module (the first start and the latest
//! completion, which the store keeps beside the events), not from the events themselves, so an
//! overview of thousands of learners stays quick.

use std::collections::HashMap;

use chrono::{DateTime, Months, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Language;
use crate::course::Outline;
use crate::learner::Learner;
use crate::progress::{ModuleStatus, status_from};

/// A learner's state in one module, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleSummary {
    pub learner: Uuid,
    pub module: String,
    pub first_start: Option<DateTime<Utc>>,
    /// The latest completion and its score (none for a classroom completion).
    pub completion: Option<(DateTime<Utc>, Option<u8>)>,
}

/// Where a learner stands with the modules their role requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TrainingState {
    /// Every required module completed and valid for more than three months.
    Valid,
    /// Every required module valid, but one expires within three months.
    Expiring,
    /// Busy: some required module started or completed, not all valid, none expired.
    InProgress,
    /// A required module's completion has expired: time for a refresher.
    Expired,
    /// Not one required module opened yet.
    NeverStarted,
    /// The role requires no module.
    NoneRequired,
}

impl TrainingState {
    pub const ALL: [TrainingState; 6] = [
        TrainingState::Valid,
        TrainingState::Expiring,
        TrainingState::InProgress,
        TrainingState::Expired,
        TrainingState::NeverStarted,
        TrainingState::NoneRequired,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TrainingState::Valid => "valid",
            TrainingState::Expiring => "expiring",
            TrainingState::InProgress => "in-progress",
            TrainingState::Expired => "expired",
            TrainingState::NeverStarted => "never-started",
            TrainingState::NoneRequired => "none-required",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverviewRow {
    pub learner: Learner,
    /// Modules the role requires, and how many of them are completed and valid.
    pub required: u32,
    pub valid: u32,
    /// When the first of the required modules expires, once all are valid.
    pub valid_until: Option<DateTime<Utc>>,
    pub state: TrainingState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    /// Every learner, by name.
    pub rows: Vec<OverviewRow>,
    /// The departments that occur, sorted, for a filter.
    pub departments: Vec<String>,
    /// How long a completed module stays valid.
    pub validity_months: u32,
}

/// The overview on `now`. `learners` in the order to show them; `summaries` in any order.
pub fn overview(
    outline: &Outline,
    learners: &[Learner],
    summaries: &[ModuleSummary],
    now: DateTime<Utc>,
) -> Overview {
    let mut by_learner: HashMap<Uuid, Vec<&ModuleSummary>> = HashMap::new();
    for s in summaries {
        by_learner.entry(s.learner).or_default().push(s);
    }
    let soon = now
        .checked_add_months(Months::new(3))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    let rows = learners
        .iter()
        .map(|learner| {
            let own = by_learner
                .get(&learner.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let statuses: Vec<ModuleStatus> = outline
                .modules
                .iter()
                .filter(|m| outline.is_required(learner.role, &m.id))
                .map(|m| {
                    // One summary per profile: a person whose profiles were merged has several.
                    let mut of_module = own.iter().filter(|s| s.module == m.id);
                    let Some(first) = of_module.next() else {
                        return ModuleStatus::NotStarted;
                    };
                    let (start, completion) = of_module.fold(
                        (first.first_start, first.completion),
                        |(start, completion), s| {
                            let start = match (start, s.first_start) {
                                (Some(a), Some(b)) => Some(a.min(b)),
                                (a, b) => a.or(b),
                            };
                            let completion = match (completion, s.completion) {
                                (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
                                (a, b) => a.or(b),
                            };
                            (start, completion)
                        },
                    );
                    status_from(start, completion, outline.validity_months, now)
                })
                .collect();
            row(learner.clone(), &statuses, soon)
        })
        .collect();
    let mut departments: Vec<String> = learners
        .iter()
        .filter_map(|l| l.department.clone())
        .collect();
    departments.sort_by_key(|d| d.to_lowercase());
    departments.dedup();
    Overview {
        rows,
        departments,
        validity_months: outline.validity_months,
    }
}

fn row(learner: Learner, required: &[ModuleStatus], soon: DateTime<Utc>) -> OverviewRow {
    let valid_until: Vec<DateTime<Utc>> = required
        .iter()
        .filter_map(ModuleStatus::valid_until)
        .collect();
    let all_valid = valid_until.len() == required.len();
    let first_expiry = valid_until.iter().min().copied();
    let state = if required.is_empty() {
        TrainingState::NoneRequired
    } else if all_valid {
        if first_expiry.is_some_and(|t| t < soon) {
            TrainingState::Expiring
        } else {
            TrainingState::Valid
        }
    } else if required
        .iter()
        .all(|s| matches!(s, ModuleStatus::NotStarted))
    {
        TrainingState::NeverStarted
    } else if required
        .iter()
        .any(|s| matches!(s, ModuleStatus::Completed { expired: true, .. }))
    {
        TrainingState::Expired
    } else {
        TrainingState::InProgress
    };
    OverviewRow {
        learner,
        required: required.len() as u32,
        valid: valid_until.len() as u32,
        valid_until: if all_valid { first_expiry } else { None },
        state,
    }
}

/// The overview as CSV for a spreadsheet (see `assessment::export` for the dialect). `role` and
/// `state` give the words for a role key and a state in `lang`.
pub fn overview_csv(
    overview: &Overview,
    lang: Language,
    role: impl Fn(&str) -> String,
    state: impl Fn(TrainingState) -> String,
) -> String {
    use crate::assessment::export::{headers, row};
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&headers(
        lang,
        &[
            "naam",
            "functie",
            "afdeling",
            "verplichte_modules",
            "geldig_afgerond",
            "geldig_tot",
            "stand",
        ],
        &[
            "name",
            "role",
            "department",
            "required_modules",
            "valid_completed",
            "valid_until",
            "state",
        ],
    )));
    for r in &overview.rows {
        out.push_str(&row(&[
            r.learner.name.clone(),
            role(r.learner.role.key()),
            r.learner.department.clone().unwrap_or_default(),
            r.required.to_string(),
            r.valid.to_string(),
            r.valid_until
                .map(|t| t.date_naive().to_string())
                .unwrap_or_default(),
            state(r.state),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Role;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 0, 0).unwrap()
    }

    fn learner(n: u128, name: &str, role: Role, department: Option<&str>) -> Learner {
        Learner {
            id: Uuid::from_u128(n),
            name: name.into(),
            role,
            department: department.map(Into::into),
        }
    }

    fn done(n: u128, module: &str, when: DateTime<Utc>) -> ModuleSummary {
        ModuleSummary {
            learner: Uuid::from_u128(n),
            module: module.into(),
            first_start: Some(when),
            completion: Some((when, Some(90))),
        }
    }

    #[test]
    fn each_learner_gets_the_state_of_their_required_modules() {
        let pack = crate::content::default_pack();
        let outline = &pack.outline;
        let now = at(2026, 11, 30);
        let role = Role::Baliemedewerker;
        let required: Vec<&str> = outline
            .modules
            .iter()
            .filter(|m| outline.is_required(role, &m.id))
            .map(|m| m.id.as_str())
            .collect();
        assert!(required.len() >= 2);
        let months = outline.validity_months;
        let learners = [
            learner(1, "Anna", role, Some("Publiekszaken")),
            learner(2, "Bas", role, Some("Burgerzaken")),
            learner(3, "Cem", role, None),
            learner(4, "Dewi", role, Some("Publiekszaken")),
            learner(5, "Eef", role, None),
        ];
        let mut summaries = Vec::new();
        // Anna: everything done last month.
        for m in &required {
            summaries.push(done(1, m, at(2026, 10, 1)));
        }
        // Bas: everything done, the first one long enough ago to expire within three months.
        let almost = now - Months::new(months) + Months::new(1);
        summaries.push(done(2, required[0], almost));
        for m in &required[1..] {
            summaries.push(done(2, m, at(2026, 10, 1)));
        }
        // Cem: one module opened, nothing completed.
        summaries.push(ModuleSummary {
            learner: Uuid::from_u128(3),
            module: required[0].into(),
            first_start: Some(at(2026, 11, 1)),
            completion: None,
        });
        // Dewi: one completion that has expired.
        summaries.push(done(4, required[0], now - Months::new(months + 1)));
        // Eef: nothing; and a module that is not required does not count.
        let overview = overview(outline, &learners, &summaries, now);
        let states: Vec<_> = overview
            .rows
            .iter()
            .map(|r| (r.learner.name.as_str(), r.state))
            .collect();
        assert_eq!(
            states,
            [
                ("Anna", TrainingState::Valid),
                ("Bas", TrainingState::Expiring),
                ("Cem", TrainingState::InProgress),
                ("Dewi", TrainingState::Expired),
                ("Eef", TrainingState::NeverStarted),
            ]
        );
        let anna = &overview.rows[0];
        assert_eq!(
            (anna.required, anna.valid),
            (required.len() as u32, required.len() as u32)
        );
        assert_eq!(
            anna.valid_until,
            Some(at(2026, 10, 1) + Months::new(months))
        );
        assert_eq!(overview.rows[2].valid_until, None);
        assert_eq!(overview.departments, ["Burgerzaken", "Publiekszaken"]);

        let csv = overview_csv(
            &overview,
            Language::Nl,
            |r| format!("rol {r}"),
            |s| s.key().into(),
        );
        let lines: Vec<_> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 6);
        assert!(lines[1].starts_with("\"Anna\";\"rol baliemedewerker\";\"Publiekszaken\";"));
        assert!(lines[1].ends_with(";\"valid\""));
    }

    #[test]
    fn a_person_with_merged_profiles_has_the_latest_completion_and_the_first_start() {
        let pack = crate::content::default_pack();
        let outline = &pack.outline;
        let now = at(2026, 11, 30);
        let role = Role::Wijkteam;
        let required: Vec<&str> = (outline.modules.iter())
            .filter(|m| outline.is_required(role, &m.id))
            .map(|m| m.id.as_str())
            .collect();
        let months = outline.validity_months;
        // Two summaries per module for one learner id, as the store gives for merged profiles:
        // an expired completion on one laptop and a recent one on the other.
        let mut summaries = vec![];
        for m in &required {
            summaries.push(done(1, m, now - Months::new(months + 2)));
            summaries.push(done(1, m, at(2026, 9, 1)));
        }
        let karel = [learner(1, "Karel", role, None)];
        let rows = overview(outline, &karel, &summaries, now).rows;
        assert_eq!(rows[0].state, TrainingState::Valid);
        assert_eq!(
            rows[0].valid_until,
            Some(at(2026, 9, 1) + Months::new(months))
        );
        // In the other order too.
        summaries.reverse();
        let rows = overview(outline, &karel, &summaries, now).rows;
        assert_eq!(rows[0].state, TrainingState::Valid);
    }
}
