import { join } from 'node:path';
import { readCoaches } from './coaches.ts';
import { DEFAULT_PORT, REPO_ROOT, startServer } from './server.ts';

/** `npm start`: the web app, the API, the local coach sign-in and DynamoDB (dynalite, data in .data/) on one local port. */

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(1);
}
const dataDir = join(REPO_ROOT, '.data');

try {
  const server = await startServer({ port, host: process.env.HOST ?? '127.0.0.1', dataDir });
  const shown = server.url.replace('127.0.0.1', 'localhost');
  console.log(`Työ & etuudet is running at ${shown}/`);
  console.log(`  API: ${shown}/v1/health · ${shown}/v1/openapi.json · DynamoDB (dynalite): ${server.dynamoDbEndpoint}, data in .data/`);
  const invited = readCoaches(dataDir).length;
  console.log(
    invited === 0
      ? '  Saved cases need a signed-in coach: invite one for the local sign-in with `npm run coach -- add you@example.fi`.'
      : `  Local coach sign-in (no password, this computer only): ${invited} invited coach${invited === 1 ? '' : 'es'} (npm run coach -- list).`,
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
  if (code === 'EADDRINUSE') console.error(`Port ${port} is in use. Start on another one with PORT=<port> npm start.`);
  else console.error(error);
  process.exit(1);
}
