package com.vivanta.ops.benchmark.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vivanta.ops.benchmark.BenchmarkException;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.Directory;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.PortalOwner;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.SeededProperty;
import com.vivanta.ops.benchmark.seed.DirectorySeeding.SignedInUser;
import com.vivanta.ops.benchmark.seed.WorkSeeding.Work;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeds a realistic portfolio into the default organization of a running app through its HTTP API, then
 * writes what the wrk scenario scripts need (ids and bearer tokens, as a Lua table) and a summary for the
 * report (what was seeded, how long it took).
 */
public final class PortfolioSeeder {

    /** More than one failed item in fifty means the portfolio is not the one the figures claim. */
    private static final double MAX_FAILED_SHARE = 0.02;

    private final ApiClient api;
    private final int threads;
    private final PrintStream progress;

    public PortfolioSeeder(URI baseUrl, int threads, PrintStream progress) {
        this.api = new ApiClient(baseUrl);
        this.threads = threads;
        this.progress = progress;
    }

    /** The summary as written next to the report. */
    public record Summary(String portfolio, double seconds, long requests, long laggedAnswers, long retries,
                          long failedItems, Map<String, Integer> entities) {
    }

    public Summary seed(PortfolioSize size, String adminEmail, String adminPassword, Path luaFile, Path summaryFile)
            throws IOException {
        long started = System.nanoTime();
        String adminToken = api.signIn(adminEmail, adminPassword);
        progress.println("Seeding the " + size.name() + " portfolio as " + adminEmail + " with " + threads
                         + " parallel requests...");
        Directory directory;
        Work work;
        long failures;
        long items;
        try (Parallel parallel = new Parallel(threads, progress)) {
            directory = new DirectorySeeding(api, parallel, adminToken).seed(size);
            work = new WorkSeeding(api, parallel, adminToken, directory).seed(size);
            failures = parallel.failures();
            items = parallel.items();
        }
        if (failures > MAX_FAILED_SHARE * items) {
            throw new BenchmarkException("Seeding failed for " + failures + " of " + items + " items (see above)");
        }
        if (directory.operators().isEmpty() || directory.approvers().isEmpty() || directory.portalOwners().isEmpty()
            || work.caseIds().isEmpty() || directory.invoiceVendorIds().isEmpty()) {
            throw new BenchmarkException("Seeding left the load scripts without users, owners, cases or vendors");
        }
        Files.createDirectories(luaFile.toAbsolutePath().getParent());
        Files.writeString(luaFile, luaTable(directory, work));

        Map<String, Integer> entities = new LinkedHashMap<>(directory.counts());
        entities.putAll(work.counts());
        Summary summary = new Summary(size.name(), (System.nanoTime() - started) / 1e9, api.requests(),
                                      api.laggedAnswers(), api.retries(), failures, entities);
        Files.createDirectories(summaryFile.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(summaryFile.toFile(), summary);
        progress.printf("Seeded in %.0f s: %d requests (%d answered 202, %d retried), %d items failed%n",
                        summary.seconds(), summary.requests(), summary.laggedAnswers(), summary.retries(), failures);
        return summary;
    }

    /** The seed as a Lua chunk that returns one table; bench.lua loads it with dofile(). */
    private static String luaTable(Directory directory, Work work) {
        StringBuilder lua = new StringBuilder("-- Written by infra/benchmark (PortfolioSeeder): the seeded portfolio's ids\n"
                                              + "-- and bearer tokens, for the wrk scenario scripts.\nreturn {\n");
        field(lua, "operators", directory.operators().stream().map(SignedInUser::token).toList());
        field(lua, "approvers", directory.approvers().stream().map(SignedInUser::token).toList());
        lua.append("  owners = {\n");
        for (PortalOwner owner : directory.portalOwners()) {
            lua.append("    { token = ").append(quoted(owner.token())).append(", properties = ")
               .append(list(owner.propertyIds())).append(" },\n");
        }
        lua.append("  },\n");
        field(lua, "cases", work.caseIds());
        field(lua, "properties", directory.properties().stream().map(SeededProperty::id).toList());
        field(lua, "dispatch_vendors", directory.dispatchVendorIds());
        field(lua, "invoice_vendors", directory.invoiceVendorIds());
        field(lua, "search_terms", WorkSeeding.SEARCH_TERMS);
        return lua.append("}\n").toString();
    }

    private static void field(StringBuilder lua, String name, List<String> values) {
        lua.append("  ").append(name).append(" = ").append(list(values)).append(",\n");
    }

    private static String list(List<String> values) {
        return values.stream().map(PortfolioSeeder::quoted).collect(Collectors.joining(", ", "{ ", " }"));
    }

    /** Ids, tokens and plain words only: none holds a quote or a backslash. */
    private static String quoted(String value) {
        if (value.contains("\"") || value.contains("\\")) {
            throw new IllegalArgumentException("Not a plain value: " + value);
        }
        return "\"" + value + "\"";
    }
}
