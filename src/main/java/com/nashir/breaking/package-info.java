/**
 * Feature: breaking news ("عاجل") items and their ordered event log, with {@code pg_notify} so
 * every node hears each change. No HTTP: the stream that open pages read is served by an audience.
 */
package com.nashir.breaking;
