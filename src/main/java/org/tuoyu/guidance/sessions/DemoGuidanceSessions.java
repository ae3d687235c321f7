package org.tuoyu.guidance.sessions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.tuoyu.guidance.services.ServiceKind;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.guidance.demo.DemoRows;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.NewOfficerAccount;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.platform.web.PdfDocument;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.statistics.StatisticsManagement;

/**
 * Demo guidance providers, commissions and a year of sessions (profile {@code demo}), deterministic
 * from a seed, over the demo register.
 *
 * <p>Every county-level district gets four providers (its maternal and child health centre, a
 * community health centre, a demonstration institution and a commissioned company) with their
 * qualification documents and one worker account each ({@code provider} for the community health
 * centre of 崇安寺街道 in 梁溪, {@code provider-<district>-<n>} for the others), commissioned by the
 * county (online sessions and home visits) and by every street (sessions in its communities), one
 * commission per calendar year, sized to what was run. The community health account
 * {@code community} works for 崇安寺街道. All go through {@link ProviderManagement} and
 * {@link AccountManagement}.
 *
 * <p>Sessions of the last twelve months are written set-based, a few thousand rows per statement,
 * keeping the invariants of {@link SessionManagement#attend}: each attendance is a booking with a
 * seat, attended once (by QR code when the family is on the platform, else from the provider's
 * list) and one free guidance service of the session's day in the child's street and community at
 * the time; the yearly counts per child and the served communities are then computed from those
 * services exactly as {@code GuidanceServices} keeps them. How many sessions a child attended
 * depends on its district, so that guidance rate, six-session share and community coverage
 * differ (惠山 and 梁溪 ahead, 宜兴 behind, with some of its villages unreached). The next three
 * weeks hold a session in every community, some full with a waitlist. The demo {@code parent}'s
 * home-cared child attended two sessions this year and a third recorded two days ago through
 * {@link SessionManagement#recordAttendance}, rated it, and booked two coming sessions through
 * {@link BookingManagement#book} (one seat, one waitlist place): “今年已参加 3/6 次”. The
 * {@code community} worker planned two home visits through {@link SessionManagement#planHomeVisit}.
 */
@Component
@Profile("demo")
@Order(111)
class DemoGuidanceSessions implements ApplicationRunner {

	static final String PASSWORD = "tuoyu2026demo";

	private static final Logger log = LoggerFactory.getLogger(DemoGuidanceSessions.class);

	private static final long SEED = 20261208L;

	private static final int UPCOMING_DAYS = 21;

	private static final String COMMUNITY_STREET = "320213021";

	private static final String[] BANDS = { "YOUNG_INFANT", "OLDER_INFANT", "TODDLER", "OLDER_TODDLER" };

	private static final String[] THEMES = { "FEEDING", "SLEEP", "LANGUAGE", "MOVEMENT", "SAFETY", "EMOTIONS", "ILLNESS" };

	private static final String[] ROOMS = { "党群服务中心多功能室", "新时代文明实践站", "社区卫生服务站健康教育室", "邻里中心亲子活动室" };

	private static final String[] NAMES = { "吴燕", "陈洁", "张敏", "顾婷", "钱丽", "周静", "朱慧", "华芳", "孙倩", "陆颖", "蒋璐" };

	private static final String[] COMMENTS = { "老师讲得很细，宝宝很喜欢", "很实用，回家就用上了", "希望多开几场", "时间安排合适，环境很好",
			"解答了我们喂养的困惑", "" };

	/** How a district's families take part: guided share of home-cared children, share reaching the quota, villages unreached. */
	private record Pace(double guided, double quota, double unreached) {
	}

	private static final Map<String, Pace> PACES = Map.of("320206", new Pace(0.99, 0.85, 0.0), "320213",
			new Pace(0.98, 0.78, 0.0), "320211", new Pace(0.95, 0.65, 0.02), "320214", new Pace(0.93, 0.60, 0.03),
			"320205", new Pace(0.91, 0.52, 0.05), "320281", new Pace(0.88, 0.45, 0.08), "320282",
			new Pace(0.78, 0.30, 0.20));

	private static final Pace USUAL = new Pace(0.85, 0.45, 0.05);

	private final JdbcTemplate jdbc;

	private final ProviderManagement providers;

	private final SessionManagement sessions;

	private final BookingManagement bookings;

	private final AccountManagement accounts;

	private final RegionManagement region;

	private final StatisticsManagement statistics;

	private final Clock clock;

	private final String city;

