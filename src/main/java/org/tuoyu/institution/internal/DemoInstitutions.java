package org.tuoyu.institution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.CareClass;
import org.tuoyu.institution.ClassType;
import org.tuoyu.institution.DemonstrationLevel;
import org.tuoyu.institution.DirectoryRules;
import org.tuoyu.institution.Fee;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.institution.InstitutionStatus;
import org.tuoyu.institution.Ownership;
import org.tuoyu.institution.RegistrationType;
import org.tuoyu.institution.ServiceForm;
import org.tuoyu.institution.Site;
import org.tuoyu.region.Division;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.CreditCode;
import org.tuoyu.shared.DivisionCode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo profile: about 300 institutions over every street/town of the city, deterministic from a
 * seed — mostly private, some public, some inclusive and demonstration — with sites around each
 * street's (pseudo) centre near its district's centre, classes totalling roughly the plan's 2021
 * places, and fees. The first one is the demo institution the demo staff accounts belong to.
 */
@Component
@Profile("demo")
@Order(60)
class DemoInstitutions implements ApplicationRunner {

	/** The institution the demo staff accounts are scoped to (same derivation as the accounts). */
	static final UUID FIRST = UUID.nameUUIDFromBytes("tuoyu-demo-institution-1".getBytes(StandardCharsets.UTF_8));

	private static final Logger log = LoggerFactory.getLogger(DemoInstitutions.class);

	private static final long SEED = 20211231L;

	private static final String[] NAMES = { "阳光", "彩虹", "小树苗", "童趣", "启明星", "贝贝", "蓝天", "橙果", "小橡树", "萌芽", "星辰",
			"乐育", "禾苗", "向日葵", "七彩", "小海豚", "知更鸟", "春芽", "暖心", "小脚丫", "爱弥儿", "未来星", "青苗", "悦宝" };

	private final InstitutionRows rows;

	private final RegionManagement regions;

	private final DirectoryRules directoryRules;

	private final ResourceLoader resources;

	private final JdbcClient jdbc;

