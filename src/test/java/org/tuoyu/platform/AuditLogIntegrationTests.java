package org.tuoyu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.platform.audit.AuditVerification;
import org.tuoyu.platform.audit.JdbcAuditLog;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcAuditLog chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void rowsCannotBeUpdatedOrDeleted() {
		audit.record(AuditEntry.of("TEST_APPEND_ONLY", "test", "1"));
		assertThatThrownBy(() -> jdbc.sql("UPDATE platform_audit_event SET details = 'x' WHERE action = 'TEST_APPEND_ONLY'")
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit_event").update()).hasMessageContaining("append-only");
		// a pending row may only be linked, once: its content stays as written
		assertThatThrownBy(() -> jdbc.sql("""
				UPDATE platform_audit_event SET details = 'x', previous_hash = 'a', hash = 'b', chain_position = -1
				WHERE action = 'TEST_APPEND_ONLY'""").update()).hasMessageContaining("append-only");
		assertThat(chain.chain()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE hash IS NULL").query(Long.class).single())
			.isZero();
		assertThatThrownBy(() -> jdbc.sql("""
				UPDATE platform_audit_event SET hash = 'b' WHERE action = 'TEST_APPEND_ONLY'""").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				int n = i;
				tasks.add(() -> {
					audit.record(AuditEntry.of("TEST_CONCURRENT", "test", n));
					return null;
				});
			}
			for (Future<Void> result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_event WHERE action = 'TEST_CONCURRENT'")
			.query(Long.class)
			.single()).isEqualTo(80);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aTamperedRowIsReportedAsTheFirstBreakInTheChain() throws Exception {
		for (int i = 0; i < 3; i++) {
			audit.record(AuditEntry.of("TEST_TAMPER", "test", i).withDetails("original " + i));
		}
		assertThat(chain.verify().intact()).isTrue();
		long victim = jdbc.sql("SELECT min(seq) FROM platform_audit_event WHERE action = 'TEST_TAMPER'")
			.query(Long.class)
			.single();
		rewriteDetails(victim, "forged");
		try {
			expectTamperingReported(victim);
		}
		finally {
			rewriteDetails(victim, "original 0");
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	private void expectTamperingReported(long victim) throws Exception {
		AuditVerification verification = chain.verify();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstTamperedSeq()).isEqualTo(victim);

		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/api/v1/audit/verification").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstTamperedSeq").value(victim));
		AuditVerification flashed = (AuditVerification) mvc.perform(post("/admin/audit/verify").session(admin).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("verification");
		assertThat(flashed.firstTamperedSeq()).isEqualTo(victim);
		mvc.perform(get("/admin/audit").session(admin).flashAttr("verification", verification))
			.andExpect(content().string(containsString("发现篡改：第 " + victim + " 条记录")));

	}

	/** What an attacker with database rights could do: bypass the trigger and edit a row. */
	private void rewriteDetails(long seq, String details) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("UPDATE platform_audit_event SET details = :details WHERE seq = :seq")
				.param("details", details)
				.param("seq", seq)
				.update();
		});
	}

	@Test
	void theAuditPageFiltersByActionAndActor() throws Exception {
		audit.recordAs(null, "filter-probe", AuditEntry.of("TEST_FILTER", "test", "f1").withDetails("visible"));
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(get("/admin/audit").session(admin).param("action", "TEST_FILTER").param("actor", "filter-probe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("visible")));
		mvc.perform(get("/api/v1/audit").session(admin).param("action", "TEST_FILTER"))
			.andExpect(jsonPath("$[0].actorName").value("filter-probe"))
			.andExpect(jsonPath("$.length()").value(1));
	}
}
