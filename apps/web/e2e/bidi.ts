import type { Locator } from "@playwright/test";

/**
 * For every "%" that follows a digit in the element's text: whether the browser draws it to the
 * right of that digit, as "2%" reads in both languages. Inside an Urdu sentence a bare "2%"
 * comes out as "%2"; this measures the glyphs Chromium laid out, not the string.
 */
export function percentSignsAfterDigits(locator: Locator): Promise<boolean[]> {
  return locator.evaluate((element) => {
    const results: boolean[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const box = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = text.indexOf("%"); i !== -1; i = text.indexOf("%", i + 1)) {
        let digit = i - 1;
        while (digit >= 0 && /[\u2066-\u2069]/.test(text[digit] ?? "")) digit--;
        if (digit < 0 || !/\d/.test(text[digit] ?? "")) continue;
        results.push(box(node, i).left >= box(node, digit).right - 1);
      }
    }
    return results;
  });
}
