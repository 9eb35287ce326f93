/**
 * Audience: the live "عاجل" stream, one subsystem. {@code GET /live/breaking} ({@link com.nashir.live.LiveBreakingServlet},
 * registered by {@code LiveConfig}) hands each reader's connection out of Tomcat's HTTP processor
 * to a {@link com.nashir.live.LiveClient}; one thread ({@link com.nashir.live.LiveBreakingHub})
 * builds every frame once ({@code LiveFrames}) and gives it to every open stream;
 * {@code LiveStreamLimits} bounds how many stay open; {@code GET /live/coverage/{id}} lets a page
 * catch up on a live coverage. It reads features, and of {@code web/}
 * only {@code LiveUpdateViews}, so a live coverage update is sent as the article page renders it.
 * {@code web/} never depends on it (pages learn the stream's address from {@code address/Permalinks}).
 * See docs/live.md.
 */
package com.nashir.live;
