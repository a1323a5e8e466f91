// Starts what the end-to-end tests need and always stops it again: a virtual X display (Xvfb, on
// a display it picks itself), a D-Bus session with an unlocked key store (gnome-keyring, where
// Baken keeps the key of its encrypted database, as on an official's desktop), and tauri-driver +
// WebKitWebDriver on free ports. Each test gets its own empty data directory, passed to the app
// as --data-dir.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const targetDir = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(repo, 'target');
export const appBinary = process.env.BAKEN_APP ?? join(targetDir, 'debug/baken-app');
export const cliBinary = process.env.BAKEN_CLI ?? join(targetDir, 'debug/baken');
export const screenshotDir = join(targetDir, 'e2e-screenshots');
mkdirSync(screenshotDir, { recursive: true });
/** What Xvfb, D-Bus, the drivers and the app print goes here, to keep the test output readable. */
export const logFile = join(targetDir, 'e2e-driver.log');
const log = openSync(logFile, 'w');

const children = new Set();
const tempDirs = new Set();
let keyring = null;

/**
 * A D-Bus session bus of the tests' own with gnome-keyring's Secret Service on it, unlocked: the
 * operating system's key store for the app and the `baken` command line. Its keyrings live in a
 * temporary home, so no test touches the user's own. Started once, on first use.
 */
export function keyringSession() {
  if (keyring) return keyring;
  const home = mkdtempSync(join(tmpdir(), 'baken-keyring-'));
  tempDirs.add(home);
  const bus = spawnSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], {
    encoding: 'utf8',
  });
  const [address, pid] = (bus.stdout ?? '').trim().split('\n');
  if (bus.status !== 0 || !address) throw new Error(`dbus-daemon did not start: ${bus.stderr}`);
  keyring = { address, busPid: Number(pid) };
  const env = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: address,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_RUNTIME_DIR: home,
  };
  // The keyring's password comes from a file: the daemon reads it from standard input.
  const password = join(home, 'password');
  writeFileSync(password, 'baken-e2e');
  const daemon = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
    env,
    stdio: [openSync(password, 'r'), log, log],
    detached: true,
  });
  children.add(daemon);
  // Wait until it answers on the bus; asked for earlier, D-Bus would start a second, locked one.
  const shared = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 100; i++) {
    const q = spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets'], { env, encoding: 'utf8' });
    if (q.stdout?.includes('boolean true')) return keyring;
    Atomics.wait(shared, 0, 0, 100);
  }
  throw new Error('gnome-keyring did not start its Secret Service');
}

function killAll() {
  if (keyring) {
    try {
      process.kill(keyring.busPid, 'SIGTERM');
    } catch {}
    keyring = null;
  }
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole process group: dbus, driver, webview, app
    } catch {}
  }
  children.clear();
  for (const dir of tempDirs) removeDir(dir);
  tempDirs.clear();
}

/**
 * Removes a test's directory. When it served as a home directory, a desktop portal
 * (xdg-document-portal) mounts a FUSE file system in it (`.cache/doc`, as there is no
 * XDG_RUNTIME_DIR under the test's D-Bus session), which may outlive the app for a moment: it is
 * unmounted first. A directory that still cannot go is named, not thrown about: the tests
 * themselves have passed or failed already.
 */
function removeDir(dir) {
  const mounts = readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((point) => point && point.startsWith(`${dir}/`));
  for (const point of mounts) {
    const root = process.getuid?.() === 0;
    const r = root ? spawnSync('umount', ['-l', point]) : spawnSync('fusermount3', ['-uz', point]);
    if (r.status !== 0 && !root) spawnSync('fusermount', ['-uz', point]);
  }
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (e) {
    console.error(`harness: could not remove ${dir}: ${e.message}`);
  }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForPort(port, timeout = 20000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const ok = await new Promise((res) => {
      const s = connect(port, '127.0.0.1', () => { s.end(); res(true); });
      s.on('error', () => res(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`nothing listens on port ${port} after ${timeout} ms`);
}

function startXvfb() {
  return new Promise((res, rej) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', log, log, 'pipe'],
      detached: true,
    });
    children.add(xvfb);
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) res(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => rej(new Error(`Xvfb exited with ${code}`)));
    setTimeout(() => rej(new Error('Xvfb did not report a display')), 15000);
  });
}

