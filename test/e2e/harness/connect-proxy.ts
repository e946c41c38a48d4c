import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fixtureHosts } from './site-routes';

export interface ConnectProxy {
  port: number;
  /** Every CONNECT target the browser asked for, fixture host or not, in order. */
  requested: string[];
  close(): Promise<void>;
}

/**
 * Firefox has no `--host-resolver-rules`: it reaches the networks' real host names through this
 * proxy instead. A CONNECT to a fixture host (port 443) is tunnelled to the local fixture server,
 * which answers by the Host header as it does for Chromium; anything else is refused and recorded,
 * so a request that would have left the machine shows up in `requested` and goes nowhere.
 */
export async function startConnectProxy(fixturePort: number): Promise<ConnectProxy> {
  const requested: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(403).end('plain HTTP is not proxied');
  });
  server.on('connect', (req, client: Socket) => {
    const target = req.url ?? '';
    requested.push(target);
    const [host, port] = target.split(':');
    if (!fixtureHosts.includes(host.toLowerCase()) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requested,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
