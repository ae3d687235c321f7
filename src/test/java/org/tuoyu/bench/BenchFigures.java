package org.tuoyu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Timing, percentiles and the results files of the benchmarks. */
final class BenchFigures {

	private BenchFigures() {
	}

	/** Runs {@code work} {@code rounds} times after {@code warmUp} unmeasured runs; the times in ms, sorted. */
	static List<Double> time(int warmUp, int rounds, Runnable work) {
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < warmUp + rounds; i++) {
			long started = System.nanoTime();
			work.run();
			if (i >= warmUp) {
				ms.add((System.nanoTime() - started) / 1e6);
			}
		}
		Collections.sort(ms);
		return ms;
	}

	/** The p-th percentile (0–1) of sorted times, nearest rank. */
	static double percentile(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
	}

	/** A table row: what, p50, p95, max. */
	static String row(String what, List<Double> ms) {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, percentile(ms, 0.5), percentile(ms, 0.95),
				ms.get(ms.size() - 1));
	}

	/** A JSON member with p50 and p95. */
	static String json(String name, List<Double> ms) {
		return String.format(Locale.ROOT, "\"%s\":{\"p50\":%.2f,\"p95\":%.2f,\"max\":%.2f}", name, percentile(ms, 0.5),
				percentile(ms, 0.95), ms.get(ms.size() - 1));
	}

	/** Writes {@code target/bench/<file>} and appends the table to {@code target/bench/results.md}. */
	static void write(String file, String json, String table) throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(file), json);
		Files.writeString(dir.resolve("results.md"), "\n" + table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println(json);
		System.out.println(table);
	}
}
