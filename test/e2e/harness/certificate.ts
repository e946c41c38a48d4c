import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

/**
 * A throwaway certificate made at test time, so no key is ever committed. Chromium runs with
 * --ignore-certificate-errors anyway; the SAN list keeps the certificate honest about its hosts.
 */
export async function makeCertificate(hosts: readonly string[]): Promise<Certificate> {
  const pems = await generate([{ name: 'commonName', value: 'tact-fixtures.local' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 2 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      {
        name: 'subjectAltName',
        altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 7 as const, ip: '127.0.0.1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
