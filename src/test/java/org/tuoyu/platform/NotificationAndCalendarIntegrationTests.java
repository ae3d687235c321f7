package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class NotificationAndCalendarIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Test
	void inboxShowsUnreadCountAndMarksRead() throws Exception {
		UUID admin = jdbc.sql("SELECT id FROM platform_account WHERE username = 'admin'").query(UUID.class).single();
		MockHttpSession session = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/notifications/read-all").session(session).with(csrf()));
		inbox.send(admin, "notification.welcome", "/profile", "测试员");
		mvc.perform(get("/admin").session(session))
			.andExpect(content().string(containsString("id=\"unread-count\">1<")));
		mvc.perform(get("/notifications").session(session))
			.andExpect(content().string(containsString("测试员，欢迎使用托育服务平台")));
		String id = jdbc.sql("SELECT id FROM platform_notification WHERE account_id = :a AND read_at IS NULL")
			.param("a", admin)
			.query(String.class)
			.single();
		mvc.perform(get("/api/v1/notifications").session(session).param("lang", "en"))
			.andExpect(jsonPath("$[0].text").value("测试员, welcome to Tuoyu. Please change your initial password in your profile first."));
		mvc.perform(post("/notifications/" + id + "/read").session(session).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/admin").session(session)).andExpect(content().string(not(containsString("unread-count"))));
		mvc.perform(post("/api/v1/notifications/" + UUID.randomUUID() + "/read").session(session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void deadlinesSkipWeekendsAndRecordedHolidays() throws Exception {
		MockHttpSession session = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		// Example data: a holiday on Thursday 2030-10-03 and an adjusted working Saturday 2030-10-12.
		mvc.perform(post("/admin/calendar").session(session).with(csrf())
			.param("day", "2030-10-03").param("kind", "HOLIDAY").param("note", "示例假日"))
			.andExpect(redirectedUrl("/admin/calendar?year=2030"));
		mvc.perform(post("/admin/calendar").session(session).with(csrf())
			.param("day", "2030-10-12").param("kind", "WORKDAY").param("note", "示例调休"))
			.andExpect(redirectedUrl("/admin/calendar?year=2030"));
		// Tuesday 2030-10-01 + 5 working days: Wed 2, (Thu 3 holiday), Fri 4, Mon 7, Tue 8, Wed 9.
		assertThat(workingDays.plusWorkingDays(LocalDate.of(2030, 10, 1), 5)).isEqualTo(LocalDate.of(2030, 10, 9));
		// Friday 2030-10-11 + 1 working day is the adjusted Saturday.
		mvc.perform(get("/api/v1/calendar/working-days").session(session).param("from", "2030-10-11").param("days", "1"))
			.andExpect(jsonPath("$.date").value("2030-10-12"));
		mvc.perform(post("/admin/calendar").session(session).with(csrf())
			.param("day", "2030-10-05").param("kind", "HOLIDAY").param("note", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "day", "calendar.holidayOnWeekend"));
		mvc.perform(get("/admin/calendar").session(session).param("year", "2030"))
			.andExpect(content().string(containsString("示例调休")));
		mvc.perform(get("/api/v1/calendar/working-days").session(session).param("from", "2030-10-11").param("days", "-1"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/calendar/days/2030-12-31").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"HOLIDAY\",\"note\":\"示例\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/calendar/2030").session(session)).andExpect(jsonPath("$.length()").value(3));
		mvc.perform(put("/api/v1/calendar/days/2030-12-29").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"HOLIDAY\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("calendar.holidayOnWeekend"));
		mvc.perform(delete("/api/v1/calendar/days/2030-12-31").session(session).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/calendar/2030").session(session)).andExpect(jsonPath("$.length()").value(2));
	}
}
