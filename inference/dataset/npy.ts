import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * NumPy `.npy` files (format 1.0), the hand-over from the TypeScript feature pipeline to the Python
 * training code: numpy loads them without any parser of ours on the Python side.
 */
export type NpyArray = Float32Array | BigInt64Array | Int8Array | Int16Array;

const MAGIC = Buffer.from([0x93, ...Buffer.from('NUMPY')]);
const HEADER_ALIGN = 64;

const DESCR: Record<string, string> = {
  Float32Array: '<f4',
  BigInt64Array: '<i8',
  Int8Array: '|i1',
  Int16Array: '<i2',
};

function descrOf(data: NpyArray): string {
  const descr = DESCR[data.constructor.name];
  if (!descr) throw new Error(`npy: unsupported array type ${data.constructor.name}`);
  return descr;
}

/** The preamble: magic, version, header length, and the dict padded so the data starts 64-aligned. */
function preamble(descr: string, shape: readonly number[]): Buffer {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${dims}, }`;
  const unpadded = MAGIC.length + 2 + 2 + dict.length + 1;
  const padding = (HEADER_ALIGN - (unpadded % HEADER_ALIGN)) % HEADER_ALIGN;
  const header = `${dict}${' '.repeat(padding)}\n`;
  const out = Buffer.alloc(MAGIC.length + 4 + header.length);
  MAGIC.copy(out, 0);
  out.writeUInt8(1, 6);
  out.writeUInt8(0, 7);
  out.writeUInt16LE(header.length, 8);
  out.write(header, 10, 'latin1');
  return out;
}

function bytesOf(data: NpyArray): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Writes `parts` one after another as one C-ordered array of `shape`, without concatenating them in
 * memory first (the 15m feature matrix is tens of megabytes).
 */
export function writeNpy(path: string, parts: NpyArray | readonly NpyArray[], shape: readonly number[]): void {
  const list = Array.isArray(parts) ? parts : [parts as NpyArray];
  const first = list[0];
  if (!first) throw new Error('npy: nothing to write');
  const descr = descrOf(first);
  const length = list.reduce((n, p) => n + p.length, 0);
  const expected = shape.reduce((n, d) => n * d, 1);
  if (length !== expected) throw new Error(`npy: ${length} values do not fill shape [${shape.join(', ')}]`);
  if (list.some((p) => descrOf(p) !== descr)) throw new Error('npy: parts of different types');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, preamble(descr, shape));
    for (const part of list) writeSync(fd, bytesOf(part));
  } finally {
    closeSync(fd);
  }
}

export interface NpyHeader {
  descr: string;
  shape: number[];
  /** Byte offset of the data. */
  dataOffset: number;
}

export function parseNpyHeader(file: Buffer): NpyHeader {
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('npy: bad magic');
  const headerLength = file.readUInt16LE(8);
  const header = file.subarray(10, 10 + headerLength).toString('latin1');
  const descr = /'descr': '([^']+)'/.exec(header)?.[1];
  const dims = /'shape': \(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || dims === undefined) throw new Error(`npy: cannot parse header ${header}`);
  const shape = dims
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '')
    .map(Number);
  return { descr, shape, dataOffset: 10 + headerLength };
}

/** Reads an array written by `writeNpy` (used by tests and checks, not by training). */
export function readNpy(path: string): { header: NpyHeader; data: NpyArray } {
  const file = readFileSync(path);
  const header = parseNpyHeader(file);
  const bytes = new Uint8Array(file.subarray(header.dataOffset)).buffer;
  const make: Record<string, (b: ArrayBuffer) => NpyArray> = {
    '<f4': (b) => new Float32Array(b),
    '<i8': (b) => new BigInt64Array(b),
    '|i1': (b) => new Int8Array(b),
    '<i2': (b) => new Int16Array(b),
  };
  const build = make[header.descr];
  if (!build) throw new Error(`npy: unsupported dtype ${header.descr}`);
  return { header, data: build(bytes) };
}
