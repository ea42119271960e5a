// Validates every built HTML page with the W3C Nu checker (vnu-jar, needs Java). Exit 1 on any error.
import { spawnSync } from 'node:child_process';
import vnu from 'vnu-jar';

const dir = process.argv[2] ?? 'dist';
const result = spawnSync('java', ['-Xss2m', '-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'text', dir], {
  encoding: 'utf8',
});
if (result.error) {
  console.error(`Could not run the Nu HTML checker: ${result.error.message} (is Java installed?)`);
  process.exit(1);
}
const output = `${result.stdout}${result.stderr}`.trim();
// vnu exits non-zero when it finds an error; on success it prints only a completion line.
if (result.status !== 0) {
  console.error(output);
  console.error('HTML validation failed.');
  process.exit(1);
}
console.log(`HTML valid (W3C Nu checker): every page in ${dir}/`);
