/** Parley's load generator and JMH benchmarks. Run on the class path by bench/parley-bench. */
module dev.parley.bench {
    // Parley
    requires dev.parley.accounts;
    requires dev.parley.protocol;

    // measuring
    requires HdrHistogram;
    requires jmh.core;
    requires java.management;
    requires jdk.management;

    exports dev.parley.bench.jmh.jmh_generated to
            jmh.core;

    opens dev.parley.bench.jmh to
            jmh.core;
}
