package org.tuoyu.health;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

/**
 * The public growth calculator: the JSON API and the page, without login, nothing stored, limited
 * per client. Each test sends from its own address, so the per-client limit only bites where a
 * test means it to.
 */
@TuoyuTest
class GrowthCalculatorIntegrationTests {

	static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	static final LocalDate TODAY = TestClock.today();

	/** A client address of its own: 10.77.x.y. */
	static RequestPostProcessor newClient() {
		int n = addresses.incrementAndGet();
		String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	ResultActions calculate(String json) throws Exception {
		return calculate(json, newClient());
	}

	ResultActions calculate(String json, RequestPostProcessor client) throws Exception {
		return mvc.perform(post("/api/v1/growth/z-scores").with(client).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	static String body(String sex, LocalDate birth, LocalDate measured, String rest) {
		return "{\"sex\":\"%s\",\"birthDate\":\"%s\",\"measuredOn\":\"%s\"%s}".formatted(sex, birth, measured,
				rest.isEmpty() ? "" : "," + rest);
	}

	@Test
	void aOneYearOldBoyOnTheMediansIsNormalEverywhereWithoutLogin() throws Exception {
		calculate(body("MALE", TODAY.minusDays(365), TODAY,
				"\"weightKg\":9.6,\"lengthCm\":75.7,\"lengthMethod\":\"LYING\",\"headCircumferenceCm\":46.1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ageDays").value(365))
			.andExpect(jsonPath("$.weightForAge.z").value(Matchers.closeTo(0.0, 0.1)))
			.andExpect(jsonPath("$.weightForAge.classification").value("NORMAL"))
			.andExpect(jsonPath("$.weightForAge.classificationLabel").value("正常"))
			.andExpect(jsonPath("$.weightForAge.label").value("年龄别体重"))
			.andExpect(jsonPath("$.weightForAge.implausible").value(false))
			.andExpect(jsonPath("$.weightForAge.standard").value("WHO 2006"))
			.andExpect(jsonPath("$.weightForAge.tables").value("jsgrowup 0.8.0"))
			.andExpect(jsonPath("$.lengthForAge.z").value(Matchers.closeTo(0.0, 0.1)))
			.andExpect(jsonPath("$.lengthForAge.measurement").value(75.7))
			.andExpect(jsonPath("$.lengthForAge.lengthBasis").value("LYING"))
			.andExpect(jsonPath("$.weightForLength.classification").value("NORMAL"))
			.andExpect(jsonPath("$.bmiForAge.measurement").value(Matchers.closeTo(16.75, 0.01)))
			.andExpect(jsonPath("$.headCircumferenceForAge.z").value(Matchers.closeTo(0.0, 0.1)))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void aStandingHeightUnderTwoIsCorrectedAndALyingLengthFromTwo() throws Exception {
		calculate(body("FEMALE", TODAY.minusDays(500), TODAY, "\"lengthCm\":78.0,\"lengthMethod\":\"STANDING\""))
			.andExpect(jsonPath("$.lengthForAge.measurement").value(78.7))
			.andExpect(jsonPath("$.lengthForAge.lengthBasis").value("LYING"));
		calculate(body("FEMALE", TODAY.minusDays(900), TODAY, "\"lengthCm\":90.0,\"lengthMethod\":\"LYING\""))
			.andExpect(jsonPath("$.lengthForAge.measurement").value(89.3))
			.andExpect(jsonPath("$.lengthForAge.lengthBasis").value("STANDING"));
	}

	@Test
	void whereTheStandardDoesNotReachTheIndicatorIsNull() throws Exception {
		// a 44 cm newborn is below the weight-for-length table (45–110 cm)
		calculate(body("FEMALE", TODAY.minusDays(10), TODAY, "\"weightKg\":2.4,\"lengthCm\":44.0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weightForLength").value(nullValue()))
			.andExpect(jsonPath("$.weightForAge.z").isNumber())
			.andExpect(jsonPath("$.headCircumferenceForAge").value(nullValue()));
		// from 60 months nothing is covered
		calculate(body("MALE", TODAY.minusDays(1856), TODAY, "\"weightKg\":18.5,\"lengthCm\":110.0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ageDays").value(1856))
			.andExpect(jsonPath("$.weightForAge").value(nullValue()))
			.andExpect(jsonPath("$.lengthForAge").value(nullValue()))
			.andExpect(jsonPath("$.weightForLength").value(nullValue()))
			.andExpect(jsonPath("$.bmiForAge").value(nullValue()));
	}

	@Test
	void anImplausibleValueIsFlagged() throws Exception {
		calculate(body("MALE", TODAY.minusDays(365), TODAY, "\"weightKg\":40"))
			.andExpect(jsonPath("$.weightForAge.implausible").value(true))
			.andExpect(jsonPath("$.weightForAge.z").value(Matchers.greaterThan(5.0)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"\"weightKg\":90|weightKg|growth.weight.range|体重应在0.5至60千克之间，您填写的是90千克，请核对数值和单位",
			"\"lengthCm\":7.57|lengthCm|growth.length.range|身长/身高应在35至130厘米之间，您填写的是7.57厘米，请核对数值和单位",
			"\"headCircumferenceCm\":461|headCircumferenceCm|growth.headCircumference.range|头围应在20至60厘米之间，您填写的是461厘米，请核对数值和单位",
			"\"lengthCm\":70,\"lengthMethod\":\"STANDING\"|lengthMethod|growth.lengthMethod.standingTooYoung|9个月以下的婴儿应躺着（卧位）测量身长，请选择“卧位”" })
	void aMeasureOutOfRangeIsRefusedNamingItsField(String measures, String field, String code, String message)
			throws Exception {
		LocalDate birth = field.equals("lengthMethod") ? TODAY.minusDays(200) : TODAY.minusDays(365);
		calculate(body("MALE", birth, TODAY, measures)).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:business-rule"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").value(message))
			.andExpect(jsonPath("$.detail").value(message));
	}

	@Test
	void datesAndMissingFieldsAreRefusedNamingTheField() throws Exception {
		calculate("{\"birthDate\":\"%s\",\"measuredOn\":\"%s\",\"weightKg\":9}".formatted(TODAY.minusDays(300), TODAY))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("sex"))
			.andExpect(jsonPath("$.errors[0].message").value("请选择孩子的性别"));
		calculate(body("MALE", TODAY.minusDays(300), TODAY.plusDays(1), "\"weightKg\":9"))
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"))
			.andExpect(jsonPath("$.errors[0].message").value("测量日期不能晚于今天"));
		calculate(body("MALE", TODAY.minusDays(300), TODAY.minusDays(301), "\"weightKg\":9"))
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"))
			.andExpect(jsonPath("$.errors[0].message").value("测量日期不能早于出生日期"));
		calculate(body("MALE", TODAY.minusYears(7), TODAY, "\"weightKg\":25"))
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"))
			.andExpect(jsonPath("$.errors[0].message").value("测量时孩子已满6岁；WHO儿童生长标准只适用于5岁以下的儿童"));
		calculate(body("MALE", TODAY.minusDays(300), TODAY, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value(nullValue()))
			.andExpect(jsonPath("$.errors[0].message").value("请至少填写体重、身长/身高、头围中的一项"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "\"sex\":\"BOY\",\"birthDate\":\"2025-01-01\"|sex",
			"\"sex\":\"MALE\",\"birthDate\":\"2025-13-01\"|birthDate",
			"\"sex\":\"MALE\",\"birthDate\":\"2025-01-01\",\"weightKg\":\"heavy\"|weightKg" })
	void aValueOfTheWrongFormatIsNamed(String fields, String field) throws Exception {
		calculate("{" + fields + ",\"measuredOn\":\"" + TODAY + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value("字段 " + field + " 的值格式不正确"));
	}

	@Test
	void inEnglishTheMessagesAreEnglish() throws Exception {
		mvc.perform(post("/api/v1/growth/z-scores").param("lang", "en")
			.with(newClient())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("MALE", TODAY.minusDays(365), TODAY, "\"weightKg\":90")))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Weight must lie between 0.5 and 60 kg; you entered 90 kg. Check the value and the unit"));
	}

	@Test
	void aClientSendingTooManyIsAskedToWaitAndOthersCarryOn() throws Exception {
		RequestPostProcessor busy = newClient();
		String json = body("FEMALE", TODAY.minusDays(100), TODAY, "\"weightKg\":5.8");
		for (int i = 0; i < 60; i++) {
			calculate(json, busy).andExpect(status().isOk());
		}
		calculate(json, busy).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]?")))
			.andExpect(jsonPath("$.type").value("urn:tuoyu:problem:too-many-requests"))
			.andExpect(jsonPath("$.detail").value(Matchers.matchesPattern("请求过于频繁，请在[0-9]+秒后再试")));
		calculate(json).andExpect(status().isOk());
	}

	@Test
	void theApiIsDocumentedAsNeedingNoLogin() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/growth/z-scores'].post.security").isEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/growth/z-scores'].post.responses['429']").exists());
	}