	DemoInstitutions(InstitutionRows rows, RegionManagement regions, DirectoryRules directoryRules,
			ResourceLoader resources, JdbcClient jdbc) {
		this.rows = rows;
		this.regions = regions;
		this.directoryRules = directoryRules;
		this.resources = resources;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM institution_institution").query(Long.class).single() > 0) {
			return;
		}
		Map<String, double[]> centres = districtCentres();
		Random random = new Random(SEED);
		List<Division> streets = regions.streetsUnder(DivisionCode.of(directoryRules.city()));
		int serial = 0;
		int places = 0;
		for (Division street : streets) {
			double[] districtCentre = centres.getOrDefault(street.code().value().substring(0, 6), new double[] { 31.57, 120.30 });
			boolean county = street.code().value().startsWith("32028");
			double spread = county ? 0.12 : 0.035;
			double streetLat = districtCentre[0] + (random.nextDouble() - 0.5) * spread;
			double streetLng = districtCentre[1] + (random.nextDouble() - 0.5) * spread * 1.2;
			int count = 3 + (random.nextDouble() < 0.41 ? 1 : 0);
			List<Division> communities = regions.subdivisionsOf(street.code());
			for (int i = 0; i < count; i++) {
				serial++;
				DivisionCode community = communities.isEmpty() ? null
						: communities.get(random.nextInt(communities.size())).code();
				places += create(random, serial, street, community, streetLat, streetLng);
			}
		}
		log.info("Demo institutions created: {} with {} places", serial, places);
	}

	private int create(Random random, int serial, Division street, DivisionCode community, double lat, double lng) {
		UUID id = serial == 1 ? FIRST : UUID.nameUUIDFromBytes(("tuoyu-demo-institution-" + serial).getBytes(StandardCharsets.UTF_8));
		double roll = random.nextDouble();
		InstitutionCategory category = roll < 0.60 ? InstitutionCategory.STANDALONE
				: roll < 0.80 ? InstitutionCategory.KINDERGARTEN_CLASS
						: roll < 0.90 ? InstitutionCategory.COMMUNITY_SITE
								: roll < 0.95 ? InstitutionCategory.EMPLOYER : InstitutionCategory.FAMILY_POINT;
		if (serial == 1) {
			category = InstitutionCategory.STANDALONE;
		}
		double owner = random.nextDouble();
		Ownership ownership = owner < 0.85 ? Ownership.PRIVATE : owner < 0.95 ? Ownership.PUBLIC : Ownership.PUBLIC_PRIVATE;
		boolean inclusive = serial == 1 || random.nextDouble() < (ownership == Ownership.PRIVATE ? 0.2 : 0.7);
		BigDecimal cap = inclusive ? BigDecimal.valueOf(1800 + 100L * random.nextInt(13)) : null;
		double demo = random.nextDouble();
		DemonstrationLevel level = demo < 0.01 ? DemonstrationLevel.PROVINCE
				: demo < 0.03 ? DemonstrationLevel.CITY : demo < 0.06 ? DemonstrationLevel.DISTRICT : DemonstrationLevel.NONE;
		InstitutionStatus status = serial == 1 ? InstitutionStatus.VERIFIED
				: random.nextDouble() < 0.05 ? InstitutionStatus.DRAFT
						: random.nextDouble() < 0.5 ? InstitutionStatus.VERIFIED : InstitutionStatus.FILED;
		Set<ServiceForm> forms = EnumSet.of(ServiceForm.FULL_DAY);
		if (random.nextDouble() < 0.5) {
			forms.add(ServiceForm.HALF_DAY);
		}
		if (random.nextDouble() < 0.3) {
			forms.add(ServiceForm.HOURLY);
		}
		String name = NAMES[random.nextInt(NAMES.length)] + suffix(category, street.name(), serial);
		RegistrationType registration = ownership == Ownership.PUBLIC ? RegistrationType.PUBLIC_INSTITUTION
				: category == InstitutionCategory.FAMILY_POINT ? RegistrationType.ENTERPRISE
						: random.nextDouble() < 0.3 ? RegistrationType.SOCIAL_SERVICE : RegistrationType.ENTERPRISE;
		rows.insert(new Institution(id, name, creditCode(serial), registration, ownership, category, forms,
				"负责人" + (char) ('甲' + serial % 10), "0510-8" + String.format("%07d", 1_000_000 + serial), inclusive, cap,
				inclusive ? LocalDate.of(2027, 12, 31) : null, level, status, street.code()));
		BigDecimal siteLat = coordinate(lat + (random.nextDouble() - 0.5) * 0.016);
		BigDecimal siteLng = coordinate(lng + (random.nextDouble() - 0.5) * 0.019);
		UUID siteId = UUID.nameUUIDFromBytes(("tuoyu-demo-site-" + serial).getBytes(StandardCharsets.UTF_8));
		rows.insertSite(new Site(siteId, id, true, "主园区", street.name() + "示范路" + (serial % 200 + 1) + "号",
				street.code(), siteLat, siteLng, 1 + random.nextInt(3), BigDecimal.valueOf(120 + random.nextInt(900)),
				community));
		int places = 0;
		int classNo = 0;
		List<ClassType> types = classes(category, random);
		for (ClassType type : types) {
			classNo++;
			int capacity = type == ClassType.FAMILY_POINT ? 5 : maxSize(type) - random.nextInt(3);
			rows.insertClass(new CareClass(UUID.nameUUIDFromBytes(("tuoyu-demo-class-" + serial + "-" + classNo)
				.getBytes(StandardCharsets.UTF_8)), id, siteId, classNo + "班", type, capacity));
			places += capacity;
		}
		BigDecimal base = BigDecimal.valueOf(2200 + 100L * random.nextInt(24));
		BigDecimal fee = inclusive && base.compareTo(cap) > 0 ? cap : base;
		for (ClassType type : EnumSet.copyOf(types)) {
			rows.upsertFee(id, new Fee(type, ServiceForm.FULL_DAY, fee));
		}
		return places;
	}

	private static List<ClassType> classes(InstitutionCategory category, Random random) {
		return switch (category) {
			case FAMILY_POINT -> List.of(ClassType.FAMILY_POINT);
			case COMMUNITY_SITE -> List.of(ClassType.TODDLER, ClassType.MIXED);
			case KINDERGARTEN_CLASS -> List.of(ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER);
			case EMPLOYER -> List.of(ClassType.TODDLER, ClassType.OLDER_TODDLER, ClassType.MIXED);
			default -> random.nextBoolean()
					? List.of(ClassType.INFANT, ClassType.TODDLER, ClassType.TODDLER, ClassType.TODDLER,
							ClassType.OLDER_TODDLER, ClassType.OLDER_TODDLER)
					: List.of(ClassType.TODDLER, ClassType.TODDLER, ClassType.TODDLER, ClassType.OLDER_TODDLER,
							ClassType.OLDER_TODDLER, ClassType.MIXED);
		};
	}

	private static int maxSize(ClassType type) {
		return switch (type) {
			case INFANT -> 10;
			case TODDLER -> 15;
			case OLDER_TODDLER -> 20;
			case MIXED -> 18;
			case FAMILY_POINT -> 5;
		};
	}

	private static String suffix(InstitutionCategory category, String street, int serial) {
		String place = street.replace("街道", "").replace("镇", "");
		return switch (category) {
			case KINDERGARTEN_CLASS -> place + "幼儿园托班";
			case COMMUNITY_SITE -> place + "社区托育点";
			case EMPLOYER -> place + "园区职工托育中心";
			case FAMILY_POINT -> place + "家庭托育点" + serial;
			default -> "托育中心（" + place + "）";
		} + (serial % 7 == 0 ? "二部" : "");
	}

	private static BigDecimal coordinate(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}

	private static CreditCode creditCode(int serial) {
		return CreditCode.withCheckCharacter("52320200MJ" + String.format("%07d", serial));
	}

	private Map<String, double[]> districtCentres() {
		Map<String, double[]> centres = new HashMap<>();
		try (InputStream in = resources.getResource("classpath:static/geo/" + directoryRules.city() + ".geojson")
			.getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode feature : root.get("features")) {
				JsonNode cp = feature.get("properties").get("cp");
				if (cp != null) {
					centres.put(feature.get("properties").get("code").asString(),
							new double[] { cp.get(1).asDouble(), cp.get(0).asDouble() });
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return centres;
	}
}
