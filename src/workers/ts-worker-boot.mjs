// Starts a TypeScript worker module when Khatt runs from its sources (under
// tsx): registers tsx's loader in this thread, then imports the module named
// by `workerData.entry`. Compiled JavaScript workers start directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
