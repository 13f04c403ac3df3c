/**
 * The English messages of `<ckit-order-history>`, registered by the element's `define()` (its
 * `static messages`). `MessageKey` includes their keys; `i18n/fr.ts` and `i18n/ar.ts` translate
 * them.
 *
 * @module
 */
export const orderHistoryMessages = {
  ordersLabel: 'Your orders',
  ordersEmpty: 'You have no orders yet.',
  ordersBrowse: 'Browse courses',
  ordersSignIn: 'Sign in to see your orders.',
  ordersNumber: 'Order {number}',
  ordersPlaced: 'Placed on {date}',
  ordersItems: 'Courses',
  ordersSubtotal: 'Subtotal',
  ordersCoupon: 'Coupon {code}',
  ordersTotal: 'Total',
  ordersPayNow: 'Pay now',
  ordersPayLabel: 'Pay now: order {number}',
  ordersTransactions: 'Payment attempts',
  ordersTransactionsNone: 'No payment attempts yet.',
  ordersTransactionsHidden: 'Payment attempts are not available for this order.',
  ordersTransaction: '{date}: {amount} by {gateway}',
  orderStatus_pending: 'Awaiting payment',
  orderStatus_paid: 'Paid',
  orderStatus_failed: 'Payment failed',
  orderStatus_refunded: 'Refunded',
  orderStatus_cancelled: 'Cancelled',
  transactionStatus_pending: 'Pending',
  transactionStatus_success: 'Succeeded',
  transactionStatus_failed: 'Failed',
  transactionStatus_refunded: 'Refunded',
} as const;
