/**
 * Reads `metadata_props` from an ONNX file. onnxruntime does not expose custom metadata, so this walks the
 * protobuf of ModelProto just far enough: field 14 is a repeated StringStringEntryProto (key = 1, value = 2).
 */
const MODEL_METADATA_PROPS = 14;
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

interface Field {
  number: number;
  /** The payload of a length-delimited field; null for the other wire types. */
  bytes: Uint8Array | null;
}

function* fields(buf: Uint8Array): Generator<Field> {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated varint');
      const byte = buf[pos++]!;
      result += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return result;
      scale *= 128;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    const wire = key % 8;
    const number = Math.floor(key / 8);
    if (wire === WIRE_VARINT) {
      varint();
      yield { number, bytes: null };
    } else if (wire === WIRE_LENGTH_DELIMITED) {
      const length = varint();
      if (pos + length > buf.length) throw new Error('truncated field');
      yield { number, bytes: buf.subarray(pos, pos + length) };
      pos += length;
    } else if (wire === WIRE_FIXED64 || wire === WIRE_FIXED32) {
      pos += wire === WIRE_FIXED64 ? 8 : 4;
      yield { number, bytes: null };
    } else {
      throw new Error(`unsupported protobuf wire type ${wire}`);
    }
  }
}

/** The metadata_props of an ONNX model as a plain object; throws if the bytes are not a protobuf. */
export function readOnnxMetadata(model: Uint8Array): Record<string, string> {
  const decoder = new TextDecoder();
  const props: Record<string, string> = {};
  for (const field of fields(model)) {
    if (field.number !== MODEL_METADATA_PROPS || !field.bytes) continue;
    let key = '';
    let value = '';
    for (const entry of fields(field.bytes)) {
      if (entry.bytes && entry.number === 1) key = decoder.decode(entry.bytes);
      if (entry.bytes && entry.number === 2) value = decoder.decode(entry.bytes);
    }
    props[key] = value;
  }
  return props;
}
