import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNpyHeader, readNpy, writeNpy } from '../../inference/dataset/npy.js';

const dir = mkdtempSync(join(tmpdir(), 'npy-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npy writer', () => {
  it('round-trips every dtype of the dataset contract', () => {
    const cases = [
      { name: 'f4', data: Float32Array.from([1.5, -2.25, NaN, 3e-8]), descr: '<f4' },
      { name: 'i8', data: BigInt64Array.from([0n, -1n, 1_700_000_000_000n]), descr: '<i8' },
      { name: 'i1', data: Int8Array.from([0, 1, 2, -1]), descr: '|i1' },
      { name: 'i2', data: Int16Array.from([-1, 12, 32767]), descr: '<i2' },
    ];
    for (const { name, data, descr } of cases) {
      const path = join(dir, `${name}.npy`);
      writeNpy(path, data, [data.length]);
      const back = readNpy(path);
      expect(back.header.descr).toBe(descr);
      expect(back.header.shape).toEqual([data.length]);
      expect(Array.from(back.data as ArrayLike<number | bigint>)).toEqual(Array.from(data as ArrayLike<number | bigint>));
    }
  });

  it('writes parts as one C-ordered 2-D array with a 64-byte aligned header', () => {
    const path = join(dir, 'matrix.npy');
    writeNpy(path, [Float32Array.from([1, 2, 3]), Float32Array.from([4, 5, 6, 7, 8, 9])], [3, 3]);
    const file = readFileSync(path);
    const header = parseNpyHeader(file);
    expect(file.subarray(0, 8)).toEqual(Buffer.from([0x93, 78, 85, 77, 80, 89, 1, 0]));
    expect(header.dataOffset % 64).toBe(0);
    expect(file.subarray(10, header.dataOffset).toString('latin1')).toMatch(
      /^\{'descr': '<f4', 'fortran_order': False, 'shape': \(3, 3\), \} *\n$/,
    );
    expect(Array.from(readNpy(path).data as Float32Array)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('refuses values that do not fill the shape, and mixed types', () => {
    expect(() => writeNpy(join(dir, 'bad.npy'), Float32Array.from([1, 2, 3]), [2, 2])).toThrow(/do not fill/);
    expect(() => writeNpy(join(dir, 'mixed.npy'), [Float32Array.from([1]), Int8Array.from([1])], [2])).toThrow(
      /different types/,
    );
  });
});
