/**
 * Shared plumbing with no feature of its own: input errors, pagination, SQL helpers, text cleaning
 * at the input boundary, rows kept in memory, node notifications over PostgreSQL, client addresses
 * behind trusted proxies.
 */
package com.nashir.system;
