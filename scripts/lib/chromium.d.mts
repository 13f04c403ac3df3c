/** The Chromium binary: `CHROME_PATH`, else Debian's package. */
export declare const CHROME_PATH: string;
/** Flags for a headless Chromium running as root in a container with a closed network. */
export declare const CHROMIUM_ARGS: string[];
