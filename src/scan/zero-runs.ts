// A packing for tables that are mostly zero bytes (the byte prefilter's memory image: a
// sparse presence map, sparse buckets, sparse gate entries), so the generated source stays small:
// runs of (zeros, literal bytes), each length an unsigned LEB128. The prefilter's module
// unpacks them (byte-prefilter.wat's unpack).

/** A literal run ends where this many zeros follow (fewer are cheaper kept as literals). */
const GAP = 4;

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
    const literalFrom = at;
    while (at < bytes.length && !zerosAt(bytes, at)) at++;
    length(literalFrom - zerosFrom);
    length(at - literalFrom);
    for (let index = literalFrom; index < at; index++) out.push(bytes[index] as number);
  }
  return Uint8Array.from(out);
}

function zerosAt(bytes: Uint8Array, at: number): boolean {
  for (let index = at; index < Math.min(bytes.length, at + GAP); index++) if (bytes[index] !== 0) return false;
  return true;
}
