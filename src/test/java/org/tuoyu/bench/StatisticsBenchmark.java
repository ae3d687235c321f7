package org.tuoyu.bench;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.ThreadMXBean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.enrollment.PlacementStarted;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.statistics.StatisticsManagement;
import org.tuoyu.statistics.internal.IndicatorRows;
import org.tuoyu.statistics.internal.InstitutionFigures;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbench verify -Dtest=StatisticsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}). First the Wuxi scale: about 1,000 institutions in
 * the real Wuxi streets, 20,000 children (15,000 placed) and 8,000 staff, with the city dashboard
 * and the indicators API over HTTP, 20 clients. Then a nation-scale synthetic set (sizes as
 * system properties {@code bench.counties}, {@code bench.streets}, {@code bench.institutions},
 * {@code bench.children}; 60 % of the children placed) built with set-based SQL: the rebuild of
 * every summary row, one enrollment through the event path until street, district and city show
 * it, and the indicator reads per level. Appends to {@code target/bench/results.md} and writes
 * {@code target/bench/statistics.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuoyu.admin.password=Bench2026pass", "spring.datasource.hikari.maximum-pool-size=24",
				"spring.jdbc.template.query-timeout=900s", "tuoyu.test.real-clock=true" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsBenchmark {

	private static final int COUNTIES = Integer.getInteger("bench.counties", 3_000);

	private static final int STREETS = Integer.getInteger("bench.streets", 40_000);

	private static final int INSTITUTIONS = Integer.getInteger("bench.institutions", 130_000);

	private static final int CHILDREN = Integer.getInteger("bench.children", 5_000_000);

	private static final int PROVINCES = 30;

	private static final int CLIENTS = 20;

	private static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);

	private static final int ENROLLMENTS = 50;

	/** Sequential requests over which the server's CPU time and allocation per request are averaged. */
	private static final int SERVER_COST_REQUESTS = Integer.getInteger("bench.serverCostRequests", 300);

	/** Number of the first synthetic institution and child of the nation set (the Wuxi set starts at 1). */
	private static final int NATION_FIRST = 1_000_001;

	private static final String ADMIN_PASSWORD = "Bench2026pass";

	/** Synthetic ids: a fixed prefix per table and the row number. */
	private static final String ID = "('00000000-0000-7000-%s-' || lpad(to_hex(%s), 12, '0'))::uuid";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstitutionFigures figures;

	@Autowired
	IndicatorRows rows;

	@Autowired
	StatisticsManagement statistics;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	/** The city's day from the application's clock. */
	private LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	@Order(1)
	void wuxiDashboard() throws Exception {
		Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("bench.wuxi", "true")));
		long started = System.nanoTime();
		int institutions = wuxi();
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		long rebuildStarted = System.nanoTime();
		figures.rebuild();
		double rebuildMs = (System.nanoTime() - rebuildStarted) / 1e6;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		login(http);
		List<String> paths = List.of("/admin/statistics", "/api/v1/statistics/indicators?division=3202");
		run(http, paths, 200);
		CurrentUser cityAdmin = new CurrentUser(UUID.randomUUID(), "bench", "bench", Role.CITY_ADMIN,
				DataScope.division(DivisionCode.of("3202")));
		List<String> parts = new ArrayList<>();
		for (String path : paths) {
			parts.add(row("one client: `GET " + path + "` (HTTP)", run(http, List.of(path), 100, 1)));
		}
		parts.add(row("one client: `StatisticsManagement.indicators(3202)`", time(50, () -> statistics.indicators(cityAdmin, "3202", null))));
		parts.add(row("… its summary read (`IndicatorRows.live`)", time(50, () -> rows.live("3202", today()))));
		parts.add(String.format("%n| Wuxi scale, cost per request | Tomcat CPU ms | database CPU ms | allocated KB |%n|---|---|---|---|%n"));
		for (String path : paths) {
			parts.add(serverCost(http, path, SERVER_COST_REQUESTS));
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT,
				"| Wuxi scale: %d institutions, 20,000 children (15,000 placed), 8,000 staff; built in %.1f s, rebuild %.0f ms;"
						+ " %d clients, %d requests each | p50 ms | p95 ms | p99 ms |%n|---|---|---|---|%n",
				institutions, buildSeconds, rebuildMs, CLIENTS, REQUESTS));
		StringBuilder json = new StringBuilder("{\"benchmark\":\"statistics-wuxi\",\"institutions\":" + institutions);
		for (String path : paths) {
			List<Double> ms = run(http, List.of(path), REQUESTS);
			lines.add(String.format(Locale.ROOT, "| `GET %s` (HTTP, loopback, city admin) | %.2f | %.2f | %.2f |%n", path,
					percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99)));
			json.append(String.format(Locale.ROOT, ",\"%s\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f}", path,
					percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99)));
		}
		lines.add(String.format("%n| Wuxi scale, one client, no HTTP | p50 ms | p95 ms | max ms |%n|---|---|---|---|%n"));
		lines.addAll(parts);
		write("statistics-wuxi.json", json.append("}\n").toString(), String.join("", lines));
	}

	@Test
	@Order(2)
	void nationScale() throws Exception {
		Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("bench.nation", "true")));
		long started = System.nanoTime();
		nation();
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		List<Double> rebuilds = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long t = System.nanoTime();
			figures.rebuild();
			rebuilds.add((System.nanoTime() - t) / 1e6);
		}
		CurrentUser nationAdmin = new CurrentUser(UUID.randomUUID(), "bench", "bench", Role.CITY_ADMIN,
				DataScope.division(DivisionCode.of("50")));
		String street = jdbc.sql("SELECT code FROM bench_nation_street WHERE n = 1").query(String.class).single();
		String province = street.substring(0, 2);
		String city = street.substring(0, 4);
		String county = street.substring(0, 6);
		List<Double> visible = new ArrayList<>();
		List<Double> allLevels = new ArrayList<>();
		List<Double> refreshes = new ArrayList<>();
		for (int i = 0; i < ENROLLMENTS + 5; i++) {
			long before = rows.live(street, today()).placed();
			long cityBefore = rows.live(city, today()).placed();
			UUID institution = institutionOf(street, i);
			long committed = enrol(institution, NATION_FIRST + CHILDREN - 1 - i);
			while (rows.live(street, today()).placed() != before + 1) {
				if (System.nanoTime() - committed > 10_000_000_000L) {
					throw new IllegalStateException("the enrollment did not show within 10 s");
				}
				Thread.onSpinWait();
			}
			double streetMs = (System.nanoTime() - committed) / 1e6;
			assertThat(rows.live(county, today()).placed()).isPositive();
			assertThat(rows.live(city, today()).placed()).isEqualTo(cityBefore + 1);
			double levelsMs = (System.nanoTime() - committed) / 1e6;
			long t = System.nanoTime();
			figures.refresh(institution);
			double refreshMs = (System.nanoTime() - t) / 1e6;
			if (i >= 5) {
				visible.add(streetMs);
				allLevels.add(levelsMs);
				refreshes.add(refreshMs);
			}
		}
		Collections.sort(visible);
		Collections.sort(allLevels);
		Collections.sort(refreshes);
		List<String> reads = new ArrayList<>();
		StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
				"{\"benchmark\":\"statistics-nation\",\"counties\":%d,\"streets\":%d,\"institutions\":%d,\"children\":%d,"
						+ "\"buildSeconds\":%.1f,\"rebuildMs\":{\"first\":%.0f,\"second\":%.0f,\"third\":%.0f},"
						+ "\"enrollmentVisibleStreetMs\":{\"p50\":%.1f,\"p95\":%.1f},"
						+ "\"enrollmentVisibleAllLevelsMs\":{\"p50\":%.1f,\"p95\":%.1f},\"refreshMs\":{\"p50\":%.2f,\"p95\":%.2f}",
				COUNTIES, STREETS, INSTITUTIONS, CHILDREN, buildSeconds, rebuilds.get(0), rebuilds.get(1), rebuilds.get(2),
				percentile(visible, 0.5), percentile(visible, 0.95), percentile(allLevels, 0.5), percentile(allLevels, 0.95),
				percentile(refreshes, 0.5), percentile(refreshes, 0.95)));
		List<Double> nation = time(20, () -> rows.live("", today()));
		reads.add(row("nation (all " + INSTITUTIONS + " institutions' summary rows, `IndicatorRows.live`)", nation));
		json.append(jsonTimes("nation", nation));
		for (String[] level : new String[][] { { "province", province }, { "city", city }, { "district", county },
				{ "street", street } }) {
			List<Double> ms = time(50, () -> statistics.indicators(nationAdmin, level[1], null));
			reads.add(row(level[0] + " `" + level[1] + "` (`StatisticsManagement.indicators`, all 11)", ms));
			json.append(jsonTimes(level[0], ms));
		}
		String table = String.format(Locale.ROOT, """
				| nation scale: %d provinces, %d counties, %d streets, %d institutions, %d children (60 %% placed); built in %.0f s | ms |
				|---|---|
				| `rebuild()` of every summary row: 1st (empty table, every row written) / 2nd / 3rd (every row recomputed, none changed) | %.0f / %.0f / %.0f |
				| one enrollment (placement + `PlacementStarted`, committed) → visible in its street, p50 / p95 of %d | %.1f / %.1f |
				| … → checked in street, district and city, p50 / p95 | %.1f / %.1f |
				| `refresh(institution)` alone, p50 / p95 | %.2f / %.2f |
				%n| indicator read | p50 ms | p95 ms | max ms |
				|---|---|---|---|
				%s""", PROVINCES, COUNTIES, STREETS, INSTITUTIONS, CHILDREN, buildSeconds, rebuilds.get(0), rebuilds.get(1),
				rebuilds.get(2), ENROLLMENTS, percentile(visible, 0.5), percentile(visible, 0.95), percentile(allLevels, 0.5),
				percentile(allLevels, 0.95), percentile(refreshes, 0.5), percentile(refreshes, 0.95), String.join("", reads));
		write("statistics-nation.json", json.append("}\n").toString(), table);
	}

	/** About 1,000 institutions over the real Wuxi streets; returns how many. */
	private int wuxi() {
		List<String> streets = jdbc.sql("SELECT code FROM region_division WHERE level = 'STREET' AND starts_with(code, '3202') ORDER BY code")
			.query(String.class).list();
		int perStreet = Math.max(1, 1_000 / streets.size());
		int institutions = perStreet * streets.size();
		jdbc.sql("""
				CREATE TABLE bench_street AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region_division
				WHERE level = 'STREET' AND starts_with(code, '3202')
				""").update();
		institutions("'320' || lpad(g::text, 15, '0')", "(SELECT code FROM bench_street WHERE n = g % " + streets.size() + ")", 1,
				institutions);
		children(1, 20_000, 15_000, 1, institutions);
		staffOf(institutions);
		jdbc.sql("""
				UPDATE institution_site s SET community_code = (SELECT v.code FROM region_division v
				  WHERE v.parent_code = s.division_code AND v.level = 'COMMUNITY' ORDER BY v.code LIMIT 1)
				WHERE s.institution_id IN (SELECT id FROM institution_institution WHERE name LIKE 'Bench %')
				""").update();
		jdbc.sql("ANALYZE").update();
		return institutions;
	}

	/** Provinces 50–79, 10 cities each, then counties and streets spread over them; institutions; children. */
	private void nation() {
		jdbc.sql("""
				INSERT INTO region_division (code, name, level, parent_code)
				SELECT (50 + p)::text, 'P' || p, 'PROVINCE', NULL FROM generate_series(0, :p - 1) p
				""").param("p", PROVINCES).update();
		jdbc.sql("""
				INSERT INTO region_division (code, name, level, parent_code)
				SELECT (50 + c / 10)::text || lpad((c % 10 + 1)::text, 2, '0'), 'C' || c, 'CITY', (50 + c / 10)::text
				FROM generate_series(0, :p * 10 - 1) c
				""").param("p", PROVINCES).update();
		jdbc.sql("""
				INSERT INTO region_division (code, name, level, parent_code)
				SELECT city || lpad((k / :cities + 1)::text, 2, '0'), 'K' || k, 'COUNTY', city
				FROM generate_series(0, :counties - 1) k,
				  LATERAL (SELECT (50 + (k % :cities) / 10)::text || lpad(((k % :cities) % 10 + 1)::text, 2, '0') AS city) c
				""").param("cities", PROVINCES * 10).param("counties", COUNTIES).update();
		jdbc.sql("""
				CREATE TABLE bench_county AS
				SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region_division
				WHERE level = 'COUNTY' AND code ~ '^[5-7]' AND length(code) = 6
				""").update();
		jdbc.sql("""
				INSERT INTO region_division (code, name, level, parent_code)
				SELECT k.code || lpad((s / :counties + 1)::text, 3, '0'), 'S' || s, 'STREET', k.code
				FROM generate_series(0, :streets - 1) s JOIN bench_county k ON k.n = s % :counties
				""").param("counties", COUNTIES).param("streets", STREETS).update();
		jdbc.sql("""
				CREATE TABLE bench_nation_street AS
				SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM region_division
				WHERE level = 'STREET' AND code ~ '^[5-7]'
				""").update();
		jdbc.sql("CREATE INDEX ON bench_nation_street (n)").update();
		jdbc.sql("""
				INSERT INTO region_population (division_code, year, residents, source)
				SELECT code, :year, 1000000 / length(code), 'bench' FROM region_division WHERE code ~ '^[5-7]' AND level <> 'STREET'
				""").param("year", today().getYear()).update();
		int first = NATION_FIRST;
		institutions("'5' || lpad(g::text, 17, '0')", "(SELECT code FROM bench_nation_street WHERE n = g % " + STREETS + ")",
				first, INSTITUTIONS);
		children(first, CHILDREN, CHILDREN * 6 / 10, first, INSTITUTIONS);
		jdbc.sql("ANALYZE").update();
	}

	/** Institutions numbered {@code first …}: 95 % filed, 40 % inclusive, 10 % public, 2 % demonstration; one class of 40. */
	private void institutions(String creditCode, String street, int first, int count) {
		jdbc.sql(("""
				INSERT INTO institution_institution (id, name, credit_code, registration_type, ownership, category,
				  service_forms, head_name, contact_phone, inclusive, inclusive_price_cap, inclusive_valid_until,
				  demonstration_level, status, division_code)
				SELECT %s, 'Bench ' || g, %s, 'ENTERPRISE', CASE WHEN g %% 10 = 0 THEN 'PUBLIC' ELSE 'PRIVATE' END,
				  'STANDALONE', ARRAY['FULL_DAY'], 'head', '0510-80000000', g %% 5 < 2,
				  CASE WHEN g %% 5 < 2 THEN 1500 END, CASE WHEN g %% 5 < 2 THEN :today + 365 END,
				  CASE WHEN g %% 50 = 7 THEN 'PROVINCE' ELSE 'NONE' END,
				  CASE WHEN g %% 20 = 0 THEN 'DRAFT' ELSE 'FILED' END, %s
				FROM generate_series(:first, :last) g
				""").formatted(ID.formatted("8000", "g"), creditCode, street)).param("today", LocalDate.now(clock)).param("first", first)
			.param("last", first + count - 1).update();
		jdbc.sql(("""
				INSERT INTO institution_site (id, institution_id, main, name, address, division_code, latitude, longitude,
				  room_floor, indoor_area)
				SELECT %s, i.id, true, 'site', 'address', i.division_code, 31.5, 120.3, 1, 200
				FROM generate_series(:first, :last) g JOIN institution_institution i ON i.id = %s
				""").formatted(ID.formatted("9000", "g"), ID.formatted("8000", "g"))).param("first", first)
			.param("last", first + count - 1).update();
		jdbc.sql(("""
				INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
				SELECT %s, %s, %s, 'c', 'OLDER_TODDLER', 40 FROM generate_series(:first, :last) g
				""").formatted(ID.formatted("a000", "g"), ID.formatted("8000", "g"), ID.formatted("9000", "g")))
			.param("first", first).param("last", first + count - 1).update();
	}

	/**
	 * Children numbered {@code first …}; the first {@code placed} of them have an active placement,
	 * spread over the institutions. Synthetic placements have no offer behind them, so the
	 * placement table's foreign-key triggers are off while they are written (and stay off, so the
	 * timed enrollments can be written the same way).
	 */
	private void children(int first, int count, int placed, int firstInstitution, int institutions) {
		UUID admin = jdbc.sql("SELECT id FROM platform_account WHERE username = 'admin'").query(UUID.class).single();
		jdbc.sql(("""
				INSERT INTO family_child (id, name, sex, birth_date, created_by)
				SELECT %s, 'c', CASE WHEN g %% 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, :today - 400 - g %% 600, :admin
				FROM generate_series(:first, :last) g
				""").formatted(ID.formatted("b000", "g"))).param("today", LocalDate.now(clock)).param("admin", admin).param("first", first)
			.param("last", first + count - 1).update();
		jdbc.sql("ALTER TABLE enrollment_placement DISABLE TRIGGER ALL").update();
		jdbc.sql(("""
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form)
				SELECT %s, %s, %s, %s, gen_random_uuid(), :today - 30, 'FULL_DAY'
				FROM generate_series(:first, :last) g,
				  LATERAL (SELECT :firstInstitution + (g - :first) %% :institutions AS k) k
				""").formatted(ID.formatted("c000", "g"), ID.formatted("b000", "g"), ID.formatted("8000", "k.k"),
				ID.formatted("a000", "k.k"))).param("today", LocalDate.now(clock)).param("first", first).param("last", first + placed - 1)
			.param("firstInstitution", firstInstitution).param("institutions", institutions).update();
	}

	/** Eight people per institution, each a caregiver with health, no-criminal-record and 保育师 certificates; one in ten expired. */
	private void staffOf(int institutions) {
		int people = institutions * 8;
		jdbc.sql(("""
				INSERT INTO staff_person (id, name, resident_id, resident_id_index, resident_id_masked, birth_date, sex)
				SELECT %s, 'p', decode(md5('r' || g), 'hex'), decode(md5('i' || g), 'hex'), 'masked', DATE '1990-01-01', 'FEMALE'
				FROM generate_series(1, :n) g
				""").formatted(ID.formatted("d000", "g"))).param("n", people).update();
		jdbc.sql(("""
				INSERT INTO staff_employment (id, person_id, institution_id, role, started_on)
				SELECT %s, %s, %s, 'CAREGIVER', :today - 100 FROM generate_series(1, :n) g
				""").formatted(ID.formatted("e000", "g"), ID.formatted("d000", "g"), ID.formatted("8000", "(g - 1) / 8 + 1"))).param("today", LocalDate.now(clock))
			.param("n", people).update();
		jdbc.sql(("""
				INSERT INTO staff_certificate (id, person_id, type, level, number, issuer, issued_on, expires_on)
				SELECT gen_random_uuid(), %s, t.type, CASE WHEN t.type = 'CAREGIVER' THEN 4 END, 'n', 'i', :today - 400,
				  CASE WHEN g %% 10 = 0 AND t.type = 'CAREGIVER' THEN :today - 1 ELSE :today + 300 END
				FROM generate_series(1, :n) g, unnest(ARRAY['HEALTH', 'NO_CRIMINAL_RECORD', 'CAREGIVER']) AS t(type)
				""").formatted(ID.formatted("d000", "g"))).param("today", LocalDate.now(clock)).param("n", people).update();
	}

	/** An institution of the street, the i-th of its operating ones. */
	private UUID institutionOf(String street, int i) {
		List<UUID> ids = jdbc.sql("""
				SELECT institution_id FROM statistics_institution_figure WHERE division_code = :s AND operating ORDER BY 1
				""").param("s", street).query(UUID.class).list();
		return ids.get(i % ids.size());
	}

	/**
	 * Places an unplaced child at the institution the way the enrollment module does it (the
	 * placement row and {@code PlacementStarted} in one transaction); returns the commit's time.
	 */
	private long enrol(UUID institution, int childNumber) {
		UUID child = jdbc.sql("SELECT " + ID.formatted("b000", ":n")).param("n", childNumber).query(UUID.class).single();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form)
					SELECT gen_random_uuid(), :child, :institution, k.id, gen_random_uuid(), :today, 'FULL_DAY'
					FROM institution_class k WHERE k.institution_id = :institution LIMIT 1
					""").param("today", LocalDate.now(clock)).param("child", child).param("institution", institution).update();
			events.publishEvent(new PlacementStarted(institution, child));
		});
		return System.nanoTime();
	}

	private void login(HttpClient http) throws Exception {
		String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/home")) {
			throw new IllegalStateException("login failed: " + response.statusCode());
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** {@code count} requests spread over the paths by {@link #CLIENTS} clients; sorted times in ms. */
	private List<Double> run(HttpClient http, List<String> paths, int count) throws Exception {
		return run(http, paths, count, CLIENTS);
	}

	private List<Double> run(HttpClient http, List<String> paths, int count, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Callable<Double>> tasks = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String path = paths.get(i % paths.size());
				tasks.add(() -> {
					long t = System.nanoTime();
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
					double ms = (System.nanoTime() - t) / 1e6;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(path + ": HTTP " + response.statusCode());
					}
					return ms;
				});
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

	/**
	 * What one request costs the machine, averaged over {@code count} requests of one client in a
	 * row: CPU time and heap allocation of Tomcat's threads, and CPU time of the database's
	 * processes. The client and the machine's other processes do not count, so this compares
	 * changes on a busy machine better than latency does (contention still inflates CPU time a
	 * little; live indicators read again each second add to it unless {@code tuoyu.statistics.live-ttl}
	 * is raised).
	 */
	private String serverCost(HttpClient http, String path, int count) throws Exception {
		run(http, List.of(path), 20, 1);
		long[] before = tomcatCost();
		long databaseBefore = databaseCpu();
		run(http, List.of(path), count, 1);
		long[] after = tomcatCost();
		long databaseAfter = databaseCpu();
		return String.format(Locale.ROOT, "| one client: `GET %s`, per request (%d in a row) | %.2f | %.2f | %.0f |%n", path,
				count, (after[0] - before[0]) / 1e6 / count, (databaseAfter - databaseBefore) / 1e6 / count,
				(after[1] - before[1]) / 1024.0 / count);
	}

	/** CPU nanoseconds and allocated bytes so far of Tomcat's threads. */
	private static long[] tomcatCost() {
		var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long cpu = 0;
		long allocated = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("http-nio-")) {
				cpu += threads.getThreadCpuTime(info.getThreadId());
				allocated += threads.getThreadAllocatedBytes(info.getThreadId());
			}
		}
		return new long[] { cpu, allocated };
	}

	/**
	 * CPU nanoseconds so far of the database server's processes (the children of the postmaster
	 * serving this connection), from Linux's {@code /proc}; 0 elsewhere.
	 */
	private long databaseCpu() throws Exception {
		int backend = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return 0;
		}
		String postmaster = procStat(proc.resolve(backend + "/stat"))[1];
		long ticks = 0;
		try (var processes = Files.list(proc)) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				String[] stat = procStat(process.resolve("stat"));
				if (stat.length > 12 && stat[1].equals(postmaster)) {
					ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
				}
			}
		}
		return ticks * 10_000_000L;
	}

	/** The fields of {@code /proc/<pid>/stat} after the command name (state first), or none if the process is gone. */
	private static String[] procStat(Path stat) {
		try {
			String line = Files.readString(stat);
			return line.substring(line.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException ex) {
			return new String[0];
		}
	}

	private static List<Double> time(int rounds, Runnable read) {
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < rounds + 3; i++) {
			long t = System.nanoTime();
			read.run();
			if (i >= 3) {
				ms.add((System.nanoTime() - t) / 1e6);
			}
		}
		Collections.sort(ms);
		return ms;
	}

	private static String row(String what, List<Double> ms) {
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, percentile(ms, 0.5), percentile(ms, 0.95),
				ms.get(ms.size() - 1));
	}

	private static String jsonTimes(String name, List<Double> ms) {
		return String.format(Locale.ROOT, ",\"%s\":{\"p50\":%.2f,\"p95\":%.2f}", name, percentile(ms, 0.5), percentile(ms, 0.95));
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	private static void write(String file, String json, String table) throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(file), json);
		Files.writeString(dir.resolve("results.md"), "\n" + table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println(json);
		System.out.println(table);
	}
}
