/**
 * The CLI's input limit (src/cli/io.ts MAX_INPUT_BYTES): a bigger file is refused with a clear message
 * before anything is read or parsed, and a file at the limit is still read.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, loadInput, MAX_INPUT_BYTES } from '../../src/cli/io';
import { capText, ENTITY_TEXT_CAP } from '../../src/core/entity-text';

const dir = mkdtempSync(join(tmpdir(), 'tin-gon-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI input limit', () => {
  it('refuses a file over the limit with its size and the limit, as a CliError (non-zero exit)', async () => {
    const big = join(dir, 'big.html');
    writeFileSync(big, '<p>x</p>');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no 10 MB written
    const error = await loadInput(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).not.toBe(0);
    expect((error as CliError).message).toMatch(/big\.html is 10\.0 MB; the most tin-gon reads is 10\.0 MB/);
  });

  it('reads a file at the limit', async () => {
    const edge = join(dir, 'edge.txt');
    writeFileSync(edge, 'a'.repeat(MAX_INPUT_BYTES));
    const input = await loadInput(edge);
    expect(input.source.length).toBe(MAX_INPUT_BYTES);
  });

  it('caps plain text for the recogniser at a line break before ENTITY_TEXT_CAP', () => {
    const line = `${'Hà Nội '.repeat(20)}\n`;
    const text = line.repeat(Math.ceil((ENTITY_TEXT_CAP * 2) / line.length));
    const capped = capText(text);
    expect(capped.length).toBeLessThanOrEqual(ENTITY_TEXT_CAP);
    expect(capped.length).toBeGreaterThan(ENTITY_TEXT_CAP - line.length);
    expect(text.startsWith(capped)).toBe(true);
    expect(capText('ngắn')).toBe('ngắn');
  });
});
