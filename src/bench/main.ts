// `npm run bench`: throughput figures of the PDF ingester and of whole batches, printed to stdout.
import { runBatchBench } from './batch.js';
import { runPdfBench } from './pdf.js';
import { runStructureBench } from './structure.js';

await runPdfBench();
await runBatchBench();
await runStructureBench();
