//! What the CLI's benches share: one line of figures per measurement, in the form `make bench`
//! (bench/run.py) reads back.

use std::time::Duration;

/// Prints `name` with the median, the smallest and the largest of `samples`, in milliseconds.
pub fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name:<44} n={:<3} median {:>8.1} ms   min {:>8.1} ms   max {:>8.1} ms",
        samples.len(),
        ms(samples[samples.len() / 2]),
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
    );
}
