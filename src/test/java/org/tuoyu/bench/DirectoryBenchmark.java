package org.tuoyu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.institution.DirectoryQuery;
import org.tuoyu.institution.InstitutionDirectory;
import org.tuoyu.institution.internal.DirectorySearch;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbench verify}): the nearby search over a
 * nation-scale synthetic set of sites, driven over HTTP by 20 concurrent clients, beside the same
 * query through the service without HTTP. Writes {@code target/bench/results.json} and
 * {@code target/bench/results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuoyu.admin.password=Bench2026pass", "spring.datasource.hikari.maximum-pool-size=24",
				"management.metrics.distribution.percentiles.http.server.requests=0.5,0.95,0.99", "tuoyu.test.real-clock=true" })
class DirectoryBenchmark {

	private static final int SITES = Integer.getInteger("bench.sites", 100_000);

	private static final int CITIES = 300;

	private static final int CLIENTS = 20;

	private static final int REQUESTS = Integer.getInteger("bench.requests", 6_000);

	private static final int WARMUP = 1_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstitutionDirectory directory;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void nearbySearch() throws Exception {
		long start = System.nanoTime();
		generate();
		double generateSeconds = (System.nanoTime() - start) / 1e9;
		double[][] cities = cities();
		List<double[]> points = points(cities, REQUESTS + WARMUP, 7);

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		run(points.subList(0, WARMUP), point -> httpCall(http, point));
		if (Boolean.getBoolean("bench.external")) {
			external();
			return;
		}
		List<Double> httpMs = run(points.subList(WARMUP, points.size()), point -> httpCall(http, point));
		double[] server = serverPercentiles();
		List<Double> serviceMs = run(points.subList(WARMUP, points.size()), point -> {
			long t = System.nanoTime();
			directory.search(new DirectoryQuery(java.math.BigDecimal.valueOf(point[0]), java.math.BigDecimal.valueOf(point[1]),
					1000, null, false, null, null, false));
			return (System.nanoTime() - t) / 1e6;
		});
		long results = 0;
		for (double[] point : points.subList(WARMUP, WARMUP + 200)) {
			results += directory.search(new DirectoryQuery(java.math.BigDecimal.valueOf(point[0]),
					java.math.BigDecimal.valueOf(point[1]), 1000, null, false, null, null, false)).size();
		}
		write(generateSeconds, httpMs, server, serviceMs, results / 200.0);
		writeSql(points.subList(WARMUP, WARMUP + 500));
	}

	/**
	 * The same statement run directly in PostgreSQL ({@code EXPLAIN ANALYZE}) at the same points:
	 * the database's own planning and execution times.
	 */
	private void writeSql(List<double[]> sample) throws Exception {
		List<Double> planning = new ArrayList<>();
		List<Double> execution = new ArrayList<>();
		String explain = "EXPLAIN (ANALYZE, FORMAT JSON) " + DirectorySearch.NEARBY.replace(DirectorySearch.FILTERS, "");
		for (double[] point : sample) {
			String plan = jdbc.sql(explain).params(DirectorySearch.parameters(point[0], point[1], 1000))
				.query(String.class)
				.single();
			var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(plan).get(0);
			planning.add(root.get("Planning Time").asDouble());
			execution.add(root.get("Execution Time").asDouble());
		}
		Collections.sort(planning);
		Collections.sort(execution);
		String line = String.format(Locale.ROOT,
				"| same statement directly in PostgreSQL (`EXPLAIN ANALYZE`, %d points): execution | %.3f | %.3f | %.3f |%n"
						+ "| … planning (custom plan; the public pool reuses a generic plan instead) | %.3f | %.3f | %.3f |%n",
				sample.size(), percentile(execution, 0.5), percentile(execution, 0.95), percentile(execution, 0.99),
				percentile(planning, 0.5), percentile(planning, 0.95), percentile(planning, 0.99));
		Files.writeString(Path.of("target/bench/results.md"), line, java.nio.file.StandardOpenOption.APPEND);
		System.out.print(line);
	}

	private void generate() {
		jdbc.sql("""
				INSERT INTO institution_institution (id, name, credit_code, registration_type, ownership, category,
				  service_forms, head_name, contact_phone, inclusive, status, division_code)
				SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Bench ' || g,
				  'B' || lpad(g::text, 17, '0'), 'ENTERPRISE', 'PRIVATE', 'STANDALONE', ARRAY['FULL_DAY'], 'head',
				  '0510-80000000', false, CASE WHEN g % 20 = 0 THEN 'DRAFT' ELSE 'FILED' END, '320213021'
				FROM generate_series(1, :n) g
				""").param("n", SITES).update();
		jdbc.sql("""
				INSERT INTO institution_site (id, institution_id, main, name, address, division_code, latitude, longitude,
				  room_floor, indoor_area)
				SELECT ('00000000-0000-7000-9000-' || lpad(to_hex(g), 12, '0'))::uuid,
				  ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, true, 'site', 'address', '320213021',
				  c.lat + (random() - 0.5) * 0.25, c.lng + (random() - 0.5) * 0.3, 1, 200
				FROM generate_series(1, :n) g
				JOIN LATERAL (SELECT 22 + (g % :cities) * 0.07 AS lat, 102 + ((g % :cities) * 37 % :cities) * 0.08 AS lng) c ON true
				""").param("n", SITES).param("cities", CITIES).update();
		jdbc.sql("""
				INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
				SELECT ('00000000-0000-7000-a000-' || lpad(to_hex(g), 12, '0'))::uuid,
				  ('00000000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
				  ('00000000-0000-7000-9000-' || lpad(to_hex(g), 12, '0'))::uuid, 'c', 'TODDLER', 15
				FROM generate_series(1, :n) g
				""").param("n", SITES).update();
		jdbc.sql("ANALYZE").update();
	}

