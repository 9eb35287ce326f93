/**
 * Shared rules (a feature every package may use): who is acting and what they may do — {@code
 * Actor}, {@code Role}, {@code Permission}. In a package of its own so that {@code audit/}, {@code
 * user/} and {@code author/} can all use it without depending on each other.
 */
package com.nashir.access;
