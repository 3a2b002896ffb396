import { connect } from 'node:net';

/**
 * One HTTP/1.1 request written byte for byte on a socket, so that a test can send what fetch() never would:
 * odd request targets, any Host header or none, a Content-Length without a body. Resolves with the status
 * (null when the server closed without answering) and the raw answer.
 */
export function rawRequest(
  port: number,
  head: string,
  options: { body?: string; timeoutMs?: number } = {},
): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : null, text });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer in ${options.timeoutMs ?? 5000} ms to ${JSON.stringify(head.split('\r\n')[0])}`));
    }, options.timeoutMs ?? 5000);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      text += chunk;
      // One answer is enough: stop at the end of its head when the body is not needed.
      if (/\r\n\r\n/.test(text) && /^HTTP\/1\.[01] \d{3}/.test(text) && /connection: close/i.test(text) === false) {
        const length = /content-length: (\d+)/i.exec(text)?.[1];
        const bodyStart = text.indexOf('\r\n\r\n') + 4;
        if (length !== undefined && text.length - bodyStart >= Number(length)) {
          socket.destroy();
          done();
        }
      }
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', () => done());
    socket.write(`${head}\r\n\r\n${options.body ?? ''}`, 'latin1');
  });
}
