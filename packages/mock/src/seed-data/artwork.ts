/**
 * Generated artwork and files for the seed: course covers, avatars and cheat sheets are produced
 * from their names on request, so the demo works offline and the seed holds no binary data.
 *
 * @module
 */

/** Where a course's cover lives, relative to the mock's storage. */
export function coverPath(courseSlug: string): string {
  return `covers/${courseSlug}.svg`;
}

/** Where a user's avatar lives, relative to the mock's storage. */
export function avatarPath(username: string): string {
  return `avatars/${username}.svg`;
}

const PALETTE = ['#4f46e5', '#0891b2', '#059669', '#d97706', '#dc2626', '#7c3aed', '#db2777', '#2563eb', '#0d9488', '#9333ea'];

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A 1280×720 SVG cover: a gradient picked from the slug, with the title on it. */
export function coverSvg(slug: string, title: string): string {
  const seed = hash(slug);
  const from = PALETTE[seed % PALETTE.length]!;
  const to = PALETTE[(seed >>> 8) % PALETTE.length]!;
  const lines = wrap(title, 24).slice(0, 3);
  const top = 360 - ((lines.length - 1) * 84) / 2;
  const text = lines.map((line, index) => `<text x="80" y="${top + index * 84}" font-size="72" font-weight="700">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720" role="img" aria-label="${escapeXml(title)}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1280" height="720" fill="url(#g)"/><g fill="#fff" font-family="system-ui, sans-serif">${text}</g></svg>`;
}

/** A 256×256 SVG avatar: the initials on a colour picked from the name. */
export function avatarSvg(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((part) => /^\p{L}/u.test(part) && !part.endsWith('.'))
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
  const colour = PALETTE[hash(name) % PALETTE.length]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="${escapeXml(name)}"><circle cx="128" cy="128" r="128" fill="${colour}"/><text x="128" y="128" dy="0.35em" text-anchor="middle" fill="#fff" font-family="system-ui, sans-serif" font-size="104" font-weight="600">${escapeXml(initials)}</text></svg>`;
}

/** The plain-text cheat sheet of a course. */
export function cheatSheetText(title: string, topic: string): string {
  return [
    `${title}: cheat sheet`,
    '',
    `1. Start small: one ${topic} idea at a time.`,
    '2. Practise right after each lesson, not at the end.',
    '3. Keep notes of your mistakes; they are your best teacher.',
    '4. Take the checkpoint quiz, then revisit the lessons you missed.',
    '',
  ].join('\n');
}
