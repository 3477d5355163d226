package dev.parley.bench.load;

/** One offered rate's outcome. Latencies in milliseconds; CPU as a share of one core. */
record StepResult(
        int messagesPerSecond,
        long offeredDeliveriesPerSecond,
        double deliveredPerSecond,
        double p50,
        double p99,
        double p999,
        double max,
        double completeness,
        double serverCpu,
        long serverRssBytes,
        double benchCpu) {}
