import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY } from './chartOption.js';

/**
 * Rasterises a chart's SVG to PNG with the charts' font (Telegram's sendPhoto does not take SVG), on
 * libuv's thread pool, off the event loop.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return image.asPng();
}
