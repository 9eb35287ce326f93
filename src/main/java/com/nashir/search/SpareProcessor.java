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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lends one search a second processor while the machine is quiet: half of the index (runs of documents) is read on it
 * ({@link NewestMatches}), and the facets are counted on it while the page is highlighted ({@link IndexQueries}).
 * A search's time is what a reader waits for, and on a quiet machine the other processors idle meanwhile. Once the
 * machine's processors are {@link #SATURATED} in use ({@link ProcessorLoad}) every one already serves a request, and
 * searches run on their own thread only, as splitting them would add work without adding speed. A part handed over
 * when every spare thread is busy runs on the caller ({@link ThreadPoolExecutor.CallerRunsPolicy}): nothing queues
 * behind another search, and no more searches share processors than there are spare threads.
 * {@code nashir.search.spare-processor=false} turns it off (a node whose processors are shared in ways the load
 * does not show).
 */
@Component
class SpareProcessor implements DisposableBean {
    /**
     * The share of the processors in use from which no search borrows one. Not the related searches' busy load (0.75):
     * one reader's searches with their spare thread, the client and the database already keep two processors about
     * 70 % busy, and a lower line would turn lending off for the very reader it is for.
     */
    static final double SATURATED = 0.9;

    private final ProcessorLoad load;
    /** Null on a single processor. */
    private final ThreadPoolExecutor threads;

    @Autowired
    SpareProcessor(ProcessorLoad load, @Value("${nashir.search.spare-processor:true}") boolean enabled) {
        this(load, enabled ? Runtime.getRuntime().availableProcessors() : 1);
    }

    /** {@code processors}: how many this node may use (1: none to spare). */
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

    /** Where a search may run a part of its work now; null: on its own thread only (saturated, or one processor). */
    Executor now() {
        return threads == null || load.recent() >= SATURATED ? null : threads;
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

        /**
         * Waits for it to end, whatever its outcome: for a caller whose own part failed, as the part reads the same
         * index version, which the caller releases once it returns.
         */
        void settle() {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the caller's own failure is the one reported
            }
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
