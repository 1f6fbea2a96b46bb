package com.siteline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark from rotting: a tiny run inside the test command (it checks that it computes,
 * not how fast). {@code -Dsiteline.bench.ops=N} makes it a full run; {@code ./siteline bench} does that.
 */
class BusinessTimeBenchmarkTest {

    @Test
    void benchmarkRunsAndPrintsItsFigures() {
        int operations = Integer.getInteger("siteline.bench.ops", 50_000);
        int rounds = Integer.getInteger("siteline.bench.rounds", operations > 1_000_000 ? 5 : 2);
        BusinessTimeBenchmark.main(new String[] {Integer.toString(operations), Integer.toString(rounds)});
        BusinessTimeBenchmark.Result result = BusinessTimeBenchmark.run(1_000, 1);
        assertThat(result.operations()).isEqualTo(1_000);
        // what it measures is right: every deadline it computed lies exactly its business minutes after its
        // start (measured the other way round), inside working time
        assertThat(BusinessTimeBenchmark.verify(1_000)).isEqualTo(1_000);
    }
}
