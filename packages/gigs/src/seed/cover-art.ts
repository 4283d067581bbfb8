// Demo cover art: one drawing per top-level category (colours and a motif), with the gig's title
// laid over it. Plain SVG rendered by sharp (librsvg), so the seed needs no image files.
//
// Each title is drawn in its own script. librsvg only sees system fonts, and machines often have
// no Urdu font at all, so the English title is SVG text here while the Urdu one is drawn apart
// with Pango from the Nastaliq font the Urdu pages load (urdu-title.ts) and laid into the band.

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 900;

interface CategoryArt {
  from: string;
  to: string;
  /** SVG drawn in a 400 × 400 box, white on the gradient. */
  motif: string;
}

const S = `fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"`;

const ART: Record<string, CategoryArt> = {
  "graphic-design": {
    from: "#7c3aed",
    to: "#db2777",
    motif: `<circle cx="120" cy="130" r="80" ${S}/><rect x="200" y="60" width="150" height="150" rx="16" ${S}/><path d="M70 350 L170 210 L270 350 Z" ${S}/><path d="M300 240 L360 300 L250 380 L230 360 Z" fill="#fff"/>`,
  },
  "web-mobile-development": {
    from: "#0f766e",
    to: "#0369a1",
    motif: `<rect x="30" y="60" width="340" height="260" rx="20" ${S}/><path d="M30 120 H370" ${S}/><circle cx="70" cy="90" r="8" fill="#fff"/><circle cx="100" cy="90" r="8" fill="#fff"/><path d="M150 180 L110 220 L150 260 M250 180 L290 220 L250 260 M215 170 L185 270" ${S}/><rect x="290" y="230" width="90" height="150" rx="14" fill="#fff" opacity="0.9"/>`,
  },
  "content-writing": {
    from: "#b45309",
    to: "#be123c",
    motif: `<rect x="60" y="40" width="230" height="310" rx="16" ${S}/><path d="M100 110 H250 M100 160 H250 M100 210 H220 M100 260 H190" ${S}/><path d="M250 330 L360 120 L385 135 L275 345 L245 360 Z" fill="#fff"/>`,
  },
  translation: {
    from: "#1d4ed8",
    to: "#047857",
    motif: `<path d="M40 70 H220 Q240 70 240 90 V200 Q240 220 220 220 H110 L70 260 V220 H60 Q40 220 40 200 V90 Q40 70 60 70 Z" ${S}/><path d="M180 180 H340 Q360 180 360 200 V300 Q360 320 340 320 H330 V360 L290 320 H200 Q180 320 180 300 Z" fill="#fff" opacity="0.9"/><path d="M90 120 H190 M90 165 H160" ${S}/>`,
  },
  "video-editing": {
    from: "#b91c1c",
    to: "#7c2d12",
    motif: `<rect x="30" y="80" width="340" height="240" rx="24" ${S}/><path d="M170 150 L260 200 L170 250 Z" fill="#fff"/><path d="M30 130 H370 M30 270 H370" ${S}/><path d="M80 80 V130 M140 80 V130 M260 270 V320 M320 270 V320" ${S}/>`,
  },
  "digital-marketing": {
    from: "#c2410c",
    to: "#a16207",
    motif: `<path d="M50 350 H370" ${S}/><rect x="80" y="250" width="50" height="100" rx="8" fill="#fff" opacity="0.8"/><rect x="170" y="190" width="50" height="160" rx="8" fill="#fff" opacity="0.85"/><rect x="260" y="120" width="50" height="230" rx="8" fill="#fff"/><path d="M70 200 L160 130 L220 160 L340 60 M290 60 H340 V110" ${S}/>`,
  },
  "virtual-assistance": {
    from: "#0e7490",
    to: "#4338ca",
    motif: `<rect x="50" y="70" width="300" height="280" rx="20" ${S}/><path d="M50 140 H350 M120 40 V100 M280 40 V100" ${S}/><path d="M130 250 L180 300 L280 190" ${S}/>`,
  },
  "audio-voice": {
    from: "#6d28d9",
    to: "#1e3a8a",
    motif: `<rect x="150" y="40" width="100" height="190" rx="50" ${S}/><path d="M100 180 Q100 290 200 290 Q300 290 300 180 M200 290 V360 M140 360 H260" ${S}/><path d="M30 200 V240 M60 170 V270 M340 170 V270 M370 200 V240" ${S}/>`,
  },
  "education-tutoring": {
    from: "#15803d",
    to: "#0f766e",
    motif: `<path d="M200 60 L380 140 L200 220 L20 140 Z" fill="#fff"/><path d="M90 175 V270 Q200 330 310 270 V175 M360 150 V260" ${S}/><circle cx="360" cy="275" r="16" fill="#fff"/>`,
  },
  "business-finance": {
    from: "#1e40af",
    to: "#065f46",
    motif: `<rect x="40" y="130" width="320" height="220" rx="20" ${S}/><path d="M140 130 V90 Q140 70 160 70 H240 Q260 70 260 90 V130 M40 220 H360" ${S}/><circle cx="200" cy="220" r="26" fill="#fff"/>`,
  },
};

const FALLBACK: CategoryArt = { from: "#047857", to: "#1e3a8a", motif: `<circle cx="200" cy="200" r="140" ${S}/>` };

/** The category's background and motif, without any title: rendered once per category. */
export function categoryArtSvg(parentSlug: string): string {
  const art = ART[parentSlug] ?? FALLBACK;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${art.from}"/><stop offset="1" stop-color="${art.to}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="1080" cy="120" r="260" fill="#fff" opacity="0.07"/><circle cx="90" cy="860" r="220" fill="#fff" opacity="0.06"/>
  <g transform="translate(400 70)">${art.motif}</g>
</svg>`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** Words into at most `maxLines` lines of about `perLine` characters, the last one cut with an ellipsis. */
export function wrapTitle(title: string, perLine = 28, maxLines = 3): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine || current === "") current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** Inner width of the title band: where the Urdu title, drawn apart (urdu-title.ts), must fit. */
export const TITLE_WIDTH = COVER_WIDTH - 220;

/**
 * The title band laid over the category art: the category's name, room for the Urdu title of
 * `urduHeight` pixels (drawn in Nastaliq by urdu-title.ts and placed at `urduTop`), and the
 * English title.
 */
export function titleOverlay(title: string, categoryName: string, urduHeight = 0): { svg: string; urduTop: number } {
  const lines = wrapTitle(title);
  const lineHeight = 74;
  const urduBlock = urduHeight > 0 ? urduHeight + 24 : 0;
  const bandHeight = 90 + urduBlock + lines.length * lineHeight + (lines.length > 0 ? 30 : 0);
  const top = COVER_HEIGHT - bandHeight - 50;
  const urduTop = top + 84;
  const text = lines
    .map(
      (line, index) =>
        `<text x="110" y="${urduTop + urduBlock + 56 + index * lineHeight}" font-size="56" font-weight="bold">${escapeXml(line)}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}">
  <rect x="60" y="${top}" width="${COVER_WIDTH - 120}" height="${bandHeight}" rx="28" fill="#fff" opacity="0.94"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" fill="#1c1917">
    <text x="110" y="${top + 60}" font-size="30" fill="#57534e" letter-spacing="2">${escapeXml(categoryName.toUpperCase())}</text>
    ${text}
  </g>
</svg>`;
  return { svg, urduTop };
}
