// `npm run bench`: throughput figures of the converter.
import { runBatchBench } from './batch.js';

await runBatchBench();
