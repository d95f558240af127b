// A packing for tables that are mostly zero bytes (the byte prefilter's memory image: a
// sparse bitmap, sparse buckets, sparse gate entries), so the generated source stays small
// and is quick to load: runs of (zeros, literal bytes), each length an unsigned LEB128.

export function packZeroRuns(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  const length = (value: number) => {
    let rest = value;
    do {
      const low = rest & 0x7f;
      rest = Math.floor(rest / 128);
      out.push(rest > 0 ? low | 0x80 : low);
    } while (rest > 0);
  };
  let at = 0;
  while (at < bytes.length) {
    const zerosFrom = at;
    while (at < bytes.length && bytes[at] === 0) at++;
    // A literal run ends at four zeros in a row (shorter gaps cost less kept as literals).
    const literalFrom = at;
    while (at < bytes.length && !(bytes[at] === 0 && bytes[at + 1] === 0 && bytes[at + 2] === 0 && bytes[at + 3] === 0))
      at++;
    length(literalFrom - zerosFrom);
    length(at - literalFrom);
    for (let index = literalFrom; index < at; index++) out.push(bytes[index] as number);
  }
  return Uint8Array.from(out);
}

/** The bytes packZeroRuns() packed, `size` of them. */
export function unpackZeroRuns(packed: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let read = 0;
  const length = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = packed[read++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  let at = 0;
  while (read < packed.length) {
    at += length();
    const literal = length();
    bytes.set(packed.subarray(read, read + literal), at);
    read += literal;
    at += literal;
  }
  if (at !== size) throw new Error(`zero runs: unpacked ${at} bytes, expected ${size}`);
  return bytes;
}
