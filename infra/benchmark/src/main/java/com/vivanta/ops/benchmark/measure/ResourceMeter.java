package com.vivanta.ops.benchmark.measure;

import com.vivanta.ops.benchmark.results.Resources;

/**
 * Reads the counters a window's cost is the difference of: committed transactions, the event store's position,
 * CPU time of the app's JVM, of the PostgreSQL server, of the load generator and of the whole machine.
 *
 * <p>PostgreSQL's CPU is the postmaster's own and its exited children's (the kernel adds a child's time to its
 * parent's once the parent has waited for it, which the postmaster does at once) plus every live child's. A
 * backend that starts and ends inside the window is counted whole; one that lived before and ends inside it
 * is counted from its start, not from the window's; processes that start or end while /proc is being read can
 * be missed or counted twice. The app keeps its connections in a pool, so these are rare.
 *
 * <p>The commit counter is flushed by each busy backend at most once a second, so both ends of a window are a
 * fraction of a second stale; in a steady state that shifts the window rather than shortening it.
 */
final class ResourceMeter {

    record Sample(long nanoTime, long commits, long lastEvent, double jvmSeconds, double postgresSeconds,
                  double generatorSeconds, double machineSeconds) {
    }

    private final Database database;
    private final ProcessCpu cpu;
    private final long appPid;
    private final long postmasterPid;

    ResourceMeter(Database database, ProcessCpu cpu, long appPid, long postmasterPid) {
        this.database = database;
        this.cpu = cpu;
        this.appPid = appPid;
        this.postmasterPid = postmasterPid;
    }

    /** @param generatorPid the running wrk, or 0 when the generator's time is taken otherwise */
    Sample sample(long generatorPid) {
        long commits = database.committedTransactions();
        double jvm = cpu.ownSeconds(appPid).orElseThrow(() -> new IllegalStateException("The app has exited"));
        double postgres = cpu.treeSeconds(postmasterPid)
                             .orElseThrow(() -> new IllegalStateException("PostgreSQL has exited"));
        double generator = generatorPid > 0 ? cpu.ownSeconds(generatorPid).orElse(Double.NaN) : 0;
        return new Sample(System.nanoTime(), commits, database.lastEventIndex(), jvm, postgres, generator,
                          cpu.machineBusySeconds());
    }

    /** CPU seconds the app and its database used together since the sample, for the idle check. */
    double serverSecondsSince(Sample earlier) {
        Sample now = sample(0);
        return now.jvmSeconds() - earlier.jvmSeconds() + now.postgresSeconds() - earlier.postgresSeconds();
    }

    static Resources between(Sample start, Sample end, double generatorSeconds) {
        return new Resources((end.nanoTime() - start.nanoTime()) / 1e9, end.commits() - start.commits(),
                             end.lastEvent() - start.lastEvent(), end.jvmSeconds() - start.jvmSeconds(), end.postgresSeconds() - start.postgresSeconds(),
                             generatorSeconds, end.machineSeconds() - start.machineSeconds());
    }

    static Resources between(Sample start, Sample end) {
        return between(start, end, end.generatorSeconds() - start.generatorSeconds());
    }
}
