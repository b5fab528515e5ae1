// `npm run bench`: throughput figures for the ingesters, printed to stdout.
import { runPdfBench } from './pdf.js';

await runPdfBench();
