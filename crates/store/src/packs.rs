//! Reading a content pack folder from disk: `pack.toml` and `modules/*.toml`, as text for
//! `baken_core::content::load_pack`, which does the checking.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::error::{Result, StoreError};

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
