package org.tuoyu.guidance.register;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.family.FamilyManagement;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.platform.PersonalDataProtection;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.shared.Sex;
import org.tuoyu.statistics.ChildPopulationEstimate;

/**
 * Demo register of children 0–3 (profile {@code demo}), deterministic from a seed: every street of
 * the city gets a sample of one in {@value #SAMPLE} of its estimated children 0–3 (its demo
 * residents × the city's share of children in the plan's baseline, {@link ChildPopulationEstimate}),
 * born over the last 36 months, each in one of the street's communities, with a valid resident ID
 * and a guardian's mobile number: about 104,000 children for Wuxi. A sample, because a year of
 * sessions for the whole city (some two million bookings and services) would make the demo start
 * take two minutes longer on two cores; the indicators are shares, so a sample shows the same
 * figures.
 *
 * <p>The demo families' children (the enrollment demo's) are the same children as the register's:
 * those with a resident ID come in through the import's own rules and rows, carrying the number the
 * family recorded (so the blind indexes match) and linked to the family's child, {@code enrolled}
 * when placed; those without one joined the register as a guardian booking guidance does. A few
 * more children turned 3 in the last two months and leave through the nightly aged-out rule, and
 * about one in seventy moved away, with a reason.
 */
@Component
@Profile("demo")
@Order(110)
class DemoRegister implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

	private static final long SEED = 20261207L;

	/** One child of the register for every this many the estimate counts. */
	static final int SAMPLE = 2;

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈钱顾华陆缪浦";

	private static final String[] GIVEN = { "子涵", "一诺", "欣怡", "梓萱", "浩然", "宇轩", "若汐", "沐辰", "可馨", "俊熙", "语桐",
			"皓轩", "诗涵", "梓睿", "依依", "乐乐", "安然", "思远", "嘉怡", "铭泽", "书瑶", "睿哲", "雨桐", "博文", "芊芊", "天佑",
			"星辰", "悦", "朵朵", "小满", "知夏", "景行", "锦程", "亦舒", "子墨", "晨曦", "明轩", "念安" };

	private static final String[] ADULT = { "丽", "敏", "静", "燕", "娟", "婷", "强", "伟", "磊", "军", "洋", "勇", "杰", "芳", "霞",
			"雪", "涛", "斌", "琳", "蕾" };

	private static final String[] MOVED = { "随父母迁居上海市", "户籍迁出本市（苏州市）", "随父母赴外省工作", "家庭迁居南京市",
			"随父母回原籍（安徽省）", "迁居杭州市" };

	private final JdbcTemplate jdbc;

	private final RegisterChecks checks;

	private final RegisterRows rows;

	private final PersonalDataProtection protection;

	private final RegionManagement region;

	private final ChildPopulationEstimate population;

	private final GuidanceRules rules;

	private final Clock clock;

	private final String city;

	private final Set<String> residentIds = new HashSet<>();

	DemoRegister(JdbcTemplate jdbc, RegisterChecks checks, RegisterRows rows, PersonalDataProtection protection,
			RegionManagement region, ChildPopulationEstimate population, GuidanceRules rules, Clock clock,
			@Value("${tuoyu.admin.city-division:3202}") String city) {
		this.jdbc = jdbc;
		this.checks = checks;
		this.rows = rows;
		this.protection = protection;
		this.region = region;
		this.population = population;
		this.rules = rules;
		this.clock = clock;
		this.city = city;
	}

	/** A demo family's child: the family's record, its guardian and whether it holds a place now. */
	private record FamilyChild(UUID id, String name, Sex sex, LocalDate birth, String residentId, String street,
			UUID guardian, String phone, String guardianName, boolean placed) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM guidance_child", Long.class);
		if (existing == null || existing > 0) {
			return;
		}
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime now = OffsetDateTime.now(clock);
		DivisionCode area = DivisionCode.of(city);
		List<Division> streets = region.streetsUnder(area);
		Map<String, ChildPopulationEstimate.ChildCount> counts = population.childrenZeroToThree(
				streets.stream().map(s -> s.code().value()).toList(), today.getYear());
		Map<String, List<FamilyChild>> families = familyChildren();
		List<RegisterRows.NewRow> imported = new ArrayList<>();
		List<FamilyChild> withoutId = new ArrayList<>();
		List<RegisterRows.NewRow> leaving = new ArrayList<>();
		for (Division street : streets) {
			String code = street.code().value();
			List<String> communities = region.subdivisionsOf(street.code()).stream().map(d -> d.code().value()).toList();
			ChildPopulationEstimate.ChildCount count = counts.get(code);
			if (communities.isEmpty() || count == null || count.children() == null) {
				continue;
			}
			Set<String> known = new HashSet<>(communities);
			Random random = new Random(SEED + code.hashCode());
			List<FamilyChild> family = families.getOrDefault(code, List.of());
			for (FamilyChild child : family) {
				String community = communities.get(random.nextInt(communities.size()));
				if (child.residentId() == null) {
					withoutId.add(child);
					continue;
				}
				Candidate candidate = checks.check(new NewRegisterChild(child.name(), child.sex(), child.birth(),
						child.residentId(), community, child.guardianName(), child.phone(), origin(random)), area,
						known::contains, true, today);
				imported.add(new RegisterRows.NewRow(id(child.id().toString()), candidate, child.id(), child.placed(), "IMPORT",
						null));
			}
			long sampled = (count.children() + SAMPLE - 1) / SAMPLE;
			long newborns = Math.max(0, sampled - family.size());
			LocalDate eldest = today.minusMonths(rules.registerMaxAgeMonths()).plusDays(1);
			int days = (int) ChronoUnit.DAYS.between(eldest, today.minusDays(3));
			for (long i = 0; i < newborns; i++) {
				RegisterRows.NewRow row = newChild(random, code, communities, known, area,
						eldest.plusDays(random.nextInt(days)), today);
				imported.add(row);
				if (random.nextInt(70) == 0) {
					leaving.add(row);
				}
			}
			// children who turned 3 in the last two months, registered as newborns and aged out since
			for (long i = 0; i < sampled / 18; i++) {
				LocalDate birth = eldest.minusDays(1 + random.nextInt(60));
				imported.add(newChild(random, code, communities, known, area, birth, birth.plusDays(30)));
			}
		}
		long checked = System.nanoTime();
		Map<LocalDate, List<RegisterRows.NewRow>> byImport = new TreeMap<>();
		imported.forEach(row -> byImport.computeIfAbsent(importDay(row.child().birthDate(), today), k -> new ArrayList<>())
			.add(row));
		int written = 0;
		for (Map.Entry<LocalDate, List<RegisterRows.NewRow>> batch : byImport.entrySet()) {
			written += rows.insert(batch.getValue(), null, batch.getKey(), now);
		}
		long inserted = System.nanoTime();
		insertWithoutId(withoutId, today, now);
		int aged = rows.ageOut(today, rules.registerMaxAgeMonths(), now);
		int moved = moveAway(leaving, today, now);
		log.info("Demo register: {} children in {} streets ({} of demo families, {} of them without an ID), {} aged out, "
				+ "{} moved away, in {} ms (checked in {} ms, written in {} ms)", written + withoutId.size(), streets.size(),
				imported.stream().filter(r -> r.familyChildId() != null).count() + withoutId.size(), withoutId.size(), aged,
				moved, (System.nanoTime() - started) / 1_000_000, (checked - started) / 1_000_000,
				(inserted - checked) / 1_000_000);
	}

	/** A child the maternal and child health system knows, checked by the import's rules on the day it registered. */
	private RegisterRows.NewRow newChild(Random random, String street, List<String> communities, Set<String> known,
			DivisionCode area, LocalDate birth, LocalDate registeredOn) {
		Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		String name = surname + GIVEN[random.nextInt(GIVEN.length)];
		String guardian = (random.nextInt(3) == 0 ? surname : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length()))))
				+ ADULT[random.nextInt(ADULT.length)];
		String phone = "1" + "35789".charAt(random.nextInt(5)) + String.format("%09d", random.nextInt(1_000_000_000));
		String community = communities.get(random.nextInt(communities.size()));
		Candidate candidate = checks.check(new NewRegisterChild(name, sex, birth, residentId(random, street, birth, sex),
				community, guardian, phone, origin(random)), area, known::contains, true, registeredOn);
		return new RegisterRows.NewRow(id(candidate.residentId().value()), candidate, null, false, "IMPORT", null);
	}

	/** A resident ID issued in the street's county, unused by any other demo child. */
	private String residentId(Random random, String street, LocalDate birth, Sex sex) {
		String prefix = street.substring(0, 6) + birth.toString().replace("-", "");
		while (true) {
			int serial = random.nextInt(499) * 2 + (sex == Sex.MALE ? 1 : 2);
			String first17 = prefix + String.format("%03d", serial);
			if (residentIds.add(first17)) {
				return ResidentId.withCheckCharacter(first17).value();
			}
		}
	}

	/**
	 * The day the maternal and child health system's weekly upload brought a child in: the Monday
	 * after its newborn visit (a month after birth), or today for the youngest.
	 */
	private static LocalDate importDay(LocalDate birth, LocalDate today) {
		LocalDate visit = birth.plusDays(30);
		LocalDate monday = visit.plusDays((8 - visit.getDayOfWeek().getValue()) % 7);
		return monday.isAfter(today) ? today : monday;
	}

	/** The entry's id, the same in every demo database (so that the sessions demo draws the same children). */
	private static UUID id(String key) {
		return UUID.nameUUIDFromBytes(("tuoyu-demo-register-" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static RegisterOrigin origin(Random random) {
		return random.nextInt(4) == 0 ? RegisterOrigin.BIRTH_REGISTRATION : RegisterOrigin.NEWBORN_VISIT;
	}

	/** The demo families' children by their home street, with the numbers their families recorded. */
	private Map<String, List<FamilyChild>> familyChildren() {
		Map<String, List<FamilyChild>> byStreet = new HashMap<>();
		jdbc.query("""
				SELECT c.id, c.name, c.sex, c.birth_date, c.resident_id, a.home_street, g.account_id, p.username,
				  p.display_name, EXISTS (SELECT 1 FROM enrollment_placement pl WHERE pl.child_id = c.id
				    AND pl.status = 'ACTIVE') AS placed
				FROM family_child c
				JOIN enrollment_application a ON a.child_id = c.id
				JOIN LATERAL (SELECT account_id FROM family_guardianship WHERE child_id = c.id ORDER BY account_id LIMIT 1) g
				  ON true
				JOIN platform_account p ON p.id = g.account_id
				ORDER BY c.id
				""", rs -> {
			byte[] stored = rs.getBytes("resident_id");
			String residentId = stored == null ? null : protection.decrypt(FamilyManagement.CHILD_RESIDENT_ID, stored);
			if (residentId != null) {
				residentIds.add(residentId.substring(0, 17));
			}
			String street = rs.getString("home_street");
			byStreet.computeIfAbsent(street, k -> new ArrayList<>())
				.add(new FamilyChild(rs.getObject("id", UUID.class), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
						rs.getObject("birth_date", LocalDate.class), residentId, street, rs.getObject("account_id", UUID.class),
						phone(rs.getString("username"), rs.getObject("account_id", UUID.class)), rs.getString("display_name"),
						rs.getBoolean("placed")));
		});
		return byStreet;
	}

	/** The guardian's mobile number: the sign-in name, or one made up for a demo account named otherwise. */
	private static String phone(String username, UUID account) {
		return username.matches("1[3-9][0-9]{9}") ? username
				: "139" + String.format("%08d", Math.floorMod(account.hashCode(), 100_000_000));
	}

	/**
	 * The families' children without a resident ID, entered as a guardian booking guidance enters
	 * them ({@link RegisterChildren#ensureForFamilyChild}): linked to the family's child, living in
	 * a community of the family's home street.
	 */
	private void insertWithoutId(List<FamilyChild> children, LocalDate today, OffsetDateTime now) {
		Map<String, List<String>> communities = new HashMap<>();
		List<Object[]> batch = new ArrayList<>();
		for (FamilyChild child : children) {
			List<String> options = communities.computeIfAbsent(child.street(),
					street -> region.subdivisionsOf(DivisionCode.of(street)).stream().map(d -> d.code().value()).toList());
			String community = options.get(Math.floorMod(child.id().hashCode(), options.size()));
			batch.add(new Object[] { id(child.id().toString()), child.name(), child.sex().name(), child.birth(), child.street(), community,
					child.id(), child.placed(), today, child.guardian(), now, now });
		}
		jdbc.batchUpdate("""
				INSERT INTO guidance_child (id, name, sex, birth_date, division_code, community_code, family_child_id, enrolled,
				  source, registered_on, created_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'FAMILY', ?, ?, ?, ?)
				""", batch);
	}

	/** Some children moved away since they were registered, each with a reason and a day. */
	private int moveAway(List<RegisterRows.NewRow> children, LocalDate today, OffsetDateTime now) {
		Random random = new Random(SEED);
		int moved = 0;
		for (RegisterRows.NewRow child : children) {
			LocalDate registered = importDay(child.child().birthDate(), today);
			if (!registered.isBefore(today)) {
				continue;
			}
			LocalDate day = registered.plusDays(random.nextLong(ChronoUnit.DAYS.between(registered, today) + 1));
			if (rows.exit(child.id(), new RegisterExit(RegisterStatus.MOVED_AWAY, MOVED[random.nextInt(MOVED.length)], day),
					null, now)) {
				moved++;
			}
		}
		return moved;
	}
}
