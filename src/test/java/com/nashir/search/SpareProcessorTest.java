package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A search borrows a second processor only while the machine has one to lend, and a part run there reports its
 * result and its failure as if it had run on the search's own thread.
 */
class SpareProcessorTest {

    @Test
    void lendsWhileTheProcessorsAreBelowSaturation_notAtIt_notOnOneProcessor() {
        assertThat(spare(0.7, 2).now())
                .as("one reader's searches keep two processors about 70%% busy")
                .isNotNull();
        assertThat(spare(SpareProcessor.SATURATED, 2).now()).isNull();
        assertThat(spare(0.1, 1).now()).as("nothing to spare").isNull();
        assertThat(new SpareProcessor(quiet(), false).now()).as("turned off").isNull();
    }

    @Test
    void aPartRunsOnAnotherThreadAndItsResultOrFailureComesBack() throws Exception {
        var spare = spare(0.1, 2);
        AtomicReference<String> ranOn = new AtomicReference<>();
        var started = SpareProcessor.start(spare.now(), () -> {
            ranOn.set(Thread.currentThread().getName());
            return 42;
        });
        while (ranOn.get() == null) { // asked before the thread began, the caller would run it (the next test)
            Thread.sleep(1);
        }
        assertThat(started.result()).isEqualTo(42);
        assertThat(ranOn.get()).isEqualTo("search-spare");

        var failed = SpareProcessor.start(spare.now(), () -> {
            throw new IOException("index file gone");
        });
        assertThatThrownBy(failed::result).isInstanceOf(IOException.class).hasMessage("index file gone");
        failed.settle(); // waits, and leaves the failure to result()

        var ended = new java.util.concurrent.atomic.AtomicBoolean();
        var begun = new java.util.concurrent.CountDownLatch(1);
        var slow = SpareProcessor.start(spare.now(), () -> {
            begun.countDown();
            Thread.sleep(200);
            ended.set(true);
            return "late";
        });
        begun.await();
        slow.settle();
        assertThat(ended).as("settle waits for a part that has begun to end").isTrue();
        spare.destroy();
    }

    @Test
    void aPartNoThreadHasBegunRunsOnTheCallerWhoAsksForIt_andNeverTwice() throws IOException {
        // A spare thread woken but not yet given a processor (a busy machine): here, one that never runs.
        List<Runnable> handedOver = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> ranOn = new AtomicReference<>();
        var started = SpareProcessor.start(handedOver::add, () -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread().getName());
            return 7;
        });
        AtomicReference<String> caller = new AtomicReference<>();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    caller.set(Thread.currentThread().getName());
                    return started.result();
                }))
                .isEqualTo(7);
        assertThat(ranOn.get()).isEqualTo(caller.get());
        handedOver.forEach(Runnable::run); // the thread gets to it at last: nothing left to do
        assertThat(runs).hasValue(1);

        var failedHere = SpareProcessor.start(handedOver::add, () -> {
            throw new IOException("index file gone");
        });
        assertThatThrownBy(failedHere::result).isInstanceOf(IOException.class).hasMessage("index file gone");

        AtomicInteger settledRuns = new AtomicInteger();
        List<Runnable> later = new ArrayList<>();
        var settled = SpareProcessor.start(later::add, settledRuns::incrementAndGet);
        assertTimeoutPreemptively(Duration.ofSeconds(5), settled::settle);
        later.forEach(Runnable::run);
        assertThat(settledRuns).as("settled before it began: it never runs").hasValue(0);
    }

    @Test
    void withoutASpareThePartRunsHereAndNow() throws IOException {
        AtomicReference<String> ranOn = new AtomicReference<>();
        var started = SpareProcessor.start(null, () -> {
            ranOn.set(Thread.currentThread().getName());
            return "done";
        });
        assertThat(ranOn.get())
                .as("already ran, before result() was asked")
                .isEqualTo(Thread.currentThread().getName());
        assertThat(started.result()).isEqualTo("done");
    }

    private static SpareProcessor spare(double load, int processors) {
        return new SpareProcessor(new ProcessorLoad(0.75, () -> load, System::nanoTime), processors);
    }

    private static ProcessorLoad quiet() {
        return new ProcessorLoad(0.75, () -> 0, System::nanoTime);
    }
}
