/**
 * Feature: the one-time setup of a new site — whether it still waits for its first admin, and the
 * setup code every node prints at start-up.
 */
package com.nashir.setup;
