package org.tuoyu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.CreditCodes;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class FilingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInstitutionFilesThroughThePagesAndTheDistrictFilesIt() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/institutions").session(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Institutions.json(CreditCodes.valid(9001), "page-filer",
					"320213026", "STANDALONE", 1, "")));
		MockHttpSession org = Logins.login(mvc, "page-filer", "Institution2026");
		mvc.perform(post("/org/filings").session(org).with(csrf()).param("kind", "INITIAL"))
			.andExpect(redirectedUrl("/org/filings"));
		UUID filing = jdbc.sql("""
				SELECT f.id FROM institution_filing f JOIN institution_institution i ON i.id = f.institution_id
				WHERE i.credit_code = :code
				""").param("code", CreditCodes.valid(9001)).query(UUID.class).single();
		mvc.perform(multipart("/org/filings/" + filing + "/documents")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "not a pdf".getBytes()))
			.param("type", "LICENCE").session(org).with(csrf()))
			.andExpect(flash().attribute("flashError", "filing.document.type"));
		for (DocumentType type : DocumentType.values()) {
			mvc.perform(multipart("/org/filings/" + filing + "/documents")
				.file(new MockMultipartFile("file", type + ".pdf", "application/pdf", FilingWorkflowIntegrationTests.PDF))
				.param("type", type.name()).session(org).with(csrf()))
				.andExpect(redirectedUrl("/org/filings"));
		}
		mvc.perform(get("/org/filings").session(org)).andExpect(content().string(containsString("消防安全检查合格证明")));
		mvc.perform(post("/org/filings/" + filing + "/submit").session(org).with(csrf()))
			.andExpect(flash().attribute("flash", "institution.saved"));
		mvc.perform(get("/admin/filings").session(admin))
			.andExpect(content().string(containsString("阳光宝贝托育中心 page-filer")));
		mvc.perform(post("/admin/filings/" + filing + "/return").session(admin).with(csrf()).param("reasons", ""))
			.andExpect(flash().attribute("flashError", "filing.return.reasonsRequired"));
		mvc.perform(post("/admin/filings/" + filing + "/file").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/filings/" + filing));
		mvc.perform(get("/admin/filings/" + filing).session(admin))
			.andExpect(content().string(containsString("登记核查结果")));
		assertThat(jdbc.sql("SELECT status FROM institution_filing WHERE id = :id").param("id", filing)
			.query(String.class).single()).isEqualTo("FILED");
	}
}
