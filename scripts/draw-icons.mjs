// Draws Jindu's ribbon and manifest icons (every size Office asks for: 16, 20, 24, 32, 40, 48, 64, 80 px; 128 for the store) as PNG, so the artwork is ours and reproducible:
// a teal rounded square holding three progress bars of growing length and a check mark.
// Run: node scripts/draw-icons.mjs  (writes assets/icon-<size>.png)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x6c, 0xcb, 0x5f];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x, y, [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Colour of a point in the unit square (0..1), or null for transparent. */
function colourAt(u, v) {
  const bars = [
    [0.2, 0.26, 0.5],
    [0.2, 0.46, 0.64],
    [0.2, 0.66, 0.8],
  ];
  const inCheck = distanceToSegment(u, v, [0.56, 0.3], [0.64, 0.38]) < 0.045 || distanceToSegment(u, v, [0.64, 0.38], [0.8, 0.18]) < 0.045;
  if (inCheck) return GREEN;
  for (const [left, top, right] of bars) {
    if (insideRoundedRect(u, v, left, top, right, top + 0.1, 0.05)) return WHITE;
  }
  if (insideRoundedRect(u, v, 0.04, 0.04, 0.96, 0.96, 0.18)) return TEAL;
  return null;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function drawPng(size) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      raw[offset] = a ? Math.round(r / a) : 0;
      raw[offset + 1] = a ? Math.round(g / a) : 0;
      raw[offset + 2] = a ? Math.round(b / a) : 0;
      raw[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), drawPng(size));
