// Bulk audit benchmark: lints seeded JSONL exports of 10,000 and 100,000 invented notes with the built CLI,
// --jobs 1 and --jobs 2, and reports notes per second, peak RSS (the whole process, worker threads
// included: process.resourceUsage().maxRSS at exit) and whether both job counts gave the same output.
//
//   npx tsup && node scripts/bulk-bench.mjs            # 10k and 100k notes, jobs 1 and 2
//   BULK_SIZES=2000 BULK_JOBS=1,2,4 node scripts/bulk-bench.mjs
//   BULK_FORMAT=sarif BULK_WORDS=250 node scripts/bulk-bench.mjs --keep
//   BULK_REPEAT=3 node scripts/bulk-bench.mjs           # on a busy machine: best of 3 alternating rounds
//
// Output goes to files, never through this process, so the measurement is the CLI's alone.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBulkJsonl } from './lib/bulk-notes.mjs';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'dist', 'lint-worker.js'))) {
  console.error('bulk-bench: build first (npx tsup): dist/cli.js and dist/lint-worker.js are needed');
  process.exit(2);
}
// A snapshot of the built CLI, so that a rebuild of dist/ during a long run cannot change what is measured.
// It lives under node_modules/ so that the CLI's dependencies still resolve.
const snapshot = join(root, 'node_modules', '.cache', `casenote-lint-bulk-bench-${process.pid}`);
mkdirSync(snapshot, { recursive: true });
for (const file of ['cli.js', 'lint-worker.js']) copyFileSync(join(root, 'dist', file), join(snapshot, file));
const cli = join(snapshot, 'cli.js');
const list = (value, fallback) => (value ?? fallback).split(',').map((item) => Number(item.trim())).filter((n) => Number.isInteger(n) && n > 0);
const sizes = list(process.env.BULK_SIZES, '10000,100000');
const jobsList = list(process.env.BULK_JOBS, '1,2');
const format = process.env.BULK_FORMAT ?? 'json';
const words = Number(process.env.BULK_WORDS ?? 120);
const seed = Number(process.env.BULK_SEED ?? 20260401);
const keep = process.argv.includes('--keep');
const repeat = Math.max(1, Number(process.env.BULK_REPEAT ?? 1));

const work = mkdtempSync(join(tmpdir(), 'casenote-bulk-'));
const probe = join(work, 'rss-probe.mjs');
writeFileSync(
  probe,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.CASENOTE_BENCH_RSS, JSON.stringify({ maxRSS: u.maxRSS, cpuMicros: u.userCPUTime + u.systemCPUTime })); });\n",
);

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

function lint(input, jobs, output) {
  const rssFile = `${output}.rss`;
  const out = openSync(output, 'w');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(probe).href, cli, input, '--format', format, '--jobs', String(jobs)], {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, CASENOTE_BENCH_RSS: rssFile, CI: 'true' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(out);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1) return reject(new Error(`casenote-lint exited ${code}: ${stderr.slice(0, 500)}`));
      if (statSync(output).size === 0) return reject(new Error(`casenote-lint wrote nothing: ${stderr.slice(0, 500)}`));
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ seconds, rssKb: usage.maxRSS, cpuSeconds: usage.cpuMicros / 1e6, code });
    });
  });
}

const rows = [];
try {
  for (const size of sizes) {
    const input = join(work, `notes-${size}.jsonl`);
    const bytes = await writeBulkJsonl(input, seed, size, words);
    console.error(`bulk-bench: ${size.toLocaleString('en-GB')} notes, ${(bytes / 1024 / 1024).toFixed(1)} MiB of JSONL (seed ${seed}, ~${words} words a note)`);
    const hashes = new Map();
    const best = new Map();
    // Rounds alternate the job counts, so that load from other processes hits each alike; the fastest
    // round of each is reported (and the highest peak RSS of any round).
    for (let round = 0; round < repeat; round++) {
      for (const jobs of jobsList) {
        const output = join(work, `out-${size}-j${jobs}.${format}`);
        const load = loadavg()[0];
        const { seconds, rssKb, cpuSeconds, code } = await lint(input, jobs, output);
        const hash = await sha256(output);
        if (!hashes.has(jobs)) hashes.set(jobs, hash);
        // False when this output differs from --jobs 1's, or from an earlier round with the same job count.
        const consistent = hash === hashes.get(jobs);
        const sameAsJobs1 = !consistent ? false : jobs === 1 || !hashes.has(1) ? undefined : hash === hashes.get(1);
        const row = {
          notes: size,
          jobs,
          seconds: Number(seconds.toFixed(2)),
          notesPerSecond: Math.round(size / seconds),
          peakRssMiB: Math.round(rssKb / 1024),
          cpuSeconds: Number(cpuSeconds.toFixed(1)),
          loadBefore: Number(load.toFixed(1)),
          outputMiB: Number((statSync(output).size / 1024 / 1024).toFixed(1)),
          exitCode: code,
          sameAsJobs1,
        };
        console.error(`  round ${round + 1}, --jobs ${jobs}: ${row.seconds} s, ${row.notesPerSecond.toLocaleString('en-GB')} notes/s, peak RSS ${row.peakRssMiB} MiB, CPU ${row.cpuSeconds} s, load average before ${row.loadBefore}${row.sameAsJobs1 === undefined ? '' : row.sameAsJobs1 ? ', same output as --jobs 1' : ', OUTPUT DIFFERS'}`);
        const previous = best.get(jobs);
        if (!previous || row.seconds < previous.seconds) best.set(jobs, { ...row, peakRssMiB: Math.max(row.peakRssMiB, previous?.peakRssMiB ?? 0), sameAsJobs1: previous?.sameAsJobs1 === false ? false : row.sameAsJobs1 });
        else best.set(jobs, { ...previous, peakRssMiB: Math.max(row.peakRssMiB, previous.peakRssMiB), sameAsJobs1: row.sameAsJobs1 === false ? false : previous.sameAsJobs1 });
        if (!keep) rmSync(output);
      }
    }
    rows.push(...jobsList.map((jobs) => best.get(jobs)));
    if (!keep) rmSync(input);
  }
} finally {
  rmSync(snapshot, { recursive: true, force: true });
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.error(`bulk-bench: files kept in ${work}`);
}

console.log(`${cpus().length} CPUs; best of ${repeat} round(s) each; load average: the machine's when that run started.`);
console.log('| notes | jobs | seconds | notes/s | CPU seconds | peak RSS (MiB) | output (MiB) | load average | same as --jobs 1 |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|:---|');
for (const row of rows) {
  console.log(`| ${row.notes.toLocaleString('en-GB')} | ${row.jobs} | ${row.seconds} | ${row.notesPerSecond.toLocaleString('en-GB')} | ${row.cpuSeconds} | ${row.peakRssMiB} | ${row.outputMiB} | ${row.loadBefore} | ${row.sameAsJobs1 === undefined ? '—' : row.sameAsJobs1 ? 'yes' : 'NO'} |`);
}
if (rows.some((row) => row.sameAsJobs1 === false)) {
  console.error('bulk-bench: outputs differ between job counts');
  process.exitCode = 1;
}
