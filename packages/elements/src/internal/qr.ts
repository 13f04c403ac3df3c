/**
 * A compact QR Code encoder (ISO/IEC 18004) for short texts such as a verify URL: byte mode,
 * error correction level M, versions 1–10 (up to 213 bytes), the mask chosen by the standard's
 * penalty rules. Draws nothing and loads nothing: `qrPath()` gives an SVG path of the dark
 * modules to render with Lit's `svg` template, so a QR code needs no network call, no canvas
 * and no `innerHTML`.
 *
 * @module
 */

/** Error-correction codewords per block and number of blocks, level M, versions 1–10. */
const ECC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

/** GF(256) product modulo x⁸ + x⁴ + x³ + x² + 1. */
function mul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The Reed–Solomon error-correction codewords of `data`. */
function reedSolomon(data: number[], degree: number): number[] {
  const divisor = new Array<number>(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) divisor[j] = mul(divisor[j]!, root) ^ (j + 1 < degree ? divisor[j + 1]! : 0);
    root = mul(root, 2);
  }
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    divisor.forEach((coefficient, i) => (result[i]! ^= mul(coefficient, factor)));
  }
  return result;
}

/** Codewords (data and error correction) the symbol of `version` holds. */
function rawCodewords(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    modules -= (25 * align - 10) * align - 55;
    if (version >= 7) modules -= 36;
  }
  return modules >> 3;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The symbol's dark modules, `matrix[y][x]`, quiet zone excluded. */
export type QrMatrix = boolean[][];

/**
 * Encodes `text` (UTF-8) as a QR Code of the smallest version that holds it, with the mask of
 * the lowest penalty (or `mask`, 0–7, when given). Throws a `RangeError` beyond version 10.
 */
export function qrEncode(text: string, mask?: number): QrMatrix {
  const bytes = [...new TextEncoder().encode(text)];
  let version = 1;
  const dataCapacity = (v: number) => rawCodewords(v) - ECC_PER_BLOCK[v - 1]! * BLOCKS[v - 1]!;
  while (4 + (version < 10 ? 8 : 16) + bytes.length * 8 > dataCapacity(version) * 8) {
    if (++version > 10) throw new RangeError('Text too long for a QR code of version 10');
  }
  const size = version * 4 + 17;
  const capacity = dataCapacity(version) * 8;

  // Data bits: mode, count, bytes, terminator, padding.
  const bits: number[] = [];
  const push = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  push(4, 4);
  push(bytes.length, version < 10 ? 8 : 16);
  bytes.forEach((byte) => push(byte, 8));
  push(0, Math.min(4, capacity - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) push(pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(parseInt(bits.slice(i, i + 8).join(''), 2));

  // Blocks with their error correction, interleaved.
  const blockCount = BLOCKS[version - 1]!;
  const eccLength = ECC_PER_BLOCK[version - 1]!;
  const raw = rawCodewords(version);
  const shortBlocks = blockCount - (raw % blockCount);
  const shortLength = Math.floor(raw / blockCount);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < blockCount; i++) {
    const block = data.slice(k, (k += shortLength - eccLength + (i < shortBlocks ? 0 : 1)));
    const ecc = reedSolomon(block, eccLength);
    if (i < shortBlocks) block.push(0);
    blocks.push(block.concat(ecc));
  }
  const codewords: number[] = [];
  for (let i = 0; i <= shortLength; i++) blocks.forEach((block, j) => (i !== shortLength - eccLength || j >= shortBlocks) && codewords.push(block[i]!));

  // Function patterns.
  const modules: QrMatrix = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const reserved = modules.map((row) => row.slice());
  const set = (x: number, y: number, dark: boolean) => {
    modules[y]![x] = dark;
    reserved[y]![x] = true;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  const pattern = (cx: number, cy: number, radius: number, dark: (distance: number) => boolean) => {
    for (let dy = -radius; dy <= radius; dy++)
      for (let dx = -radius; dx <= radius; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, dark(Math.max(Math.abs(dx), Math.abs(dy))));
      }
  };
  for (const [x, y] of [[3, 3], [size - 4, 3], [3, size - 4]] as const) pattern(x, y, 4, (distance) => distance !== 2 && distance !== 4);
  if (version > 1) {
    const count = Math.floor(version / 7) + 2;
    const step = Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
    const positions = [6];
    for (let position = size - 7; positions.length < count; position -= step) positions.splice(1, 0, position);
    for (const [i, x] of positions.entries())
      for (const [j, y] of positions.entries()) if (!((i === 0 && (j === 0 || j === count - 1)) || (i === count - 1 && j === 0))) pattern(x, y, 2, (distance) => distance !== 1);
  }
  const format = (maskNumber: number) => {
    // Level M's two bits are 00.
    let rem = maskNumber;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const value = ((maskNumber << 10) | rem) ^ 0x5412;
    const bit = (i: number) => ((value >>> i) & 1) === 1;
    for (let i = 0; i < 6; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, true);
  };
  format(0);
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const value = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((value >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, dark);
      set(b, a, dark);
    }
  }

  // Codewords in the zigzag.
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vertical = 0; vertical < size; vertical++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vertical : vertical;
        if (!reserved[y]![x] && i < codewords.length * 8) {
          modules[y]![x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
  }

  const applyMask = (maskNumber: number) => {
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!reserved[y]![x] && MASKS[maskNumber]!(x, y)) modules[y]![x] = !modules[y]![x];
  };
  let chosen = mask;
  if (chosen === undefined) {
    let best = Infinity;
    for (let candidate = 0; candidate < 8; candidate++) {
      applyMask(candidate);
      format(candidate);
      const score = penalty(modules);
      if (score < best) {
        best = score;
        chosen = candidate;
      }
      applyMask(candidate);
    }
  }
  applyMask(chosen!);
  format(chosen!);
  return modules;
}

