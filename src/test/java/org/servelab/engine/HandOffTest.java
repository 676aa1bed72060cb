package org.servelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class HandOffTest {

    @Test
    void aPingPongPassesEveryItemOnceInOrder() throws Exception {
        HandOff<Integer> there = new HandOff<>(true);
        HandOff<Integer> back = new HandOff<>(true);
        int n = 200_000;
        Thread echo = new Thread(() -> {
            try {
                for (int i = 0; i < n; i++) {
                    back.put(there.take() + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        echo.start();
        for (int i = 0; i < n; i++) {
            there.put(i);
            assertThat(back.take()).isEqualTo(i + 1);
        }
        echo.join(10_000);
        assertThat(echo.isAlive()).isFalse();
    }

    @Test
    void aHandOffThatDoesNotSpinPassesItemsToo() throws Exception {
        HandOff<Integer> h = new HandOff<>(false);
        CompletableFuture<Integer> got = CompletableFuture.supplyAsync(() -> {
            try {
                return h.take() + h.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        h.put(1);
        h.put(2);
        assertThat(got.get(10, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void aTakerThatHasParkedIsWokenByTheNextPut() throws Exception {
        HandOff<String> h = new HandOff<>(true);
        CompletableFuture<String> got = CompletableFuture.supplyAsync(() -> {
            try {
                return h.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // long past the spin, so the taker is parked
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(HandOff.SPIN_NANOS) * 20 + 50);
        assertThat(got).isNotDone();
        h.put("x");
        assertThat(got.get(10, TimeUnit.SECONDS)).isEqualTo("x");
    }

    @Test
    void interruptingAWaitingTakerEndsItsWait() throws Exception {
        HandOff<String> h = new HandOff<>(true);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                h.take();
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        });
        t.start();
        Thread.sleep(20);
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }
}
