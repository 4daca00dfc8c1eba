import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from './webhook-signature';

type Verify = (secret: string, header: string, rawBody: string, toleranceSeconds?: number) => boolean;

/** The README's verification snippet, run as a receiver would run it, against the signatures the dispatcher sends. */
describe("the README's signature check", () => {
  let dir: string;
  let verify: Verify;
  beforeAll(async () => {
    const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('**Verifying a delivery.**'));
    const snippet = /```js\n([\s\S]*?)```/.exec(section)![1]!;
    dir = mkdtempSync(join(tmpdir(), 'readme-snippet-'));
    const file = join(dir, 'verify.mjs');
    writeFileSync(file, `${snippet}\nexport { verify };\n`);
    verify = ((await import(pathToFileURL(file).href)) as { verify: Verify }).verify;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const body = JSON.stringify({ id: 'e1', type: 'webhook.test', data: { message: 'hello' } });

  it('accepts what the dispatcher signs, with either secret during a rotation', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], body, new Date());
    expect(verify('whsec_new', header, body)).toBe(true);
    expect(verify('whsec_old', header, body)).toBe(true);
  });

  it('refuses another secret, a changed body and a signature older than five minutes', () => {
    expect(verify('whsec_other', signatureHeader(['whsec_new'], body, new Date()), body)).toBe(false);
    expect(verify('whsec_new', signatureHeader(['whsec_new'], body, new Date()), body + ' ')).toBe(false);
    const old = signatureHeader(['whsec_new'], body, new Date(Date.now() - 301_000));
    expect(verify('whsec_new', old, body)).toBe(false);
  });
});
