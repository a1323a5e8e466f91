#!/usr/bin/env python3
"""`make bench`: Baken's measured speed, memory and size against a bare Tauri 2 app, in one table.

What it does, in order (Python 3 standard library only):

1. builds the UI and the release binaries of Baken (`baken-app`, `baken`) and of the baseline
   `bench/bare` (`baken-bench-bare`, one static page) with the workspace's release profile;
2. starts its own X display (Xvfb) and D-Bus session bus with an unlocked gnome-keyring (the key
   store that holds the encrypted database's key), and prepares the demo municipality with
   `baken demo` and an active learner (the `bench_active` example of baken-store), so Baken's
   first screen is the learner's module list;
3. start-up: N pairs, alternately bare then Baken, each timed as a whole process from spawn until it
   exits with BAKEN_EXIT_WHEN_READY=1, which both apps do right after their first screen (Baken's
   with the demo data) has painted; every Baken run gets a fresh copy of the data directory, always
   at the same path, whose key `baken recover` put in the key store once. Then
   N pairs more with WebKit painting on the CPU (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1) for both,
   since under Xvfb WebKit's default is OpenGL through Mesa's software rasteriser;
4. memory: a few runs of each, alternately, with BAKEN_READY_FILE: once the file appears, wait 3 s
   and add up Pss (/proc/PID/smaps_rollup) of the app and all its descendants (the WebKit web and
   network processes), then stop the process tree;
5. size: stripped copies of both release binaries, both .deb packages (`tauri bundle --bundles deb`
   of the npm package @tauri-apps/cli), and the largest contributors to Baken's binary (cargo-bloat,
   installed when missing, on an unstripped build in target/bloat);
6. scale: the store, report, region and merge benches (`cargo bench`), whose figures it reads back;
7. prints one Markdown table (also written to target/bench/table.md).

Figures are medians over repeated runs with min and max. Nothing is asserted: a missed target
shows as "missed" in the table. `python3 bench/run.py --help` lists the options.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")).resolve()
RELEASE = TARGET / "release"
OUT_DIR = TARGET / "bench"
CARGO_BLOAT_VERSION = "0.12.1"
MB = 1_000_000  # sizes are in decimal megabytes, as the targets are

# The targets of the issue "Measured speed" and of the store, report and region issues.
STARTUP_RATIO_TARGET = 1.3
MEMORY_RATIO_TARGET = 1.3
DEB_TARGET = 20 * MB
BINARY_TARGET = 55 * MB


def log(*parts: object) -> None:
    print("bench:", *parts, file=sys.stderr, flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    log("$", " ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, **kw)


# --- processes ----------------------------------------------------------------------------------


def proc_table() -> dict[int, tuple[int, int]]:
    """pid -> (ppid, pgrp) of every process, from /proc/*/stat."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: split after the last ')'.
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry)] = (int(fields[1]), int(fields[2]))
    return table


def descendants(root: int) -> list[int]:
    """`root` and every process below it."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in proc_table().items():
        children.setdefault(ppid, []).append(pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def process_name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def stop_group(proc: subprocess.Popen, extra: list[int] = ()) -> None:
    """Stops the process group the app was started in (and `extra` pids), and waits until it is
    gone, so the next run starts on a quiet machine."""
    pids = set(extra)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            table = proc_table()
            alive = [p for p, (_, g) in table.items() if g == proc.pid] + [
                p for p in pids if p in table
            ]
            if not alive:
                break
            time.sleep(0.05)
        else:
            continue
        break
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


# --- the display, the session bus and the apps ------------------------------------------------


@dataclass
class Desktop:
    """Xvfb and a D-Bus session bus of our own, and the environment the apps run in."""

    env: dict[str, str]
    procs: list[subprocess.Popen] = field(default_factory=list)
    home: Path | None = None

    @staticmethod
    def start() -> "Desktop":
        procs = []
        read, write = os.pipe()
        # -displayfd: Xvfb picks a free display and writes its number to that descriptor.
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(write)
        procs.append(xvfb)
        with os.fdopen(read) as f:
            display = f.readline().strip()
        if not display:
            raise SystemExit("bench: Xvfb did not report a display")
        env = dict(os.environ)
        # The apps keep their WebKit caches and settings in a directory of the bench's own.
        home = Path(tempfile.mkdtemp(prefix="baken-bench-home-"))
        env.update(
            DISPLAY=f":{display}",
            NO_AT_BRIDGE="1",
            GDK_BACKEND="x11",
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_CONFIG_HOME=str(home / "config"),
        )
        for var in ("BAKEN_EXIT_WHEN_READY", "BAKEN_READY_FILE", "BAKEN_DATA_DIR", "WAYLAND_DISPLAY"):
            env.pop(var, None)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        procs.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        # The key store: gnome-keyring's Secret Service, unlocked, its keyrings in the bench's home.
        password = home / "keyring-password"
        password.write_text("baken-bench")
        with open(password) as stdin:
            procs.append(subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=stdin,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env={**env, "HOME": str(home)},
                start_new_session=True,
            ))
        for _ in range(100):
            owner = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                 "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                 "string:org.freedesktop.secrets"],
                env=env, capture_output=True, text=True,
            )
            if "boolean true" in owner.stdout:
                break
            time.sleep(0.1)
        else:
            raise SystemExit("bench: gnome-keyring did not start its Secret Service")
        log(f"display :{display}, session bus {env['DBUS_SESSION_BUS_ADDRESS']}")
        return Desktop(env, procs, home)

    def stop(self) -> None:
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        if self.home:
            shutil.rmtree(self.home, ignore_errors=True)


@dataclass
class App:
    name: str
    binary: Path
    screen: str  # what the app says it painted: Baken must report its home screen
    data_template: Path | None = None  # Baken: a fresh copy of this data directory per run

    def spawn(self, desktop: Desktop, scratch: Path, extra_env: dict[str, str]):
        args = [str(self.binary)]
        if self.data_template:
            # Always the same path: the key store knows the database's key by its path.
            data = scratch / "data-run"
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(self.data_template, data)
            args += ["--data-dir", str(data)]
        env = {**desktop.env, **extra_env}
        started = time.perf_counter()
        proc = subprocess.Popen(
            args,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its own process group, with the WebKit processes in it
        )
        return proc, started

    def startup(self, desktop: Desktop, scratch: Path, env: dict[str, str]) -> float:
        """Seconds from spawn until the app says (on stdout) that its first screen has painted.
        The app exits right after; how it exits (WebKit's threads are still busy) does not count."""
        proc, started = self.spawn(desktop, scratch, {**env, "BAKEN_EXIT_WHEN_READY": "1"})
        said = ""
        timer = threading.Timer(120, lambda: stop_group(proc))
        timer.start()
        try:
            for line in proc.stdout:
                if line.startswith("ready: "):
                    said = line.strip()
                    break
            elapsed = time.perf_counter() - started
        finally:
            timer.cancel()
            stop_group(proc)
        if said != f"ready: {self.screen}":
            raise SystemExit(
                f"bench: {self.name} exited with {proc.returncode} and said {said or '(nothing)'!r}, "
                f"expected 'ready: {self.screen}'"
            )
        return elapsed

    def memory(self, desktop: Desktop, scratch: Path, settle: float) -> tuple[int, dict[str, int]]:
        """Total Pss in KiB of the process tree `settle` seconds after the first painted screen,
        and the same per process name."""
        ready = scratch / f"ready-{time.monotonic_ns()}"
        proc, _ = self.spawn(desktop, scratch, {"BAKEN_READY_FILE": str(ready)})
        tree: list[int] = []
        try:
            deadline = time.monotonic() + 120
            while not ready.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"bench: {self.name} never wrote its ready file")
                time.sleep(0.02)
            time.sleep(0.05)
            if ready.read_text() != self.screen:
                raise SystemExit(f"bench: {self.name} painted {ready.read_text()!r}, not {self.screen!r}")
            time.sleep(settle)
            tree = descendants(proc.pid)
            per_name: dict[str, int] = {}
            for pid in tree:
                name = "the app process" if pid == proc.pid else process_name(pid)
                per_name[name] = per_name.get(name, 0) + pss_kib(pid)
            return sum(per_name.values()), per_name
        finally:
            stop_group(proc, tree)


# --- statistics and the table -----------------------------------------------------------------


@dataclass
class Row:
    what: str
    target: str
    baken: str
    bare: str = ""
    ratio: str = ""
    verdict: str = ""


def spread(values: list[float], fmt) -> str:
    """median (min–max)"""
    if len(values) == 1:
        return fmt(values[0])
    return f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))})"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def table(rows: list[Row]) -> str:
    head = ["what", "target", "Baken: median (min–max)", "bare Tauri: median (min–max)", "ratio", "verdict"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append(f"| {r.what} | {r.target} | {r.baken} | {r.bare} | {r.ratio} | {r.verdict} |")
    return "\n".join(lines)


# --- the parts --------------------------------------------------------------------------------


def build(args) -> None:
    run(["npm", "--prefix", str(REPO / "ui"), "run", "build"], cwd=REPO)
    run(
        ["cargo", "build", "--release", "--locked", "-p", "baken-app", "-p", "baken-cli", "-p", "baken-bench-bare"],
        cwd=REPO,
    )
    run(["cargo", "build", "--release", "--locked", "-p", "baken-store", "--example", "bench_active"], cwd=REPO)


def demo_data(scratch: Path, desktop: "Desktop") -> Path:
    """The demo municipality, with the learner who has recorded the most as the active profile, so
    Baken opens on that learner's module list; its key in the desktop's key store for the path
    every run copies it to (App.spawn)."""
    data = scratch / "demo-template"
    made = subprocess.run([str(RELEASE / "baken"), "demo", "--data-dir", str(data)],
                          env=desktop.env, check=True, capture_output=True, text=True)
    code = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", made.stderr)
    if not code:
        raise SystemExit(f"bench: `baken demo` gave no recovery code: {made.stderr}")
    run([str(RELEASE / "examples" / "bench_active"), str(data), code.group(1)])
    run_dir = scratch / "data-run"
    shutil.copytree(data, run_dir)
    subprocess.run([str(RELEASE / "baken"), "recover", "--data-dir", str(run_dir)],
                   input=code.group(1) + "\n", env=desktop.env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    return data


def startup_rows(baken: App, bare: App, desktop: Desktop, scratch: Path, pairs: int, what: str,
                 env: dict[str, str]) -> list[Row]:
    # One run of each first, not counted: it warms the page cache and WebKit's caches.
    bare.startup(desktop, scratch, env)
    baken.startup(desktop, scratch, env)
    times: dict[str, list[float]] = {"bare": [], "baken": []}
    ratios = []
    for i in range(pairs):
        t_bare = bare.startup(desktop, scratch, env)
        t_baken = baken.startup(desktop, scratch, env)
        times["bare"].append(t_bare)
        times["baken"].append(t_baken)
        ratios.append(t_baken / t_bare)
        log(f"start-up ({what}) pair {i + 1}/{pairs}: bare {t_bare * 1e3:.0f} ms, Baken {t_baken * 1e3:.0f} ms, "
            f"ratio {t_baken / t_bare:.2f}")
    ms = lambda s: f"{s * 1e3:.0f} ms"  # noqa: E731
    r = statistics.median(ratios)
    return [
        Row(
            f"start-up to the painted first screen (home with demo data), {what}, {pairs} pairs",
            f"≤ {STARTUP_RATIO_TARGET}× bare",
            spread(times["baken"], ms),
            spread(times["bare"], ms),
            spread(ratios, lambda x: f"{x:.2f}×"),
            verdict(r <= STARTUP_RATIO_TARGET),
        )
    ]


def memory_rows(baken: App, bare: App, desktop: Desktop, scratch: Path, runs: int, settle: float) -> list[Row]:
    totals: dict[str, list[int]] = {"bare": [], "baken": []}
    parts: dict[str, list[dict[str, int]]] = {"bare": [], "baken": []}
    for i in range(runs):
        for key, app in (("bare", bare), ("baken", baken)):
            total, per_name = app.memory(desktop, scratch, settle)
            totals[key].append(total)
            parts[key].append(per_name)
            log(f"memory run {i + 1}/{runs}: {app.name} {total / 1024:.1f} MiB "
                + ", ".join(f"{n} {k / 1024:.1f}" for n, k in sorted(per_name.items())))
    mib = lambda k: f"{k / 1024:.1f} MiB"  # noqa: E731
    ratio = statistics.median(totals["baken"]) / statistics.median(totals["bare"])
    rows = [
        Row(
            f"memory: total PSS of the process tree {settle:.0f} s after the first screen, {runs} runs each",
            f"≤ {MEMORY_RATIO_TARGET}× bare",
            spread(totals["baken"], mib),
            spread(totals["bare"], mib),
            f"{ratio:.2f}×",
            verdict(ratio <= MEMORY_RATIO_TARGET),
        )
    ]
    names = {n for p in parts["baken"] + parts["bare"] for n in p}
    median_of = lambda key, n: statistics.median(p.get(n, 0) for p in parts[key])  # noqa: E731
    for n in sorted(names, key=lambda n: -median_of("baken", n)):
        b = [p.get(n, 0) for p in parts["baken"]]
        a = [p.get(n, 0) for p in parts["bare"]]
        rows.append(Row(f"… of which {n}", "", spread(b, mib), spread(a, mib),
                        f"{statistics.median(b) / max(statistics.median(a), 1):.2f}×"))
    return rows


def size_row(what: str, limit: int, sizes: dict[str, int]) -> Row:
    """A row of bytes, Baken's against the bare app's, with Baken's limit."""
    mb = lambda b: f"{b / MB:.2f} MB ({b / 2**20:.1f} MiB)"  # noqa: E731
    return Row(
        what,
        f"≤ {limit // MB} MB",
        mb(sizes["baken"]),
        mb(sizes["bare"]),
        f"{sizes['baken'] / sizes['bare']:.1f}×",
        verdict(sizes["baken"] <= limit),
    )


def size_rows(skip_deb: bool) -> list[Row]:
    sizes = {}
    for key, name in (("baken", "baken-app"), ("bare", "baken-bench-bare")):
        copy = OUT_DIR / f"{name}.stripped"
        run(["strip", "-o", str(copy), str(RELEASE / name)])
        sizes[key] = copy.stat().st_size
    rows = [size_row("stripped release binary", BINARY_TARGET, sizes)]
    if skip_deb:
        return rows
    debs = {}
    tauri = ["npx", "--prefix", str(REPO / "ui"), "--no-install", "tauri", "bundle", "--bundles", "deb"]
    for key, cwd, pattern in (
        ("baken", REPO / "src-tauri", "Baken_*.deb"),
        ("bare", REPO / "bench" / "bare", "baken-bench-bare_*.deb"),
    ):
        for old in (RELEASE / "bundle" / "deb").glob(pattern):
            old.unlink()
        run(tauri, cwd=cwd, stdout=subprocess.DEVNULL)
        (deb,) = (RELEASE / "bundle" / "deb").glob(pattern)
        # Both packages recompressed with xz, as `make package` ships Baken's.
        run([str(REPO / "scripts" / "repack-deb.sh"), str(deb)], cwd=REPO)
        debs[key] = deb.stat().st_size
    rows.append(size_row(".deb package", DEB_TARGET, debs))
    return rows


def ensure_cargo_bloat() -> bool:
    try:
        subprocess.run(["cargo", "bloat", "--version"], check=True, capture_output=True)
        return True
    except (subprocess.CalledProcessError, FileNotFoundError):
        pass
    log(f"installing cargo-bloat {CARGO_BLOAT_VERSION}")
    try:
        run(["cargo", "install", "cargo-bloat", "--version", CARGO_BLOAT_VERSION, "--locked", "--quiet"])
        return True
    except subprocess.CalledProcessError:
        return False


def bloat_rows(top: int) -> list[Row]:
    """The crates whose code takes most of Baken's binary, from an unstripped build of the same
    profile in target/bloat (its own directory, so the stripped build is not rebuilt)."""
    env = {**os.environ, "CARGO_PROFILE_RELEASE_STRIP": "false", "CARGO_TARGET_DIR": str(TARGET / "bloat")}
    if not ensure_cargo_bloat():
        return bloat_rows_nm(env, top)
    cmd = ["cargo", "bloat", "--release", "--locked", "-p", "baken-app", "--bin", "baken-app",
           "--crates", "-n", str(top), "--message-format", "json"]
    log("$", " ".join(cmd))
    out = subprocess.run(cmd, cwd=REPO, env=env, check=True, capture_output=True, text=True).stdout
    data = json.loads(out.strip().splitlines()[-1])
    text = data["text-section-size"]
    unstripped = TARGET / "bloat" / "release" / "baken-app"
    rows = [Row(
        "binary: code (.text) by crate, largest first (cargo-bloat)", "",
        f"{text / MB:.1f} MB of code in a {data['file-size'] / MB:.1f} MB unstripped file", "", "", "",
    )]
    for c in data["crates"]:
        rows.append(Row(f"… {c['name']}", "", f"{c['size'] / MB:.2f} MB ({c['size'] / text:.0%} of code)"))
    rows.extend(section_rows(unstripped))
    return rows


def bloat_rows_nm(env: dict[str, str], top: int) -> list[Row]:
    """Without cargo-bloat: symbol sizes from `nm` on the unstripped build, per crate prefix."""
    run(["cargo", "build", "--release", "--locked", "-p", "baken-app"], cwd=REPO, env=env)
    unstripped = TARGET / "bloat" / "release" / "baken-app"
    out = subprocess.run(["nm", "-C", "--size-sort", "-S", str(unstripped)], capture_output=True, text=True).stdout
    per: dict[str, int] = {}
    for line in out.splitlines():
        parts = line.split(maxsplit=3)
        if len(parts) < 4 or parts[2] not in "tTrRdD":
            continue
        name = parts[3].lstrip("<&*").split("::")[0].split("<")[0].strip() or "?"
        per[name] = per.get(name, 0) + int(parts[1], 16)
    total = sum(per.values())
    rows = [Row("binary: symbols by crate, largest first (nm)", "", f"{total / MB:.1f} MB in symbols")]
    for name, size in sorted(per.items(), key=lambda kv: -kv[1])[:top]:
        rows.append(Row(f"… {name}", "", f"{size / MB:.2f} MB ({size / total:.0%})"))
    return rows + section_rows(unstripped)


def section_rows(binary: Path) -> list[Row]:
    """Code against data: .rodata holds the embedded UI, fonts, content, and Typst's data."""
    out = subprocess.run(["size", "-A", str(binary)], capture_output=True, text=True).stdout
    sections = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith(".") and parts[1].isdigit():
            sections[parts[0]] = int(parts[1])
    keep = [".text", ".rodata", ".data.rel.ro", ".eh_frame"]
    shown = ", ".join(f"{s} {sections[s] / MB:.1f} MB" for s in keep if s in sections)
    return [Row("binary: sections", "", shown)]


def cargo_bench(package: str, bench: str) -> str:
    cmd = ["cargo", "bench", "--locked", "-p", package, "--bench", bench]
    log("$", " ".join(cmd))
    out = subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, text=True).stdout
    print(out, file=sys.stderr)
    return out


def figures(out: str, label: str) -> dict[str, float]:
    """median / min / max / p99 in ms from the line of a cargo bench that starts with `label`."""
    for line in out.splitlines():
        if line.strip().startswith(label):
            return {k: float(v) for k, v in re.findall(r"(median|min|max|p99)\s+([\d.]+) ms", line)}
    raise SystemExit(f"bench: no line {label!r} in the bench output")


def scale_rows() -> list[Row]:
    def ms(v: float) -> str:
        if v >= 1000:
            return f"{v / 1000:.2f} s"
        return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"

    def row(what: str, target: str, limit_ms: float, f: dict[str, float]) -> Row:
        # The store bench reports p99 instead of min.
        spread = f"{ms(f['min'])}–{ms(f['max'])}" if "min" in f else f"p99 {ms(f['p99'])}, max {ms(f['max'])}"
        return Row(what, target, f"{ms(f['median'])} ({spread})", "", "", verdict(f["median"] <= limit_ms))

    store = cargo_bench("baken-store", "store")
    report = cargo_bench("baken-cli", "report")
    region = cargo_bench("baken-report", "region")
    merge = cargo_bench("baken-cli", "merge")
    return [
        row("record an answer (plan + insert + commit), learner with 10,000+ events", "≤ 2 ms median", 2,
            figures(store, "record an answer")),
        row("module list (home snapshot), learner with 10,000 events", "≤ 20 ms", 20,
            figures(store, "module list")),
        row("coordinator overview, 5,000 learners / 1,000,000 events", "≤ 100 ms", 100,
            figures(merge, "overview of the merged database")),
        row("council report of the demo municipality (read + score + typeset)", "≤ 1.5 s", 1500,
            figures(report, "report for the demo municipality (total)")),
        row("`region combine` of 30 municipalities (parse + combine + PDF)", "≤ 2 s", 2000,
            figures(region, "region combine, total")),
        row("`baken import` of 200 records files: 5,000 learners, 1,000,000 events", "≤ 10 s", 10_000,
            figures(merge, "merge 200 files into a fresh database")),
        row("… the same 200 files again (adds nothing)", "≤ 5 s", 5_000,
            figures(merge, "merge the same 200 files again")),
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pairs", type=int, default=10, help="start-up pairs, bare then Baken (default 10)")
    p.add_argument("--memory-runs", type=int, default=5, help="memory runs of each app (default 5)")
    p.add_argument("--settle", type=float, default=3.0, help="seconds after ready before reading Pss")
    p.add_argument("--bloat-top", type=int, default=10, help="crates to list for the binary's size")
    p.add_argument("--no-build", action="store_true", help="use the release binaries as they are")
    p.add_argument("--no-deb", action="store_true", help="skip the .deb packages")
    p.add_argument("--no-bloat", action="store_true", help="skip the binary's contributors")
    p.add_argument("--no-scale", action="store_true", help="skip the cargo benches")
    p.add_argument("--no-cpu-painting", action="store_true", help="skip the second start-up pass")
    args = p.parse_args()

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    if not args.no_build:
        build(args)
    scratch = Path(tempfile.mkdtemp(prefix="baken-bench-"))
    desktop = None
    rows: list[Row] = []
    try:
        desktop = Desktop.start()
        baken = App("Baken", RELEASE / "baken-app", "home", demo_data(scratch, desktop))
        bare = App("bare Tauri app", RELEASE / "baken-bench-bare", "bare")
        rows += startup_rows(baken, bare, desktop, scratch, args.pairs, "WebKit's default painting", {})
        if not args.no_cpu_painting:
            # Both apps again with WebKit painting on the CPU (Skia) instead of through OpenGL, which
            # under Xvfb is Mesa's software rasteriser: what a machine without a usable GPU sees.
            rows += startup_rows(baken, bare, desktop, scratch, args.pairs, "CPU painting",
                                 {"WEBKIT_SKIA_ENABLE_CPU_RENDERING": "1"})
        rows += memory_rows(baken, bare, desktop, scratch, args.memory_runs, args.settle)
    finally:
        if desktop:
            desktop.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    rows += size_rows(args.no_deb)
    if not args.no_bloat:
        rows += bloat_rows(args.bloat_top)
    if not args.no_scale:
        rows += scale_rows()

    load = os.getloadavg()
    conditions = (
        f"{os.cpu_count()} cores, load average {load[0]:.1f} at the end, "
        f"{time.strftime('%Y-%m-%d %H:%M')}; start-up: {args.pairs} pairs after one warm-up run each; "
        f"memory: {args.memory_runs} runs each, {args.settle:.0f} s after ready; MB = 10^6 bytes"
    )
    text = table(rows) + "\n\n" + conditions + "\n"
    (OUT_DIR / "table.md").write_text(text)
    print()
    print(text)


if __name__ == "__main__":
    main()
