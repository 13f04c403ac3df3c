/**
 * The docs pages' one script (`assets/docs-page.js`): signs the seed's demo learner in to the
 * live examples' providers when the reader asks, through the provider's public client, the
 * way a host page does after its own sign-in form. No inline script, no HTML strings: the page
 * stays within a strict Content-Security-Policy.
 *
 * @module
 */

/** What this script uses of `<ckit-provider>`: its client's `auth.login()` and `refresh()`. */
interface DocsProvider extends HTMLElement {
  readonly activeClient?: {
    auth: { login(params: { email: string; password: string; device_name?: string }): Promise<{ user: { name: string } }> };
  };
  refresh(): void;
}

/** Signs the demo learner in to every provider of the page, then tells the elements. */
async function signIn(email: string, password: string): Promise<string> {
  await customElements.whenDefined('ckit-provider');
  const providers = [...document.querySelectorAll<DocsProvider>('ckit-provider')].filter((provider) => !provider.parentElement?.closest('ckit-provider'));
  let name = '';
  for (const provider of providers) {
    const client = provider.activeClient;
    if (!client) continue;
    const { user } = await client.auth.login({ email, password, device_name: 'coursekit-docs' });
    name = user.name;
    provider.refresh();
  }
  return name;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sign-in]')) {
  const status = button.parentElement?.querySelector('[data-sign-in-status]');
  button.addEventListener('click', () => {
    button.disabled = true;
    if (status) status.textContent = 'Signing in…';
    signIn(button.dataset['email'] ?? '', button.dataset['password'] ?? '').then(
      (name) => {
        if (status) status.textContent = `Signed in as ${name} (${button.dataset['email']}).`;
        button.hidden = true;
      },
      (error: unknown) => {
        button.disabled = false;
        if (status) status.textContent = 'The demo learner could not sign in; see the console.';
        console.error('CourseKit docs: sign-in failed', error);
      },
    );
  });
}
