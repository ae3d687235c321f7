package org.tuoyu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;
import org.tuoyu.enrollment.EnrollmentManagement;
import org.tuoyu.enrollment.NewApplication;
import org.tuoyu.enrollment.PlacementManagement;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.institution.NewClass;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbench verify -Dtest=EnrollmentBenchmark}):
 * re-ranking a waitlist of 5,000 applications after one change, through the facade (read the line
 * with its facts, apply the priority rules, sort) beside the line's SQL alone; and 200 guardians
 * accepting offers for 50 places at the same moment. Appends to {@code target/bench/results.md}
 * and writes {@code target/bench/enrollment.json}.
 */
@TuoyuTest
@TestPropertySource(properties = "tuoyu.test.real-clock=true")
class EnrollmentBenchmark {

	private static final int LINE = Integer.getInteger("bench.applications", 5_000);

	private static final int ROUNDS = 60;

	private static final int WARMUP = 20;

	private static final int ACCEPTING = 200;

	private static final int SIBLINGS = 60;

	/** The statement that reads a line (as the application does), timed alone. */
	private static final String LINE_SQL = """
			SELECT a.id, a.child_id, a.desired_start, a.created_at, a.home_street,
			  cardinality(a.support_needs) > 0 AS supported, c.name, c.birth_date, ch.rank, ch.employer_staff
			FROM enrollment_application a
			JOIN enrollment_choice ch ON ch.application_id = a.id JOIN family_child c ON c.id = a.child_id
			WHERE ch.institution_id = :institution AND a.class_type = 'TODDLER' AND a.status = 'PENDING'
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	EnrollmentManagement enrollment;

	@Autowired
	PlacementManagement placements;

	@Autowired
	InstitutionManagement institutions;

	private final Random random = new Random(11);

	@Test
	void enrollment() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		Path dir = Path.of("target/bench");
		Files.createDirectories(dir);
		String rerank = rerank(admin);
		String race = race(admin);
		Files.writeString(dir.resolve("enrollment.json"), "{" + rerank + "," + race + "}");
		Files.writeString(dir.resolve("results.md"), "\n" + rerank + "\n" + race + "\n", StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.println(rerank + "\n" + race);
	}

	/** A line of {@link #LINE} toddler applications; after each new application, the line is ranked again. */
	private String rerank(MockHttpSession admin) throws Exception {
		UUID institution = institution(admin, 91_001, "bench-line",
				List.of(ClassType.TODDLER, ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER));
		CurrentUser org = orgAdmin("bench-line", institution);
		List<UUID> classes = institutions.detail(org, institution).classes().stream().map(c -> c.id()).toList();
		UUID classId = classes.get(0);
		LocalDate start = LocalDate.now(clock).plusMonths(2);
		List<UUID[]> families = families(LINE + ROUNDS + WARMUP, start.minusMonths(16), "bench-line");
		insertApplications(families.subList(0, LINE), institution, start);
		// 1 % of the line has a brother or sister placed there already (the older classes, full)
		for (int i = 0; i < SIBLINGS; i++) {
			UUID sibling = sibling(families.get(i)[1]);
			template.update("""
					INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type, status)
					VALUES (?, ?, ?, ?, 'FULL_DAY', 'OLDER_TODDLER', 'PLACED')""", UuidV7.next(), sibling, families.get(i)[1],
					Date.valueOf(start));
		}
		for (int k = 1; k <= 3; k++) {
			placeSiblings(institution, classes.get(k), families.subList((k - 1) * SIBLINGS / 3, k * SIBLINGS / 3));
		}
		List<Double> facade = new ArrayList<>();
		List<Double> page = new ArrayList<>();
		List<Double> sql = new ArrayList<>();
		for (int round = 0; round < ROUNDS + WARMUP; round++) {
			UUID[] family = families.get(LINE + round);
			enrollment.apply(guardian(family[1]), new NewApplication(family[0], List.of(institution), start,
					ServiceForm.FULL_DAY, "320213021", Set.of(), Set.of()));
			long t0 = System.nanoTime();
			enrollment.nextInLine(institution, classId, id -> true).orElseThrow();
			long t1 = System.nanoTime();
			int length = enrollment.waitlists(org, institution).get(ClassType.TODDLER).size();
			long t2 = System.nanoTime();
			jdbc.sql(LINE_SQL).param("institution", institution).query().listOfRows();
			long t3 = System.nanoTime();
			if (round >= WARMUP) {
				facade.add((t1 - t0) / 1e6);
				page.add((t2 - t1) / 1e6);
				sql.add((t3 - t2) / 1e6);
				assertThat(length).isEqualTo(LINE + round + 1);
			}
		}
		List<Double> execution = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String plan = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + LINE_SQL).param("institution", institution)
				.query(String.class).single();
			execution.add(tools.jackson.databind.json.JsonMapper.builder().build().readTree(plan).get(0)
				.get("Execution Time").asDouble());
		}
		System.out.println(jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + LINE_SQL).param("institution", institution)
			.query(String.class).list().stream().collect(java.util.stream.Collectors.joining("\n")));
		return "\"rerank\":{\"applications\":%d,\"nextInLine\":%s,\"waitlistsPage\":%s,\"lineSqlOnly\":%s,\"lineSqlExecution\":%s}"
			.formatted(LINE, percentiles(facade), percentiles(page), percentiles(sql), percentiles(execution));
	}

	/** {@link #ACCEPTING} offers into three classes of 50 places in all, accepted at the same moment. */
	private String race(MockHttpSession admin) throws Exception {
		UUID institution = institution(admin, 91_002, "bench-race",
				List.of(ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER));
		CurrentUser org = orgAdmin("bench-race", institution);
		// 20 + 20 + 10 places
		jdbc.sql("""
				UPDATE institution_class SET capacity = 10
				WHERE id = (SELECT id FROM institution_class WHERE institution_id = :i ORDER BY name DESC LIMIT 1)
				""").param("i", institution).update();
		List<UUID> classes = institutions.detail(org, institution).classes().stream().map(c -> c.id()).toList();
		int places = jdbc.sql("SELECT sum(capacity) FROM institution_class WHERE institution_id = :i").param("i", institution)
			.query(Integer.class).single();
		LocalDate start = LocalDate.now(clock).plusMonths(1);
		List<UUID[]> families = families(ACCEPTING, start.minusMonths(27), "bench-race");
		List<UUID[]> offers = new ArrayList<>();
		for (int i = 0; i < families.size(); i++) {
			UUID[] family = families.get(i);
			UUID application = enrollment.apply(guardian(family[1]), new NewApplication(family[0], List.of(institution),
					start, ServiceForm.FULL_DAY, null, Set.of(), Set.of()));
			offers.add(new UUID[] { placements.offer(org, application, classes.get(i % classes.size()), 3), family[1] });
		}
		Collections.shuffle(offers, random);
		ExecutorService pool = Executors.newFixedThreadPool(ACCEPTING);
		CountDownLatch ready = new CountDownLatch(ACCEPTING);
		CountDownLatch go = new CountDownLatch(1);
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<Future<Double>> timings = new ArrayList<>();
		for (UUID[] offer : offers) {
			timings.add(pool.submit(() -> {
				ready.countDown();
				go.await();
				long t = System.nanoTime();
				try {
					placements.accept(guardian(offer[1]), offer[0]);
					accepted.incrementAndGet();
				}
				catch (BusinessRuleException ex) {
					refused.incrementAndGet();
				}
				return (System.nanoTime() - t) / 1e6;
			}));
		}
		ready.await();
		long t0 = System.nanoTime();
		go.countDown();
		List<Double> each = new ArrayList<>();
		for (Future<Double> timing : timings) {
			each.add(timing.get());
		}
		double wallMs = (System.nanoTime() - t0) / 1e6;
		pool.shutdown();
		long placed = jdbc.sql("SELECT count(*) FROM enrollment_placement WHERE institution_id = :i AND status = 'ACTIVE'")
			.param("i", institution).query(Long.class).single();
		long overfull = jdbc.sql("""
				SELECT count(*) FROM institution_class k WHERE k.institution_id = :i
				  AND k.capacity < (SELECT count(*) FROM enrollment_placement p WHERE p.class_id = k.id AND p.status = 'ACTIVE')
				""").param("i", institution).query(Long.class).single();
		assertThat(placed).isEqualTo(places);
		assertThat(overfull).isZero();
		assertThat(accepted.get()).isEqualTo(places);
		assertThat(refused.get()).isEqualTo(ACCEPTING - places);
		return "\"race\":{\"acceptances\":%d,\"places\":%d,\"placements\":%d,\"accepted\":%d,\"refusedFull\":%d,\"overfullClasses\":%d,\"wallMs\":%.1f,\"eachMs\":%s}"
			.formatted(ACCEPTING, places, placed, accepted.get(), refused.get(), overfull, wallMs, percentiles(each));
	}

	private UUID institution(MockHttpSession admin, int serial, String username, List<ClassType> types) throws Exception {
		UUID id = Institutions.register(mvc, admin, serial, username, "320213021");
		CurrentUser org = orgAdmin(username, id);
		UUID site = institutions.detail(org, id).sites().get(0).id();
		int n = 0;
		for (ClassType type : types) {
			n++;
			institutions.addClass(org, id, new NewClass(site, n + "班", type, type == ClassType.TODDLER ? 15 : 20));
		}
		jdbc.sql("UPDATE institution_institution SET status = 'FILED' WHERE id = :id").param("id", id).update();
		return id;
	}

	private CurrentUser orgAdmin(String username, UUID institution) {
		UUID account = jdbc.sql("SELECT id FROM platform_account WHERE username = :u").param("u", username)
			.query(UUID.class).single();
		return new CurrentUser(account, username, username, Role.INSTITUTION_ADMIN, DataScope.institution(institution));
	}

	private static CurrentUser guardian(UUID account) {
		return new CurrentUser(account, "guardian", "guardian", Role.GUARDIAN, DataScope.guardian(account));
	}

	/** Guardians with one child each born around {@code born}: (child, guardian) pairs, written in batches. */
	private List<UUID[]> families(int count, LocalDate born, String prefix) {
		String hash = jdbc.sql("SELECT password_hash FROM platform_account WHERE username = 'admin'").query(String.class).single();
		List<Object[]> accounts = new ArrayList<>();
		List<Object[]> children = new ArrayList<>();
		List<Object[]> guardianships = new ArrayList<>();
		List<UUID[]> families = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID account = UuidV7.next();
			UUID child = UuidV7.next();
			accounts.add(new Object[] { account, prefix + "-" + i, "家长" + i, hash });
			children.add(new Object[] { child, "宝宝" + i, Date.valueOf(born.minusDays(random.nextInt(25))), account });
			guardianships.add(new Object[] { child, account });
			families.add(new UUID[] { child, account });
		}
		template.batchUpdate("INSERT INTO platform_account (id, username, display_name, password_hash, role) VALUES (?, ?, ?, ?, 'GUARDIAN')", accounts);
		template.batchUpdate("INSERT INTO family_child (id, name, sex, birth_date, created_by) VALUES (?, ?, 'FEMALE', ?, ?)", children);
		template.batchUpdate("INSERT INTO family_guardianship (child_id, account_id, relation) VALUES (?, ?, 'MOTHER')", guardianships);
		return families;
	}

	/** Pending applications with a realistic mix of priority facts, applied over the last months. */
	private void insertApplications(List<UUID[]> families, UUID institution, LocalDate start) {
		List<Object[]> applications = new ArrayList<>();
		List<Object[]> choices = new ArrayList<>();
		String[] streets = { "320213021", "320213022", "320213001", null };
		for (UUID[] family : families) {
			UUID id = UuidV7.next();
			String[] support = random.nextDouble() < 0.1 ? new String[] { "LOW_INCOME" } : new String[0];
			applications.add(new Object[] { id, family[0], family[1], Date.valueOf(start), streets[random.nextInt(streets.length)],
					support, Timestamp.from(clock.instant().minusSeconds(random.nextInt(15_000_000))) });
			choices.add(new Object[] { id, institution });
		}
		template.batchUpdate("""
				INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type,
				  home_street, support_needs, created_at) VALUES (?, ?, ?, ?, 'FULL_DAY', 'TODDLER', ?, ?, ?)""", applications);
		template.batchUpdate("INSERT INTO enrollment_choice (application_id, rank, institution_id) VALUES (?, 1, ?)", choices);
	}

	private UUID sibling(UUID guardian) {
		UUID child = UuidV7.next();
		template.update("INSERT INTO family_child (id, name, sex, birth_date, created_by) VALUES (?, '哥哥', 'MALE', ?, ?)",
				child, Date.valueOf(LocalDate.now(clock).minusMonths(30)), guardian);
		template.update("INSERT INTO family_guardianship (child_id, account_id, relation) VALUES (?, ?, 'MOTHER')", child,
				guardian);
		return child;
	}

	/** The siblings hold placements at the institution (a placement needs its accepted offer). */
	private void placeSiblings(UUID institution, UUID classId, List<UUID[]> families) {
		template.update("""
				WITH placed AS (
				  SELECT a.id AS application_id, a.child_id, a.desired_start FROM enrollment_application a
				  WHERE a.status = 'PLACED' AND a.guardian_id = ANY (?))
				, offered AS (
				  INSERT INTO enrollment_offer (id, application_id, institution_id, class_id, status, respond_by)
				  SELECT gen_random_uuid(), application_id, ?, ?, 'ACCEPTED', desired_start FROM placed
				  RETURNING id, application_id)
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form)
				SELECT gen_random_uuid(), p.child_id, ?, ?, o.id, p.desired_start, 'FULL_DAY'
				FROM offered o JOIN placed p ON p.application_id = o.application_id
				""", families.stream().map(f -> f[1]).toArray(UUID[]::new), institution, classId, institution, classId);
	}

	private static String percentiles(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "{\"p50\":%.2f,\"p95\":%.2f,\"max\":%.2f,\"n\":%d}", at(sorted, 0.5),
				at(sorted, 0.95), sorted.get(sorted.size() - 1), sorted.size());
	}

	private static double at(List<Double> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
	}
}
