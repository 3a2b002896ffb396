import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The floor: a bare node:http server that does only what any server must do for the same request (read the
 * body, parse it as JSON) and sends the same answer as the API, kept from its first response (so of the same
 * size). The API's throughput is reported as a share of this one's, measured in the same run.
 */
const answers = new Map<string, string>();
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const answer = answers.get(req.url ?? '');
    try {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (answer === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(answer);
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on('message', (message: { path: string; answer: string } | 'stop' | 'cpu') => {
  if (message === 'cpu') return void process.send?.({ cpu: process.cpuUsage() });
  if (message === 'stop') {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    return;
  }
  answers.set(message.path, message.answer);
  process.send?.({ ready: message.path });
});
