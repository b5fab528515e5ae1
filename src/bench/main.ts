// `npm run bench`: throughput figures of the converter and of the PDF ingester.
import { runBatchBench } from './batch.js';
import { runPdfBench } from './pdf.js';

await runBatchBench();
await runPdfBench();
