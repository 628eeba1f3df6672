import type http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The file a download request asks for: the last part of its path. */
export function requestedFile(req: http.IncomingMessage): string {
  return decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.split('/').pop() ?? '');
}

/**
 * Starts the answer to a model-file request as a download server does: 404 for an unknown name, 416 for a range past
 * the end, else 200 or 206 (`Range: bytes=N-`) with its headers. Returns the file and where to send it from, or null
 * when the answer is already complete.
 */
export function startRangeResponse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  files: Record<string, Buffer>,
): { body: Buffer; start: number } | null {
  const body = files[requestedFile(req)];
  if (!body) {
    res.writeHead(404).end('not found');
    return null;
  }
  const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (!range) {
    res.writeHead(200, { 'Content-Length': body.length });
    return { body, start: 0 };
  }
  const start = Number(range[1]);
  if (start >= body.length) {
    res.writeHead(416).end();
    return null;
  }
  res.writeHead(206, {
    'Content-Length': body.length - start,
    'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}`,
  });
  return { body, start };
}

/** Listens on a free loopback port; returns the base address of its /models/ and a close that drops open downloads. */
export async function serveOnLoopback(server: http.Server): Promise<{ base: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/models`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
