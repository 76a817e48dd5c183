/**
 * The Content-Security-Policy every page carries (as a meta element, since static hosts such as
 * GitHub Pages cannot set headers). Scripts only from the site itself, never inline; nothing from
 * third parties. Inline styles stay allowed because Observable Plot writes style attributes on SVG.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'none'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
