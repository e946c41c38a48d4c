import type { BrowserContext, Request } from 'playwright-core';
import { fixtureHosts } from './site-routes';

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** 'page' or 'service-worker': the extension's own worker is watched as closely as the pages. */
  from: string;
}

const localSchemes = new Set(['chrome-extension:', 'data:', 'blob:', 'about:']);

/**
 * True when the request stays on this machine: the local server (by IP, or by a fixture host name
 * that --host-resolver-rules maps to it), or a scheme that never touches the network.
 */
export function isLocal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localSchemes.has(parsed.protocol)) return true;
  return parsed.hostname === '127.0.0.1' || fixtureHosts.includes(parsed.hostname);
}

export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly probes = new Set<string>();

  /** A request a test makes on purpose to show it fails (e.g. an unmapped host): not a leak. */
  expectProbe(url: string): void {
    this.probes.add(url);
  }

  attach(context: BrowserContext): void {
    context.on('request', (request: Request) => {
      if (this.probes.has(request.url())) return;
      this.requests.push({
        url: request.url(),
        resourceType: request.resourceType(),
        from: request.serviceWorker() ? 'service-worker' : 'page',
      });
    });
  }

  foreign(): RecordedRequest[] {
    return this.requests.filter((r) => !isLocal(r.url));
  }

  /** Distinct origins seen, for the report at the end of the suite. */
  origins(): string[] {
    return [
      ...new Set(
        this.requests.map((r) => {
          try {
            return new URL(r.url).origin;
          } catch {
            return r.url;
          }
        }),
      ),
    ].sort();
  }
}
