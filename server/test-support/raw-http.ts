import { connect, type Socket } from 'node:net';

export type RawResponse = { status: number; headers: string; body: string };

/**
 * HTTP over a plain socket: the test setup's MSW intercepts fetch and node:http, not sockets,
 * and a socket can send a request as slowly or as oddly as an attacker would.
 */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection, parsed as one response. */
export function readResponse(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    // A reset (the server gave up on us) ends the response as much as a close does.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, headers: head, body });
    });
  });
}

/** One request with `Connection: close`, e.g. `rawRequest(port, 'GET / HTTP/1.1')`. */
export async function rawRequest(
  port: number,
  requestLine: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<RawResponse> {
  const socket = await openSocket(port);
  const response = readResponse(socket);
  const lines = Object.entries({
    host: 'localhost',
    connection: 'close',
    ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
    ...headers,
  }).map(([name, value]) => `${name}: ${value}`);
  socket.write(`${requestLine}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  return response;
}