/** The standard's penalty score of a masked symbol (rules N1 to N4). */
function penalty(modules: QrMatrix): number {
  const size = modules.length;
  let score = 0;
  let dark = 0;
  const finderLike = (runs: number[]) => {
    const n = runs[1]!;
    const core = n > 0 && runs[2] === n && runs[3] === n * 3 && runs[4] === n && runs[5] === n;
    return (core && runs[0]! >= n * 4 && runs[6]! >= n ? 1 : 0) + (core && runs[6]! >= n * 4 && runs[0]! >= n ? 1 : 0);
  };
  for (const column of [false, true]) {
    for (let a = 0; a < size; a++) {
      const runs = [0, 0, 0, 0, 0, 0, 0];
      const add = (length: number) => {
        runs.pop();
        runs.unshift(length + (runs[0] === 0 ? size : 0));
      };
      let color = false;
      let run = 0;
      for (let b = 0; b < size; b++) {
        const module = column ? modules[b]![a]! : modules[a]![b]!;
        if (module === color) {
          run++;
          if (run === 5) score += 3;
          else if (run > 5) score++;
        } else {
          add(run);
          if (!color) score += finderLike(runs) * 40;
          color = module;
          run = 1;
        }
      }
      if (color) {
        add(run);
        run = 0;
      }
      add(run + size);
      score += finderLike(runs) * 40;
    }
  }
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const module = modules[y]![x]!;
      if (module) dark++;
      if (x < size - 1 && y < size - 1 && module === modules[y]![x + 1] && module === modules[y + 1]![x] && module === modules[y + 1]![x + 1]) score += 3;
    }
  const total = size * size;
  return score + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** An SVG path (`M x y h1 v1 h-1 z` per run of dark modules) of `matrix`, offset by a `quiet`-module margin. */
export function qrPath(matrix: QrMatrix, quiet = 4): string {
  let path = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start + quiet} ${y + quiet}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return path;
}