	private static double[][] cities() {
		double[][] cities = new double[CITIES][];
		for (int i = 0; i < CITIES; i++) {
			cities[i] = new double[] { 22 + i * 0.07, 102 + (i * 37 % CITIES) * 0.08 };
		}
		return cities;
	}

	private static List<double[]> points(double[][] cities, int count, long seed) {
		Random random = new Random(seed);
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double[] city = cities[random.nextInt(cities.length)];
			points.add(new double[] { city[0] + (random.nextDouble() - 0.5) * 0.2, city[1] + (random.nextDouble() - 0.5) * 0.24 });
		}
		return points;
	}

	private double httpCall(HttpClient http, double[] point) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(Locale.ROOT,
				"http://localhost:%d/api/v1/directory/institutions?lat=%.6f&lng=%.6f&radiusM=1000", port, point[0], point[1])))
			.timeout(Duration.ofSeconds(10))
			.build();
		long t = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		double ms = (System.nanoTime() - t) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		return ms;
	}

	/** A timed call. */
	interface Timed {

		double call(double[] point) throws Exception;

	}

	private static List<Double> run(List<double[]> points, Timed timed) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Callable<Double>> tasks = new ArrayList<>();
			for (double[] point : points) {
				tasks.add(() -> timed.call(point));
			}
			List<Double> times = new ArrayList<>();
			for (Future<Double> future : pool.invokeAll(tasks)) {
				times.add(future.get());
			}
			Collections.sort(times);
			return times;
		}
		finally {
			pool.shutdown();
		}
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	/**
	 * Lets an external load generator (bench/wrk.sh) drive the running server: writes the port to
	 * target/bench/port, waits for target/bench/external-done, then records the server's own timing.
	 */
	private void external() throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		Path done = dir.resolve("external-done");
		Files.deleteIfExists(done);
		meters.clear();
		Files.writeString(dir.resolve("port"), String.valueOf(port));
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (!Files.exists(done) && System.nanoTime() - deadline < 0) {
			Thread.sleep(500);
		}
		double[] server = serverPercentiles();
		double[] wait = percentiles(meters.get("tuoyu.public.wait").timer());
		String json = String.format(Locale.ROOT,
				"{\"benchmark\":\"directory-nearby-external\",\"sites\":%d,\"serverSide\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f},"
						+ "\"slotWait\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f}}%n",
				SITES, server[0], server[1], server[2], wait[0], wait[1], wait[2]);
		Files.writeString(dir.resolve("results-external.json"), json);
		System.out.println(json);
	}

	/** p50, p95, p99 in ms of the server's own timing of the endpoint (Micrometer, recent window). */
	private double[] serverPercentiles() {
		return percentiles(meters.get("http.server.requests").tag("uri", "/api/v1/directory/institutions").timer());
	}

	private static double[] percentiles(io.micrometer.core.instrument.Timer timer) {
		var snapshot = timer.takeSnapshot();
		double[] ms = new double[3];
		for (var value : snapshot.percentileValues()) {
			int index = value.percentile() == 0.5 ? 0 : value.percentile() == 0.95 ? 1 : 2;
			ms[index] = value.value(java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		return ms;
	}

	private void write(double generateSeconds, List<Double> httpMs, double[] server, List<Double> serviceMs,
			double averageResults) throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		String json = String.format(Locale.ROOT, """
				{"benchmark":"directory-nearby","sites":%d,"clients":%d,"requests":%d,"generateSeconds":%.1f,
				 "averageResults":%.1f,
				 "http":{"p50":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f},
				 "serverSide":{"p50":%.2f,"p95":%.2f,"p99":%.2f},
				 "serviceWithoutHttp":{"p50":%.2f,"p95":%.2f,"p99":%.2f,"max":%.2f}}
				""", SITES, CLIENTS, httpMs.size(), generateSeconds, averageResults, percentile(httpMs, 0.5),
				percentile(httpMs, 0.95), percentile(httpMs, 0.99), httpMs.get(httpMs.size() - 1), server[0], server[1],
				server[2], percentile(serviceMs, 0.5),
				percentile(serviceMs, 0.95), percentile(serviceMs, 0.99), serviceMs.get(serviceMs.size() - 1));
		Files.writeString(dir.resolve("results.json"), json);
		String table = String.format(Locale.ROOT, """
				| nearby search, %d sites, %d clients, %d requests | p50 ms | p95 ms | p99 ms |
				|---|---|---|---|
				| HTTP `GET /api/v1/directory/institutions` (client-measured, loopback) | %.2f | %.2f | %.2f |
				| same requests, server-side (Micrometer `http.server.requests`) | %.2f | %.2f | %.2f |
				| same query through the service + SQL, no HTTP | %.2f | %.2f | %.2f |
				""", SITES, CLIENTS, httpMs.size(), percentile(httpMs, 0.5), percentile(httpMs, 0.95),
				percentile(httpMs, 0.99), server[0], server[1], server[2], percentile(serviceMs, 0.5),
				percentile(serviceMs, 0.95), percentile(serviceMs, 0.99));
		Files.writeString(dir.resolve("results.md"), table);
		System.out.println(json);
		System.out.println(table);
	}
}
