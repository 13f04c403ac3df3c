/** The Chromium binary: `CHROME_PATH`, else Debian's package. */
export declare const CHROME_PATH: string;
/** Flags for a headless Chromium running as root in a container with a closed network. */
export declare const CHROMIUM_ARGS: string[];
/** Launches that Chromium, headless, with `CHROMIUM_ARGS` and any `extraArgs`. */
export declare function launchChromium(extraArgs?: string[]): Promise<import('puppeteer-core').Browser>;
