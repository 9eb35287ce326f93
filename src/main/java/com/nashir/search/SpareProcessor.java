package com.nashir.search;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
        Started<T> started = new Started<>(work);
        if (spare == null) {
            started.task.run();
        } else {
            spare.execute(started.task);
        }
        return started;
    }

    /**
     * A part of a search started by {@link #start}. Whichever thread begins it first runs it: the spare thread, or the
     * caller asking for its result before that thread got to it (a busy machine can leave a woken thread waiting for a
     * processor for milliseconds, longer than the part takes), so a caller never waits for a thread that has not
     * begun.
     */
    static final class Started<T> {
        private final AtomicBoolean begun = new AtomicBoolean();
        private final Callable<T> work;
        private final FutureTask<T> task;

        private Started(Callable<T> work) {
            this.work = work;
            this.task = new FutureTask<>(() -> begun.compareAndSet(false, true) ? work.call() : null);
        }

        /**
         * Waits for it to end, whatever its outcome, or keeps it from beginning: for a caller whose own part failed, as
         * the part reads the same index version, which the caller releases once it returns.
         */
        void settle() {
            if (begun.compareAndSet(false, true)) {
                return; // it will not run
            }
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the caller's own failure is the one reported
            }
        }

        /** Its result once done (run here when no other thread has begun it); its failure thrown as if run here. */
        T result() throws IOException {
            if (begun.compareAndSet(false, true)) {
                try {
                    return work.call();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
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
