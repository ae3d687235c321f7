package org.tuoyu.staff.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.PhoneNumber;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.CertificateType;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.StaffRules;

/**
 * Demo staff (profile {@code demo}), deterministic from a seed: a head, a cook and usually a
 * health worker per institution and caregivers per class at the required ratio, with a realistic
 * mix of valid, expiring, expired and missing certificates, some under-staffed classes and two
 * ban cases (one for life; one for five years with the direct manager banned alongside).
 */
@Component
@Profile("demo")
@Order(70)
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private static final long SEED = 20260301L;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";

	private static final String GIVEN = "静敏丽娟艳芳婷雪梅兰红霞燕玲琳萍洁慧颖倩佳欣怡晓文春秋月云玉凤英华美丹";

	private final JdbcTemplate jdbc;

	private final Identities identities;

	private final StaffRules rules;

	private final Clock clock;

	private final List<Object[]> people = new ArrayList<>();

	private final List<Object[]> employments = new ArrayList<>();

	private final List<Object[]> certificates = new ArrayList<>();

	private final List<Object[]> assignments = new ArrayList<>();

	private final List<Object[]> trainings = new ArrayList<>();

	private int serial;

	private final RatioPolicy ratios;

	private final AccountManagement accounts;

	DemoStaff(JdbcTemplate jdbc, Identities identities, StaffRules rules, InstitutionManagement institutions,
			AccountManagement accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.identities = identities;
		this.rules = rules;
		this.ratios = new RatioPolicy(rules, institutions.rules());
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM staff_person", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Random random = new Random(SEED);
		Map<UUID, List<Object[]>> classes = new LinkedHashMap<>();
		jdbc.query("""
				SELECT i.id, c.id AS class_id, c.class_type, c.capacity FROM institution_institution i
				JOIN institution_class c ON c.institution_id = i.id ORDER BY i.id, c.name
				""", rs -> {
			classes.computeIfAbsent(rs.getObject("id", UUID.class), k -> new ArrayList<>())
				.add(new Object[] { rs.getObject("class_id", UUID.class), ClassType.valueOf(rs.getString("class_type")),
						rs.getInt("capacity") });
		});
		for (var entry : classes.entrySet()) {
			UUID institution = entry.getKey();
			UUID head = person(random, institution, StaffRole.HEAD, today);
			for (int i = 0; i < 2 + random.nextInt(3); i++) {
				trainings.add(new Object[] { uuid("training-" + serial + "-" + i), head, institution, "托育机构负责人培训（第" + (i + 1) + "期）",
						"无锡市妇幼保健院", BigDecimal.valueOf(8 + random.nextInt(17)), Date.valueOf(today.minusDays(30 + random.nextInt(600))) });
			}
			if (random.nextDouble() >= 0.1) {
				person(random, institution, StaffRole.HEALTH_WORKER, today);
			}
			person(random, institution, StaffRole.COOK, today);
			for (Object[] careClass : entry.getValue()) {
				int needed = ratios.caregiversNeeded((ClassType) careClass[1], (int) careClass[2]);
				if (random.nextDouble() < 0.12) {
					needed--;
				}
				for (int i = 0; i < needed; i++) {
					assignments.add(new Object[] { person(random, institution, StaffRole.CAREGIVER, today), careClass[0], institution });
				}
			}
		}
		write();
		UUID former = bannedFormerEmployee(random, classes.keySet().iterator().next(), today);
		ban(former, "虐待婴幼儿，经公安机关查证属实", "锡卫托禁〔2026〕1号", today.minusMonths(3), null, null);
		List<UUID> ids = new ArrayList<>(classes.keySet());
		UUID second = bannedFormerEmployee(random, ids.get(ids.size() / 2), today);
		UUID manager = bannedFormerEmployee(random, ids.get(ids.size() / 2), today);
		UUID principal = ban(second, "多次体罚婴幼儿", "锡卫托禁〔2026〕2号", today.minusMonths(1), today.plusYears(5).minusMonths(1), null);
		ban(manager, "多次体罚婴幼儿（直接负责的主管人员）", "锡卫托禁〔2026〕2号", today.minusMonths(1),
				today.plusYears(5).minusMonths(1), principal);
		classes.keySet().forEach(this::linkCaregiverAccounts);
		log.info("Demo staff created: {} people, 2 ban cases", serial);
	}

	/**
	 * Links the institution's caregiver accounts (the demo {@code caregiver}) to its caregivers in class
	 * order, so that each reaches the class of the person it signs in for.
	 */
	private void linkCaregiverAccounts(UUID institution) {
		List<UUID> accountIds = accounts.institutionAccounts(institution, Role.CAREGIVER);
		if (accountIds.isEmpty()) {
			return;
		}
		List<UUID> caregivers = jdbc.queryForList("""
				SELECT a.person_id FROM staff_assignment a JOIN institution_class c ON c.id = a.class_id
				WHERE a.institution_id = ? ORDER BY c.name, a.person_id
				""", UUID.class, institution);
		for (int i = 0; i < Math.min(accountIds.size(), caregivers.size()); i++) {
			jdbc.update("UPDATE staff_employment SET account_id = ? WHERE person_id = ? AND institution_id = ? AND ended_on IS NULL",
					accountIds.get(i), caregivers.get(i), institution);
		}
	}

	private UUID person(Random random, UUID institution, StaffRole role, LocalDate today) {
		serial++;
		UUID id = uuid("person-" + serial);
		LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(32 * 365));
		ResidentId residentId = ResidentId.withCheckCharacter("3202" + String.format("%02d", 2 + random.nextInt(12))
				+ birth.toString().replace("-", "") + String.format("%03d", serial % 1000));
		PhoneNumber phone = PhoneNumber.of("139" + String.format("%08d", 10_000_000 + serial * 37));
		String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
				+ GIVEN.charAt(random.nextInt(GIVEN.length()))
				+ (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
		var identity = identities.protect(residentId);
		people.add(new Object[] { id, name, identity.cipher(), identity.index(), identity.masked(),
				Date.valueOf(residentId.birthDate()), residentId.sex().name(), identities.encrypt(phone), phone.masked(),
				role == StaffRole.HEAD ? "BACHELOR" : null, role == StaffRole.HEAD ? 2008 + random.nextInt(14) : null });
		employments.add(new Object[] { uuid("employment-" + serial), id, institution, role.name(),
				Date.valueOf(today.minusDays(60 + random.nextInt(1500))) });
		certificate(random, id, CertificateType.HEALTH, null, today, true);
		certificate(random, id, CertificateType.NO_CRIMINAL_RECORD, null, today, false);
		if (role == StaffRole.CAREGIVER) {
			boolean infantCarer = random.nextDouble() < 0.3;
			certificate(random, id, infantCarer ? CertificateType.INFANT_CARER : CertificateType.CAREGIVER,
					infantCarer ? null : 3 + random.nextInt(3), today, false);
		}
		return id;
	}

	/** Most valid; about 5 % expiring within the warning window, 3 % expired, 3 % missing. */
	private void certificate(Random random, UUID person, CertificateType type, Integer level, LocalDate today,
			boolean expires) {
		double roll = random.nextDouble();
		if (roll < 0.03) {
			return;
		}
		LocalDate issued = today.minusDays(30 + random.nextInt(700));
		LocalDate expiry = null;
		if (expires) {
			expiry = roll < 0.08 ? today.plusDays(1 + random.nextInt(rules.expiryWarningDays()))
					: roll < 0.11 ? today.minusDays(1 + random.nextInt(90)) : today.plusDays(31 + random.nextInt(300));
			issued = expiry.minusYears(1).isAfter(today) ? today.minusDays(1) : expiry.minusYears(1);
		}
		certificates.add(new Object[] { uuid("certificate-" + person + type), person, type.name(), level,
				type.name().substring(0, 2) + "-" + (100000 + serial), "无锡市卫生健康委员会", Date.valueOf(issued),
				expiry == null ? null : Date.valueOf(expiry) });
	}

	private UUID bannedFormerEmployee(Random random, UUID institution, LocalDate today) {
		UUID id = person(random, institution, StaffRole.CAREGIVER, today);
		write();
		jdbc.update("UPDATE staff_employment SET started_on = ?, ended_on = ? WHERE person_id = ?",
				Date.valueOf(today.minusYears(3)), Date.valueOf(today.minusMonths(4)), id);
		return id;
	}

	private UUID ban(UUID person, String reason, String document, LocalDate decidedOn, LocalDate until, UUID principal) {
		UUID id = uuid("ban-" + person);
		jdbc.update("""
				INSERT INTO staff_ban (id, resident_id, resident_id_index, resident_id_masked, name, reason, decision_document,
				  decided_on, until, principal_ban_id, division_code, recorded_by)
				SELECT ?, resident_id, resident_id_index, resident_id_masked, name, ?, ?, ?, ?, ?, '3202', ? FROM staff_person
				WHERE id = ?
				""", id, reason, document, Date.valueOf(decidedOn), until == null ? null : Date.valueOf(until), principal,
				uuid("demo-regulator"), person);
		return id;
	}

	private void write() {
		jdbc.batchUpdate("""
				INSERT INTO staff_person (id, name, resident_id, resident_id_index, resident_id_masked, birth_date, sex, phone,
				  phone_masked, education, experience_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", people);
		jdbc.batchUpdate("""
				INSERT INTO staff_employment (id, person_id, institution_id, role, started_on) VALUES (?, ?, ?, ?, ?)
				""", employments);
		jdbc.batchUpdate("""
				INSERT INTO staff_certificate (id, person_id, type, level, number, issuer, issued_on, expires_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""", certificates);
		jdbc.batchUpdate("INSERT INTO staff_assignment (person_id, class_id, institution_id) VALUES (?, ?, ?)", assignments);
		jdbc.batchUpdate("""
				INSERT INTO staff_training (id, person_id, institution_id, course, provider, hours, taken_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", trainings);
		people.clear();
		employments.clear();
		certificates.clear();
		assignments.clear();
		trainings.clear();
	}

	private static UUID uuid(String name) {
		return UUID.nameUUIDFromBytes(("tuoyu-demo-staff-" + name).getBytes(StandardCharsets.UTF_8));
	}
}
