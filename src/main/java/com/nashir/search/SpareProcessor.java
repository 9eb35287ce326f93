package com.nashir.search;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Lends one search a second processor while the machine is quiet: half of the segments are read on it
 * ({@link NewestMatches}), and the facets are counted on it while the page is highlighted ({@link IndexQueries}).
 * A search's time is what a reader waits for, and on a quiet machine the other processors idle meanwhile; under
 * load ({@link ProcessorLoad} busy) every processor already serves a request, and searches run on their own
 * thread only, as splitting them would add work without adding speed. A part handed over when every spare thread is
 * busy runs on the caller ({@link ThreadPoolExecutor.CallerRunsPolicy}): nothing queues behind another search.
 */
@Component
class SpareProcessor implements DisposableBean {
    private final ProcessorLoad load;
    /** Null on a single processor. */
    private final ThreadPoolExecutor threads;

    SpareProcessor(ProcessorLoad load) {
        this(load, Runtime.getRuntime().availableProcessors());
    }

    SpareProcessor(ProcessorLoad load, int processors) {
        this.load = load;
        this.threads = processors < 2
                ? null
                : new ThreadPoolExecutor(
                        0,
                        processors - 1,
                        60,
                        TimeUnit.SECONDS,
                        new SynchronousQueue<>(),
                        r -> {
                            Thread t = new Thread(r, "search-spare");
                            t.setDaemon(true);
                            return t;
                        },
                        new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Where a search may run a part of its work now; null: on its own thread only (busy, or one processor). */
    Executor now() {
        return threads == null || load.busy() ? null : threads;
    }

    /**
     * Starts {@code work} on {@code spare} (null: runs it here and now); {@link Started#result} waits for it. For a
     * part of a search whose result is needed only after the caller's own part.
     */
    static <T> Started<T> start(Executor spare, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (spare == null) {
            task.run();
        } else {
            spare.execute(task);
        }
        return new Started<>(task);
    }

    /** A part of a search started by {@link #start}. */
    static final class Started<T> {
        private final FutureTask<T> task;

        private Started(FutureTask<T> task) {
            this.task = task;
        }

        /** Its result once done; its failure thrown here, as if it had run on this thread. */
        T result() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void destroy() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
