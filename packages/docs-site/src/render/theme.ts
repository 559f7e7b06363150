// The colour theme: the system's (prefers-color-scheme) unless the reader picked light or dark with the
// header's toggle, which src/browser/site.ts stores under this key. The tiny script below runs in <head>,
// before the stylesheet and the body, so the first paint already has the stored theme: no flash.
import { createHash } from "node:crypto";

/** localStorage key of the reader's choice; namespaced, since a GitHub Pages origin is shared by repositories. */
export const themeStorageKey = "gongkit-docs-theme";

/** Sets `<html data-theme>` (and the meta color-scheme, for the canvas and form controls) from storage. */
export const themeHeadScript = `try{var t=localStorage.getItem("${themeStorageKey}");if(t==="light"||t==="dark"){document.documentElement.dataset.theme=t;document.querySelector('meta[name="color-scheme"]').content=t}}catch(e){}`;

/** The CSP source that allows exactly the head script, for a host that sends a Content-Security-Policy. */
export const themeHeadScriptHash = `'sha256-${createHash("sha256").update(themeHeadScript).digest("base64")}'`;

/**
 * A Content-Security-Policy the site works under (README: "Content-Security-Policy"); the site sets none
 * itself, since a `<meta>` policy with `'self'` would block its script on `file://` pages. The field
 * tables' `style="--depth:N"` attributes need `style-src-attr`.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  `script-src 'self' ${themeHeadScriptHash}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
