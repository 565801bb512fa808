// The WebExtension API, looked up once: `browser` in Firefox, `chrome` in
// Chromium (where `browser` is undefined).
//
// A plain script, not a module, so that one file serves both kinds of
// context: the content scripts cannot be modules when the manifest declares
// them, so they load it first and share it on their namespace object; the
// background, popup and options import it for that effect and read it from
// the same place.
(globalThis.__quietpage ??= {}).api ??= globalThis.browser ?? globalThis.chrome;
