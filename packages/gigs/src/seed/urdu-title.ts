import sharp from "sharp";
import { NASTALIQ_FAMILY, nastaliqFontFile } from "./nastaliq-font.ts";

/** The tallest the Urdu title may be: two lines of Nastaliq at the size below. */
const MAX_HEIGHT = 230;
const FONT_SIZE = 46;

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An Urdu title as a transparent PNG `width` wide at most, in Noto Nastaliq Urdu, right-aligned
 * and shaped by Pango (joining, Nastaliq's stacked letters, right to left). A title too long for
 * two lines is drawn smaller to fit rather than cut.
 */
export async function urduTitleImage(title: string, width: number): Promise<{ data: Buffer; width: number; height: number }> {
  const fontfile = await nastaliqFontFile();
  const render = (height?: number) =>
    sharp({
      text: {
        text: `<span foreground="#1c1917">${escapeMarkup(title)}</span>`,
        font: `${NASTALIQ_FAMILY} ${FONT_SIZE}`,
        fontfile,
        width,
        ...(height ? { height } : {}),
        // Pango mirrors alignment for a right-to-left paragraph: "left" puts Urdu lines at the right edge.
        align: "left",
        wrap: "word",
        rgba: true,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
  let image = await render();
  if (image.info.height > MAX_HEIGHT) image = await render(MAX_HEIGHT);
  return { data: image.data, width: image.info.width, height: image.info.height };
}
