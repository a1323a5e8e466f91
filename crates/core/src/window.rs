//! Where the app's window was, so it opens there again: size, position and whether it was
//! maximised, in physical pixels. The app saves it when the window moves or resizes; at start
//! [`WindowPlacement::fit`] checks it against the monitors of today, since a laptop that was on a
//! docking station with a second screen may now have only its own.

use serde::{Deserialize, Serialize};

/// The window's size and position as last seen, outside the maximised state: a window that was
/// maximised opens maximised, and returns to this size when it is restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowPlacement {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub maximized: bool,
}

/// A rectangle in physical pixels: a monitor, or the smallest window the app allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

impl Area {
    fn contains(&self, x: i64, y: i64) -> bool {
        let (left, top) = (i64::from(self.x), i64::from(self.y));
        x >= left
            && y >= top
            && x < left + i64::from(self.width)
            && y < top + i64::from(self.height)
    }
}

/// How far into the window, from its top-left corner, a point must lie on a monitor for the
/// window to count as reachable: the middle of the first part of its title bar.
const GRIP: (u32, u32) = (100, 12);

impl WindowPlacement {
    /// The placement to open with, given today's monitors and the smallest size the app allows
    /// (`min`: only its width and height count). The size is kept, but never smaller than `min`
    /// nor larger than the largest monitor. The position is kept only when the window's title bar
    /// can be reached on one of the monitors; otherwise it is `None` and the window opens where the
    /// system puts it. With no monitors known, everything is kept as saved.
    pub fn fit(self, monitors: &[Area], min: Area) -> Fitted {
        let largest = monitors
            .iter()
            .map(|m| (m.width, m.height))
            .reduce(|a, b| (a.0.max(b.0), a.1.max(b.1)));
        let clamp = |v: u32, low: u32, high: Option<u32>| {
            let v = v.max(low);
            high.map_or(v, |h| v.min(h.max(low)))
        };
        let width = clamp(self.width, min.width, largest.map(|l| l.0));
        let height = clamp(self.height, min.height, largest.map(|l| l.1));
        let grip = (
            i64::from(self.x) + i64::from(GRIP.0.min(width / 2)),
            i64::from(self.y) + i64::from(GRIP.1.min(height / 2)),
        );
        let reachable = monitors.is_empty() || monitors.iter().any(|m| m.contains(grip.0, grip.1));
        Fitted {
            width,
            height,
            position: reachable.then_some((self.x, self.y)),
            maximized: self.maximized,
        }
    }
}

/// What [`WindowPlacement::fit`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fitted {
    pub width: u32,
    pub height: u32,
    /// `None`: the saved position is off every monitor.
    pub position: Option<(i32, i32)>,
    pub maximized: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

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
    // A second screen to the right of the laptop's.
    const DOCKED: Area = Area {
        x: 1920,
        y: 0,
        width: 2560,
        height: 1440,
    };

    fn placed(x: i32, y: i32, width: u32, height: u32) -> WindowPlacement {
        WindowPlacement {
            x,
            y,
            width,
            height,
            maximized: false,
        }
    }

    #[test]
    fn a_window_on_a_monitor_opens_where_it_was() {
        let f = placed(120, 80, 1100, 760).fit(&[LAPTOP], MIN);
        assert_eq!(
            f,
            Fitted {
                width: 1100,
                height: 760,
                position: Some((120, 80)),
                maximized: false
            }
        );
        let on_second = placed(2100, 100, 1600, 1000).fit(&[LAPTOP, DOCKED], MIN);
        assert_eq!(on_second.position, Some((2100, 100)));
        assert_eq!((on_second.width, on_second.height), (1600, 1000));
    }

    #[test]
    fn a_window_left_on_a_screen_that_is_gone_opens_where_the_system_puts_it() {
        // Saved on the docking station's screen; today only the laptop's own screen is there.
        let f = placed(2100, 100, 1600, 1000).fit(&[LAPTOP], MIN);
        assert_eq!(f.position, None);
        assert_eq!((f.width, f.height), (1600, 1000));
        // Dragged so far up that the title bar is above the screen.
        assert_eq!(
            placed(100, -200, 1100, 760).fit(&[LAPTOP], MIN).position,
            None
        );
        // Mostly off to the left, but the start of the title bar can still be grabbed.
        assert_eq!(
            placed(-50, 10, 1100, 760).fit(&[LAPTOP], MIN).position,
            Some((-50, 10))
        );
    }

    #[test]
    fn the_size_stays_between_the_smallest_allowed_and_the_largest_monitor() {
        let huge = placed(0, 0, 2560, 1440).fit(&[LAPTOP], MIN);
        assert_eq!((huge.width, huge.height), (1920, 1080));
        let tiny = placed(0, 0, 10, 10).fit(&[LAPTOP], MIN);
        assert_eq!((tiny.width, tiny.height), (640, 480));
        // A monitor smaller than the smallest window: the smallest window wins.
        let small = Area {
            x: 0,
            y: 0,
            width: 600,
            height: 400,
        };
        let on_small = placed(0, 0, 1100, 760).fit(&[small], MIN);
        assert_eq!((on_small.width, on_small.height), (640, 480));
    }

    #[test]
    fn maximised_stays_maximised_and_unknown_monitors_change_nothing() {
        let mut p = placed(3000, 3000, 1100, 760);
        p.maximized = true;
        let f = p.fit(&[], MIN);
        assert_eq!(
            f,
            Fitted {
                width: 1100,
                height: 760,
                position: Some((3000, 3000)),
                maximized: true
            }
        );
    }

    #[test]
    fn extreme_coordinates_do_not_overflow() {
        let f = placed(i32::MAX, i32::MAX, u32::MAX, u32::MAX).fit(&[LAPTOP], MIN);
        assert_eq!(f.position, None);
        assert_eq!((f.width, f.height), (1920, 1080));
    }
}
