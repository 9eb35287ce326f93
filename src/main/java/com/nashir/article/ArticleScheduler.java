package com.nashir.article;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles within seconds of their time. Runs once at start-up too, so an
 * article whose time passed while every node was down goes out then, never silently skipped.
 */
@Component
class ArticleScheduler {
    private final ArticleWorkflow workflow;

    ArticleScheduler(ArticleWorkflow workflow) {
        this.workflow = workflow;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        workflow.publishDue();
    }

    @Scheduled(
            fixedDelayString = "${nashir.scheduler.interval:5s}",
            initialDelayString = "${nashir.scheduler.interval:5s}")
    void tick() {
        workflow.publishDue();
    }
}
