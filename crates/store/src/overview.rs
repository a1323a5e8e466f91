//! The trainer's overview (`baken_core::overview`) from the learners and their module summaries.

use baken_core::course::Outline;
use baken_core::overview::{ModuleSummary, Overview, overview};
use chrono::{DateTime, Utc};

use crate::{Result, Store, parse_time, parse_uuid};

impl Store {
    /// Who is trained on `now`: every learner with the state of their required modules.
    pub fn overview(&self, outline: &Outline, now: DateTime<Utc>) -> Result<Overview> {
        let learners = self.learners()?;
        let summaries = self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT learner_id, module_id, first_start, completed_at, score FROM module_summary",
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
                        Some(at) => Some((parse_time(&at)?, score.unwrap_or(0))),
                        None => None,
                    },
                })
            })
            .collect::<Result<Vec<_>>>()
        })?;
        Ok(overview(outline, &learners, &summaries, now))
    }
}
