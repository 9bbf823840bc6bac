// Debian's Chromium as the browser tests and bench:web start it: headless, on loopback only.
//
// Headless Chromium builds a browser window for every new context (each test's page, each timed
// load), and with it the address bar's suggestion popup, a WebUI page of its own: about 1 s of CPU
// per window, which on a 2-core machine competed with the page under test (measured on the map page:
// shown in about 1.0 s without it, 1.2–1.9 s with it). No test uses the address bar: it is
// switched off.
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
