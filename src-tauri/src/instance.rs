//! One Baken per database. Starting Baken again while it is open (a second click on the icon when
//! the window is behind others or minimised) brings the open window to the front and ends, instead
//! of opening the same database in a second window whose screens would not know of the first's
//! changes. Two Baken on different data directories (a trainer's practice set, the end-to-end
//! tests, two laptops' records side by side) run together as before.
//!
//! How: beside the database the first Baken holds an exclusive lock on `baken.sqlite.lock` for as
//! long as it runs (the operating system releases it when the process ends, also after a crash,
//! so nothing stale is left to clean up) and listens on a loopback TCP port. It writes the port
//! and a random token to `baken.sqlite.instance`. A later start that cannot take the lock sends
//! the token back on that port; the first Baken raises its window and answers. Only the same user
//! can read the token, so no one else can make the window jump. The same code runs on Linux,
//! macOS and Windows (`std` only).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a second start keeps trying to reach the first before it gives up and opens anyway
/// (the first may still be starting, or it is ending right now and the lock is about to free).
const PATIENCE: Duration = Duration::from_secs(10);
const ASK: &str = "baken raise";
const RAISED: &str = "raised";

/// What a start found.
pub enum Start {
    /// No other Baken has this database open: run, and serve later starts with the listener
    /// (`None` when the lock or port could not be set up; then Baken runs without the check).
    First(Option<Listener>),
    /// Another Baken has this database open and has raised its window: end now.
    Handed,
}

/// The first Baken's side: holds the lock and answers later starts.
pub struct Listener {
    lock: File,
    socket: TcpListener,
    token: String,
}

fn sibling(database: &Path, suffix: &str) -> PathBuf {
    let mut name = database.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    database.with_file_name(name)
}

/// Takes the lock for `database` (the file need not exist yet), or asks the Baken holding it to
/// raise its window.
pub fn claim(database: &Path) -> Start {
    if let Some(dir) = database.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!(
            "baken: {}: {e}; starting without the single-instance check",
            dir.display()
        );
        return Start::First(None);
    }
    let lock_path = sibling(database, ".lock");
    let info_path = sibling(database, ".instance");
    let lock = match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
    {
        Ok(file) => file,
        Err(e) => {
            eprintln!(
                "baken: {}: {e}; starting without the single-instance check",
                lock_path.display()
            );
            return Start::First(None);
        }
    };
    let deadline = Instant::now() + PATIENCE;
    loop {
        match lock.try_lock() {
            Ok(()) => return Start::First(listen(lock, &info_path)),
            Err(TryLockError::WouldBlock) => {
                if ask_to_raise(&info_path) {
                    return Start::Handed;
                }
            }
            Err(TryLockError::Error(e)) => {
                // Some network file systems cannot lock: run as before rather than not at all.
                eprintln!(
                    "baken: {}: {e}; starting without the single-instance check",
                    lock_path.display()
                );
                return Start::First(None);
            }
        }
        if Instant::now() >= deadline {
            eprintln!(
                "baken: another Baken holds {} but does not answer; starting anyway",
                lock_path.display()
            );
            return Start::First(None);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn listen(lock: File, info_path: &Path) -> Option<Listener> {
    let socket = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .inspect_err(|e| eprintln!("baken: no loopback port for the single-instance check: {e}"))
        .ok()?;
    let port = socket.local_addr().ok()?.port();
    let token = uuid::Uuid::new_v4().simple().to_string();
    // Written whole under a temporary name, then renamed: a later start never reads half a line.
    let partial = sibling(info_path, ".new");
    let written = std::fs::write(&partial, format!("{port} {token}\n"))
        .and_then(|()| std::fs::rename(&partial, info_path));
    if let Err(e) = written {
        eprintln!(
            "baken: {}: {e}; starting without the single-instance check",
            info_path.display()
        );
        return None;
    }
    Some(Listener {
        lock,
        socket,
        token,
    })
}

/// Sends the token to the port in `info_path`; true when the Baken there raised its window.
fn ask_to_raise(info_path: &Path) -> bool {
    let Ok(info) = std::fs::read_to_string(info_path) else {
        return false; // the first Baken has not written it yet
    };
    let Some((port, token)) = info.trim().split_once(' ') else {
        return false;
    };
    let Ok(port) = port.parse::<u16>() else {
        return false;
    };
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_secs(1)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(3)));
    if writeln!(stream, "{ASK} {token}").is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = read_line(stream, &mut answer);
    answer.trim() == RAISED
}

