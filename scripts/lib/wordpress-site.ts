/**
 * A throwaway WordPress site from Debian's `wordpress` package, for testing the CourseKit plugin
 * (`examples/wordpress/coursekit`) for real: WordPress copied into a temporary folder with its own
 * wp-config.php, MariaDB on a private data folder and socket, PHP's built-in web server, and
 * `scripts/e2e/wordpress-setup.php` to install the site (with an administrator the tests can sign
 * in as), activate the plugin and publish pages.
 * Nothing outside the temporary folder is touched, and `close()` removes it.
 *
 * @module
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './drop-in-build.js';

/** Where Debian's `wordpress` package installs WordPress. */
export const WORDPRESS_DIR = '/usr/share/wordpress';

/** The theme the site runs (Debian's `wordpress-theme-twentytwentythree`, WordPress 6.1's default). */
const THEME = 'twentytwentythree';

/** The Debian packages the site needs. Apache comes in as a dependency of `wordpress` but is never started. */
export const WORDPRESS_PACKAGES = `wordpress wordpress-theme-${THEME} mariadb-server php-cli php-mysql`;

const MARIADBD = existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd';
const SETUP_SCRIPT = join(ROOT, 'scripts', 'e2e', 'wordpress-setup.php');

/** What is missing to run the site, with the command that installs it; `null` when nothing is. */
export function wordpressMissing(): string | null {
  const missing: string[] = [];
  const php = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 3);']);
  if (php.error) missing.push('php (php-cli)');
  else if (php.status === 3) missing.push("PHP's mysqli extension (php-mysql)");
  if (!existsSync(join(WORDPRESS_DIR, 'wp-load.php'))) missing.push(`WordPress in ${WORDPRESS_DIR} (wordpress)`);
  else if (!existsSync(join(WORDPRESS_DIR, 'wp-content', 'themes', THEME))) missing.push(`the ${THEME} theme (wordpress-theme-${THEME})`);
  if (spawnSync(MARIADBD, ['--version']).error || spawnSync('mariadb-install-db', ['--help']).error) missing.push('MariaDB (mariadb-server)');
  if (!missing.length) return null;
  return `missing ${missing.join(', ')}. Install: apt-get install -y --no-install-recommends ${WORDPRESS_PACKAGES}`;
}

/** Options of `startWordPressSite()`. */
export interface WordPressSiteOptions {
  /** The plugin folder to install and activate as `wp-content/plugins/coursekit`. */
  readonly pluginDir: string;
  /** The loader script's URL, given to the plugin as `COURSEKIT_LOADER_URL` in wp-config.php. */
  readonly loaderUrl: string;
  /** The CourseKit API, saved as the plugin's `coursekit_base_url` option; without it the option keeps its default (none). */
  readonly apiBaseUrl?: string;
  /** The web server's port; a free one by default. */
  readonly port?: number;
  /** Pages to publish: title → post content. */
  readonly pages: Readonly<Record<string, string>>;
}

/** A running WordPress site. */
export interface WordPressSite {
  /** The site's address, `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** Each published page's address, by title (as WordPress gave it when publishing: `?page_id=<id>`, plain permalinks). */
  readonly pages: Readonly<Record<string, string>>;
  /** The administrator the installer created, to sign in as on `wp-login.php`. */
  readonly admin: { readonly user: string; readonly password: string };
  /**
   * Runs PHP with WordPress loaded, as a command-line script of the site (`wp-admin/includes/plugin.php`
   * included), and returns what it printed; throws on a non-zero exit.
   *
   * @example
   * ```ts
   * site.php("echo get_option('coursekit_currency');"); // 'USD'
   * ```
   */
  php(code: string): string;
  /** PHP's notices, warnings and errors so far (WordPress's debug.log). */
  debugLog(): string;
  /** Stops the web server and MariaDB and removes the temporary folder; safe to call twice. */
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolveClose) => server.close(resolveClose));
  return port;
}

/** A child process whose output is kept for error messages. */
function start(command: string, args: string[], cwd: string, env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
  // Its own process group, so that ending it also ends its children (php -S's workers).
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => output };
}

