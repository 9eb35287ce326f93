/**
 * Feature: embeds of other sites' posts (YouTube, X, Instagram …) recognised from an address and
 * rendered as click-to-load cards: nothing loads from another host until the reader asks.
 */
package com.nashir.embed;
