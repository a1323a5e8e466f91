// The Debian package as an official's laptop gets it: `make package` builds it, this test installs
// it with apt (as root, or through sudo), checks what it put where, starts the installed
// /usr/bin/baken-app under Xvfb with an empty home directory, and removes the package again
// (unless it was installed before the test).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, freshDataDir, repo, screenshotDir, startDriver, targetDir } from '../e2e/harness.mjs';
import { Session } from '../e2e/webdriver.mjs';

const debDir = join(targetDir, 'release/bundle/deb');
const version = JSON.parse(readFileSync(join(repo, 'src-tauri/tauri.conf.json'), 'utf8')).version;
const installed = '/usr/bin/baken-app';

function run(cmd, args, { admin = false } = {}) {
  const [bin, argv] = admin && process.getuid() !== 0 ? ['sudo', [cmd, ...args]] : [cmd, args];
  const r = spawnSync(bin, argv, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new Error(`${bin} ${argv.join(' ')} (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function packageStatus() {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'baken'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : '';
}

const debs = existsSync(debDir) ? readdirSync(debDir).filter((f) => /^Baken_.*\.deb$/.test(f)) : [];
assert.deepEqual(debs, [`Baken_${version}_amd64.deb`], `make package leaves exactly one package in ${debDir}`);
const deb = join(debDir, debs[0]);

let wasInstalled;
let driver;
before(() => {
  wasInstalled = packageStatus().includes('install ok installed');
});
after(() => {
  // The package goes first: whatever happens to the driver, the machine is left as it was found.
  try {
    if (!wasInstalled && packageStatus().includes('installed')) run('apt-get', ['remove', '-y', '-qq', 'baken'], { admin: true });
  } finally {
    driver?.stop();
  }
});

describe('the Debian package', () => {
  it('says what it is and what it needs', () => {
    const field = (name) => run('dpkg-deb', ['-f', deb, name]).trim();
    assert.equal(field('Package'), 'baken');
    assert.equal(field('Version'), version);
    assert.equal(field('Architecture'), 'amd64');
    assert.match(field('Depends'), /libwebkit2gtk-4\.1-0/);
    // SQLCipher encrypts with the system's OpenSSL (libcrypto), which gets the distribution's fixes.
    assert.match(field('Depends'), /libssl3 \| libssl3t64/);
    assert.match(field('Description'), /^Signalen van radicalisering herkennen, en weten wat u doet\n Baken helpt ambtenaren/);
  });

  it('installs with apt and puts the app, its menu entry and its icons in place', () => {
    run('apt-get', ['install', '-y', '-qq', '--reinstall', '--no-install-recommends', deb], { admin: true });
    assert.match(packageStatus(), /install ok installed/);
    const files = run('dpkg', ['-L', 'baken']).split('\n');
    for (const file of [
      installed,
      '/usr/share/applications/Baken.desktop',
      '/usr/share/icons/hicolor/32x32/apps/baken-app.png',
      '/usr/share/icons/hicolor/128x128/apps/baken-app.png',
    ]) {
      assert.ok(files.includes(file), `the package installs ${file}`);
      assert.ok(existsSync(file), `${file} is on disk`);
    }
    // The menu entry is valid and starts the installed program, in Dutch and in English.
    run('desktop-file-validate', ['/usr/share/applications/Baken.desktop']);
    const entry = readFileSync('/usr/share/applications/Baken.desktop', 'utf8');
    assert.match(entry, /^Exec=baken-app$/m);
    assert.match(entry, /^Icon=baken-app$/m);
    assert.match(entry, /^Comment\[nl\]=Signalen van radicalisering herkennen, en weten wat u doet$/m);
    assert.match(entry, /^Comment=Recognise signals of radicalisation, and know what to do$/m);
    assert.equal(run('sh', ['-c', 'command -v baken-app']).trim(), installed);
  });

  it('starts from the menu entry\'s command with the user\'s own data folder, and keeps what was done', async () => {
    assert.ok(existsSync(installed), 'installed by the test before');
    // A new user: an empty home directory, so Baken's data goes where a user's would.
    const home = freshDataDir();
    const dataHome = join(home, '.local/share');
    driver = await startDriver({ env: { HOME: home, XDG_DATA_HOME: dataHome, XDG_CONFIG_HOME: join(home, '.config') } });
    const start = () => Session.create(driver.url, installed, []);

    let app = await start();
    try {
      await app.waitFor('main[data-screen="onboarding"]');
      await app.click(await app.find('[data-testid="start-demo"]'));
      await app.waitFor('main[data-screen="profiles"]');
      assert.equal(await app.text(await app.find('[data-testid="municipality-name"]')), 'Gemeente Zilverdam');
      await app.screenshot(join(screenshotDir, 'installed-profiles.png'));
      await assertAccessible(app, 'installed app: profiles');
    } finally {
      await app.quit().catch(() => {});
    }
    assert.ok(existsSync(join(dataHome, 'nl.baken.app/baken.sqlite')), 'the database is in ~/.local/share/nl.baken.app');

    app = await start();
    try {
      // Opened again: straight to the demo municipality's people, not the welcome screen.
      await app.waitFor('main[data-screen="profiles"]');
      assert.equal(await app.text(await app.find('[data-testid="municipality-name"]')), 'Gemeente Zilverdam');
    } finally {
      await app.quit().catch(() => {});
    }
  });
});
