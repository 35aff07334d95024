/**
 * Bad input to the CLI: every case a clear message on stderr and a non-zero exit, never a stack trace
 * (issue 11). Calls the CLI's main in-process with stdout/stderr captured.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli';
import { capDepth, MAX_DEPTH } from '../../src/cli/depth';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tin-gon-cli-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const SENTENCE = 'Ông Nguyễn Văn An nói tại Hà Nội rằng kinh tế Việt Nam tăng trưởng mạnh trong năm nay.';
const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+[:(]\d+/);

describe('deep nesting (unclosed tags) is walked without overflowing the stack', () => {
  for (const depth of [3000, 10_000]) {
    it(`${depth} levels: clean and entities answer, and keep the text`, async () => {
      const page = await file(`deep-${depth}.html`, `<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body>${'<div>'.repeat(depth)}<p>${SENTENCE}</p></body></html>`);
      const text = await run('clean', page);
      noTrace(text.err);
      expect(text.code).toBe(0);
      expect(text.out).toContain(SENTENCE);
      if (depth === 3000) {
        const json = await run('clean', page, '--format', 'json');
        expect(json.code).toBe(0);
        expect(JSON.parse(json.out)).toHaveProperty('hidden');
        const html = await run('clean', page, '--format', 'html');
        expect(html.code).toBe(0);
        expect(html.out).toContain(SENTENCE);
      }
      const entities = await run('entities', page, '--json');
      noTrace(entities.err);
      expect(entities.code).toBe(0);
    }, 120_000);
  }

  it('flattens below the depth browsers build (512), in document order, and leaves shallow pages untouched', () => {
    const deep = `<body>${'<div>'.repeat(600)}<p>một</p><p>hai</p></body>`;
    const capped = capDepth(deep);
    expect(capped).toMatchObject({ capped: true });
    expect(capped.depth).toBeGreaterThan(600);
    expect(capped.html.indexOf('một')).toBeLessThan(capped.html.indexOf('hai'));
    expect(capDepth(capped.html).capped).toBe(false);
    expect(capDepth(capped.html).depth).toBeLessThanOrEqual(MAX_DEPTH);
    const shallow = '<html><body><div><p>x</p></div></body></html>';
    expect(capDepth(shallow)).toEqual({ html: shallow, depth: -1, capped: false });
  });
});

describe('arguments', () => {
  it('--url is validated in every command', async () => {
    const page = await file('ok.html', `<html><body><p>${SENTENCE}</p></body></html>`);
    for (const command of ['clean', 'entities']) {
      for (const bad of ['notaurl', 'javascript:alert(1)']) {
        const r = await run(command, page, '--url', bad);
        expect(r.code).toBe(2);
        expect(r.err).toMatch(new RegExp(`tin-gon ${command}: --url "${bad.replace(/[()]/g, '\\$&')}" is not`));
        noTrace(r.err);
        expect(r.out).toBe('');
      }
    }
  });

  it('unknown options and missing values are errors with the usage', async () => {
    for (const args of [['clean', 'x.html', '--bogus'], ['entities', 'x.html', '--url'], ['clean', '--format'], ['entities', '--nope']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Usage: tin-gon/);
      noTrace(r.err);
    }
  });
});

describe('charsets (the HTML standard, then saved-page habits)', () => {
  it('UTF-8 bytes under <meta charset=utf-16> are read as UTF-8, not CJK mojibake', async () => {
    const page = await file('meta-utf16.html', `<html><head><meta charset=utf-16></head><body><p>${SENTENCE}</p></body></html>`);
    const r = await run('clean', page);
    expect(r.code).toBe(0);
    expect(r.out).toContain(SENTENCE);
  });

  it('a BOM wins over a declaration', async () => {
    const body = `<html><head><meta charset=windows-1258></head><body><p>${SENTENCE}</p></body></html>`;
    const page = await file('bom.html', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]));
    expect((await run('clean', page)).out).toContain(SENTENCE);
  });

  it('UTF-16 without a BOM (either byte order) is recognised, not called binary', async () => {
    const html = `<html><body><p>${SENTENCE}</p></body></html>`;
    const le = Buffer.from(html, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['le.html', le], ['be.html', be]] as const) {
      const r = await run('clean', await file(name, bytes));
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(SENTENCE);
    }
  });

  it('an encoding that cannot be read is refused clearly', async () => {
    const page = await file('replacement.html', '<html><head><meta charset=iso-2022-kr></head><body><p>x</p></body></html>');
    const r = await run('clean', page);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/declares the encoding replacement, which cannot be read/);
  });
});

describe('files', () => {
  it('an empty file (or only white space) is reported, with a non-zero exit', async () => {
    for (const [name, content] of [['empty.html', ''], ['blank.txt', ' \n\t\n']] as const) {
      const path = await file(name, content);
      for (const command of ['clean', 'entities']) {
        const r = await run(command, path);
        expect(r.code).not.toBe(0);
        expect(r.err).toMatch(/is empty|has no text/);
        expect(r.out).toBe('');
      }
    }
  });

  it('a directory given as a file, and a missing file: clear errors', async () => {
    const r = await run('clean', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*: is a directory/);
    const m = await run('entities', join(dir, 'nope.html'));
    expect(m.code).toBe(1);
    expect(m.err).toMatch(/cannot read .*nope\.html: no such file/);
  });
});
