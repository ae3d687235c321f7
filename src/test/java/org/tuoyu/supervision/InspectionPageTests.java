package org.tuoyu.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

@TuoyuTest
class InspectionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDistrictOpensAnInspectionAndIsToldWhatIsMissing() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "page-open", 36_101, "320282100");
		mvc.perform(get("/admin/supervision/inspections").session(f.district()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-form\"")))
			.andExpect(content().string(containsString(f.inspectorId().toString())));
		mvc.perform(post("/admin/supervision/inspections").session(f.district()).with(csrf())
			.param("inspectorAccountIds", f.inspectorId().toString())
			.param("dueOn", TestClock.today().plusDays(5).toString())
			.param("reason", "投诉核查"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("请选择机构")));
		mvc.perform(post("/admin/supervision/inspections").session(f.district()).with(csrf())
			.param("institutionId", f.institution().id().toString())
			.param("inspectorAccountIds", f.inspectorId().toString())
			.param("dueOn", TestClock.today().minusDays(1).toString())
			.param("reason", "投诉核查"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("完成期限不能早于今天")));
		mvc.perform(post("/admin/supervision/inspections").session(f.district()).with(csrf())
			.param("institutionId", f.institution().id().toString())
			.param("inspectorAccountIds", f.inspectorId().toString())
			.param("dueOn", TestClock.today().plusDays(5).toString())
			.param("reason", "投诉核查"))
			.andExpect(redirectedUrlPattern("/admin/supervision/inspections/*"));
		mvc.perform(get("/admin/supervision/inspections?mine").session(f.inspector()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("专项检查")))
			.andExpect(content().string(not(containsString("id=\"open-form\""))));
	}

	@Test
	void theInspectorRecordsOnThePageWithFieldMessagesAndConcludes() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "page-record", 36_102, "320282101");
		UUID id = f.open(mvc);
		String page = "/admin/supervision/inspections/" + id;
		mvc.perform(get(page).session(f.inspector()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"item-M02\"")))
			.andExpect(content().string(containsString("机构管理")));
		mvc.perform(post(page + "/items/C01").session(f.inspector()).with(csrf()))
			.andExpect(redirectedUrl(page + "#item-C01"))
			.andExpect(flash().attribute("flashError", "supervision.checklist.result.required"));
		mvc.perform(post(page + "/items/C01").session(f.inspector()).with(csrf()).param("result", "MET"))
			.andExpect(flash().attribute("flash", "supervision.checklist.saved"));
		mvc.perform(post(page + "/findings").session(f.inspector()).with(csrf()).param("itemCode", "C01")
			.param("severity", "MINOR").param("description", "未公示"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("检查项 C01 须先记为“不符合”才能记录问题")));
		mvc.perform(post(page + "/conclusion").session(f.inspector()).with(csrf()).param("outcome", "COMPLIANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未记录结果")));
		mvc.perform(multipart(page + "/items/A01/photos").file(InspectionFixtures.photo("GIF89a".getBytes()))
			.session(f.inspector()).with(csrf()))
			.andExpect(flash().attribute("flashError", "supervision.inspection.photo.format"));
		mvc.perform(multipart(page + "/items/A01/photos").file(InspectionFixtures.photo(InspectionFixtures.PNG))
			.session(f.inspector()).with(csrf()))
			.andExpect(flash().attribute("flash", "supervision.inspection.photo.saved"));
		String photo = jdbc.sql("SELECT id FROM supervision_inspection_photo WHERE inspection_id = :id").param("id", id)
			.query(String.class).single();
		mvc.perform(get(page + "/photos/" + photo).session(f.district()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		MockHttpSession liangxi = Officers.signedIn(mvc, f.admin(), "sv-b-d-page", "DISTRICT_ADMIN", "320213",
				InspectionFixtures.PASSWORD);
		mvc.perform(get(page + "/photos/" + photo).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get(page).session(liangxi)).andExpect(status().isNotFound());

		f.recordAll(mvc, id, "H03");
		mvc.perform(post(page + "/findings").session(f.inspector()).with(csrf()).param("itemCode", "H03")
			.param("severity", "SERIOUS").param("description", "未留样"))
			.andExpect(redirectedUrl(page + "#findings"));
		mvc.perform(post(page + "/conclusion").session(f.inspector()).with(csrf()).param("outcome", "NON_COMPLIANT")
			.param("conclusion", "食品安全严重问题"))
			.andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(f.inspector()))
			.andExpect(content().string(containsString("id=\"inspection-outcome\">不合格")))
			.andExpect(content().string(not(containsString("id=\"conclusion-form\""))));
		mvc.perform(post(page + "/conclusion").session(f.district()).with(csrf()).param("outcome", "NON_COMPLIANT"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("检查已办结，不能再修改")));
	}

	@Test
	void theInstitutionAnswersTheInspectorClosesAndTheDistrictPublishes() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "page-rect", 36_103, "320282102");
		UUID id = f.open(mvc);
		f.recordAll(mvc, id, "A02");
		f.finding(mvc, id, "A02", "MINOR");
		f.conclude(mvc, id, "RECTIFY");
		String order = jdbc.sql("SELECT id FROM supervision_rectification WHERE inspection_id = :id").param("id", id)
			.query(String.class).single();
		mvc.perform(get("/org/supervision/rectifications").session(f.org()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"order-" + order + "\"")))
			.andExpect(content().string(containsString("待整改")));
		// past its deadline and still open: overdue for the institution and the inspector
		jdbc.sql("UPDATE supervision_rectification SET issued_on = :issued, deadline = :deadline WHERE id = :id")
			.param("issued", TestClock.today().minusDays(30)).param("deadline", TestClock.today().minusDays(2))
			.param("id", UUID.fromString(order)).update();
		mvc.perform(get("/org/supervision/rectifications").session(f.org()))
			.andExpect(content().string(containsString("id=\"overdue-orders\"")))
			.andExpect(content().string(containsString("已逾期")));
		mvc.perform(get("/admin/supervision/rectifications?mine").session(f.inspector()))
			.andExpect(content().string(containsString("1 个整改通知已逾期未整改")));
		mvc.perform(post("/org/supervision/rectifications/" + order + "/answer").session(f.org()).with(csrf())
			.param("answer", " "))
			.andExpect(flash().attribute("flashError", "supervision.inspection.field.required"));
		mvc.perform(post("/org/supervision/rectifications/" + order + "/answer").session(f.org()).with(csrf())
			.param("answer", "已组织演练"))
			.andExpect(redirectedUrl("/org/supervision/rectifications#order-" + order));
		mvc.perform(get("/admin/supervision/rectifications?mine").session(f.inspector()))
			.andExpect(content().string(containsString("已组织演练")))
			.andExpect(content().string(containsString("/admin/supervision/rectifications/" + order + "/acceptance")));
		mvc.perform(post("/admin/supervision/rectifications/" + order + "/acceptance").session(f.inspector()).with(csrf()))
			.andExpect(flash().attribute("flash", "supervision.rectification.closedSaved"));
		mvc.perform(post("/admin/supervision/rectifications/" + order + "/acceptance").session(f.inspector()).with(csrf()))
			.andExpect(flash().attribute("flashError", "supervision.rectification.notAnswered"));

		// the result is overdue for publication: the district's list counts and highlights it
		jdbc.sql("UPDATE supervision_inspection SET publication_due_on = :due WHERE id = :id")
			.param("due", TestClock.today().minusDays(3)).param("id", id).update();
		mvc.perform(get("/admin/supervision/inspections?unpublished").session(f.district()))
			.andExpect(content().string(containsString("id=\"overdue-publications\"")))
			.andExpect(content().string(containsString("overdue-publication")));
		mvc.perform(post("/admin/supervision/inspections/" + id + "/publication").session(f.district()).with(csrf()))
			.andExpect(flash().attribute("flash", "supervision.publication.published"));
		mvc.perform(get("/directory/inspections?division=320282102&outcome=RECTIFY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"published-" + id + "\"")))
			.andExpect(content().string(containsString("安全保障：一般 1，严重 0")));
		mvc.perform(get("/directory/inspections?division=abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flash-error\"")));
		mvc.perform(get("/directory/inspections?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published inspection results")));
	}
}
