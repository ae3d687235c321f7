package org.tuoyu.enrollment.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.shared.ResidentId;

/**
 * Demo families (profile {@code demo}), deterministic from a seed: about 20,000 children with their
 * guardians (some families with two children), most placed in the demo institutions' classes at
 * each class's age (never beyond its capacity, with the published fee), the rest waiting with
 * applications of one to three choices in their district, a few holding open offers. The demo
 * {@code parent} account has one child placed at the demo institution and one waiting. Written in
 * batches straight to the tables, with one password hash shared by all demo guardians.
 */
@Component
@Profile("demo")
@Order(80)
class DemoEnrollment implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEnrollment.class);

	private static final long SEED = 20260501L;

	private static final int WAITING = 5_000;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";

	private static final String[] GIVEN = { "子涵", "一诺", "欣怡", "梓萱", "浩然", "宇轩", "若汐", "沐辰", "可馨", "俊熙", "语桐",
			"皓轩", "诗涵", "梓睿", "依依", "乐乐", "安然", "思远", "嘉怡", "铭泽", "书瑶", "睿哲", "雨桐", "博文", "芊芊", "天佑",
			"星辰", "悦", "朵朵", "小满", "知夏", "景行" };

	private static final String[] SUPPORT = { "LOW_INCOME", "DISABILITY", "MULTIPLE_CHILDREN" };

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final PersonalDataProtection protection;

	private final AgeClassPolicy ages;

	private final Clock clock;

	private final List<Object[]> accounts = new ArrayList<>();

	private final List<Object[]> children = new ArrayList<>();

	private final List<Object[]> guardianships = new ArrayList<>();

	private final List<Object[]> applications = new ArrayList<>();

	private final List<Object[]> choices = new ArrayList<>();

	private final List<Object[]> offers = new ArrayList<>();

	private final List<Object[]> placements = new ArrayList<>();

	private final Map<String, Integer> idSerials = new HashMap<>();

	private final List<UUID> guardians = new ArrayList<>();

	private String passwordHash;

	private int serial;

	DemoEnrollment(JdbcTemplate jdbc, PasswordEncoder encoder, PersonalDataProtection protection,
			InstitutionManagement institutions, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.protection = protection;
		this.ages = new AgeClassPolicy(institutions.rules());
		this.clock = clock;
	}

	/** An open demo institution with its street, classes and full-day fees. */
	private record Open(UUID id, String street, boolean employer, List<Klass> classes, Map<ClassType, BigDecimal> fees) {
	}

	/** A class and the places still free in it while generating. */
	private static final class Klass {

		final UUID id;

		final ClassType type;

		int free;

		Klass(UUID id, ClassType type, int free) {
			this.id = id;
			this.type = type;
			this.free = free;
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM family_child", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		passwordHash = encoder.encode("tuoyu2026demo");
		LocalDate today = LocalDate.now(clock);
		Random random = new Random(SEED);
		List<Open> open = openInstitutions();
		Map<String, List<Open>> byDistrict = new LinkedHashMap<>();
		open.forEach(o -> byDistrict.computeIfAbsent(o.street().substring(0, 6), k -> new ArrayList<>()).add(o));
		UUID parent = jdbc.query("SELECT id FROM platform_account WHERE username = 'parent'",
				rs -> rs.next() ? rs.getObject(1, UUID.class) : null);
		if (parent != null && !open.isEmpty()) {
			demoParent(parent, open.get(0), open, today);
		}
		for (Open institution : open) {
			for (Klass klass : institution.classes()) {
				int placed = (int) Math.floor(klass.free * (0.6 + random.nextDouble() * 0.4));
				for (int i = 0; i < placed; i++) {
					place(random, institution, klass, newOrSiblingGuardian(random), today);
				}
			}
		}
		int offered = 0;
		for (int i = 0; i < WAITING; i++) {
			Open first = open.get(random.nextInt(open.size()));
			UUID application = waiting(random, first, byDistrict.get(first.street().substring(0, 6)),
					newOrSiblingGuardian(random), today);
			if (application != null && offered < 150 && random.nextDouble() < 0.05) {
				offered += openOffer(random, application, first, today) ? 1 : 0;
			}
		}
		write();
		log.info("Demo families created: {} children, {} guardians, {} placements, {} open offers", children.size(),
				accounts.size(), placements.size(), offered);
	}

	/** The open institutions, the demo institution (the one {@code org-admin} runs) first. */
	private List<Open> openInstitutions() {
		Map<UUID, Open> open = new LinkedHashMap<>();
		jdbc.query("""
				SELECT i.id, i.division_code, i.category, c.id AS class_id, c.class_type, c.capacity
				FROM institution_institution i JOIN institution_class c ON c.institution_id = i.id
				WHERE i.status IN ('FILED', 'VERIFIED') ORDER BY i.id, c.name
				""", rs -> {
			UUID id = rs.getObject("id", UUID.class);
			String street = rs.getString("division_code");
			boolean employer = "EMPLOYER".equals(rs.getString("category"));
			open.computeIfAbsent(id, k -> new Open(k, street, employer, new ArrayList<>(), new HashMap<>()))
				.classes()
				.add(new Klass(rs.getObject("class_id", UUID.class), ClassType.valueOf(rs.getString("class_type")),
						rs.getInt("capacity")));
		});
		jdbc.query("SELECT institution_id, class_type, monthly_fee FROM institution_fee WHERE service_form = 'FULL_DAY'",
				rs -> {
					Open institution = open.get(rs.getObject("institution_id", UUID.class));
					if (institution != null) {
						institution.fees().put(ClassType.valueOf(rs.getString("class_type")), rs.getBigDecimal("monthly_fee"));
					}
				});
		List<Open> list = new ArrayList<>(open.values());
		jdbc.queryForList("SELECT institution_id FROM platform_account WHERE username = 'org-admin'", UUID.class)
			.stream()
			.map(open::get)
			.filter(Objects::nonNull)
			.findFirst()
			.ifPresent(home -> {
				list.remove(home);
				list.add(0, home);
			});
		return list;
	}

	/** The demo parent: one child placed at the demo institution, one waiting there and nearby. */
	private void demoParent(UUID parent, Open home, List<Open> open, LocalDate today) {
		Random random = new Random(SEED + 1);
		Optional<Klass> toddlers = home.classes().stream().filter(k -> k.type != ClassType.INFANT && k.free > 0).findFirst();
		toddlers.ifPresent(klass -> place(random, home, klass, parent, today));
		List<Open> district = open.stream().filter(o -> o.street().startsWith(home.street().substring(0, 6))).toList();
		waiting(random, home, district, parent, today);
	}

	private UUID newOrSiblingGuardian(Random random) {
		if (!guardians.isEmpty() && random.nextDouble() < 0.12) {
			return guardians.get(random.nextInt(guardians.size()));
		}
		serial++;
		UUID id = uuid("guardian-" + serial);
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		accounts.add(new Object[] { id, "137" + String.format("%08d", 10_000_000 + serial),
				surname + (random.nextBoolean() ? "女士" : "先生"), passwordHash });
		guardians.add(id);
		return id;
	}

	/** A child placed in the class now, at an age the class takes, started up to five months ago. */
	private void place(Random random, Open institution, Klass klass, UUID guardian, LocalDate today) {
		int ageNow = ageFor(random, klass.type);
		int daysAgo = random.nextInt(Math.min(150, (ageNow - 6) * 30) + 1);
		LocalDate birth = today.minusMonths(ageNow).minusDays(random.nextInt(28));
		LocalDate start = today.minusDays(daysAgo);
		Optional<ClassType> appliedFor = ages.classTypeFor(AgeClassPolicy.ageMonths(birth, start));
		if (appliedFor.isEmpty()) {
			return;
		}
		UUID child = child(random, guardian, birth, institution.street());
		UUID application = uuid("application-" + child);
		Timestamp applied = at(start.minusDays(20 + random.nextInt(120)));
		applications.add(new Object[] { application, child, guardian, Date.valueOf(start), appliedFor.get().name(),
				institution.street(), new String[0], "PLACED", applied });
		choices.add(new Object[] { application, 1, institution.id(), institution.employer() && random.nextBoolean() });
		UUID offer = uuid("offer-" + child);
		Timestamp offeredAt = at(start.minusDays(10));
		offers.add(new Object[] { offer, application, institution.id(), klass.id, "ACCEPTED",
				Date.valueOf(start.minusDays(7)), offeredAt, at(start.minusDays(8)) });
		placements.add(new Object[] { uuid("placement-" + child), child, institution.id(), klass.id, offer,
				Date.valueOf(start), institution.fees().get(klass.type), at(start.minusDays(8)) });
		klass.free--;
	}

	/** A child waiting for a start in the coming months, with up to three choices in the district. */
	private UUID waiting(Random random, Open first, List<Open> district, UUID guardian, LocalDate today) {
		Klass klass = first.classes().get(random.nextInt(first.classes().size()));
		int ageAtStart = ageFor(random, klass.type);
		LocalDate start = today.plusDays(7 + random.nextInt(150));
		LocalDate birth = start.minusMonths(ageAtStart).minusDays(random.nextInt(28));
		if (birth.isAfter(today.minusDays(14))) {
			return null;
		}
		int age = AgeClassPolicy.ageMonths(birth, start);
		Optional<ClassType> type = ages.classTypeFor(age);
		if (type.isEmpty()) {
			return null;
		}
		String street = random.nextDouble() < 0.6 ? first.street()
				: district.get(random.nextInt(district.size())).street();
		UUID child = child(random, guardian, birth, street);
		UUID application = uuid("application-" + child);
		String[] support = random.nextDouble() < 0.08 ? new String[] { SUPPORT[random.nextInt(SUPPORT.length)] }
				: new String[0];
		applications.add(new Object[] { application, child, guardian, Date.valueOf(start), type.get().name(), street,
				support, "PENDING", at(today.minusDays(random.nextInt(150))) });
		Set<UUID> chosen = new HashSet<>();
		chosen.add(first.id());
		choices.add(new Object[] { application, 1, first.id(), first.employer() && random.nextBoolean() });
		int wanted = 1 + random.nextInt(3);
		for (int tries = 0; tries < 12 && chosen.size() < wanted; tries++) {
			Open other = district.get(random.nextInt(district.size()));
			if (!chosen.contains(other.id()) && other.classes().stream().anyMatch(k -> ages.takes(k.type, age))) {
				chosen.add(other.id());
				choices.add(new Object[] { application, chosen.size(), other.id(), false });
			}
		}
		return application;
	}

	/** An open offer for the application in a class of its first choice that still has room. */
	private boolean openOffer(Random random, UUID application, Open first, LocalDate today) {
		Object[] row = applications.get(applications.size() - 1);
		ClassType type = ClassType.valueOf((String) row[4]);
		for (Klass klass : first.classes()) {
			if (klass.free > 0 && (klass.type == type || klass.type == ClassType.MIXED || klass.type == ClassType.FAMILY_POINT)) {
				offers.add(new Object[] { uuid("offer-open-" + application), application, first.id(), klass.id, "OFFERED",
						Date.valueOf(today.plusDays(1 + random.nextInt(3))), at(today), null });
				klass.free--;
				return true;
			}
		}
		return false;
	}

	private int ageFor(Random random, ClassType type) {
		for (int tries = 0; tries < 100; tries++) {
			int age = 6 + random.nextInt(30);
			if (ages.takes(type, age) && ages.classTypeFor(age).isPresent()) {
				return age;
			}
		}
		return 24;
	}

	private UUID child(Random random, UUID guardian, LocalDate birth, String street) {
		UUID id = uuid("child-" + (children.size() + 1));
		boolean male = random.nextBoolean();
		String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
		byte[] cipher = null;
		byte[] index = null;
		String masked = null;
		if (random.nextDouble() < 0.75) {
			String prefix = street.substring(0, 6) + birth.toString().replace("-", "");
			int n = idSerials.merge(prefix, 1, Integer::sum);
			if (n < 500) {
				ResidentId residentId = ResidentId.withCheckCharacter(prefix + String.format("%03d", male ? n * 2 - 1 : n * 2));
				cipher = protection.encrypt(FamilyManagement.CHILD_RESIDENT_ID, residentId.value());
				index = protection.blindIndex(FamilyManagement.CHILD_RESIDENT_ID, residentId.value());
				masked = residentId.masked();
			}
		}
		children.add(new Object[] { id, name, male ? "MALE" : "FEMALE", Date.valueOf(birth), cipher, index, masked, guardian });
		guardianships.add(new Object[] { id, guardian, random.nextDouble() < 0.7 ? "MOTHER" : "FATHER" });
		return id;
	}

	private void write() {
		jdbc.batchUpdate("""
				INSERT INTO platform_account (id, username, display_name, password_hash, role) VALUES (?, ?, ?, ?, 'GUARDIAN')
				""", accounts);
		jdbc.batchUpdate("""
				INSERT INTO family_child (id, name, sex, birth_date, resident_id, resident_id_index, resident_id_masked, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", children);
		jdbc.batchUpdate("INSERT INTO family_guardianship (child_id, account_id, relation) VALUES (?, ?, ?)", guardianships);
		jdbc.batchUpdate("""
				INSERT INTO enrollment_application (id, child_id, guardian_id, desired_start, service_form, class_type,
				  home_street, support_needs, status, created_at) VALUES (?, ?, ?, ?, 'FULL_DAY', ?, ?, ?, ?, ?)
				""", applications);
		jdbc.batchUpdate("INSERT INTO enrollment_choice (application_id, rank, institution_id, employer_staff) VALUES (?, ?, ?, ?)",
				choices);
		jdbc.batchUpdate("""
				INSERT INTO enrollment_offer (id, application_id, institution_id, class_id, status, respond_by, offered_at,
				  answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", offers);
		jdbc.batchUpdate("""
				INSERT INTO enrollment_placement (id, child_id, institution_id, class_id, offer_id, start_date, service_form,
				  monthly_fee, created_at) VALUES (?, ?, ?, ?, ?, ?, 'FULL_DAY', ?, ?)
				""", placements);
	}

	private Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(9, 30).atZone(clock.getZone()).toInstant());
	}

	private static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(("tuoyu-demo-" + name).getBytes(StandardCharsets.UTF_8));
	}
}
