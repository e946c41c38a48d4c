import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate';
import { sitesDir } from './paths';
import { fixtureHosts, routeFor } from './site-routes';

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server answered, in order: tests can check what a page loaded. */
  served: ServedRequest[];
  close(): Promise<void>;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** Resolves `rel` inside `root`, refusing anything that climbs out of it. */
function inside(root: string, rel: string): string | undefined {
  const full = resolve(root, '.' + sep + rel);
  return full.startsWith(root + sep) ? full : undefined;
}

async function answer(req: IncomingMessage, res: ServerResponse, bundleDir: string): Promise<number> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', 'https://fixture.invalid');
  if (!fixtureHosts.includes(host)) return send(res, 421, 'text/plain', `not a fixture host: ${host}`);
  if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
  if (url.pathname.startsWith('/__fixture/')) {
    const file = inside(bundleDir, url.pathname.slice('/__fixture/'.length));
    if (!file) return send(res, 403, 'text/plain', 'outside fixture bundle');
    return sendFile(res, file);
  }
  const route = routeFor(host, url.pathname);
  if (!route) return send(res, 404, 'text/plain', `no fixture page for ${host}${url.pathname}`);
  const file = resolve(sitesDir, route.site.dir, route.page.file);
  return sendFile(res, file, route.page.headers);
}

async function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    const body = await readFile(file);
    const ext = file.slice(file.lastIndexOf('.'));
    return send(res, 200, types[ext] ?? 'application/octet-stream', body, headers);
  } catch {
    return send(res, 404, 'text/plain', 'not found');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): number {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
  return status;
}

/** HTTPS on 127.0.0.1 at a random port, answering for every fixture host by its Host header. */
export async function startFixtureServer(bundleDir: string): Promise<FixtureServer> {
  const { key, cert } = await makeCertificate(fixtureHosts);
  const served: ServedRequest[] = [];
  const server = createServer({ key, cert }, (req, res) => {
    answer(req, res, bundleDir).then(
      (status) => served.push({ host: req.headers.host ?? '', path: req.url ?? '', status }),
      () => send(res, 500, 'text/plain', 'fixture server error'),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    served,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
