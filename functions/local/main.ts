import { isAbsolute, join, relative, resolve } from 'node:path';
import { readCoaches } from './coaches.ts';
import { DataDirInUseError } from './data-dir.ts';
import { parseAllowedHosts } from './hosts.ts';
import { DEFAULT_PORT, REPO_ROOT, startServer } from './server.ts';

/**
 * `npm start`: the web app, the API, the local coach sign-in and DynamoDB (dynalite, data in .data/) on one
 * local port. PORT, HOST, ALLOWED_HOSTS and DATA_DIR change the port, the listening address, the extra
 * names the server answers to and the data folder.
 */

// Everything this process writes (the database, the signing key, the invited coaches) is for its owner only.
process.umask(0o077);

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : join(REPO_ROOT, '.data');
const inRepo = relative(REPO_ROOT, dataDir);
const shownDataDir = `${inRepo.startsWith('..') || isAbsolute(inRepo) ? dataDir : inRepo}/`;

try {
  const server = await startServer({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    allowedHosts: parseAllowedHosts(process.env.ALLOWED_HOSTS),
    dataDir,
  });
  const shown = server.url.replace('127.0.0.1', 'localhost');
  console.log(`Työ & etuudet is running at ${shown}/`);
  console.log(
    `  API: ${shown}/v1/health · ${shown}/v1/openapi.json · DynamoDB (dynalite): ${server.dynamoDbEndpoint}, data in ${shownDataDir}`,
  );
  const invited = readCoaches(dataDir).length;
  console.log(
    invited === 0
      ? '  Saved cases need a signed-in coach: invite one for the local sign-in with `npm run coach -- add you@example.fi`.'
      : `  Local coach sign-in (this computer only; its one-time codes appear here): ${invited} invited coach${invited === 1 ? '' : 'es'} (npm run coach -- list).`,
  );
  console.log('  Stop with Ctrl+C.');
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof DataDirInUseError) {
    console.error(
      `Another server is using ${shownDataDir}: stop it first, or start this one on other data: DATA_DIR=<folder> PORT=<port> npm start`,
    );
  } else if (code === 'EADDRINUSE') console.error(`Port ${port} is in use. Start on another one with PORT=<port> npm start.`);
  else console.error(error);
  process.exit(1);
}
