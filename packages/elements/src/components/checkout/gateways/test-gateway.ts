/**
 * The reference backend's `test` gateway: a card-number field that "pays" with
 * `POST {baseUrl}/test-gateway/confirm {client_secret, card_number}`, standing in for a real
 * gateway's page. The backend's webhook then marks the order paid. Test cards (see the mock's
 * README): `4242 4242 4242 4242` succeeds, `4000 0000 0000 0002` is declined,
 * `4000 0000 0000 9995` is declined for insufficient funds.
 *
 * @module
 */
import { isConflictError, isConnectionError, isPaymentRequiredError, isValidationError, jsonObject } from '@coursekit/sdk';
import { registerEnglishDefaults } from '../../../i18n/messages.js';
import type { PaymentConfirmation, PaymentGateway, PaymentGatewayContext } from '../gateway.js';
import { testGatewayMessages } from './test-gateway.messages.js';

/** Whether `digits` pass the Luhn checksum every card number carries. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** `value`'s digits (at most 19) in groups of four: `4242 4242 4242 4242`. */
export function formatCardNumber(value: string): string {
  return (value.replace(/\D/g, '').slice(0, 19).match(/.{1,4}/g) ?? []).join(' ');
}

/** The `test` gateway's adapter: one labelled card-number field. */
export class TestGateway implements PaymentGateway {
  readonly id = 'test';
  #context: PaymentGatewayContext | undefined;
  #input: HTMLInputElement | undefined;
  #error: HTMLElement | undefined;
  #root: HTMLElement | undefined;

  constructor() {
    // The adapter loads on demand, after <ckit-checkout> was defined: it brings its own English.
    registerEnglishDefaults(testGatewayMessages);
  }

  mount(slot: HTMLElement, context: PaymentGatewayContext): void {
    this.unmount();
    this.#context = context;
    const { i18n } = context;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, part: string, props: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
      const element = document.createElement(tag);
      element.setAttribute('part', part);
      for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
      return element;
    };
    const root = make('div', 'card-field', { class: 'control card-field' });
    const label = make('label', 'card-label', { for: 'ckit-card-number' });
    label.textContent = i18n.t('checkoutCardLabel');
    const input = make('input', 'card-input', { id: 'ckit-card-number', type: 'text', name: 'cardnumber', autocomplete: 'cc-number', inputmode: 'numeric', placeholder: '1234 1234 1234 1234', spellcheck: 'false' });
    const error = make('p', 'card-error', { id: 'ckit-card-error', class: 'field-error' });
    const hint = make('p', 'card-hint', { id: 'ckit-card-hint', class: 'muted hint' });
    hint.textContent = i18n.t('checkoutCardHint');
    input.setAttribute('aria-describedby', 'ckit-card-error ckit-card-hint');
    input.addEventListener('input', () => {
      const formatted = formatCardNumber(input.value);
      if (formatted !== input.value) input.value = formatted;
      if (input.getAttribute('aria-invalid')) this.#showError('');
    });
    root.append(label, input, error, hint);
    slot.append(root);
    this.#root = root;
    this.#input = input;
    this.#error = error;
  }

  async confirm(): Promise<PaymentConfirmation> {
    const context = this.#context;
    const input = this.#input;
    if (!context || !input) return { ok: false, message: '', code: 'not_mounted' };
    const { i18n } = context;
    const digits = input.value.replace(/\D/g, '');
    const problem = !digits ? 'checkoutCardRequired' : digits.length < 12 ? 'checkoutCardIncomplete' : luhn(digits) ? undefined : 'checkoutCardInvalid';
    if (problem) {
      this.#showError(i18n.t(problem));
      input.focus();
      return { ok: false, message: i18n.t(problem), code: 'incomplete' };
    }
    try {
      await context.http.post('test-gateway/confirm', { body: { client_secret: context.clientSecret, card_number: digits }, schema: jsonObject });
      return { ok: true };
    } catch (error) {
      if (isPaymentRequiredError(error)) {
        const code = (error.body as { decline_code?: string } | undefined)?.decline_code;
        return { ok: false, message: i18n.t(code === 'insufficient_funds' ? 'checkoutInsufficientFunds' : 'checkoutDeclined'), code: code ?? 'card_declined' };
      }
      if (isValidationError(error) && error.firstError('card_number')) {
        this.#showError(i18n.t('checkoutCardInvalid'));
        input.focus();
        return { ok: false, message: i18n.t('checkoutCardInvalid'), code: 'incomplete' };
      }
      if (isConflictError(error)) return { ok: false, message: i18n.t('checkoutPaymentProcessed'), code: 'processed' };
      return { ok: false, message: i18n.t(isConnectionError(error) ? 'checkoutGatewayUnreachable' : 'checkoutPaymentFailed'), code: 'error' };
    }
  }

  unmount(): void {
    this.#root?.remove();
    this.#root = this.#input = this.#error = this.#context = undefined;
  }

  #showError(message: string): void {
    if (!this.#error || !this.#input) return;
    this.#error.textContent = message;
    if (message) this.#input.setAttribute('aria-invalid', 'true');
    else this.#input.removeAttribute('aria-invalid');
  }
}
