package org.tuoyu.bench;

import java.time.Clock;
import java.time.OffsetDateTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.attendance.GateDevices;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbench verify -Dtest=AttendanceBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}): gate devices checking children in over HTTP for
 * {@code bench.seconds} (60) with {@code bench.clients} (16) connections, each request a
 * different child, then the same rows inserted with plain JDBC for as long with as many
 * connections. Writes {@code target/bench/attendance.json} and appends to
 * {@code target/bench/results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuoyu.admin.password=" + TuoyuTest.ADMIN_PASSWORD, "spring.datasource.hikari.maximum-pool-size=" + AttendanceBenchmark.POOL,
				"management.metrics.distribution.percentiles.http.server.requests=0.5,0.95,0.99",
				"tuoyu.attendance.ratio-cron=* * * * * *", "tuoyu.audit.chain-cron=* * * * * *", "tuoyu.test.real-clock=true" })
@AutoConfigureMockMvc
class AttendanceBenchmark {

	private static final int SECONDS = Integer.getInteger("bench.seconds", 60);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 16);

	static final String POOL = "8";

	private static final int INSTITUTIONS = 10;

	private static final int CLASSES = 800;

	private static final int CLASS_SIZE = 15;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	GateDevices devices;

	@Autowired
	org.tuoyu.attendance.AttendanceManagement attendance;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void checkIns() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		List<String> tokens = new ArrayList<>();
		List<List<UUID>> children = new ArrayList<>();
		UUID guardian = jdbc.sql("SELECT id FROM platform_account WHERE username = 'admin'").query(UUID.class).single();
		for (int i = 0; i < INSTITUTIONS; i++) {
			UUID institution = Institutions.register(mvc, admin, 92_000 + i, "bench-gate-" + i, "320213021");
			jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", institution).update();
			children.add(place(institution, guardian, i));
			UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = :u").param("u", "bench-gate-" + i)
				.query(UUID.class).single();
			tokens.add(devices.create(new CurrentUser(account, "bench-gate-" + i, "gate", Role.INSTITUTION_ADMIN,
					DataScope.institution(institution)), "东门" + i));
		}
		jdbc.sql("ANALYZE").update();

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// warm-up: 5 s on the first institution's last children
		List<UUID> warm = children.get(0).subList(children.get(0).size() - 3_000, children.get(0).size());
		drive(http, List.of(tokens.get(0)), List.of(new ArrayList<>(warm)), 5);
		List<List<UUID>> rest = new ArrayList<>();
		for (int i = 0; i < INSTITUTIONS; i++) {
			List<UUID> own = new ArrayList<>(i == 0 ? children.get(0).subList(0, children.get(0).size() - 3_000) : children.get(i));
			Collections.shuffle(own, new java.util.Random(i));
			rest.add(own);
		}
		if (Boolean.getBoolean("bench.external")) {
			external(tokens, rest, guardian);
			return;
		}
		io.micrometer.core.instrument.Timer before = meters.find("http.server.requests").tag("uri", "/api/v1/devices/check-ins").timer();
		long beforeCount = before == null ? 0 : before.count();
		Result app = drive(http, tokens, rest, SECONDS);
		assertThat(app.errors()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM attendance_visit WHERE checked_out_at IS NULL").query(Long.class).single())
			.isEqualTo(app.count() + warmCount);
		var server = meters.find("http.server.requests").tag("uri", "/api/v1/devices/check-ins").timer();
		double[] serverPercentiles = percentilesOf(server);
		Result service = service(rest, devicesOf(tokens), SECONDS / 2);
		jdbc.sql("""
				SELECT child_id, institution_id FROM enrollment_placement p
				WHERE NOT EXISTS (SELECT 1 FROM attendance_visit v WHERE v.child_id = p.child_id AND v.checked_out_at IS NULL)
				LIMIT 1
				""").query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).optional()
			.ifPresent(pair -> explain(pair[0], pair[1]));
		Result jdbcOnly = plainJdbc(rest, SECONDS, guardian);

		String json = String.format(Locale.ROOT, """
				{"seconds":%d,"clients":%d,"children":%d,"app":{"requests":%d,"perSecond":%.0f,"clientP50":%.2f,\
				"clientP95":%.2f,"clientP99":%.2f,"serverP50":%.2f,"serverP95":%.2f,"serverP99":%.2f,"serverCount":%d},\
				"service":{"checkIns":%d,"perSecond":%.0f,"p50":%.2f,"p99":%.2f},\
				"jdbc":{"inserts":%d,"perSecond":%.0f,"p50":%.2f,"p99":%.2f},"ratio":%.2f}""", SECONDS, CLIENTS,
				INSTITUTIONS * CLASSES * CLASS_SIZE, app.count(), app.perSecond(), app.p(0.5), app.p(0.95), app.p(0.99),
				serverPercentiles[0], serverPercentiles[1], serverPercentiles[2],
				server == null ? 0 : server.count() - beforeCount, service.count(), service.perSecond(), service.p(0.5),
				service.p(0.99), jdbcOnly.count(), jdbcOnly.perSecond(), jdbcOnly.p(0.5),
				jdbcOnly.p(0.99), app.perSecond() / jdbcOnly.perSecond());
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("attendance.json"), json);
		Files.writeString(dir.resolve("results.md"), "\n" + json + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println(json);
	}

	private long warmCount;

	/** Classes of 15 toddlers placed since ten days ago, written with set-based SQL. */
	private List<UUID> place(UUID institution, UUID guardian, int n) {
		UUID site = jdbc.sql("SELECT id FROM institution_site WHERE institution_id = :i").param("i", institution)
			.query(UUID.class).single();
		jdbc.sql("""
				INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
				SELECT gen_random_uuid(), :i, :site, 'b' || g, 'TODDLER', :size FROM generate_series(1, :classes) g
				""").param("i", institution).param("site", site).param("size", CLASS_SIZE).param("classes", CLASSES).update();
		jdbc.sql("CREATE UNLOGGED TABLE IF NOT EXISTS bench_pair (child uuid, class uuid, institution uuid)").update();
		jdbc.sql("TRUNCATE bench_pair").update();
		jdbc.sql("""
				INSERT INTO bench_pair SELECT gen_random_uuid(), k.id, :i FROM institution_class k
				CROSS JOIN generate_series(1, :size) WHERE k.institution_id = :i
				""").param("i", institution).param("size", CLASS_SIZE).update();
		jdbc.sql("""
				INSERT INTO family_child (id, name, sex, birth_date, created_by)
				SELECT child, '宝宝', 'FEMALE', :today - 500, :g FROM bench_pair
				""").param("today", LocalDate.now(clock)).param("g", guardian).update();
		jdbc.sql("""
				INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type, status)
				SELECT child, child, :g, :today - 10, 'FULL_DAY', 'TODDLER', 'PLACED' FROM bench_pair
				""").param("today", LocalDate.now(clock)).param("g", guardian).update();
		jdbc.sql("""
				INSERT INTO enrollment_offer (id, application_id, institution_id, class_id, status, respond_by)
				SELECT child, child, institution, class, 'ACCEPTED', :today - 12 FROM bench_pair
				""").param("today", LocalDate.now(clock)).update();
		jdbc.sql("""
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form)
				SELECT child, child, institution, class, child, :today - 10, 'FULL_DAY' FROM bench_pair
				""").param("today", LocalDate.now(clock)).update();
		// the steady state: every child passed the admission check and was here yesterday
		jdbc.sql("""
				INSERT INTO health_examination (id, child_id, institution_id, division_code, kind, examined_on, passed,
				  doctor_name)
				SELECT gen_random_uuid(), child, institution, '320213021', 'ADMISSION', :today - 11, true, '医生'
				FROM bench_pair
				""").param("today", LocalDate.now(clock)).update();
		jdbc.sql("""
				INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at,
				  checked_out_at)
				SELECT gen_random_uuid(), child, institution, class, '320213021', :today - 1,
				  :now - interval '1 day', :now - interval '1 day' + interval '8 hours' FROM bench_pair
				""").param("now", OffsetDateTime.now(clock)).param("today", LocalDate.now(clock)).update();
		// three caregivers in every class since the morning, so the ratio holds (1 : 5 for toddlers)
		jdbc.sql("CREATE UNLOGGED TABLE IF NOT EXISTS bench_staff (person uuid, class uuid)").update();
		jdbc.sql("TRUNCATE bench_staff").update();
		jdbc.sql("""
				INSERT INTO bench_staff SELECT gen_random_uuid(), k.id FROM institution_class k
				CROSS JOIN generate_series(1, 3) WHERE k.institution_id = :i
				""").param("i", institution).update();
		jdbc.sql("""
				INSERT INTO staff_person (id, name, resident_id, resident_id_index, resident_id_masked, birth_date, sex)
				SELECT person, '保育员', decode(md5(person::text), 'hex'), decode(md5(person::text || 'index'), 'hex'),
				  '320***********0000', date '1990-01-01', 'FEMALE' FROM bench_staff
				""").update();
		jdbc.sql("""
				INSERT INTO attendance_staff_visit (id, person_id, institution_id, class_id, division_code, day, checked_in_at)
				SELECT gen_random_uuid(), person, :i, class, '320213021', :today, :now FROM bench_staff
				""").param("now", OffsetDateTime.now(clock)).param("today", LocalDate.now(clock)).param("i", institution).update();
		return jdbc.sql("SELECT child FROM bench_pair ORDER BY child").query(UUID.class).list();
	}

	/** Clients send check-ins over HTTP for the children (each once) until the time is up. */
	private Result drive(HttpClient http, List<String> tokens, List<List<UUID>> children, int seconds) throws Exception {
		AtomicInteger errors = new AtomicInteger();
		Result result = run(children, seconds, (institution, child) -> {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/devices/check-ins?childId=" + child))
				.header("Authorization", "Bearer " + tokens.get(institution))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 204) {
				errors.incrementAndGet();
			}
		});
		if (tokens.size() == 1) {
			warmCount += result.count();
		}
		return new Result(result.times(), result.seconds(), errors.get());
	}

	/** The same check-ins through the service (no HTTP). */
	private Result service(List<List<UUID>> children, List<CurrentUser> gates, int seconds) throws Exception {
		return run(children, seconds, (institution, child) -> attendance.checkIn(gates.get(institution), child));
	}

	/** One check-in by a client: the institution (index) and the child. */
	private interface CheckIn {

		void run(int institution, UUID child) throws Exception;
	}

	/**
	 * {@link #CLIENTS} clients take children from their institution's queue (then from the next one's
	 * when it is empty) and time each check-in until the time is up; the children left stay in the lists.
	 */
	private Result run(List<List<UUID>> children, int seconds, CheckIn checkIn) throws Exception {
		List<ConcurrentLinkedQueue<UUID>> queues = children.stream().map(ConcurrentLinkedQueue::new).toList();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<List<Double>>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			int first = c % queues.size();
			futures.add(pool.submit(() -> {
				List<Double> times = new ArrayList<>();
				int institution = first;
				while (System.nanoTime() < end) {
					UUID child = queues.get(institution).poll();
					for (int other = 1; child == null && other < queues.size(); other++) {
						institution = (institution + 1) % queues.size();
						child = queues.get(institution).poll();
					}
					if (child == null) {
						break;
					}
					long t = System.nanoTime();
					checkIn.run(institution, child);
					times.add((System.nanoTime() - t) / 1e6);
				}
				return times;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> f : futures) {
			all.addAll(f.get());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		for (int i = 0; i < children.size(); i++) {
			children.get(i).clear();
			children.get(i).addAll(queues.get(i));
		}
		return new Result(all, elapsed, 0);
	}

	/** The plan of the check-in statement, the presence query and the audit insert, printed once. */
	private void explain(UUID child, UUID institution) {
		String checkIn = """
				EXPLAIN (ANALYZE, BUFFERS) WITH placed AS (
				  SELECT p.class_id, k.class_type, i.division_code, c.name AS child_name FROM enrollment_placement p
				  JOIN institution_class k ON k.id = p.class_id JOIN institution_institution i ON i.id = p.institution_id
				  JOIN family_child c ON c.id = p.child_id
				  WHERE p.child_id = :child AND p.institution_id = :institution AND p.status = 'ACTIVE'),
				last AS (SELECT max(day) AS day FROM attendance_visit WHERE child_id = :child),
				inserted AS (
				  INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at)
				  SELECT gen_random_uuid(), :child, :institution, placed.class_id, placed.division_code, :today, :now
				  FROM placed, last WHERE CASE WHEN last.day IS NULL THEN false ELSE last.day > :today - 90 END
				  ON CONFLICT (child_id) WHERE checked_out_at IS NULL DO NOTHING RETURNING id)
				SELECT placed.class_id, last.day, EXISTS (SELECT 1 FROM inserted) FROM placed, last
				""";
		System.out.println(String.join("\n", jdbc.sql(checkIn).param("child", child).param("institution", institution)
			.param("today", LocalDate.now(clock)).param("now", OffsetDateTime.now(clock)).query(String.class).list()));
		UUID classId = jdbc.sql("SELECT class_id FROM enrollment_placement WHERE child_id = :c").param("c", child)
			.query(UUID.class).single();
		System.out.println(String.join("\n", jdbc.sql("""
				EXPLAIN (ANALYZE, BUFFERS) SELECT (SELECT count(*) FROM attendance_visit WHERE class_id = :class AND checked_out_at IS NULL),
				  (SELECT count(*) FROM attendance_staff_visit WHERE class_id = :class AND checked_out_at IS NULL)
				""").param("class", classId).query(String.class).list()));
	}

	/**
	 * Lets an external load generator (bench/checkins.sh, wrk) drive the running server: writes one
	 * "token child" line per check-in to target/bench/checkins.txt and the port to
	 * target/bench/port, waits for target/bench/external-done, then records the server's own timing
	 * and the plain-JDBC rate beside it.
	 */
	private void external(List<String> tokens, List<List<UUID>> children, UUID guardian) throws Exception {
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		List<String> lines = new ArrayList<>();
		int longest = children.stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < longest; i++) {
			for (int institution = 0; institution < children.size(); institution++) {
				if (i < children.get(institution).size()) {
					lines.add(tokens.get(institution) + " " + children.get(institution).get(i));
				}
			}
		}
		Files.write(dir.resolve("checkins.txt"), lines);
		long visitsBefore = jdbc.sql("SELECT count(*) FROM attendance_visit").query(Long.class).single();
		var before = meters.find("http.server.requests").tag("uri", "/api/v1/devices/check-ins").timer();
		long countBefore = before == null ? 0 : before.count();
		Path done = dir.resolve("external-done");
		Files.deleteIfExists(done);
		Files.writeString(dir.resolve("port"), String.valueOf(port));
		while (!Files.exists(done)) {
			Thread.sleep(500);
		}
		var server = meters.find("http.server.requests").tag("uri", "/api/v1/devices/check-ins").timer();
		double[] p = percentilesOf(server);
		long visits = jdbc.sql("SELECT count(*) FROM attendance_visit").query(Long.class).single() - visitsBefore;
		double evaluations = meters.find("tuoyu.attendance.ratio.evaluations").counter() == null ? 0
				: meters.find("tuoyu.attendance.ratio.evaluations").counter().count();
		long unchained = jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE hash IS NULL").query(Long.class).single();
		long requests = server == null ? 0 : server.count() - countBefore;
		Result jdbcOnly = plainJdbc(children, SECONDS, guardian);
		String json = String.format(Locale.ROOT, """
				{"benchmark":"check-ins-external","requests":%d,"visitsWritten":%d,"serverP50":%.2f,"serverP95":%.2f,\
				"serverP99":%.2f,"ratioEvaluations":%.0f,"auditRowsNotYetChained":%d,\
				"jdbc":{"inserts":%d,"perSecond":%.0f,"p50":%.2f,"p99":%.2f}}""", requests, visits, p[0], p[1],
				p[2], evaluations, unchained, jdbcOnly.count(), jdbcOnly.perSecond(), jdbcOnly.p(0.5), jdbcOnly.p(0.99));
		Files.writeString(dir.resolve("attendance-external.json"), json);
		System.out.println(json);
	}

	/** The devices behind the tokens, as the service sees them. */
	private List<CurrentUser> devicesOf(List<String> tokens) {
		return tokens.stream().map(t -> devices.authenticate(t).orElseThrow())
			.map(d -> new CurrentUser(d.id(), "device", d.name(), Role.DEVICE, DataScope.institution(d.institutionId())))
			.toList();
	}

	/** The same visit rows inserted one per transaction with plain JDBC, on as many connections as the application has, as long. */
	private Result plainJdbc(List<List<UUID>> children, int seconds, UUID guardian) throws Exception {
		List<UUID[]> work = new ArrayList<>();
		jdbc.sql("""
				SELECT child_id, institution_id, class_id FROM enrollment_placement
				WHERE child_id NOT IN (SELECT child_id FROM attendance_visit WHERE checked_out_at IS NULL)
				""")
			.query((rs, n) -> work.add(new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class) }))
			.list();
		ConcurrentLinkedQueue<UUID[]> queue = new ConcurrentLinkedQueue<>(work);
		// its own connections, as many as the application's pool, so the application's jobs do not wait for them
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		ExecutorService threads = Executors.newFixedThreadPool(Integer.parseInt(POOL));
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<List<Double>>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < Integer.parseInt(POOL); c++) {
			futures.add(threads.submit(() -> {
				List<Double> times = new ArrayList<>();
				try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
						pool.getPassword());
						PreparedStatement insert = connection.prepareStatement("""
								INSERT INTO attendance_visit (id, child_id, institution_id, class_id, division_code, day, checked_in_at)
								VALUES (?, ?, ?, ?, '320213021', ?, ?)""")) {
					connection.setAutoCommit(true);
					while (System.nanoTime() < end) {
						UUID[] row = queue.poll();
						if (row == null) {
							break;
						}
						long t = System.nanoTime();
						insert.setObject(1, UUID.randomUUID());
						insert.setObject(2, row[0]);
						insert.setObject(3, row[1]);
						insert.setObject(4, row[2]);
						insert.setObject(5, LocalDate.now(clock));
						insert.setTimestamp(6, Timestamp.from(clock.instant()));
						insert.executeUpdate();
						times.add((System.nanoTime() - t) / 1e6);
					}
				}
				return times;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> f : futures) {
			all.addAll(f.get());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		threads.shutdown();
		return new Result(all, elapsed, 0);
	}

	private static double[] percentilesOf(io.micrometer.core.instrument.Timer timer) {
		double[] values = new double[3];
		if (timer == null) {
			return values;
		}
		for (var p : timer.takeSnapshot().percentileValues()) {
			int i = p.percentile() == 0.5 ? 0 : p.percentile() == 0.95 ? 1 : p.percentile() == 0.99 ? 2 : -1;
			if (i >= 0) {
				values[i] = p.value(java.util.concurrent.TimeUnit.MILLISECONDS);
			}
		}
		return values;
	}

	private record Result(List<Double> times, double seconds, int errors) {

		int count() {
			return times.size();
		}

		double perSecond() {
			return times.size() / seconds;
		}

		double p(double q) {
			List<Double> sorted = new ArrayList<>(times);
			Collections.sort(sorted);
			return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
		}
	}
}
