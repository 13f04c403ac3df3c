/**
 * Design tokens. Every element maps the public `--ckit-*` custom properties (set anywhere on the
 * page; they inherit into shadow roots) to private `--_*` ones with defaults, on its root
 * element (`part="base"`). Fonts and sizes are set on that root, inside the shadow tree, so a
 * page rule such as `* { font: 30px serif !important }` cannot reach the element's text, and
 * sizes are in `px`, not `rem`, so a restyled `<html>` does not scale the element either.
 *
 * @module
 */
import { css, unsafeCSS } from 'lit';

const DARK = `
  --_primary: var(--ckit-color-primary, #a5b4fc);
  --_on-primary: var(--ckit-color-on-primary, #1e1b4b);
  --_surface: var(--ckit-color-surface, #111827);
  --_surface-alt: var(--ckit-color-surface-alt, #1f2937);
  --_text: var(--ckit-color-text, #f9fafb);
  --_muted: var(--ckit-color-text-muted, #d1d5db);
  --_border: var(--ckit-color-border, #4b5563);
  --_danger: var(--ckit-color-danger, #fca5a5);
  --_success: var(--ckit-color-success, #86efac);
  --_rating: var(--ckit-color-rating, #fbbf24);
  --_focus: var(--ckit-color-focus, #93c5fd);
  color-scheme: dark;
`;

/** Token defaults, themes and the box model every element's root starts from. */
export const themeStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .ckit-root {
    --_primary: var(--ckit-color-primary, #4338ca);
    --_on-primary: var(--ckit-color-on-primary, #ffffff);
    --_surface: var(--ckit-color-surface, #ffffff);
    --_surface-alt: var(--ckit-color-surface-alt, #f3f4f6);
    --_text: var(--ckit-color-text, #111827);
    --_muted: var(--ckit-color-text-muted, #4b5563);
    --_border: var(--ckit-color-border, #d1d5db);
    --_danger: var(--ckit-color-danger, #b91c1c);
    --_success: var(--ckit-color-success, #15803d);
    --_rating: var(--ckit-color-rating, #b45309);
    --_focus: var(--ckit-color-focus, #2563eb);
    --_font: var(--ckit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--ckit-font-size, 15px);
    --_radius: var(--ckit-radius, 10px);
    --_space: calc(var(--ckit-spacing, 4px) * var(--ckit-density, 1));
    --_shadow: var(--ckit-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 2px 6px rgb(0 0 0 / 0.08));
    --_btn-bg: var(--_primary);
    --_btn-fg: var(--_on-primary);
    --_btn-border: var(--_primary);
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--_text);
  }
  .ckit-root *,
  .ckit-root *::before,
  .ckit-root *::after {
    box-sizing: border-box;
  }
  .theme-dark {
    ${unsafeCSS(DARK)}
  }
  /* The host page's font and colours; greys and borders are mixed from its text colour. */
  .theme-inherit {
    --_primary: var(--ckit-color-primary, currentColor);
    --_surface: var(--ckit-color-surface, transparent);
    --_surface-alt: var(--ckit-color-surface-alt, color-mix(in srgb, currentColor 7%, transparent));
    --_text: var(--ckit-color-text, currentColor);
    --_muted: var(--ckit-color-text-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_border: var(--ckit-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_rating: var(--ckit-color-rating, currentColor);
    --_focus: var(--ckit-color-focus, currentColor);
    --_btn-bg: transparent;
    --_btn-fg: currentColor;
    --_btn-border: currentColor;
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
    color: inherit;
  }
`;
