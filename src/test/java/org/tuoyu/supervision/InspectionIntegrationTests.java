package org.tuoyu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.platform.WorkingDays;
import org.tuoyu.supervision.internal.FindingsRiskSignal;
import org.tuoyu.test.Officers;
import org.tuoyu.test.TuoyuTest;
import org.tuoyu.test.TestClock;

@TuoyuTest
@RecordApplicationEvents
class InspectionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	FindingsRiskSignal findingsSignal;

	@Test
	void anInspectionIsRecordedConcludedRectifiedAndPublished() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "flow", 36_001, "320282100");
		UUID id = f.open(mvc);
		mvc.perform(get("/api/v1/supervision/inspections?mine=true").session(f.inspector()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inspections[*].id", hasItem(id.toString())));
		f.recordAll(mvc, id, "A03");
		mvc.perform(multipart("/api/v1/supervision/inspections/" + id + "/items/A03/photos")
			.file(InspectionFixtures.photo(InspectionFixtures.PNG)).session(f.inspector()).with(csrf()))
			.andExpect(status().isCreated());
		f.finding(mvc, id, "A03", "SERIOUS");
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/conclusion").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"COMPLIANT\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.errors[0].code").value("supervision.inspection.outcome.compliantWithFindings"));
		f.conclude(mvc, id, "RECTIFY");

		InspectionConcluded concluded = events.stream(InspectionConcluded.class)
			.filter(e -> e.inspectionId().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(concluded.outcome()).isEqualTo(InspectionOutcome.RECTIFY);
		assertThat(concluded.seriousFindings()).isEqualTo(1);
		assertThat(concluded.minorFindings()).isZero();
		assertThat(concluded.divisionCode()).isEqualTo("320282100");

		LocalDate today = TestClock.today();
		mvc.perform(get("/api/v1/supervision/inspections/" + id).session(f.district()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.summary.publicationDueOn").value(workingDays.plusWorkingDays(today, 20).toString()))
			.andExpect(jsonPath("$.checklistVersion").value("checklist-v1"))
			.andExpect(jsonPath("$.items.length()").value(16))
			.andExpect(jsonPath("$.photos.length()").value(1));
		// read-only once concluded
		mvc.perform(put("/api/v1/supervision/inspections/" + id + "/items/C01").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"NOT_MET\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.inspection.readOnly"));

		String orders = mvc.perform(get("/api/v1/org/rectifications").session(f.org()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andExpect(jsonPath("$[0].deadline").value(workingDays.plusWorkingDays(today, 5).toString()))
			.andReturn().getResponse().getContentAsString();
		String order = orders.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_notification n JOIN platform_account a ON a.id = n.account_id "
				+ "WHERE a.username = 'sv-b-o-flow' AND n.message_key = 'supervision.rectification.notification.issued'")
			.query(Integer.class).single()).isEqualTo(1);

		mvc.perform(multipart("/api/v1/org/rectifications/" + order + "/photos")
			.file(InspectionFixtures.photo("not an image".getBytes())).session(f.org()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("supervision.inspection.photo.format"));
		mvc.perform(multipart("/api/v1/org/rectifications/" + order + "/photos")
			.file(InspectionFixtures.photo(InspectionFixtures.PNG)).session(f.org()).with(csrf()))
			.andExpect(status().isCreated());
		answer(f.org(), order, "已清理消防通道");
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/return").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/return").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"请补充照片\"}"))
			.andExpect(status().isNoContent());
		answer(f.org(), order, "已清理并张贴标识");
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/acceptance").session(f.inspector()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/escalation").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"晚了\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/org/rectifications/" + order).session(f.org()))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.photoIds.length()").value(1));

		mvc.perform(get("/api/v1/public/inspections?division=320282100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].inspectionId", not(hasItem(id.toString()))));
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/publication").session(f.inspector()).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/publication").session(f.district()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/publication").session(f.district()).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/public/inspections?division=320282100&outcome=RECTIFY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[?(@.inspectionId == '%s')].seriousFindings".formatted(id)).value(1))
			.andExpect(jsonPath("$.results[?(@.inspectionId == '%s')].ordersClosed".formatted(id)).value(1))
			.andExpect(jsonPath("$.results[?(@.inspectionId == '%s')].byDimension[0].dimension".formatted(id))
				.value("SAFETY"));
		mvc.perform(get("/directory/institutions/" + f.institution().id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"inspection-results\"")));

		assertThat(findingsSignal.factors(List.of(f.institution().id()), today))
			.containsEntry(f.institution().id(), new BigDecimal("1.5"));
	}

	@Test
	void inspectionsAndOrdersOutsideTheScopeAreNotFound() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "scope", 36_002, "320282101");
		UUID id = f.open(mvc);
		MockHttpSession liangxi = Officers.signedIn(mvc, f.admin(), "sv-b-d-liangxi", "DISTRICT_ADMIN", "320213",
				InspectionFixtures.PASSWORD);
		MockHttpSession otherInspector = Officers.signedIn(mvc, f.admin(), "sv-b-i-liangxi", "INSPECTOR", "320213",
				InspectionFixtures.PASSWORD);
		mvc.perform(get("/api/v1/supervision/inspections/" + id).session(liangxi))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/supervision/inspections/" + id + "/items/C01").session(otherInspector).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"MET\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/inspections").session(liangxi))
			.andExpect(jsonPath("$.inspections[*].id", not(hasItem(id.toString()))));
		// an inspector of another district cannot be assigned, whatever the request says
		mvc.perform(post("/api/v1/supervision/inspections").session(f.district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"institutionId":"%s","inspectorAccountIds":["%s"],"dueOn":"%s","reason":"核查"}
					""".formatted(f.institution().id(), InspectionFixtures.accountId(jdbc, "sv-b-i-liangxi"),
					TestClock.today().plusDays(3))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("inspectorAccountIds"));
		// Liangxi's administrator cannot open one for a Yixing institution
		mvc.perform(post("/api/v1/supervision/inspections").session(liangxi).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"institutionId":"%s","inspectorAccountIds":["%s"],"dueOn":"%s","reason":"核查"}
					""".formatted(f.institution().id(), f.inspectorId(), TestClock.today().plusDays(3))))
			.andExpect(status().isNotFound());
		// an inspector opens nothing
		mvc.perform(post("/api/v1/supervision/inspections").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"institutionId":"%s","inspectorAccountIds":["%s"],"dueOn":"%s","reason":"核查"}
					""".formatted(f.institution().id(), f.inspectorId(), TestClock.today().plusDays(3))))
			.andExpect(status().isUnprocessableContent());

		f.recordAll(mvc, id, "M01");
		f.finding(mvc, id, "M01", "MINOR");
		f.conclude(mvc, id, "RECTIFY");
		String order = jdbc.sql("SELECT id FROM supervision_rectification WHERE inspection_id = :id").param("id", id)
			.query(String.class).single();
		InspectionFixtures other = InspectionFixtures.create(mvc, jdbc, "scope2", 36_003, "320282101");
		mvc.perform(get("/api/v1/org/rectifications/" + order).session(other.org())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/org/rectifications/" + order + "/answer").session(other.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"不是我们的\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/rectifications/" + order).session(liangxi)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/supervision/inspections").session(other.org())).andExpect(status().isNotFound());
	}

	@Test
	void twoConcurrentConclusionsLetOneWinAndTellTheOtherItConflicts() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "race", 36_004, "320282102");
		UUID id = f.open(mvc);
		f.recordAll(mvc, id, null);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (MockHttpSession session : List.of(f.inspector(), f.district())) {
				Callable<Integer> conclude = () -> {
					start.await();
					return mvc.perform(post("/api/v1/supervision/inspections/" + id + "/conclusion").session(session)
						.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"COMPLIANT\"}"))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(conclude));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(events.stream(InspectionConcluded.class).filter(e -> e.inspectionId().equals(id)).count()).isEqualTo(1);
	}

	@Test
	void aDrawSchedulesOneInspectionPerAssignmentEvenWhenDeliveredTwice() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "draw", 36_005, "320282103");
		DrawMade draw = new DrawMade(UUID.randomUUID(), UUID.randomUUID(), InspectionFixtures.DISTRICT,
				TestClock.today(), TestClock.today().plusMonths(2),
				List.of(new DrawMade.Assignment(f.institution().id(), List.of(f.inspectorId()))));
		transactions.executeWithoutResult(tx -> publisher.publishEvent(draw));
		transactions.executeWithoutResult(tx -> publisher.publishEvent(draw));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		int scheduled = 0;
		while (System.nanoTime() < deadline) {
			scheduled = jdbc.sql("SELECT count(*) FROM supervision_inspection WHERE draw_id = :draw")
				.param("draw", draw.drawId()).query(Integer.class).single();
			Integer pending = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
					+ "AND serialized_event LIKE :draw").param("draw", "%" + draw.drawId() + "%").query(Integer.class).single();
			if (scheduled > 0 && pending == 0) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(scheduled).isEqualTo(1);
		mvc.perform(get("/api/v1/supervision/inspections?mine=true&status=SCHEDULED").session(f.inspector()))
			.andExpect(jsonPath("$.inspections[?(@.source == 'DRAW')].dueOn").value(draw.periodEnd().toString()));
	}

	@Test
	void anUnsettledOrderIsEscalatedAndTheEscalationIsPublished() throws Exception {
		InspectionFixtures f = InspectionFixtures.create(mvc, jdbc, "escalate", 36_006, "320282103");
		UUID id = f.open(mvc);
		f.recordAll(mvc, id, "S01");
		f.finding(mvc, id, "S01", "MINOR");
		String finding = jdbc.sql("SELECT id FROM supervision_finding WHERE inspection_id = :id").param("id", id)
			.query(String.class).single();
		mvc.perform(delete("/api/v1/supervision/inspections/" + id + "/findings/" + finding).session(f.inspector()).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/supervision/inspections/" + id + "/findings/" + finding).session(f.inspector()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/inspections/" + id + "/conclusion").session(f.inspector()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"RECTIFY\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("supervision.finding.requiredFor"));
		f.finding(mvc, id, "S01", "SERIOUS");
		f.conclude(mvc, id, "NON_COMPLIANT");
		String order = jdbc.sql("SELECT id FROM supervision_rectification WHERE inspection_id = :id").param("id", id)
			.query(String.class).single();
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/acceptance").session(f.inspector()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("supervision.rectification.notAnswered"));
		mvc.perform(post("/api/v1/supervision/rectifications/" + order + "/escalation").session(f.district()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"无证上岗，移交执法\"}"))
			.andExpect(status().isNoContent());
		assertThat(events.stream(RectificationEscalated.class).filter(e -> e.orderId().toString().equals(order)).count())
			.isEqualTo(1);
		mvc.perform(post("/api/v1/org/rectifications/" + order + "/answer").session(f.org()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"晚了\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void thePublicListRefusesABadFilterWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/public/inspections?division=32A"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("division"));
		mvc.perform(get("/api/v1/public/inspections?page=0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("supervision.publication.page.invalid"));
		mvc.perform(get("/api/v1/public/inspections?outcome=GOOD")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/inspections?division=320282103&page=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1));
	}

	private void answer(MockHttpSession org, String order, String text) throws Exception {
		mvc.perform(post("/api/v1/org/rectifications/" + order + "/answer").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"" + text + "\"}"))
			.andExpect(status().isNoContent());
	}
}
