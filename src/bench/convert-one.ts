// Run by the bench as a child process: converts one file and prints, as one
// JSON line, the CPU time of the conversion alone (module loading excluded) and
// its outcome. A child, because the inputs it is given are built to be
// pathological: a stack overflow or a hang must not take the bench down.
import { readFileSync } from 'node:fs';
import { convert, ConversionError } from '../convert.js';

const [path, timeoutMs] = process.argv.slice(2);
const bytes = readFileSync(path);
const started = process.cpuUsage();
let outcome: string;
try {
  await convert(bytes, path, { timeoutMs: Number(timeoutMs) });
  outcome = 'ok';
} catch (error) {
  outcome = error instanceof ConversionError ? error.code : `crashed: ${(error as Error)?.message ?? String(error)}`;
}
const used = process.cpuUsage(started);
console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, outcome }));