	DemoGuidanceSessions(JdbcTemplate jdbc, ProviderManagement providers, SessionManagement sessions,
			BookingManagement bookings, AccountManagement accounts, RegionManagement region, StatisticsManagement statistics,
			Clock clock, @Value("${tuoyu.admin.city-division:3202}") String city) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.sessions = sessions;
		this.bookings = bookings;
		this.accounts = accounts;
		this.region = region;
		this.statistics = statistics;
		this.clock = clock;
		this.city = city;
	}

	/** A provider with its worker's account, as the demo made them. */
	private record DemoProvider(UUID id, ProviderKind kind, String home, UUID worker, String username, String name) {

		CurrentUser user() {
			return new CurrentUser(worker, username, name, Role.GUIDANCE_PROVIDER, DataScope.provider(id));
		}
	}

	/** A child of the register as the sessions need it. */
	private record Kid(UUID id, String street, String community, LocalDate birth, boolean enrolled, LocalDate end,
			UUID familyChild, UUID guardian) {

		int ageMonths(LocalDate day) {
			return (int) ChronoUnit.MONTHS.between(birth, day);
		}

		int band(LocalDate day) {
			int age = ageMonths(day);
			return age < 6 ? 0 : age < 12 ? 1 : age < 24 ? 2 : 3;
		}
	}

	/** A child's place in a session: a seat or the waitlist, and whether it came. */
	private record Seat(Kid kid, BookingStatus status, boolean attended) {
	}

	/** A session planned in memory, its commission known once the commissions are made. */
	private static final class Planned {

		final UUID id = UuidV7.next();

		final DemoProvider provider;

		final String area;

		final ServiceKind kind;

		final String topic;

		final String division;

		final String place;

		final String url;

		final OffsetDateTime starts;

		final List<Seat> seats = new ArrayList<>();

		int capacity;

		UUID commission;

		Kid plannedFor;

		Planned(DemoProvider provider, String area, ServiceKind kind, String topic, String division, String place,
				String url, OffsetDateTime starts) {
			this.provider = provider;
			this.area = area;
			this.kind = kind;
			this.topic = topic;
			this.division = division;
			this.place = place;
			this.url = url;
			this.starts = starts;
		}

		String commissionKey() {
			return provider.id() + "/" + area + "/" + starts.getYear();
		}
	}

	/** A month of the past year and its days that lie in the past year (the current month up to yesterday). */
	private record Month(YearMonth month, LocalDate first, LocalDate last) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CurrentUser admin = DemoRows.firstRun(jdbc, accounts, city, "guidance_provider").orElse(null);
		if (admin == null) {
			return;
		}
		long started = System.nanoTime();
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(clock);
		List<Division> districts = region.subdivisionsOf(DivisionCode.of(city));
		Map<String, List<DemoProvider>> providersOf = new LinkedHashMap<>();
		for (int d = 0; d < districts.size(); d++) {
			providersOf.put(districts.get(d).code().value(), providers(admin, districts.get(d), d, random));
		}
		UUID community = communityAccount(admin);
		Map<String, List<Kid>> kidsByStreet = kids();
		Kid parentChild = parentChild(kidsByStreet);
		List<Planned> planned = new ArrayList<>();
		Map<String, DemoProvider> streetProvider = new HashMap<>();
		for (Division district : districts) {
			String code = district.code().value();
			List<DemoProvider> own = providersOf.get(code);
			List<Division> streets = region.subdivisionsOf(district.code());
			Map<String, List<Kid>> online = new LinkedHashMap<>();
			for (int s = 0; s < streets.size(); s++) {
				String street = streets.get(s).code().value();
				DemoProvider provider = street.equals(own.get(1).home()) ? own.get(1) : own.get(1 + s % 3);
				streetProvider.put(street, provider);
				planStreet(planned, online, random, provider, own.get(0), PACES.getOrDefault(code, USUAL), streets.get(s),
						kidsByStreet.getOrDefault(street, List.of()), parentChild, today);
			}
			planOnline(planned, online, random, own.get(0), code, today);
		}
		Planned recent = parentChild == null ? null : planParent(planned, random, parentChild,
				streetProvider.get(parentChild.street()), kidsByStreet.get(parentChild.street()), today);
		commission(admin, planned, providersOf, streetProvider, today);
		long planning = System.nanoTime();
		int attendances = write(planned, random, today);
		long writing = System.nanoTime();
		showcase(recent, parentChild, planned, community, today);
		statistics.figuresChanged();
		log.info("Demo guidance: {} providers, {} sessions, {} attendances, in {} ms (planned in {} ms, written in {} ms)",
				providersOf.values().stream().mapToInt(List::size).sum(), planned.size(), attendances,
				(System.nanoTime() - started) / 1_000_000, (planning - started) / 1_000_000, (writing - planning) / 1_000_000);
	}

	/** The four providers of a district with their documents and workers. */
	private List<DemoProvider> providers(CurrentUser admin, Division district, int index, Random random) {
		String code = district.code().value();
		List<Division> streets = region.subdivisionsOf(district.code());
		String centreStreet = streets.stream().map(s -> s.code().value()).filter(COMMUNITY_STREET::equals).findFirst()
			.orElse(streets.isEmpty() ? code : streets.get(0).code().value());
		String centreName = streets.stream().filter(s -> s.code().value().equals(centreStreet)).map(Division::name)
			.findFirst().orElse(district.name());
		String shortName = district.name().substring(0, district.name().length() - 1);
		List<DemoProvider> made = new ArrayList<>();
		Object[][] kinds = { { ProviderKind.MATERNAL_CHILD_HEALTH, district.name() + "妇幼保健院", code, "12" },
				{ ProviderKind.COMMUNITY_HEALTH_CENTRE, centreName + "社区卫生服务中心", centreStreet, "12" },
				{ ProviderKind.DEMONSTRATION_INSTITUTION, district.name() + "阳光示范托育园", code, "52" },
				{ ProviderKind.COMMISSIONED_COMPANY, "无锡" + shortName + "启蒙家庭教育服务有限公司", code, "91" } };
		for (int k = 0; k < kinds.length; k++) {
			ProviderKind kind = (ProviderKind) kinds[k][0];
			String name = (String) kinds[k][1];
			String home = (String) kinds[k][2];
			String credit = CreditCode.withCheckCharacter(kinds[k][3] + code + String.format("%09d", 466_000_000 + index * 10 + k))
				.value();
			String contact = NAMES[random.nextInt(NAMES.length)];
			UUID id = providers.register(admin, new NewProvider(name, kind, credit, contact,
					"0510-8" + String.format("%07d", random.nextInt(10_000_000)), home));
			providers.addDocument(admin, id, ProviderDocumentType.LICENCE, "营业执照.pdf", document(name, "营业执照（副本）", credit));
			boolean medical = kind == ProviderKind.MATERNAL_CHILD_HEALTH || kind == ProviderKind.COMMUNITY_HEALTH_CENTRE;
			providers.addDocument(admin, id, medical ? ProviderDocumentType.MEDICAL_LICENCE : ProviderDocumentType.QUALIFICATION,
					medical ? "医疗机构执业许可证.pdf" : "育儿指导服务资质.pdf",
					document(name, medical ? "医疗机构执业许可证" : "育儿指导服务资质证明", credit));
			String username = COMMUNITY_STREET.equals(home) ? "provider" : "provider-" + code + "-" + (k + 1);
			String worker = name + " 指导员" + NAMES[random.nextInt(NAMES.length)];
			UUID account = providers.addWorker(admin, id, username, worker.length() > 50 ? worker.substring(0, 50) : worker,
					PASSWORD);
			made.add(new DemoProvider(id, kind, home, account, username, worker));
		}
		return made;
	}

	private static byte[] document(String provider, String title, String credit) {
		return PdfDocument.titled(title, provider)
			.facts("演示材料", Map.of("机构名称", provider, "统一社会信用代码", credit, "说明", "本文件为演示数据，不具法律效力"))
			.toBytes();
	}

	/** The community health worker of 崇安寺街道, if the street exists. */
	private UUID communityAccount(CurrentUser admin) {
		if (region.nameOf(DivisionCode.of(COMMUNITY_STREET)).isEmpty()) {
			return null;
		}
		return accounts.createOfficer(admin, new NewOfficerAccount("community", "崇安寺街道社区卫生服务中心 吴燕",
				Role.COMMUNITY_HEALTH, COMMUNITY_STREET, PASSWORD));
	}

	/** The register's children by street, with a guardian on the platform when the family is. */
	private Map<String, List<Kid>> kids() {
		Map<String, List<Kid>> byStreet = new HashMap<>();
		jdbc.query("""
				SELECT c.id, c.division_code, c.community_code, c.birth_date, c.enrolled, c.exited_on, c.family_child_id,
				  (SELECT min(g.account_id::text) FROM family_guardianship g WHERE g.child_id = c.family_child_id) AS guardian
				FROM guidance_child c WHERE c.status <> 'DUPLICATE' AND c.community_code IS NOT NULL
				ORDER BY c.division_code, c.birth_date, c.id
				""", rs -> {
			LocalDate birth = rs.getObject("birth_date", LocalDate.class);
			LocalDate exited = rs.getObject("exited_on", LocalDate.class);
			LocalDate thirdBirthday = birth.plusMonths(36);
			LocalDate end = exited != null && exited.isBefore(thirdBirthday) ? exited : thirdBirthday;
			String guardian = rs.getString("guardian");
			byStreet.computeIfAbsent(rs.getString("division_code"), k -> new ArrayList<>())
				.add(new Kid(rs.getObject("id", UUID.class), rs.getString("division_code"), rs.getString("community_code"),
						birth, rs.getBoolean("enrolled"), end.minusDays(1), rs.getObject("family_child_id", UUID.class),
						guardian == null ? null : UUID.fromString(guardian)));
		});
		return byStreet;
	}

	/** The demo parent's child cared for at home, if the register has it. */
	private Kid parentChild(Map<String, List<Kid>> kids) {
		List<UUID> ids = jdbc.queryForList("""
				SELECT c.id FROM guidance_child c JOIN family_guardianship g ON g.child_id = c.family_child_id
				JOIN platform_account a ON a.id = g.account_id
				WHERE a.username = 'parent' AND NOT c.enrolled AND c.status = 'ACTIVE' AND c.community_code IS NOT NULL
				ORDER BY c.birth_date
				""", UUID.class);
		if (ids.isEmpty()) {
			return null;
		}
		return kids.values().stream().flatMap(List::stream).filter(k -> k.id().equals(ids.get(0))).findFirst().orElse(null);
	}

	/**
	 * A street's past year: each child attends sessions on some months by its district's pace, in
	 * its community (a few online, by the county), grouped into sessions by community, month and
	 * age band; newborns get a home visit; then one coming session in each community.
	 */
	private void planStreet(List<Planned> planned, Map<String, List<Kid>> online, Random random, DemoProvider provider,
			DemoProvider county, Pace pace, Division street, List<Kid> kids, Kid parentChild, LocalDate today) {
		List<Division> communities = region.subdivisionsOf(street.code());
		Map<String, String> names = new HashMap<>();
		communities.forEach(c -> names.put(c.code().value(), c.name()));
		Set<String> unreached = new HashSet<>();
		for (Division c : communities) {
			boolean own = parentChild != null && c.code().value().equals(parentChild.community());
			if (!own && random.nextDouble() < pace.unreached()) {
				unreached.add(c.code().value());
			}
		}
		List<Month> months = months(today);
		Map<String, List<Kid>> buckets = new LinkedHashMap<>();
		String districtCode = street.code().value().substring(0, 6);
		for (Kid kid : kids) {
			if (unreached.contains(kid.community()) || parentChild != null && kid.id().equals(parentChild.id())) {
				continue;
			}
			List<Month> open = months.stream().filter(m -> !kid.birth().plusDays(14).isAfter(m.first())
					&& !kid.end().isBefore(m.last())).toList();
			List<Month> thisYear = new ArrayList<>(open.stream().filter(m -> m.month().getYear() == today.getYear()).toList());
			List<Month> lastYear = new ArrayList<>(open.stream().filter(m -> m.month().getYear() != today.getYear()).toList());
			int count;
			if (kid.enrolled()) {
				count = random.nextDouble() < 0.6 ? 1 + random.nextInt(2) : 0;
			}
			else if (random.nextDouble() < pace.guided()) {
				count = random.nextDouble() < pace.quota() ? 6 + (random.nextInt(4) == 0 ? 1 : 0) : 1 + random.nextInt(5);
			}
			else {
				count = 0;
			}
			Collections.shuffle(thisYear, random);
			List<Month> chosen = new ArrayList<>(thisYear.subList(0, Math.min(count, thisYear.size())));
			if (count > 0 && !lastYear.isEmpty() && random.nextBoolean()) {
				chosen.add(lastYear.get(random.nextInt(lastYear.size())));
			}
			for (Month month : chosen) {
				int band = kid.band(month.first().plusDays(14));
				String key = month.month() + "/" + band;
				if (random.nextDouble() < 0.12) {
					online.computeIfAbsent(key, k -> new ArrayList<>()).add(kid);
				}
				else {
					buckets.computeIfAbsent(kid.community() + "/" + key, k -> new ArrayList<>()).add(kid);
				}
			}
			if (!kid.enrolled() && count > 0 && !open.isEmpty() && kid.band(open.get(0).first()) == 0
					&& random.nextDouble() < 0.25) {
				Month month = open.get(0);
				Planned visit = new Planned(county, districtCode, ServiceKind.HOME_VISIT,
						BANDS[0] + "_" + THEMES[random.nextInt(THEMES.length)], kid.community(), null, null,
						at(day(random, month), random.nextBoolean() ? 10 : 15, 0));
				visit.capacity = 1;
				visit.plannedFor = kid;
				visit.seats.add(new Seat(kid, BookingStatus.BOOKED, true));
				planned.add(visit);
			}
		}
		for (Map.Entry<String, List<Kid>> bucket : buckets.entrySet()) {
			String[] key = bucket.getKey().split("/");
			Month month = months.stream().filter(m -> m.month().toString().equals(key[1])).findFirst().orElseThrow();
			int band = Integer.parseInt(key[2]);
			List<Kid> members = bucket.getValue();
			Collections.shuffle(members, random);
			for (int from = 0; from < members.size(); from += 30) {
				List<Kid> seated = members.subList(from, Math.min(members.size(), from + 30));
				Planned session = inPerson(random, provider, street.code().value(), key[0], names.get(key[0]), band,
						at(day(random, month), random.nextBoolean() ? 9 : 15, 30));
				seated.forEach(kid -> session.seats.add(new Seat(kid, BookingStatus.BOOKED, true)));
				noShows(random, session, kids, key[0], seated.size() + random.nextInt(3));
				planned.add(session);
			}
		}
		for (Division community : communities) {
			if (unreached.contains(community.code().value())) {
				continue;
			}
			int band = random.nextInt(4);
			LocalDate day = today.plusDays(1 + random.nextInt(UPCOMING_DAYS));
			Planned session = inPerson(random, provider, street.code().value(), community.code().value(), community.name(),
					band, at(day, random.nextBoolean() ? 9 : 15, 30));
			List<Kid> here = kids.stream()
				.filter(k -> k.community().equals(community.code().value()) && !k.enrolled() && k.end().isAfter(day)
						&& !k.birth().isAfter(today) && k.band(day) == band && (parentChild == null || !k.id().equals(parentChild.id())))
				.toList();
			boolean full = random.nextInt(5) == 0;
			int wanted = full ? session.capacity + 1 + random.nextInt(4) : (int) (session.capacity * (0.3 + random.nextDouble() * 0.6));
			List<Kid> shuffled = new ArrayList<>(here);
			Collections.shuffle(shuffled, random);
			for (Kid kid : shuffled.subList(0, Math.min(wanted, shuffled.size()))) {
				session.seats.add(new Seat(kid, session.seats.size() < session.capacity ? BookingStatus.BOOKED
						: BookingStatus.WAITLISTED, false));
			}
			planned.add(session);
		}
	}

	/** The county's online sessions of the year: one per month and age band, as many as the attendances need. */
	private void planOnline(List<Planned> planned, Map<String, List<Kid>> online, Random random, DemoProvider county,
			String district, LocalDate today) {
		List<Month> months = months(today);
		for (Map.Entry<String, List<Kid>> bucket : online.entrySet()) {
			String[] key = bucket.getKey().split("/");
			Month month = months.stream().filter(m -> m.month().toString().equals(key[0])).findFirst().orElseThrow();
			List<Kid> members = bucket.getValue();
			for (int from = 0; from < members.size(); from += 450) {
				Planned session = onlineSession(random, county, district, Integer.parseInt(key[1]),
						at(day(random, month), 20, 0));
				members.subList(from, Math.min(members.size(), from + 450))
					.forEach(kid -> session.seats.add(new Seat(kid, BookingStatus.BOOKED, true)));
				session.capacity = Math.min(500, session.seats.size() + 20 + random.nextInt(30));
				planned.add(session);
			}
		}
	}

	/** A session in a community with room for those who came and some who booked but did not. */
	private Planned inPerson(Random random, DemoProvider provider, String street, String community, String name, int band,
			OffsetDateTime starts) {
		int kind = random.nextInt(20);
		ServiceKind serviceKind = kind < 10 ? ServiceKind.GROUP_CLASS : kind < 17 ? ServiceKind.PARENT_CHILD
				: ServiceKind.CONSULTATION;
		Planned session = new Planned(provider, street, serviceKind, BANDS[band] + "_" + THEMES[random.nextInt(THEMES.length)],
				community, name + ROOMS[random.nextInt(ROOMS.length)], null, starts);
		session.capacity = 15 + random.nextInt(16);
		return session;
	}

	/** A county's live or recorded online session for an age band. */
	private static Planned onlineSession(Random random, DemoProvider county, String district, int band,
			OffsetDateTime starts) {
		boolean live = random.nextInt(10) < 7;
		return new Planned(county, district, live ? ServiceKind.LIVE_ONLINE : ServiceKind.RECORDED,
				BANDS[band] + "_" + THEMES[random.nextInt(THEMES.length)], district, null,
				"https://live.tuoyu-demo.example/" + district + "/" + (live ? "live/" : "replay/")
						+ Long.toHexString(random.nextLong() >>> 16),
				starts);
	}

	/** Adds children of the community who booked (a past session: and did not come) up to {@code seats}. */
	private static void noShows(Random random, Planned session, List<Kid> kids, String community, int seats) {
		session.capacity = Math.max(session.capacity, Math.min(500, seats));
		Set<UUID> seated = new HashSet<>();
		session.seats.forEach(s -> seated.add(s.kid().id()));
		LocalDate day = session.starts.toLocalDate();
		for (int tries = 0; tries < 20 && session.seats.size() < seats && !kids.isEmpty(); tries++) {
			Kid kid = kids.get(random.nextInt(kids.size()));
			if (kid.community().equals(community) && seated.add(kid.id()) && !kid.birth().isAfter(day.minusDays(14))
					&& kid.end().isAfter(day)) {
				session.seats.add(new Seat(kid, BookingStatus.BOOKED, false));
			}
		}
	}

	/**
	 * The demo parent's child: two sessions this year in its community and one two days ago whose
	 * attendance the provider records through the facade (returned), and a full coming session.
	 */
	private Planned planParent(List<Planned> planned, Random random, Kid child, DemoProvider provider, List<Kid> street,
			LocalDate today) {
		if (provider == null) {
			return null;
		}
		String name = region.nameOf(DivisionCode.of(child.community())).orElse("");
		List<Month> months = months(today).stream()
			.filter(m -> m.month().getYear() == today.getYear() && m.last().isBefore(today.minusDays(2))
					&& !child.birth().plusDays(14).isAfter(m.first()))
			.toList();
		for (Month month : months.subList(Math.max(0, months.size() - 3), Math.max(0, months.size() - 1))) {
			Planned session = inPerson(random, provider, child.street(), child.community(), name, child.band(month.first()),
					at(day(random, month), 9, 30));
			session.seats.add(new Seat(child, BookingStatus.BOOKED, true));
			noShows(random, session, street, child.community(), 12);
			planned.add(session);
		}
		LocalDate twoDaysAgo = today.minusDays(2);
		Planned recent = inPerson(random, provider, child.street(), child.community(), name, child.band(twoDaysAgo),
				at(twoDaysAgo, 9, 30));
		recent.seats.add(new Seat(child, BookingStatus.BOOKED, false));
		planned.add(recent);
		LocalDate next = today.plusDays(6);
		Planned open = inPerson(random, provider, child.street(), child.community(), name, child.band(next), at(next, 15, 30));
		noShows(random, open, street, child.community(), 6);
		planned.add(open);
		LocalDate soon = today.plusDays(5);
		Planned full = inPerson(random, provider, child.street(), child.community(), name, child.band(soon), at(soon, 9, 30));
		full.capacity = 12;
		for (Kid kid : street) {
			if (full.seats.size() < full.capacity && kid.community().equals(child.community()) && !kid.id().equals(child.id())
					&& kid.end().isAfter(soon)) {
				full.seats.add(new Seat(kid, BookingStatus.BOOKED, false));
			}
		}
		full.capacity = Math.max(1, full.seats.size());
		planned.add(full);
		return recent;
	}

	/**
	 * One commission per provider, area and calendar year, with the sessions planned under it and
	 * some to spare, and a budget per session; then each planned session knows its commission.
	 */
	private void commission(CurrentUser admin, List<Planned> planned, Map<String, List<DemoProvider>> providersOf,
			Map<String, DemoProvider> streetProvider, LocalDate today) {
		Map<String, Integer> counts = new HashMap<>();
		planned.forEach(p -> counts.merge(p.commissionKey(), 1, Integer::sum));
		Map<String, UUID> made = new HashMap<>();
		int first = today.minusDays(365).getYear();
		int last = today.plusDays(UPCOMING_DAYS + 1L).getYear();
		for (int year = first; year <= last; year++) {
			for (Map.Entry<String, List<DemoProvider>> district : providersOf.entrySet()) {
				DemoProvider county = district.getValue().get(0);
				String name = region.nameOf(DivisionCode.of(district.getKey())).orElse(district.getKey());
				made.put(county.id() + "/" + district.getKey() + "/" + year,
						commission(admin, county, name + year + "年度婴幼儿照护指导服务（线上课堂与入户指导）", district.getKey(), year,
								counts.getOrDefault(county.id() + "/" + district.getKey() + "/" + year, 0), 1200));
			}
			for (Map.Entry<String, DemoProvider> street : streetProvider.entrySet()) {
				String name = region.nameOf(DivisionCode.of(street.getKey())).orElse(street.getKey());
				String key = street.getValue().id() + "/" + street.getKey() + "/" + year;
				made.put(key, commission(admin, street.getValue(), name + year + "年度科学育儿指导服务（政府购买）", street.getKey(),
						year, counts.getOrDefault(key, 0), 800));
			}
		}
		planned.forEach(p -> p.commission = made.get(p.commissionKey()));
	}

	private UUID commission(CurrentUser admin, DemoProvider provider, String title, String area, int year, int sessions,
			int price) {
		int commissioned = (int) Math.ceil(sessions * 1.1 / 10.0) * 10 + 10;
		return providers.commission(admin, new NewCommission(provider.id(), title, area, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), commissioned, BigDecimal.valueOf((long) commissioned * price).setScale(2)));
	}

	/**
	 * Writes the sessions, their bookings and the services of the past ones set-based, then the
	 * yearly counts per child and the served communities from those services; returns the attendances.
	 */
	private int write(List<Planned> planned, Random random, LocalDate today) {
		ZoneId zone = clock.getZone();
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Object[]> sessionRows = new ArrayList<>();
		List<Object[]> bookingRows = new ArrayList<>();
		List<Object[]> serviceRows = new ArrayList<>();
		for (Planned session : planned) {
			OffsetDateTime ends = session.starts.plusMinutes(session.kind == ServiceKind.HOME_VISIT ? 60 : 90);
			OffsetDateTime created = session.starts.isAfter(now) ? now.minusDays(random.nextInt(10))
					: session.starts.minusDays(10 + random.nextInt(20));
			sessionRows.add(new Object[] { session.id, session.commission, session.provider.id(), session.kind.name(),
					session.topic, session.division, session.place, session.url, session.capacity, session.starts.toString(),
					ends.toString(), session.plannedFor == null ? null : session.plannedFor.id(), session.provider.worker(),
					created.toString() });
			LocalDate day = session.starts.atZoneSameInstant(zone).toLocalDate();
			boolean upcoming = session.starts.isAfter(now);
			int position = 0;
			for (Seat seat : session.seats) {
				position++;
				Kid kid = seat.kid();
				boolean online = kid.guardian() != null && session.kind != ServiceKind.HOME_VISIT;
				UUID bookedBy = online ? kid.guardian() : session.provider.worker();
				OffsetDateTime booked = upcoming ? now.minusMinutes(37L * (session.seats.size() - position + 1))
						: session.starts.minusHours(12 + random.nextInt(24 * 10));
				OffsetDateTime attended = seat.attended() ? session.starts.plusMinutes(random.nextInt(25) - 10) : null;
				Integer stars = seat.attended() && online && random.nextInt(10) < 6 ? stars(random) : null;
				String comment = stars == null ? null : COMMENTS[random.nextInt(COMMENTS.length)];
				bookingRows.add(new Object[] { UuidV7.next(), session.id, kid.id(), seat.status().name(), bookedBy,
						booked.toString(), attended == null ? null : attended.toString(),
						attended == null ? null : online ? "QR_CODE" : "LIST", attended == null ? null : bookedBy, stars,
						comment == null || comment.isEmpty() ? null : comment,
						stars == null ? null : ends.plusHours(1 + random.nextInt(5)).toString() });
				if (attended != null) {
					serviceRows.add(new Object[] { UuidV7.next(), kid.id(), session.kind.name(), session.id, day.toString(),
							kid.street(), kid.community(), bookedBy, attended.toString() });
				}
			}
		}
		DemoRows.insert(jdbc, """
				INSERT INTO guidance_session (id, commission_id, provider_id, kind, topic_code, division_code, place,
				  online_url, capacity, starts_at, ends_at, planned_child_id, created_by, created_at)
				SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
				  CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS int[]),
				  CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS uuid[]), CAST(? AS uuid[]),
				  CAST(? AS timestamptz[]))
				""", new String[] { "uuid", "uuid", "uuid", "text", "text", "text", "text", "text", "int4", "text", "text",
				"uuid", "uuid", "text" }, sessionRows);
		DemoRows.insert(jdbc, """
				INSERT INTO guidance_booking (id, session_id, child_id, status, booked_by, booked_at, attended_at,
				  attendance_source, attendance_by, rating, rating_comment, rated_at)
				SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]),
				  CAST(? AS uuid[]), CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS uuid[]),
				  CAST(? AS smallint[]), CAST(? AS text[]), CAST(? AS timestamptz[]))
				""", new String[] { "uuid", "uuid", "uuid", "text", "uuid", "text", "text", "text", "uuid", "int4", "text",
				"text" }, bookingRows);
		DemoRows.insert(jdbc, """
				INSERT INTO guidance_service (id, child_id, kind, source_type, source_id, served_on, free, division_code,
				  community_code, recorded_by, recorded_at)
				SELECT r.id, r.child, r.kind, 'SESSION', r.session, r.day, true, r.street, r.community, r.by, r.at
				FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS date[]),
				  CAST(? AS text[]), CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS timestamptz[]))
				  AS r(id, child, kind, session, day, street, community, by, at)
				""", new String[] { "uuid", "uuid", "text", "uuid", "text", "text", "text", "uuid", "text" }, serviceRows);
		jdbc.update("""
				INSERT INTO guidance_child_year (child_id, year, services, free_sessions)
				SELECT child_id, extract(year FROM served_on)::int, count(*), count(*) FILTER (WHERE free)
				FROM guidance_service GROUP BY 1, 2
				""");
		jdbc.update("""
				INSERT INTO guidance_community_year (community_code, year)
				SELECT DISTINCT community_code, extract(year FROM served_on)::int FROM guidance_service
				WHERE community_code IS NOT NULL
				ON CONFLICT DO NOTHING
				""");
		return serviceRows.size();
	}

	/**
	 * What the demo accounts show as users would have made it: the parent's third session of the
	 * year recorded by the provider's worker and rated, two coming bookings (a seat and a waitlist
	 * place), and two home visits the community health worker planned.
	 */
	private void showcase(Planned recent, Kid parentChild, List<Planned> planned, UUID community, LocalDate today) {
		if (recent != null) {
			UUID parent = jdbc.queryForObject("SELECT id FROM platform_account WHERE username = 'parent'", UUID.class);
			CurrentUser guardian = new CurrentUser(parent, "parent", "parent", Role.GUARDIAN, DataScope.guardian(parent));
			UUID booking = jdbc.queryForObject("SELECT id FROM guidance_booking WHERE session_id = ? AND child_id = ?",
					UUID.class, recent.id, parentChild.id());
			sessions.recordAttendance(recent.provider.user(), recent.id, booking, AttendanceSource.LIST);
			bookings.rate(guardian, booking, 5, "老师讲得很细，宝宝很喜欢");
			OffsetDateTime now = OffsetDateTime.now(clock);
			List<Planned> coming = planned.stream()
				.filter(p -> p.starts.isAfter(now) && p.kind != ServiceKind.HOME_VISIT && p.url == null
						&& p.division.equals(parentChild.community()))
				.toList();
			coming.stream().filter(p -> p.seats.size() < p.capacity).findFirst()
				.ifPresent(p -> bookings.book(guardian, p.id, parentChild.familyChild(), null));
			coming.stream().filter(p -> p.seats.size() >= p.capacity).findFirst()
				.ifPresent(p -> bookings.book(guardian, p.id, parentChild.familyChild(), null));
		}
		if (community != null) {
			CurrentUser worker = new CurrentUser(community, "community", "community", Role.COMMUNITY_HEALTH,
					DataScope.division(DivisionCode.of(COMMUNITY_STREET)));
			LocalDate tomorrow = today.plusDays(1);
			List<UUID> infants = jdbc.queryForList("""
					SELECT id FROM guidance_child WHERE division_code = ? AND status = 'ACTIVE' AND NOT enrolled
					  AND birth_date > ? ORDER BY birth_date DESC, id LIMIT 2
					""", UUID.class, COMMUNITY_STREET, today.minusMonths(6));
			UUID commission = jdbc.query("""
					SELECT id FROM guidance_commission WHERE area_code = ? AND starts_on <= ? AND ends_on >= ?
					""", rs -> rs.next() ? rs.getObject(1, UUID.class) : null, COMMUNITY_STREET, tomorrow, tomorrow);
			for (int i = 0; i < infants.size() && commission != null; i++) {
				LocalDateTime start = tomorrow.atTime(10 + 4 * i, 0);
				sessions.planHomeVisit(worker, new NewHomeVisit(infants.get(i), commission, "YOUNG_INFANT_FEEDING", start,
						start.plusHours(1)));
			}
		}
	}


	/** The months of the last twelve, each with its days up to yesterday. */
	private static List<Month> months(LocalDate today) {
		LocalDate from = today.minusDays(365);
		LocalDate yesterday = today.minusDays(1);
		List<Month> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(yesterday)); month = month.plusMonths(1)) {
			LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
			LocalDate last = month.atEndOfMonth().isAfter(yesterday) ? yesterday : month.atEndOfMonth();
			if (!last.isBefore(first)) {
				months.add(new Month(month, first, last));
			}
		}
		return months;
	}

	private static LocalDate day(Random random, Month month) {
		return month.first().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(month.first(), month.last()) + 1));
	}

	private OffsetDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(clock.getZone()).toOffsetDateTime();
	}

	private static int stars(Random random) {
		int roll = random.nextInt(50);
		return roll < 30 ? 5 : roll < 45 ? 4 : roll < 49 ? 3 : 2;
	}
}