	/** The page's form for a child of that age measured today, sent from a new client. */
	static MockHttpServletRequestBuilder pageForm(String sex, int ageDays) {
		return post("/growth/calculator").with(newClient())
			.with(csrf())
			.param("sex", sex)
			.param("birthDate", TODAY.minusDays(ageDays).toString())
			.param("measuredOn", TODAY.toString());
	}

	@Test
	void thePageIsPublicAndShowsTheResults() throws Exception {
		mvc.perform(get("/growth/calculator").with(newClient()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("儿童生长评价（WHO儿童生长标准）")))
			.andExpect(content().string(containsString("id=\"growth-form\"")))
			.andExpect(content().string(not(containsString("id=\"growth-results\""))));
		mvc.perform(pageForm("FEMALE", 365).param("weightKg", "8.9")
			.param("lengthCm", "74.0")
			.param("lengthMethod", "")
			.param("headCircumferenceCm", "45.0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测量时日龄 365 天")))
			.andExpect(content().string(containsString("年龄别身长/身高")))
			.andExpect(content().string(containsString("正常")))
			.andExpect(content().string(containsString("74 厘米")));
	}

	@Test
	void thePageShowsTheMessageNextToTheField() throws Exception {
		mvc.perform(pageForm("MALE", 365).param("weightKg", "90"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("体重应在0.5至60千克之间，您填写的是90千克，请核对数值和单位")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("id=\"growth-results\""))));
		mvc.perform(pageForm("MALE", 365).param("weightKg", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入数字")));
	}
}
