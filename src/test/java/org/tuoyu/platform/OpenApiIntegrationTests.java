package org.tuoyu.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/me", "/api/v1/institutions", "/api/v1/directory/institutions", "/api/v1/filings/queue",
			"/api/v1/staff", "/api/v1/staff/people/{personId}", "/api/v1/staff/staffing", "/api/v1/staff/import",
			"/api/v1/staff/trainings/import", "/api/v1/bans", "/api/v1/bans/checks", "/api/v1/public/guardians", "/api/v1/family/children",
			"/api/v1/family/invitations", "/api/v1/enrollment/applications", "/api/v1/enrollment/waitlists",
			"/api/v1/public/enrollment/rules", "/api/v1/enrollment/offers", "/api/v1/enrollment/offers/{id}/accept",
			"/api/v1/enrollment/roster", "/api/v1/enrollment/placements/{id}/end", "/api/v1/enrollment/placements", "/api/v1/enrollment/placements/{id}",
			"/api/v1/enrollment/placements/{id}/contract", "/api/v1/enrollment/statements", "/api/v1/attendance/check-ins", "/api/v1/attendance/check-outs",
			"/api/v1/attendance/classes/{classId}", "/api/v1/attendance/ratios", "/api/v1/attendance/breaches",
			"/api/v1/attendance/roll", "/api/v1/attendance/monthly", "/api/v1/family/absences", "/api/v1/attendance/devices", "/api/v1/devices/check-ins",
			"/api/v1/devices/check-outs", "/api/v1/vouchers/programmes",
			"/api/v1/vouchers/programmes/{id}", "/api/v1/vouchers/programmes/{id}/institutions",
			"/api/v1/vouchers/programmes/{id}/issue", "/api/v1/vouchers/programmes/{id}/issue-list",
			"/api/v1/vouchers/programmes/{id}/report", "/api/v1/vouchers/redemptions", "/api/v1/family/vouchers",
			"/api/v1/family/vouchers/{id}", "/api/v1/health/checks", "/api/v1/health/signals", "/api/v1/health/signals/{id}",
			"/api/v1/health/signals/{id}/handling", "/api/v1/health/incidents", "/api/v1/health/incidents/{id}/reported",
			"/api/v1/health/reexaminations", "/api/v1/health/examinations", "/api/v1/health/examinations/{id}/document",
			"/api/v1/health/examinations/schedule", "/api/v1/health/examinations/overdue", "/api/v1/health/immunisations",
			"/api/v1/health/immunisations/{childId}", "/api/v1/health/immunisations/{childId}/certificate",
			"/api/v1/growth/z-scores", "/api/v1/health/children/{childId}/growth",
			"/api/v1/health/children/{childId}/record", "/api/v1/health/growth/summary",
			"/api/v1/statistics/indicators", "/api/v1/statistics/ranking", "/api/v1/statistics/trend",
			"/api/v1/statistics/map/choropleth", "/api/v1/statistics/map/institutions", "/api/v1/statistics/map/gaps",
			"/api/v1/statistics/report", "/api/v1/statistics/exchange/{dataset}", "/api/v1/statistics/rebuild" })
	void everyApiIsDocumented(String path) throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + path + "']").exists());
	}
}