/**
 * Starts Xvfb and tauri-driver; returns the driver's URL and the display. `env` is added to the
 * environment the app inherits (e.g. GTK_THEME for the dark theme).
 */
export async function startDriver({ env = {} } = {}) {
  const display = await startXvfb();
  const port = await freePort();
  const nativePort = await freePort();
  const { address } = keyringSession();
  const driver = spawn(
    'tauri-driver',
    ['--port', String(port), '--native-port', String(nativePort)],
    {
      env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1', GDK_BACKEND: 'x11', DBUS_SESSION_BUS_ADDRESS: address, ...env },
      stdio: ['ignore', log, log],
      detached: true,
    },
  );
  children.add(driver);
  // tauri-driver listens at once but starts WebKitWebDriver beside it; a session asked for before
  // that one listens fails ("fetch failed"), so wait for both.
  await waitForPort(port);
  await waitForPort(nativePort);
  return { url: `http://127.0.0.1:${port}`, display, stop: killAll };
}

/** A fresh, empty data directory, removed when the tests end. */
export function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'baken-e2e-'));
  tempDirs.add(dir);
  return dir;
}

/** Launches the real app on `dataDir`. */
export function launch(driver, dataDir) {
  return Session.create(driver.url, appBinary, ['--data-dir', dataDir]);
}

/**
 * Launches the app, runs `steps` with the session, and always closes the app again; when a step
 * fails, a screenshot `failed-<name>.png` shows what the window looked like.
 */
export async function withApp(driver, dataDir, name, steps) {
  const app = await launch(driver, dataDir);
  try {
    return await steps(app);
  } catch (e) {
    const shot = join(screenshotDir, `failed-${name}.png`);
    await app.screenshot(shot).catch(() => {});
    e.message += `\n(screenshot: ${shot}; driver and app output: ${logFile})`;
    throw e;
  } finally {
    await app.quit().catch(() => {});
  }
}

/** Runs the `baken` command line (with the tests' key store) and returns its standard output. */
export function baken(...args) {
  const r = spawnSync(cliBinary, args, {
    encoding: 'utf8',
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: keyringSession().address },
  });
  if (r.status !== 0) throw new Error(`baken ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/**
 * `baken demo` in `dataDir`; returns the recovery code it prints for the new, encrypted database
 * (for tests that must look inside it, through the store's examples).
 */
export function demoWithCode(dataDir) {
  const r = spawnSync(cliBinary, ['demo', '--data-dir', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: keyringSession().address },
  });
  if (r.status !== 0) throw new Error(`baken demo: ${r.stderr}`);
  const code = r.stderr.match(/[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}/);
  if (!code) throw new Error(`baken demo printed no recovery code: ${r.stderr}`);
  return code[0];
}

// axe-core (pinned in ui/package-lock.json) runs inside the real webview and checks the screen
// against the WCAG 2.0, 2.1 and 2.2 A and AA rules.
const AXE_SOURCE = readFileSync(join(repo, 'ui/node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails when the screen the app shows now has any WCAG A/AA violation that axe-core can find,
 * listing each rule, its impact and the elements it found it on.
 */
export async function assertAccessible(app, label) {
  // The source goes in as part of the script itself: the app's Content-Security-Policy rightly
  // refuses an injected <script> element, while WebDriver's own script execution is allowed.
  const load = (await app.execute('return typeof window.axe')) === 'undefined' ? `${AXE_SOURCE}\n;` : '';
  const result = await app.cmd('POST', '/execute/async', {
    script: `${load}
      const done = arguments[arguments.length - 1];
      window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
        .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.split('\\n').slice(1).join(' ')) }))))
        .catch((e) => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));`,
    args: [AXE_TAGS],
  });
  const lines = result.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
  if (lines.length) throw new Error(`accessibility violations on "${label}":\n${lines.join('\n')}`);
}
