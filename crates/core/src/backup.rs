//! Backups of the database: their names, when one is due and which ones to keep. The copying is
//! the store's; here are only the rules.
//!
//! A backup is a whole copy of the database in the data directory's `reservekopieen` folder,
//! named `baken-YYYYMMDD-HHMMSS-<reason>.sqlite` (UTC), so the names sort by time and say why
//! the copy was made. Baken makes one at start when the latest is older than a day, before every
//! schema upgrade, before every import and before a restore, and keeps the latest [`KEEP`].

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The folder in the data directory.
pub const DIR: &str = "reservekopieen";
/// How many backups are kept; older ones are removed after a new one is made.
pub const KEEP: usize = 10;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// At start, the latest being older than a day.
    Daily,
    /// Before the database's schema was upgraded to a new version of Baken.
    Upgrade,
    /// Before records from another laptop were merged in.
    Import,
    /// Asked for by the user.
    Manual,
    /// The database as it was just before another backup was put back.
    Restore,
}

impl Reason {
    pub const ALL: [Reason; 5] = [
        Reason::Daily,
        Reason::Upgrade,
        Reason::Import,
        Reason::Manual,
        Reason::Restore,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Upgrade => "upgrade",
            Reason::Import => "import",
            Reason::Manual => "manual",
            Reason::Restore => "restore",
        }
    }
}

/// A backup as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    /// The file name (in [`DIR`]): what a restore asks for.
    pub file: String,
    pub taken_at: DateTime<Utc>,
    pub reason: Reason,
    #[ts(type = "number")]
    pub bytes: u64,
}

const TIME_FORMAT: &str = "%Y%m%d-%H%M%S";

/// The file name of a backup made at `at` for `reason`.
pub fn file_name(at: DateTime<Utc>, reason: Reason) -> String {
    format!("baken-{}-{}.sqlite", at.format(TIME_FORMAT), reason.key())
}

/// The time and reason in a backup's file name; `None` for any other file.
pub fn parse_name(name: &str) -> Option<(DateTime<Utc>, Reason)> {
    let rest = name.strip_prefix("baken-")?.strip_suffix(".sqlite")?;
    let (time, reason) = rest.split_at_checked(15)?;
    let reason = reason.strip_prefix('-')?;
    let reason = Reason::ALL.into_iter().find(|r| r.key() == reason)?;
    let at = NaiveDateTime::parse_from_str(time, TIME_FORMAT)
        .ok()?
        .and_utc();
    Some((at, reason))
}

/// Whether the start of the day's work needs a backup: none yet, or the latest is a day old.
pub fn daily_due(latest: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    latest.is_none_or(|at| now - at >= TimeDelta::days(1))
}

/// The backups to remove so that the latest [`KEEP`] remain (by time; `backups` in any order).
pub fn to_remove(backups: &[Backup]) -> Vec<String> {
    let mut sorted: Vec<&Backup> = backups.iter().collect();
    sorted.sort_by(|a, b| {
        b.taken_at
            .cmp(&a.taken_at)
            .then_with(|| b.file.cmp(&a.file))
    });
    sorted.iter().skip(KEEP).map(|b| b.file.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 30, h, m, 5).unwrap()
    }

    #[test]
    fn names_carry_the_time_and_the_reason_and_read_back() {
        for reason in Reason::ALL {
            let name = file_name(at(9, 7), reason);
            assert_eq!(parse_name(&name), Some((at(9, 7), reason)), "{name}");
        }
        assert_eq!(
            file_name(at(9, 7), Reason::Import),
            "baken-20261130-090705-import.sqlite"
        );
        for other in [
            "baken.sqlite",
            "baken-20261130-090705-later.sqlite",
            "baken-20261330-090705-daily.sqlite",
            "baken-20261130-090705-daily.sqlite.part",
            ".baken-20261130-090705-daily.sqlite.part",
            "baken-2026113-090705-daily.sqlite",
            "baken-€€€€€€€€€€€€€€€.sqlite",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }

    #[test]
    fn a_daily_backup_is_due_after_a_day() {
        assert!(daily_due(None, at(9, 0)));
        let yesterday = at(9, 0) - TimeDelta::hours(23);
        assert!(!daily_due(Some(yesterday), at(9, 0)));
        assert!(daily_due(Some(at(9, 0) - TimeDelta::hours(24)), at(9, 0)));
    }

    #[test]
    fn the_latest_ten_are_kept() {
        let backups: Vec<Backup> = (0..13)
            .map(|i| {
                let taken_at = at(8, 0) + TimeDelta::minutes(i);
                Backup {
                    file: file_name(taken_at, Reason::Import),
                    taken_at,
                    reason: Reason::Import,
                    bytes: 1,
                }
            })
            .rev()
            .collect();
        let mut gone = to_remove(&backups);
        gone.sort();
        let oldest: Vec<String> = (0..3)
            .map(|i| file_name(at(8, 0) + TimeDelta::minutes(i), Reason::Import))
            .collect();
        assert_eq!(gone, oldest);
        assert!(to_remove(&backups[..KEEP]).is_empty());
    }
}
