package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTest {

  @Test
  void a_failed_pass_retries_sooner_and_backs_off_up_to_the_interval() {
    Poller p = new Poller(Duration.ofMinutes(15), Duration.ofSeconds(30));
    assertEquals(Duration.ofMinutes(15), p.nextWait(0));
    assertEquals(Duration.ofSeconds(30), p.nextWait(1));
    assertEquals(Duration.ofSeconds(60), p.nextWait(2));
    assertEquals(Duration.ofSeconds(120), p.nextWait(3));
    assertEquals(Duration.ofMinutes(15), p.nextWait(10));
  }

  @Test
  void a_first_retry_longer_than_the_interval_is_capped() {
    assertEquals(Duration.ofSeconds(10), new Poller(Duration.ofSeconds(10), Duration.ofSeconds(30)).nextWait(1));
  }

  @Test
  void the_loop_runs_passes_until_a_stop_is_requested_and_keeps_the_worst_code() throws Exception {
    Poller p = new Poller(Duration.ofMillis(40), Duration.ofMillis(5));
    AtomicInteger passes = new AtomicInteger();
    List<Duration> waits = new ArrayList<>();
    int code;
    try (GracefulStop stop = new GracefulStop(1)) {
      code = p.loop(() -> {
        int n = passes.incrementAndGet();
        if (n == 4) {
          stop.request();
        }
        return n == 2 ? ExitCode.SOME_FAILED : ExitCode.OK; // a feed down in the second pass
      }, stop, waits::add);
    }
    assertEquals(4, passes.get());
    assertEquals(ExitCode.SOME_FAILED, code);
    assertEquals(List.of(Duration.ofMillis(40), Duration.ofMillis(5), Duration.ofMillis(40)), waits);
  }
}
