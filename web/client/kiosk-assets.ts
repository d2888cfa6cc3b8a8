import { assetPath } from "./asset-path";

/**
 * What /k/{code} adds to the survey's stylesheet for a tablet at the counter: larger type and targets, the
 * progress bar and the screen buttons the script inserts. Without the script it is the whole form, larger.
 */
const KIOSK_CSS = `
[hidden]{display:none!important}
body{font-size:20px}
main{max-width:52rem}
.opt>span{min-height:4rem}
.stars .opt>span{font-size:1.3rem}
button{min-height:4rem;font-size:1.2rem}
progress{display:block;width:100%;height:.75rem;accent-color:#0b3d6b}
.kiosk-nav{display:flex;gap:1rem}
.kiosk-nav button{flex:1}
`;

export const KIOSK_CSS_BODY = KIOSK_CSS;
export const KIOSK_CSS_PATH = assetPath("kiosk", "css", KIOSK_CSS);

/** The home-screen icon of the kiosk's web app manifest: a star on the survey's blue, drawn by us. */
export const KIOSK_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#0b3d6b"/><path fill="#f2a900" d="M256 72l54 128 138 11-105 90 32 135-119-72-119 72 32-135-105-90 138-11z"/></svg>`;
export const KIOSK_ICON_PATH = assetPath("kiosk-icon", "svg", KIOSK_ICON_SVG);
