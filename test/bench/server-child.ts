import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../functions/local/server.ts';

/** The local server in its own process, so that the load generator does not share its event loop. */
const dataDir = mkdtempSync(join(tmpdir(), 'bench-server-'));
// BENCH_WEB_DIR: another web build than dist/web (the Lighthouse A/B runs, lighthouse-ab.ts).
const server = await startServer({ port: 0, dataDir, webDir: process.env.BENCH_WEB_DIR });
process.send?.({ url: server.url });
process.on('message', async (message) => {
  // The CPU time this process has used, for the CPU time a request takes.
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage(), thread: process.threadCpuUsage?.() });
  if (message === 'stop') {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
});