/** Waits until `ready()` is true, failing early when the started process has exited. */
async function waitFor(what: string, ready: () => boolean | Promise<boolean>, started: ReturnType<typeof start>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) throw new Error(`${what} exited:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`${what} not ready after ${timeoutMs} ms:\n${started.output()}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

/** Sends `signal` to the process group `start()` gave `child`. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** Ends a process and its children: SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
async function stop(child: ChildProcess, graceMs = 3000): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolveExit) => child.once('exit', resolveExit));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, 'SIGKILL'); // children that outlived their parent
}

/** A PHP string literal. */
const phpString = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;

function wpConfig(options: { socket: string; url: string; loaderUrl: string; debugLog: string }): string {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${phpString(`localhost:${options.socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
${salts.map((name) => `define('${name}', '${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}');`).join('\n')}
define('WP_HOME', ${phpString(options.url)});
define('WP_SITEURL', ${phpString(options.url)});
define('COURSEKIT_LOADER_URL', ${phpString(options.loaderUrl)});
// A test site: log every notice, never print one into a page, and call no one on the network.
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(options.debugLog)});
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Installs and starts the site; rejects (after cleaning up) when any step fails.
 *
 * @example
 * ```ts
 * const site = await startWordPressSite({ pluginDir, loaderUrl, apiBaseUrl, pages: { Courses: '[coursekit_catalog]' } });
 * console.log(site.pages.Courses); // http://127.0.0.1:40123/?page_id=5
 * await site.close();
 * ```
 */
export async function startWordPressSite(options: WordPressSiteOptions): Promise<WordPressSite> {
  const temp = mkdtempSync(join(tmpdir(), 'coursekit-wordpress-'));
  const processes: ChildProcess[] = [];
  // If the test process ends without close() (a crash), the servers must not outlive it.
  const killOnExit = () => processes.forEach((child) => signalGroup(child, 'SIGKILL'));
  process.on('exit', killOnExit);
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      await Promise.all(processes.map((child) => stop(child)));
      process.off('exit', killOnExit);
      rmSync(temp, { recursive: true, force: true });
    })());

  try {
    const site = join(temp, 'wordpress');
    const data = join(temp, 'mysql');
    const socket = join(temp, 'mysql.sock');
    const debugLog = join(temp, 'debug.log');
    const url = `http://127.0.0.1:${options.port || (await freePort())}/`;

    // WordPress, its theme and the plugin, as an administrator would upload them.
    cpSync(WORDPRESS_DIR, site, { recursive: true });
    cpSync(options.pluginDir, join(site, 'wp-content', 'plugins', 'coursekit'), { recursive: true });
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, url, loaderUrl: options.loaderUrl, debugLog }));
    // The router of php -S below sends every path that is not a file to index.php, as Apache's
    // mod_rewrite does: tell WordPress, so that Settings → Permalinks offers /%postname%/ rather
    // than /index.php/%postname%/.
    mkdirSync(join(site, 'wp-content', 'mu-plugins'), { recursive: true });
    writeFileSync(join(site, 'wp-content', 'mu-plugins', 'url-rewrite.php'), "<?php\nadd_filter('got_url_rewrite', '__return_true');\n");

    // MariaDB on its own data folder and socket, no TCP port; it creates the empty database on start.
    mkdirSync(data);
    const installDb = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot()], { encoding: 'utf8' });
    if (installDb.status !== 0) throw new Error(`mariadb-install-db failed:\n${installDb.stdout}${installDb.stderr}`);
    const initFile = join(temp, 'init.sql');
    writeFileSync(initFile, 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;\n');
    const mariadb = start(
      MARIADBD,
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(temp, 'mysql.pid')}`, '--skip-networking', '--skip-log-bin', '--innodb-buffer-pool-size=32M', `--init-file=${initFile}`, ...asRoot()],
      temp,
    );
    processes.push(mariadb.child);
    await waitFor('MariaDB', () => existsSync(socket), mariadb);

    const admin = { user: 'admin', password: randomBytes(12).toString('base64url') };
    const setup = spawnSync('php', [SETUP_SCRIPT, site, admin.password, JSON.stringify(options.pages), options.apiBaseUrl ?? ''], { encoding: 'utf8', cwd: site });
    if (setup.status !== 0) throw new Error(`WordPress setup failed:\n${setup.stdout}${setup.stderr}`);
    const pages = JSON.parse(setup.stdout.trim().split('\n').at(-1)!) as Record<string, string>;

    // PHP's built-in web server; a few workers, since a page's assets load in parallel. The router
    // does what a web server's rewrite rules do for WordPress: files as files, any other path to
    // index.php (which answers /favicon.ico, 404 pages and pretty permalinks).
    const router = join(temp, 'router.php');
    writeFileSync(router, `<?php\nif (is_file($_SERVER['DOCUMENT_ROOT'] . parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH))) return false;\nrequire $_SERVER['DOCUMENT_ROOT'] . '/index.php';\n`);
    const web = start('php', ['-S', new URL(url).host, '-t', site, router], site, { PHP_CLI_SERVER_WORKERS: '4' });
    processes.push(web.child);
    await waitFor('php -S', () => fetch(url).then((response) => response.ok, () => false), web);

    const php = (code: string) => {
      const script = join(temp, 'run.php');
      writeFileSync(script, `<?php\nrequire ${phpString(join(site, 'wp-load.php'))};\nrequire_once ABSPATH . 'wp-admin/includes/plugin.php';\n${code}\n`);
      const run = spawnSync('php', [script], { encoding: 'utf8', cwd: site });
      if (run.status !== 0) throw new Error(`php failed (${run.status}):\n${run.stdout}${run.stderr}`);
      return run.stdout;
    };

    return { url, pages, admin, php, debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** mariadbd refuses to run as root unless told to. */
function asRoot(): string[] {
  return process.getuid?.() === 0 ? ['--user=root'] : [];
}
