/**
 * Audience: the JSON content API at {@code /api/v1} (token filter, controllers, JSON shapes, RFC
 * 9457 problem+json). Depends on features for every rule; the same permission checks as the
 * newsroom.
 */
package com.nashir.api;
