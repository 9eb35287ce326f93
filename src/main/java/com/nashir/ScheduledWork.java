package com.nashir;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The site's timed work (scheduled publishing, breaking-news expiry, the settings re-check). A
 * command (backup, restore, reindex…) runs without it: a restore must load exactly what the
 * archive holds, not announce expiries in the middle, and the serving nodes own that work.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "nashir.scheduled-work", havingValue = "true", matchIfMissing = true)
class ScheduledWork {}
