//! The stored window placement: JSON from the settings table, read as `Store::window_placement`
//! reads it, then fitted to monitors as the app does at start.
//!
//! The input is the stored JSON, then optionally a NUL byte and bytes that make up the monitors
//! and the smallest window size (so the seeds stay readable JSON files). Every placement is also
//! fitted to a few fixed monitor set-ups: none, a laptop, a laptop with a screen on its left.

#![no_main]

use baken_core::window::{Area, WindowPlacement};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const MIN: Area = Area {
    x: 0,
    y: 0,
    width: 640,
    height: 480,
};
const LAPTOP: Area = Area {
    x: 0,
    y: 0,
    width: 1920,
    height: 1080,
};
const LEFT: Area = Area {
    x: -2560,
    y: -360,
    width: 2560,
    height: 1440,
};

fuzz_target!(|data: &[u8]| {
    let (json, rest) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], &data[nul + 1..]),
        None => (data, &[][..]),
    };
    let Ok(json) = std::str::from_utf8(json) else {
        return;
    };
    let Ok(placement) = serde_json::from_str::<WindowPlacement>(json) else {
        return;
    };
    for monitors in [&[][..], &[LAPTOP][..], &[LAPTOP, LEFT][..]] {
        let _ = placement.fit(monitors, MIN);
    }
    if let Ok((monitors, min)) = set_up(&mut Unstructured::new(rest)) {
        let fitted = placement.fit(&monitors, min);
        // The window is never made smaller than the app allows.
        assert!(fitted.width >= min.width && fitted.height >= min.height);
    }
});

fn area(u: &mut Unstructured) -> Result<Area> {
    Ok(Area {
        x: u.arbitrary()?,
        y: u.arbitrary()?,
        width: u.arbitrary()?,
        height: u.arbitrary()?,
    })
}

/// Up to eight monitors and the smallest window size.
fn set_up(u: &mut Unstructured) -> Result<(Vec<Area>, Area)> {
    let min = area(u)?;
    let count = u.int_in_range(0..=8)?;
    let monitors = (0..count).map(|_| area(u)).collect::<Result<_>>()?;
    Ok((monitors, min))
}
