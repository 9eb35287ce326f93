package com.nashir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
    void aPartRunsOnAnotherThreadAndItsResultOrFailureComesBack() throws IOException {
        var spare = spare(0.1, 2);
        AtomicReference<String> ranOn = new AtomicReference<>();
        var started = SpareProcessor.start(spare.now(), () -> {
            ranOn.set(Thread.currentThread().getName());
            return 42;
        });
        assertThat(started.result()).isEqualTo(42);
        assertThat(ranOn.get()).isEqualTo("search-spare");

        var failed = SpareProcessor.start(spare.now(), () -> {
            throw new IOException("index file gone");
        });
        assertThatThrownBy(failed::result).isInstanceOf(IOException.class).hasMessage("index file gone");
        failed.settle(); // waits, and leaves the failure to result()

        var ended = new java.util.concurrent.atomic.AtomicBoolean();
        var slow = SpareProcessor.start(spare.now(), () -> {
            Thread.sleep(200);
            ended.set(true);
            return "late";
        });
        slow.settle();
        assertThat(ended)
                .as("settle waits for the part to end (wherever it ran)")
                .isTrue();
        spare.destroy();
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
