package org.tuoyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.NewInstitution;
import org.tuoyu.institution.NewSite;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.platform.account.ApiTokens;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.StaffManagement;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.ResidentIds;

/**
 * Benchmark, not a test: {@code ./mvnw -Pbench verify -Dtest=DailyReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Runs on the application's own embedded PostgreSQL with
 * the production settings (fsync and synchronous commit on), in {@code target/bench/daily-pg}.
 * A city's institutions at one place: {@code bench.daily.classes} (1,000) classes of 15 children
 * (15,000 children, about Wuxi's places) and {@code bench.daily.days} (10) earlier days of their
 * daily reports, 8 entries a child a day. Then caregivers, each assigned to one class and signed in
 * with an API token, record one entry for their whole class with one tap over HTTP:
 * {@code bench.daily.rounds} (300) taps one after another (target: p95 ≤ 150 ms), then
 * {@code bench.clients} (8) caregivers at once for {@code bench.seconds} (30). The same 15 rows
 * inserted with plain JDBC in one statement and one commit are measured for comparison. Writes
 * {@code target/bench/daily.json} and appends to {@code target/bench/results.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tuoyu.test.real-embedded=true", "tuoyu.test.real-clock=true",
				"tuoyu.database.embedded.data-directory=target/bench/daily-pg",
				"tuoyu.data-key=dHVveS1iZW5jaC1rZXktMzItYnl0ZXMtbG9uZy4uLi4=", "tuoyu.admin.password=Bench2026pass",
				"tuoyu.messaging.daily.summary-cron=-", "spring.jdbc.template.query-timeout=1800s",
				"logging.file.name=target/bench/daily.log" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DailyReportBenchmark {

	private static final int CLASSES = Integer.getInteger("bench.daily.classes", 1_000);

	private static final int DAYS = Integer.getInteger("bench.daily.days", 10);

	private static final int ROUNDS = Integer.getInteger("bench.daily.rounds", 300);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

	private static final int CLASS_SIZE = 15;

	private static final int GUARDIANS = Integer.getInteger("bench.daily.guardians", 50);

	private static final int ENTRIES_TODAY = 40;

	private static final long THINK_MILLIS = Long.getLong("bench.daily.thinkMillis", 1_000);

	/** The institution the first test sets up, which the guardians' test reads. */
	private static UUID institutionId;

	private static UUID headId;

	private static final String PASSWORD = "Bench2026pass";

	private static final String[] TAPS = { "\"kind\":\"MEAL\",\"meal\":\"LUNCH\",\"portion\":\"MOST\",\"text\":\"米饭、青菜、鱼\"",
			"\"kind\":\"DRINK\",\"millilitres\":120", "\"kind\":\"NAPPY\",\"nappy\":\"WET\"", "\"kind\":\"MOOD\",\"mood\":\"HAPPY\"",
			"\"kind\":\"ACTIVITY\",\"text\":\"户外活动：滑滑梯\"" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	StaffManagement staff;

	@Autowired
	ApiTokens tokens;

	@Autowired
	InstitutionManagement institutions;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void freshDatabase() throws Exception {
		Path directory = Path.of("target/bench/daily-pg");
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	@Order(1)
	void aCaregiverRecordsForHerWholeClassWithOneTap() throws Exception {
		var admin = accounts.findByUsername("admin").orElseThrow();
		CurrentUser city = new CurrentUser(admin.id(), "admin", admin.displayName(), Role.CITY_ADMIN, admin.scope());
		UUID institution = institutions.register(city, new NewInstitution("基准托育中心", CreditCodes.valid(93_001),
				RegistrationType.ENTERPRISE, Ownership.PRIVATE, InstitutionCategory.STANDALONE, Set.of(ServiceForm.FULL_DAY),
				"钱园长", "0510-81234570", false, null, null, DemonstrationLevel.NONE,
				new NewSite("主园区", "梁溪区南长街1号", "320213021", new BigDecimal("31.565000"), new BigDecimal("120.305000"), 1,
						new BigDecimal("300"), null),
				"bench-daily-org", Institutions.PASSWORD));
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", institution).update();
		var head = accounts.findByUsername("bench-daily-org").orElseThrow();
		institutionId = institution;
		headId = head.id();
		CurrentUser orgAdmin = new CurrentUser(head.id(), head.username(), head.displayName(), Role.INSTITUTION_ADMIN,
				DataScope.institution(institution));
		long started = System.nanoTime();
		List<UUID> classes = placeChildren(institution, admin.id());
		history(head.id());
		double seeded = (System.nanoTime() - started) / 1e9;
		List<String> caregivers = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			caregivers.add(caregiver(orgAdmin, institution, classes.get(c), c));
		}
		jdbc.sql("VACUUM ANALYZE").update();

		// one caregiver, one tap after another, rotating what is recorded
		List<UUID> firstClass = children(classes.get(0));
		List<Double> taps = BenchFigures.time(20, ROUNDS, () -> tap(caregivers.get(0), firstClass, TAPS[0]));
		List<Double> raw = BenchFigures.time(20, ROUNDS, () -> rawInsert(institution, classes.get(0), firstClass,
				head.id()));

		// several caregivers of different classes at once
		ConcurrentLinkedQueue<Double> concurrent = new ConcurrentLinkedQueue<>();
		long until = System.nanoTime() + SECONDS * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			String token = caregivers.get(c);
			List<UUID> children = children(classes.get(c));
			clients.add(pool.submit(() -> {
				int n = 0;
				while (System.nanoTime() < until) {
					long tapStarted = System.nanoTime();
					tap(token, children, TAPS[n++ % TAPS.length]);
					concurrent.add((System.nanoTime() - tapStarted) / 1e6);
				}
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		List<Double> together = new ArrayList<>(concurrent);
		Collections.sort(together);
		long entries = jdbc.sql("SELECT count(*) FROM messaging_daily_entry").query(Long.class).single();

		String table = String.format(Locale.ROOT, """
				### Daily report (issue 19) — production database settings (fsync and synchronous commit on)

				%,d classes of %d children, %,d entries in all (%d earlier days seeded in %.0f s). A caregiver records one
				entry for her whole class with one tap: `POST /api/v1/daily/entries` with the %d children, client-observed
				over HTTP (scope checks through the facades, one INSERT, one audit row per child, one commit).

				| what | p50 ms | p95 ms | max ms |
				|---|---|---|---|
				""", CLASSES, CLASS_SIZE, entries, DAYS, seeded, CLASS_SIZE)
				+ BenchFigures.row("one tap for 15 children, one caregiver (**target p95 ≤ 150 ms**)", taps)
				+ BenchFigures.row("the same, %d caregivers at once for %d s (%,d taps, %.0f taps/s)".formatted(CLIENTS,
						SECONDS, together.size(), together.size() / (double) SECONDS), together)
				+ BenchFigures.row("raw SQL: the 15 rows in one INSERT and one commit over JDBC", raw);
		BenchFigures.write("daily.json", "{" + String.join(",", BenchFigures.json("tap", taps),
				BenchFigures.json("tapConcurrent", together), BenchFigures.json("rawInsert", raw)) + "}", table);
		assertThat(BenchFigures.percentile(taps, 0.95)).as("one tap for a class of 15, p95 ms").isLessThanOrEqualTo(150);
	}

	/**
	 * {@link #GUARDIANS} guardians, each with a child whose day has {@link #ENTRIES_TODAY} entries,
	 * follow the day on their phones: each reads {@code GET /api/v1/daily/children/{id}} (the
	 * timeline, summary, medicine requests and earlier days; the read audited) and reads again
	 * {@link #THINK_MILLIS} after the answer, all at once for {@link #SECONDS}; then the same with no
	 * pause at all, the worst case of 50 reads always in flight on two cores.
	 */
	@Test
	@Order(2)
	void guardiansFollowTheirChildsDayOnThePhone() throws Exception {
		assertThat(institutionId).as("the institution of the first test").isNotNull();
		LocalDate today = LocalDate.now(clock);
		// children of classes nobody tapped for in the first test, one per guardian
		List<UUID> children = jdbc.sql("""
				SELECT min(child::text)::uuid FROM bench_daily_child b JOIN institution_class k ON k.id = b.class
				WHERE k.name > '班0100' GROUP BY k.name ORDER BY k.name LIMIT :n
				""").param("n", GUARDIANS).query(UUID.class).list();
		List<String> tokens = new ArrayList<>();
		for (int g = 0; g < children.size(); g++) {
			String phone = String.format(Locale.ROOT, "139%08d", 7_000_000 + g);
			UUID account = accountManagement.registerGuardian(phone, "家长" + g, PASSWORD);
			jdbc.sql("INSERT INTO family_guardianship (child_id, account_id, relation) VALUES (:c, :a, 'MOTHER')")
				.param("c", children.get(g)).param("a", account).update();
			tokens.add(this.tokens.create(new CurrentUser(account, phone, "家长" + g, Role.GUARDIAN,
					DataScope.guardian(account)), "benchmark"));
		}
		jdbc.sql("""
				INSERT INTO messaging_daily_entry (id, child_id, institution_id, class_id, division_code, day, kind, at, meal,
				  portion, nappy, mood, text, batch_id, recorded_by, recorded_by_name, recorded_at)
				SELECT gen_random_uuid(), b.child, :i, b.class, '320213021', :today, e.kind,
				  (:today + time '07:50' + n * interval '15 minutes') AT TIME ZONE 'Asia/Shanghai',
				  CASE e.kind WHEN 'MEAL' THEN 'LUNCH' END, CASE e.kind WHEN 'MEAL' THEN 'MOST' END,
				  CASE e.kind WHEN 'NAPPY' THEN 'WET' END, CASE e.kind WHEN 'MOOD' THEN 'HAPPY' END,
				  CASE WHEN e.kind IN ('ACTIVITY', 'NOTE', 'MEAL') THEN '户外活动：滑滑梯，玩沙' END, gen_random_uuid(), :by, '基准',
				  (:today + time '07:50' + n * interval '15 minutes') AT TIME ZONE 'Asia/Shanghai'
				FROM bench_daily_child b CROSS JOIN generate_series(0, :entries - 1) n
				CROSS JOIN LATERAL (SELECT (ARRAY['MEAL', 'MOOD', 'NAPPY', 'ACTIVITY', 'NOTE'])[n % 5 + 1] AS kind) e
				WHERE b.child = ANY (:children)
				""").param("i", institutionId).param("today", today).param("entries", ENTRIES_TODAY).param("by", headId)
			.param("children", children.toArray(UUID[]::new)).update();
		jdbc.sql("VACUUM ANALYZE").update();
		String first = childDay(tokens.get(0), children.get(0));
		assertThat(first.split("\"kind\"", -1).length - 1).as("entries in the first guardian's timeline")
			.isGreaterThanOrEqualTo(ENTRIES_TODAY);

		List<Double> following = together(tokens, children, THINK_MILLIS);
		List<Double> flatOut = together(tokens, children, 0);
		String table = String.format(Locale.ROOT, """

				%d guardians, each with a child whose day has %d entries, read the child's day on the phone:
				`GET /api/v1/daily/children/{id}` (timeline, summary, medicine requests, earlier days; the read audited),
				client-observed over HTTP, all at once for %d s.

				| what | p50 ms | p95 ms | max ms |
				|---|---|---|---|
				""", children.size(), ENTRIES_TODAY, SECONDS)
				+ BenchFigures.row("%d guardians following the day, each reading again %d ms after the answer (%,d reads) "
					.formatted(children.size(), THINK_MILLIS, following.size()) + "(**target p95 ≤ 30 ms**)", following)
				+ BenchFigures.row("%d guardians reading without a pause, 50 reads always in flight (%,d reads, %.0f reads/s)"
					.formatted(children.size(), flatOut.size(), flatOut.size() / (double) SECONDS), flatOut);
		BenchFigures.write("daily-guardians.json", "{" + String.join(",", BenchFigures.json("guardianDay", following),
				BenchFigures.json("guardianDayFlatOut", flatOut)) + "}", table);
		assertThat(BenchFigures.percentile(following, 0.95)).as("a guardian's day at 50 guardians, p95 ms")
			.isLessThanOrEqualTo(30);
	}

	/** Every guardian reads the own child's day again and again for {@link #SECONDS}, pausing between reads. */
	private List<Double> together(List<String> tokens, List<UUID> children, long pauseMillis) throws Exception {
		ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
		long until = System.nanoTime() + SECONDS * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
		List<Future<?>> clients = new ArrayList<>();
		for (int g = 0; g < tokens.size(); g++) {
			String token = tokens.get(g);
			UUID child = children.get(g);
			long offset = pauseMillis * g / tokens.size();
			clients.add(pool.submit(() -> {
				Thread.sleep(offset);
				while (System.nanoTime() < until) {
					long started = System.nanoTime();
					childDay(token, child);
					latencies.add((System.nanoTime() - started) / 1e6);
					Thread.sleep(pauseMillis);
				}
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		pool.shutdown();
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return sorted;
	}

	/** The child's day as its guardian reads it; fails on anything but 200. */
	private String childDay(String token, UUID child) {
		try {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/daily/children/" + child))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Records one entry for the children with the caregiver's API token; fails on anything but 201. */
	private void tap(String token, List<UUID> children, String values) {
		String ids = children.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
		try {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/daily/entries"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"childIds\":[%s],%s}".formatted(ids, values)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The same rows with plain JDBC: one statement, one commit. */
	private void rawInsert(UUID institution, UUID classId, List<UUID> children, UUID by) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO messaging_daily_entry (id, child_id, institution_id, class_id, division_code, day, kind, at,
						  meal, portion, text, batch_id, recorded_by, recorded_by_name, recorded_at)
						SELECT gen_random_uuid(), c, ?, ?, '320213021', ?, 'MEAL', ?, 'LUNCH', 'MOST', '米饭、青菜、鱼', ?, ?, '基准',
						  ?
						FROM unnest(?) c
						""")) {
			connection.setAutoCommit(false);
			OffsetDateTime now = OffsetDateTime.now(clock);
			insert.setObject(1, institution);
			insert.setObject(2, classId);
			insert.setObject(3, LocalDate.now(clock));
			insert.setObject(4, now);
			insert.setObject(5, UUID.randomUUID());
			insert.setObject(6, by);
			insert.setObject(7, now);
			insert.setArray(8, connection.createArrayOf("uuid", children.toArray()));
			insert.executeUpdate();
			connection.commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@link #CLASSES} classes of {@link #CLASS_SIZE} children placed since a month, written set-based. */
	private List<UUID> placeChildren(UUID institution, UUID guardian) {
		LocalDate today = LocalDate.now(clock);
		UUID site = jdbc.sql("SELECT id FROM institution_site WHERE institution_id = :i").param("i", institution)
			.query(UUID.class).single();
		jdbc.sql("""
				INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
				SELECT gen_random_uuid(), :i, :site, '班' || lpad(g::text, 4, '0'), 'TODDLER', :size
				FROM generate_series(1, :classes) g
				""").param("i", institution).param("site", site).param("size", CLASS_SIZE).param("classes", CLASSES).update();
		jdbc.sql("CREATE UNLOGGED TABLE IF NOT EXISTS bench_daily_child (child uuid, class uuid)").update();
		jdbc.sql("""
				INSERT INTO bench_daily_child SELECT gen_random_uuid(), k.id FROM institution_class k
				CROSS JOIN generate_series(1, :size) WHERE k.institution_id = :i
				""").param("i", institution).param("size", CLASS_SIZE).update();
		jdbc.sql("""
				INSERT INTO family_child (id, name, sex, birth_date, created_by)
				SELECT child, '宝宝', 'FEMALE', :today - 500, :g FROM bench_daily_child
				""").param("today", today).param("g", guardian).update();
		jdbc.sql("""
				INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type, status)
				SELECT child, child, :g, :today - 30, 'FULL_DAY', 'TODDLER', 'PLACED' FROM bench_daily_child
				""").param("today", today).param("g", guardian).update();
		jdbc.sql("""
				INSERT INTO enrollment_offer (id, application_id, institution_id, class_id, status, respond_by)
				SELECT child, child, :i, class, 'ACCEPTED', :today - 32 FROM bench_daily_child
				""").param("i", institution).param("today", today).update();
		jdbc.sql("""
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form)
				SELECT child, child, :i, class, child, :today - 30, 'FULL_DAY' FROM bench_daily_child
				""").param("i", institution).param("today", today).update();
		return jdbc.sql("SELECT id FROM institution_class WHERE institution_id = :i ORDER BY name").param("i", institution)
			.query(UUID.class).list();
	}

	/** {@link #DAYS} earlier days of 8 entries a child, written set-based. */
	private void history(UUID by) {
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("""
				INSERT INTO messaging_daily_entry (id, child_id, institution_id, class_id, division_code, day, kind, at, meal,
				  portion, nappy, mood, text, batch_id, recorded_by, recorded_by_name, recorded_at)
				SELECT gen_random_uuid(), b.child, k.institution_id, b.class, '320213021', d.day, e.kind,
				  (d.day + time '08:00' + e.n * interval '50 minutes') AT TIME ZONE 'Asia/Shanghai',
				  CASE e.kind WHEN 'MEAL' THEN 'LUNCH' END, CASE e.kind WHEN 'MEAL' THEN 'MOST' END,
				  CASE e.kind WHEN 'NAPPY' THEN 'WET' END, CASE e.kind WHEN 'MOOD' THEN 'HAPPY' END,
				  CASE WHEN e.kind IN ('ACTIVITY', 'NOTE', 'MEAL') THEN '户外活动' END, gen_random_uuid(), :by, '基准',
				  (d.day + time '18:00') AT TIME ZONE 'Asia/Shanghai'
				FROM bench_daily_child b JOIN institution_class k ON k.id = b.class
				CROSS JOIN (SELECT :today - g AS day FROM generate_series(1, :days) g) d
				CROSS JOIN (VALUES (0, 'MEAL'), (1, 'MOOD'), (2, 'NAPPY'), (3, 'ACTIVITY'), (4, 'MEAL'), (5, 'NAPPY'),
				  (6, 'NOTE'), (7, 'MOOD')) AS e(n, kind)
				""").param("today", today).param("days", DAYS).param("by", by).update();
	}

	/** A caregiver assigned to the class, signed in with an API token. */
	private String caregiver(CurrentUser orgAdmin, UUID institution, UUID classId, int n) {
		String username = "bench-daily-care-" + n;
		UUID account = accountManagement.createInstitutionAccount(orgAdmin, username, "保育员" + n, Role.CAREGIVER,
				institution, DivisionCode.of("320213021"), PASSWORD);
		UUID person = staff.hire(orgAdmin, new NewHire("保育员" + n,
				ResidentIds.complete("32020219870707" + "%03d".formatted(n)), "13812345678", StaffRole.CAREGIVER,
				LocalDate.now(clock).minusYears(1)));
		staff.assign(orgAdmin, person, classId);
		staff.linkAccount(orgAdmin, person, account);
		return tokens.create(new CurrentUser(account, username, "保育员" + n, Role.CAREGIVER,
				DataScope.institution(institution)), "benchmark");
	}

	private List<UUID> children(UUID classId) {
		return jdbc.sql("SELECT child FROM bench_daily_child WHERE class = :class ORDER BY child").param("class", classId)
			.query(UUID.class).list();
	}
}
