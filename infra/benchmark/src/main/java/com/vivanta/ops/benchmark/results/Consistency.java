package com.vivanta.ops.benchmark.results;

/**
 * Cross-checks of a level: the load generator's own count of answers against the scripts' count, and what
 * went wrong on the wire.
 *
 * @param generatorAnswers answers wrk (or pgbench) counted over the whole run, warm-up included
 * @param scriptAnswers    answers the Lua scripts counted over the same run; equal unless something is off
 * @param socketErrors     connect, read, write errors and timeouts that wrk counted
 * @param resent           requests sent again because wrk asked before an answer (unsent write, reconnect)
 * @param substitutes      reads sent in place of a write that could not be sent (counted nowhere)
 */
public record Consistency(long generatorAnswers, long scriptAnswers, long socketErrors, long resent,
                          long substitutes) {
}
