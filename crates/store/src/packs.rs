//! Reading a content pack folder from disk: `pack.toml` and `modules/*.toml`, as text for
//! `baken_core::content::load_pack`, which does the checking.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use baken_core::content::{Pack, Problem, ProblemKind, combine, default_pack, load_pack};

use crate::error::{Result, StoreError};

/// The folder in the data directory that holds local content packs, one folder each.
pub const LOCAL_PACKS: &str = "packs";

/// The course as this install shows it: the default pack plus the local packs that passed, and
/// the local packs that were refused with their problems.
pub struct Course {
    pub pack: Pack,
    pub refused: Vec<(String, Vec<Problem>)>,
}

/// Loads the default course and every local pack in `<data_dir>/packs/` (in name order). A pack
/// with any problem is refused whole; the rest of the course is unaffected.
pub fn load_course(data_dir: &Path) -> Course {
    let mut course = Course {
        pack: default_pack(),
        refused: vec![],
    };
    let Ok(entries) = std::fs::read_dir(data_dir.join(LOCAL_PACKS)) else {
        return course;
    };
    let mut dirs: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let loaded = read_pack_dir(&dir)
            .map_err(|e| {
                vec![Problem {
                    file: String::new(),
                    line: 0,
                    kind: ProblemKind::Syntax {
                        detail: e.to_string(),
                    },
                }]
            })
            .and_then(|files| load_pack(&files));
        match loaded.and_then(|extra| combine(course.pack.clone(), extra)) {
            Ok(pack) => course.pack = pack,
            Err(problems) => course.refused.push((name, problems)),
        }
    }
    course
}

/// A content file larger than this is refused before it is read: no module needs a megabyte.
pub const MAX_PACK_FILE: u64 = 1024 * 1024;

/// The pack's files keyed by their path relative to `dir` (with `/` separators).
pub fn read_pack_dir(dir: &Path) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let manifest = dir.join("pack.toml");
    if manifest.exists() {
        files.insert("pack.toml".to_owned(), read_text(&manifest)?);
    } else if !dir.is_dir() {
        return Err(StoreError::Io {
            path: dir.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
        });
    }
    let modules = dir.join("modules");
    if modules.is_dir() {
        let entries = std::fs::read_dir(&modules).map_err(|e| StoreError::io(&modules, e))?;
        for entry in entries {
            let path = entry.map_err(|e| StoreError::io(&modules, e))?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                files.insert(format!("modules/{name}"), read_text(&path)?);
            }
        }
    }
    Ok(files)
}

fn read_text(path: &Path) -> Result<String> {
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(MAX_PACK_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_PACK_FILE {
        return Err(StoreError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, "larger than 1 MiB"),
        });
    }
    String::from_utf8(bytes).map_err(|_| StoreError::Io {
        path: path.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
    })
}
