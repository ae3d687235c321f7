package org.tuoyu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Institutions.Filed;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data exchange (tuoyu.exchange/1) on hand-built data in two Huishan streets no other test
 * uses: 玉祁街道 (a verified inclusive institution whose name holds a comma and quotes, with an
 * infant and a toddler class and one child placed; a suspended one) and 洛社镇 (a filed one).
 */
@TuoyuTest
class DataExchangeIntegrationTests {

	private static final String YUQI = "320206005";

	private static final String LUOSHE = "320206102";

	private static final String PASSWORD = "Exchange2026pass";

	private static final String NAME = "惠山\"小太阳\",托育中心";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts accountRows;

	private static Filed yuqi;

	/** The end of the year after the test clock's: the inclusive status holds whenever the suite runs. */
	private static LocalDate inclusiveUntil() {
		return TestClock.today().plusYears(1).withMonth(12).withDayOfMonth(31);
	}

	private static Filed luoshe;

	private static Family family;

	@Test
	void institutionsAsJsonCarryTheRegistryFacts() throws Exception {
		MockHttpSession huishan = huishan();
		long before = audits(YUQI);
		export(huishan, "institutions", YUQI, "json").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(header().string("X-Exchange-Format", "tuoyu.exchange/1"))
			.andExpect(jsonPath("$.format").value("tuoyu.exchange/1"))
			.andExpect(jsonPath("$.dataset").value("institutions"))
			.andExpect(jsonPath("$.division").value(YUQI))
			.andExpect(jsonPath("$.generatedAt", containsString("+08:00")))
			.andExpect(jsonPath("$.records.length()").value(1))
			.andExpect(jsonPath("$.records[0].id").value(yuqi.id().toString()))
			.andExpect(jsonPath("$.records[0].creditCode").value(CreditCodes.valid(33_101)))
			.andExpect(jsonPath("$.records[0].name").value(NAME))
			.andExpect(jsonPath("$.records[0].category").value("STANDALONE"))
			.andExpect(jsonPath("$.records[0].ownership").value("PUBLIC"))
			.andExpect(jsonPath("$.records[0].inclusive").value(true))
			.andExpect(jsonPath("$.records[0].inclusiveValidUntil").value(inclusiveUntil().toString()))
			.andExpect(jsonPath("$.records[0].demonstrationLevel").value("DISTRICT"))
			.andExpect(jsonPath("$.records[0].status").value("VERIFIED"))
			.andExpect(jsonPath("$.records[0].streetCode").value(YUQI))
			.andExpect(jsonPath("$.records[0].districtCode").value("320206"))
			.andExpect(jsonPath("$.records[0].address").value("梁溪区中山路1号"))
			.andExpect(jsonPath("$.records[0].latitude").value(31.5689))
			.andExpect(jsonPath("$.records[0].longitude").value(120.2991))
			.andExpect(jsonPath("$.records[0].filedOn").value("2026-03-02"));
		export(huishan, "institutions", LUOSHE, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.records[0].name").value("阳光宝贝托育中心 exchange-luoshe"))
			.andExpect(jsonPath("$.records[0].inclusive").value(false))
			.andExpect(jsonPath("$.records[0].inclusiveValidUntil").isEmpty())
			.andExpect(jsonPath("$.records[0].filedOn").isEmpty());
		assertThat(audits(YUQI)).isEqualTo(before + 1);
	}

	@Test
	void institutionsAsCsvAreRfc4180WithAHeaderRow() throws Exception {
		String csv = body(export(huishan(), "institutions", YUQI, "csv").andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"tuoyu-institutions-" + YUQI + "-" + TestClock.today().toString().replace("-", "")
							+ ".csv\"")));
		assertThat(csv).isEqualTo("id,creditCode,name,category,ownership,inclusive,inclusiveValidUntil,demonstrationLevel,"
				+ "status,streetCode,districtCode,address,latitude,longitude,filedOn\r\n" + yuqi.id() + ","
				+ CreditCodes.valid(33_101) + ",\"惠山\"\"小太阳\"\",托育中心\",STANDALONE,PUBLIC,true," + inclusiveUntil() + ",DISTRICT,VERIFIED,"
				+ YUQI + ",320206,梁溪区中山路1号,31.5689,120.2991,2026-03-02\r\n");
		String district = body(export(huishan(), "institutions", "320206", "CSV").andExpect(status().isOk()));
		assertThat(district).contains(yuqi.id().toString(), luoshe.id().toString()).doesNotContain("exchange-suspended");
	}

	@Test
	void placesHaveOneRowPerClassAndEnrollmentOnlyCounts() throws Exception {
		MockHttpSession huishan = huishan();
		UUID site = jdbc.sql("SELECT id FROM institution_site WHERE institution_id = :id").param("id", yuqi.id())
			.query(UUID.class)
			.single();
		UUID infant = jdbc.sql("SELECT id FROM institution_class WHERE institution_id = :id AND class_type = 'INFANT'")
			.param("id", yuqi.id())
			.query(UUID.class)
			.single();
		String places = body(export(huishan, "places", YUQI, "csv").andExpect(status().isOk()));
		assertThat(places.split("\r\n")).containsExactlyInAnyOrder("institutionId,siteId,classId,classType,capacity,enrolled",
				"%s,%s,%s,TODDLER,15,1".formatted(yuqi.id(), site, yuqi.classId()),
				"%s,%s,%s,INFANT,6,0".formatted(yuqi.id(), site, infant));

		String enrollment = body(export(huishan, "enrollment", YUQI, "json").andExpect(status().isOk())
			.andExpect(jsonPath("$.dataset").value("enrollment"))
			.andExpect(jsonPath("$.records.length()").value(2))
			.andExpect(jsonPath("$.records[0].institutionId").value(yuqi.id().toString()))
			.andExpect(jsonPath("$.records[0].classType").value("INFANT"))
			.andExpect(jsonPath("$.records[0].enrolled").value(0))
			.andExpect(jsonPath("$.records[1].classType").value("TODDLER"))
			.andExpect(jsonPath("$.records[1].enrolled").value(1))
			.andExpect(jsonPath("$.records[1].age0To1").value(0))
			.andExpect(jsonPath("$.records[1].age1To2").value(1))
			.andExpect(jsonPath("$.records[1].age2To3").value(0))
			.andExpect(jsonPath("$.records[1].age3Plus").value(0)));
		String enrollmentCsv = body(export(huishan, "enrollment", YUQI, "csv").andExpect(status().isOk()));
		assertThat(enrollmentCsv).startsWith("institutionId,classType,enrolled,age0To1,age1To2,age2To3,age3Plus\r\n")
			.contains(yuqi.id() + ",TODDLER,1,0,1,0,0\r\n");
		String birthDate = jdbc.sql("SELECT birth_date::text FROM family_child WHERE id = :id").param("id", family.child())
			.query(String.class)
			.single();
		for (String export : List.of(places, enrollment, enrollmentCsv)) {
			assertThat(export).doesNotContain("玉小祁", family.child().toString(), birthDate, "13700013101");
		}
	}

	@Test
	void onlyOfficersCoveringTheDivisionExportAndBadParametersAreNamed() throws Exception {
		huishan();
		MockHttpSession admin = admin();
		MockHttpSession liangxi = Officers.signedIn(mvc, admin, "exchange-liangxi", "DISTRICT_ADMIN", "320213", PASSWORD);
		long before = audits(YUQI);
		export(liangxi, "institutions", YUQI, "json").andExpect(status().isNotFound());
		export(liangxi, "places", "320206", "csv").andExpect(status().isNotFound());
		MockHttpSession staff = Logins.login(mvc, "exchange-yuqi", Institutions.PASSWORD);
		export(staff, "institutions", YUQI, "json").andExpect(status().isNotFound());
		export(admin, "institutions", "320299", "json").andExpect(status().isNotFound());
		export(admin, "children", YUQI, "json").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dataset"));
		export(admin, "places", YUQI, "xml").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		export(admin, "places", "32x", "csv").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("division"));
		export(admin, "places", null, "csv").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("division"));
		assertThat(audits(YUQI)).isEqualTo(before);
		export(admin, "enrollment", YUQI, "csv").andExpect(status().isOk());
		assertThat(jdbc.sql("""
				SELECT details FROM platform_audit_event WHERE action = 'statistics.exchange' AND target_id = :d
				ORDER BY seq DESC LIMIT 1
				""").param("d", YUQI).query(String.class).single()).isEqualTo("enrollment csv");
	}

	private ResultActions export(MockHttpSession user, String dataset, String division, String format) throws Exception {
		var request = get("/api/v1/statistics/exchange/" + dataset).session(user);
		if (division != null) {
			request.param("division", division);
		}
		if (format != null) {
			request.param("format", format);
		}
		return mvc.perform(request);
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The Huishan district administrator, signed in, once the streets' data exists. */
	private MockHttpSession huishan() throws Exception {
		if (yuqi == null) {
			MockHttpSession admin = admin();
			yuqi = Institutions.filedWithClass(mvc, jdbc, admin, 33_101, "exchange-yuqi", YUQI, "一班", "TODDLER", 15);
			luoshe = Institutions.filedWithClass(mvc, jdbc, admin, 33_102, "exchange-luoshe", LUOSHE, "一班", "TODDLER", 10);
			Filed suspended = Institutions.filedWithClass(mvc, jdbc, admin, 33_103, "exchange-suspended", YUQI, "一班",
					"TODDLER", 8);
			jdbc.sql("UPDATE institution_institution SET status = 'SUSPENDED' WHERE id = :id")
				.param("id", suspended.id())
				.update();
			jdbc.sql("""
					UPDATE institution_institution SET name = :name, inclusive = true, inclusive_price_cap = 1500,
					  inclusive_valid_until = :until, ownership = 'PUBLIC', demonstration_level = 'DISTRICT',
					  status = 'VERIFIED' WHERE id = :id
					""").param("name", NAME).param("until", inclusiveUntil()).param("id", yuqi.id()).update();
			jdbc.sql("""
					INSERT INTO institution_class (id, institution_id, site_id, name, class_type, capacity)
					SELECT :class, institution_id, site_id, '乳儿班', 'INFANT', 6 FROM institution_class WHERE id = :toddlers
					""").param("class", UUID.randomUUID()).param("toddlers", yuqi.classId()).update();
			jdbc.sql("""
					INSERT INTO institution_filing (id, institution_id, version, kind, status, division_code, decided_at)
					VALUES (:id, :institution, 1, 'INITIAL', 'FILED', :street, TIMESTAMPTZ '2026-03-02 10:00:00+08')
					""").param("id", UUID.randomUUID()).param("institution", yuqi.id()).param("street", YUQI).update();
			family = new PlacedChildren(mvc, json, accounts, accountRows, PASSWORD).family(yuqi, "13700013101", "玉小祁",
					TestClock.today().minusMonths(16));
			return Officers.signedIn(mvc, admin, "exchange-huishan", "DISTRICT_ADMIN", "320206", PASSWORD);
		}
		return Logins.login(mvc, "exchange-huishan", PASSWORD);
	}

	private MockHttpSession admin() throws Exception {
		return Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
	}

	private long audits(String division) {
		return jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'statistics.exchange' AND target_id = :d")
			.param("d", division)
			.query(Long.class)
			.single();
	}
}
