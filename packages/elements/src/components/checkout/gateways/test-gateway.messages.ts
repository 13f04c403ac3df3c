/**
 * The English messages of the `test` payment gateway's card field, registered by the adapter's
 * module (it loads on demand). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts`
 * translate them.
 *
 * @module
 */
export const testGatewayMessages = {
  checkoutPaymentProcessed: 'This payment was already processed.',
  checkoutCardLabel: 'Card number',
  checkoutCardHint: 'Test mode: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.',
  checkoutCardRequired: 'Enter your card number.',
  checkoutCardIncomplete: 'Your card number is incomplete.',
  checkoutCardInvalid: 'This card number is not valid. Check it and try again.',
  checkoutInsufficientFunds: 'Your card has insufficient funds and nothing was charged. Try another card.',
} as const;
