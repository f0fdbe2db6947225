// Builds both targets (dist/chrome, dist/firefox, zipped), or with --test the test builds
// (dist/chrome-test, dist/firefox-test). Shipped and test builds differ only by withTestAccess().
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { formatReport } from './bundle-report.mjs';

const test = process.argv.includes('--test');
for (const target of ['chrome', 'firefox']) {
  const env = { ...process.env, TARGET: target, TEST_BUILD: test ? '1' : '' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
  if (!test) console.log(formatReport(`dist/${target}`));
  if (!test) {
    const zip = `dist/nutshell-${target}.zip`;
    rmSync(zip, { force: true });
    execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist',
      '--filename', `nutshell-${target}.zip`, '--overwrite-dest'], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`built dist/${target} and ${zip}`);
  } else {
    console.log(`built dist/${target}-test`);
  }
}
