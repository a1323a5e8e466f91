//! `records::open` with a passphrase: a records file that may be sealed (`seal::unseal`).
//!
//! Two checks per input:
//!
//! 1. The input is opened as it is. Argon2id at the parameters Baken writes costs 19 MiB and tens
//!    of milliseconds a try, and a file may ask for up to 256 MiB and 10 passes before `unseal`
//!    refuses it. So the harness reads the header's `kdf` first and skips inputs whose key
//!    derivation would be allowed but costs more than [`BUDGET`]; everything else (cheaper
//!    parameters, parameters `unseal` refuses, headers it cannot read) goes to `open`. The seeds
//!    are sealed with cheap parameters, so mutations explore the header and the decryption.
//! 2. The input is sealed as plaintext (cheap parameters, the same layout as `seal::seal`) and
//!    opened: that must give exactly what `records::parse` gives for the plaintext. Random
//!    mutations never make a valid authentication tag; this way the path behind it is fuzzed too.

#![no_main]

use std::sync::OnceLock;

use argon2::{Algorithm, Argon2, Params, Version};
use baken_core::records::{open, parse};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use libfuzzer_sys::fuzz_target;

const PASSPHRASE: &str = "correct horse battery";
/// The most Argon2 work (KiB of memory × passes) an input may ask for and still be run: a few
/// milliseconds, against ~50 ms for Baken's own 19 MiB × 2.
const BUDGET: u64 = 1024;
/// The bounds above which `unseal` refuses without deriving a key (see `seal.rs`).
const REFUSED: (u64, u64, u64) = (256 * 1024, 10, 8);
/// Argon2's smallest parameters: 8 KiB, one pass, one lane.
const CHEAP: (u32, u32, u32) = (8, 1, 1);
const SALT: [u8; 16] = [7; 16];
const NONCE: [u8; 24] = [9; 24];

fuzz_target!(|data: &[u8]| {
    if affordable(data)
        && let Err(e) = open(data, Some(PASSPHRASE))
    {
        let _ = (e.to_string(), e.message_id(), e.args());
    }
    let sealed = seal_cheaply(data);
    assert_eq!(
        open(&sealed, Some(PASSPHRASE)),
        parse(data),
        "a sealed file opens to something other than its plaintext"
    );
});

/// False only when the header asks for a key derivation `unseal` would run and that costs more
/// than [`BUDGET`]. Reads the first line as `unseal` does.
fn affordable(data: &[u8]) -> bool {
    let Some(end) = data.iter().take(4096).position(|&b| b == b'\n') else {
        return true;
    };
    let Ok(header) = serde_json::from_slice::<serde_json::Value>(&data[..end]) else {
        return true;
    };
    let param = |name: &str| header.get("kdf")?.get(name)?.as_u64();
    let (Some(m), Some(t), Some(p)) = (param("m"), param("t"), param("p")) else {
        return true;
    };
    let refused = m > REFUSED.0 || t > REFUSED.1 || p > REFUSED.2;
    refused || m.saturating_mul(t) <= BUDGET
}

/// The key for the cheap parameters and the fixed salt, derived once.
fn key() -> &'static [u8; 32] {
    static KEY: OnceLock<[u8; 32]> = OnceLock::new();
    KEY.get_or_init(|| {
        let params = Params::new(CHEAP.0, CHEAP.1, CHEAP.2, Some(32)).expect("valid parameters");
        let mut key = [0; 32];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(PASSPHRASE.as_bytes(), &SALT, &mut key)
            .expect("a 16-byte salt is valid");
        key
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `plain` sealed in the format of `docs/records-format.md`, with the cheap parameters.
fn seal_cheaply(plain: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "{{\"format\":\"baken-records-sealed\",\"version\":1,\"kdf\":{{\"alg\":\"argon2id\",\
         \"m\":{},\"t\":{},\"p\":{},\"salt\":\"{}\"}},\"cipher\":\"xchacha20poly1305\",\
         \"nonce\":\"{}\"}}\n",
        CHEAP.0,
        CHEAP.1,
        CHEAP.2,
        hex(&SALT),
        hex(&NONCE)
    )
    .into_bytes();
    let sealed = XChaCha20Poly1305::new(Key::from_slice(key()))
        .encrypt(
            XNonce::from_slice(&NONCE),
            Payload {
                msg: plain,
                aad: &out,
            },
        )
        .expect("encryption in memory does not fail");
    out.extend(sealed);
    out
}