impl Listener {
    /// Answers later starts on a thread of its own, calling `raise` for each that sent the token.
    pub fn serve(self, raise: impl Fn() + Send + 'static) {
        let Listener {
            lock,
            socket,
            token,
        } = self;
        let expected = format!("{ASK} {token}");
        let spawned = std::thread::Builder::new()
            .name("baken-instance".into())
            .spawn(move || {
                let _held = lock; // until the process ends
                for stream in socket.incoming() {
                    let Ok(mut stream) = stream else { continue };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                    let mut line = String::new();
                    let Ok(reader) = stream.try_clone() else {
                        continue;
                    };
                    if read_line(reader, &mut line) && line.trim_end() == expected {
                        raise();
                        let _ = writeln!(stream, "{RAISED}");
                    }
                }
            });
        if let Err(e) = spawned {
            eprintln!("baken: cannot start the single-instance listener: {e}");
        }
    }
}

/// Reads one line of at most 200 bytes into `line`; false on an error, a timeout or a longer line.
fn read_line(from: impl Read, line: &mut String) -> bool {
    matches!(BufReader::new(from.take(200)).read_line(line), Ok(n) if n > 0 && line.ends_with('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_database() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("baken-instance-{}", uuid::Uuid::new_v4()));
        dir.join("baken.sqlite")
    }

    #[test]
    fn a_second_start_on_the_same_database_raises_the_first_and_ends() {
        let database = temp_database();
        let Start::First(Some(first)) = claim(&database) else {
            panic!("the first start must get the lock and a port");
        };
        let (raised, seen) = std::sync::mpsc::channel();
        first.serve(move || raised.send(()).unwrap());
        assert!(matches!(claim(&database), Start::Handed));
        seen.recv_timeout(Duration::from_secs(5))
            .expect("the first Baken was asked to raise its window");
        // A database elsewhere is someone else's: it starts on its own.
        let other = temp_database();
        assert!(matches!(claim(&other), Start::First(Some(_))));
        std::fs::remove_dir_all(database.parent().unwrap()).unwrap();
        std::fs::remove_dir_all(other.parent().unwrap()).unwrap();
    }

    #[test]
    fn a_wrong_token_raises_nothing() {
        let database = temp_database();
        let Start::First(Some(first)) = claim(&database) else {
            panic!("the first start must get the lock and a port");
        };
        let port = first.socket.local_addr().unwrap().port();
        let (raised, seen) = std::sync::mpsc::channel();
        first.serve(move || raised.send(()).unwrap());
        let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).unwrap();
        writeln!(stream, "{ASK} not-the-token").unwrap();
        let mut answer = String::new();
        stream
            .set_read_timeout(Some(Duration::from_secs(3)))
            .unwrap();
        let _ = read_line(stream, &mut answer);
        assert_eq!(answer, "");
        assert!(seen.recv_timeout(Duration::from_millis(300)).is_err());
        std::fs::remove_dir_all(database.parent().unwrap()).unwrap();
    }

    #[test]
    fn the_lock_of_an_ended_baken_is_free_again() {
        let database = temp_database();
        // A first Baken that ended (or crashed) without cleaning up: its files are still there.
        drop(claim(&database));
        assert!(sibling(&database, ".instance").exists());
        assert!(matches!(claim(&database), Start::First(Some(_))));
        std::fs::remove_dir_all(database.parent().unwrap()).unwrap();
    }
}
