package com.vivanta.ops.benchmark.results;

/**
 * What the counted window cost the machine.
 *
 * @param seconds                 wall-clock length of the window the counters were read around
 * @param commits                 Δ {@code pg_stat_database.xact_commit} of the app's database (read-only
 *                                transactions included)
 * @param events                  Δ the event store's highest global index: about the events appended (a
 *                                rolled-back append leaves a gap), the work the requests set off
 * @param jvmCpuSeconds           Δ user + system CPU time of the app's JVM
 * @param postgresCpuSeconds      Δ CPU time of the PostgreSQL server: postmaster with its reaped children plus
 *                                every live backend (see ResourceMeter for how approximate)
 * @param loadGeneratorCpuSeconds Δ CPU time of wrk or pgbench
 * @param machineCpuSeconds       Δ busy CPU time of the whole machine (/proc/stat): what exceeds the three
 *                                above is someone else's load on a shared machine
 */
public record Resources(double seconds, long commits, long events, double jvmCpuSeconds, double postgresCpuSeconds,
                        double loadGeneratorCpuSeconds, double machineCpuSeconds) {

    /** CPU seconds of processes other than the app, its database and the load generator. */
    public double otherCpuSeconds() {
        return Math.max(0, machineCpuSeconds - jvmCpuSeconds - postgresCpuSeconds - loadGeneratorCpuSeconds);
    }
}
