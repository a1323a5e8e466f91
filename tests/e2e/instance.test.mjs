// One Baken per data directory: starting it again on the same directory brings the open window
// to the front and ends, without a second window; another data directory starts its own Baken.
// Under Xvfb without a window manager, X input focus is what decides `document.hasFocus()`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { appBinary, baken, freshDataDir, startDriver, withApp } from './harness.mjs';
import { sleep } from './webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The top-level windows titled "Baken" on the test's display. */
function bakenWindows(env) {
  const tree = spawnSync('xwininfo', ['-root', '-children'], { env, encoding: 'utf8' });
  if (tree.status !== 0) throw new Error(`xwininfo: ${tree.stderr}`);
  return tree.stdout.split('\n').filter((line) => line.includes('"Baken": ("baken-app"')).length;
}

async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await sleep(100);
  }
  assert.fail(`waited 10 s for ${what}`);
}

describe('a second start', () => {
  it('on the same data brings the open window to the front; other data gets its own window', async () => {
    const ours = freshDataDir();
    const theirs = freshDataDir();
    baken('demo', '--data-dir', ours);
    const env = { ...process.env, DISPLAY: driver.display, NO_AT_BRIDGE: '1', GDK_BACKEND: 'x11' };
    await withApp(driver, ours, 'instance', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      const focused = () => app.execute('return document.hasFocus()');
      assert.equal(await focused(), true);
      // A Baken on another data directory is not a second start: it opens and takes the focus.
      const other = spawn(appBinary, ['--data-dir', theirs], { env, stdio: 'ignore' });
      try {
        await until(async () => bakenWindows(env) === 2 && !(await focused()), 'the other Baken to open');

        const again = spawnSync(appBinary, ['--data-dir', ours], { env, encoding: 'utf8', timeout: 30000 });
        assert.equal(again.status, 0, `the second start ends by itself: ${again.stderr}`);
        assert.match(again.stderr, /Baken is al geopend met deze gegevens; dat venster staat nu vooraan/);
        await until(focused, 'the first window to get the focus back');
        assert.equal(bakenWindows(env), 2, 'no third window');
        assert.equal(other.exitCode, null, 'the other Baken still runs');
      } finally {
        other.kill();
      }
    });
  });
});
