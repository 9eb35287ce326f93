package com.nashir.breaking;

/**
 * Breaking events up to {@code latestId} are committed and readable with
 * {@link BreakingEvents#after}. Published in-process after the writing transaction commits, and
 * on PostgreSQL also by NodeNotifications (PostgreSQL LISTEN) for commits made on other nodes (then
 * {@code latestId} is -1 after a reconnect: read the table to catch up). Listeners must tolerate
 * repeats: the same commit is usually announced both ways on the node that made it.
 */
public record BreakingEventsCommitted(long latestId) {}
