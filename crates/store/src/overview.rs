//! The trainer's overview (`baken_core::overview`) from the learners and their module summaries.

use std::collections::HashSet;

use baken_core::Language;
use baken_core::analysis::{CheckScore, GroupAnalysis, ItemAnswer, StepChoice, analyse};
use baken_core::content::Pack;
use baken_core::course::Outline;
use baken_core::overview::{ModuleSummary, Overview, overview};
use baken_core::progress::EventKind;
use chrono::{DateTime, Utc};

use crate::{Result, Store, event_kind, parse_time, parse_uuid};

impl Store {
    /// Who is trained on `now`: every learner with the state of their required modules.
    pub fn overview(&self, outline: &Outline, now: DateTime<Utc>) -> Result<Overview> {
        let learners = self.learners()?;
        let summaries = self.with(|c| {
            let mut stmt = c.prepare(
                // A merged profile's summaries count as its person's (the core folds them).
                "SELECT coalesce(k.person, s.learner_id), s.module_id, s.first_start,
                        s.completed_at, s.score
                 FROM module_summary s LEFT JOIN learner_link k ON k.alias = s.learner_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<u8>>(4)?,
                ))
            })?;
            rows.map(|row| {
                let (learner, module, first_start, completed_at, score) = row?;
                Ok(ModuleSummary {
                    learner: parse_uuid(&learner)?,
                    module,
                    first_start: first_start.as_deref().map(parse_time).transpose()?,
                    completion: match completed_at {
                        Some(at) => Some((parse_time(&at)?, score)),
                        None => None,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()
        })?;
        Ok(overview(outline, &learners, &summaries, now))
    }

    /// What the group finds hard (`baken_core::analysis`), from the recorded answers, checks,
    /// case choices and completions of every learner on this install.
    pub fn group_analysis(&self, pack: &Pack, lang: Language) -> Result<GroupAnalysis> {
        let (mut answers, mut scores, mut choices, mut completions) =
            (vec![], vec![], vec![], vec![]);
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT learner_id, module_id, kind, payload, occurred_at FROM progress_event
                 WHERE kind IN ('item-answered', 'check-finished', 'case-choice', 'module-completed',
                                'classroom-completed')
                 ORDER BY occurred_at, rowid",
            )?;
            let mut rows = stmt.query([])?;
            // A learner's first choice at each step counts; replays do not.
            let mut chosen = HashSet::new();
            while let Some(r) = rows.next()? {
                let learner = parse_uuid(&r.get::<_, String>(0)?)?;
                let module: String = r.get(1)?;
                match event_kind(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?)? {
                    EventKind::ItemAnswered {
                        item,
                        version,
                        attempt: 1,
                        answer,
                        correct,
                    } => answers.push(ItemAnswer {
                        learner,
                        module,
                        item,
                        version,
                        answer,
                        correct,
                    }),
                    EventKind::CheckFinished {
                        attempt: 1, score, ..
                    } => scores.push(CheckScore {
                        learner,
                        module,
                        score,
                    }),
                    EventKind::CaseChoice {
                        case,
                        version,
                        step,
                        choice,
                    } if chosen.insert((learner, case.clone(), step.clone())) => {
                        choices.push(StepChoice {
                            learner,
                            module,
                            case,
                            version,
                            step,
                            choice,
                        });
                    }
                    EventKind::ModuleCompleted { .. } | EventKind::ClassroomCompleted { .. } => {
                        completions.push(parse_time(&r.get::<_, String>(4)?)?);
                    }
                    _ => {}
                }
            }
            Ok(())
        })?;
        Ok(analyse(
            pack,
            lang,
            &answers,
            &scores,
            &choices,
            &completions,
        ))
    }
}
