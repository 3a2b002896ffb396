/**
 * One structured line per request, and one per unexpected error. Never a request body, a query value or
 * a path beyond the matched route: those can hold personal data.
 */
export interface AccessLogLine {
  level: 'info';
  msg: 'request';
  requestId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
}

export interface ErrorLogLine {
  level: 'error';
  msg: 'unexpected error';
  requestId: string;
  route: string;
  error: string;
  stack?: string;
}

/** Where log lines go: stdout (CloudWatch on Lambda). Tests replace `write`. */
export const logSink = {
  write(line: string): void {
    process.stdout.write(`${line}\n`);
  },
};

export function log(entry: AccessLogLine | ErrorLogLine): void {
  logSink.write(JSON.stringify(entry));
}
