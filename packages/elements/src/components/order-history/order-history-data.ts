/**
 * What `<ckit-order-history>` reads: the signed-in learner's orders and, on demand, an order's
 * payment transactions.
 *
 * @module
 */
import { Orders, type Order, type Transaction } from '@coursekit/sdk';
import { query, type Query } from '../../data/query.js';
import { session } from '../../data/queries.js';

/** The learner's newest orders with their items (`GET /me/orders`); `null` for a visitor. */
export const ordersQuery = (size: number): Query<Order[] | null> =>
  query(['me', 'orders', size], 'user', async ({ client, read }) => ((await read(session)) ? (await new Orders(client.http).list({ per_page: size })).data : null));

/** An order's payment transactions (`GET /orders/{id}/transactions`). */
export const transactionsQuery = (orderId: number): Query<Transaction[]> =>
  query(['me', 'order-transactions', orderId], 'user', ({ client }) => new Orders(client.http).listTransactions(orderId));
