package org.tuoyu.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TuoyuTest;

@TuoyuTest
class StaffPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anInstitutionHiresAndRecordsCertificatesAndTheRegulatorSeesThemAndTheBanList() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		UUID institution = Institutions.register(mvc, admin, 21_001, "staff-pages", "320213021");
		MockHttpSession org = Logins.login(mvc, "staff-pages", Institutions.PASSWORD);

		mvc.perform(get("/org/staff").session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记入职")))
			.andExpect(content().string(containsString("尚无在职员工")));
		mvc.perform(get("/org/staff").session(org))
			.andExpect(content().string(not(containsString("type=\"checkbox\""))));
		mvc.perform(post("/org/staff").session(org).with(csrf()).param("name", "陈静").param("residentId", "320202199003150011")
			.param("role", "CAREGIVER").param("startedOn", "2026-09-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("hire", "residentId", "value.residentId.checksum"));
		String id = ResidentIds.valid(800);
		String location = mvc.perform(post("/org/staff").session(org).with(csrf()).param("name", "陈静")
			.param("residentId", id).param("phone", "13912345678").param("role", "CAREGIVER")
			.param("startedOn", "2026-09-01"))
			.andExpect(redirectedUrlPattern("/org/staff/people/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id.substring(0, 6) + "********" + id.substring(14))))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(containsString("缺失")));
		mvc.perform(multipart(location + "/certificates").session(org).with(csrf()).param("type", "CAREGIVER")
			.param("number", "BY-1").param("issuer", "无锡市人社局").param("issuedOn", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("certificate", "level", "staff.certificate.levelRequired"));
		mvc.perform(multipart(location + "/certificates").file(new MockMultipartFile("scan", "", "", new byte[0]))
			.session(org).with(csrf()).param("type", "CAREGIVER").param("level", "4").param("number", "BY-1")
			.param("issuer", "无锡市人社局").param("issuedOn", "2025-01-01"))
			.andExpect(redirectedUrl(location));
		mvc.perform(get(location).session(org)).andExpect(content().string(containsString("4级")));
		mvc.perform(post(location + "/trainings").session(org).with(csrf()).param("course", "婴幼儿照护").param("provider", "市妇幼")
			.param("hours", "abc").param("takenOn", "2026-10-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("training", "hours"));
		mvc.perform(post(location + "/trainings").session(org).with(csrf()).param("course", "婴幼儿照护").param("provider", "市妇幼")
			.param("hours", "12.5").param("takenOn", "2026-10-01"))
			.andExpect(redirectedUrl(location));
		mvc.perform(post(location + "/qualifications").session(org).with(csrf()).param("education", "COLLEGE")
			.param("experienceSince", "2019"))
			.andExpect(redirectedUrl(location));
		mvc.perform(get(location).session(org))
			.andExpect(content().string(containsString("2026年：12.5学时")))
			.andExpect(content().string(containsString("<option value=\"COLLEGE\" selected=\"selected\">大专</option>")));

		mvc.perform(get("/admin/staff").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光宝贝托育中心 staff-pages")));
		// no classes and no places yet: nothing is short
		mvc.perform(get("/admin/staff").param("shortOnly", "true").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("阳光宝贝托育中心 staff-pages"))));
		mvc.perform(get("/admin/staff/institutions/" + institution).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陈静")));
		mvc.perform(get("/admin/staff/gaps").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("健康证")));
		mvc.perform(get("/admin/staff/people/" + location.substring(location.lastIndexOf('/') + 1)).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保育师证")));

		mvc.perform(post("/admin/bans").session(admin).with(csrf()).param("name", "黄某").param("residentId", id)
			.param("reason", "体罚婴幼儿").param("decisionDocument", "锡卫禁字〔2026〕9号").param("decidedOn", "2026-11-01")
			.param("managers", "赵主管 " + ResidentIds.valid(801)))
			.andExpect(redirectedUrl("/admin/bans"));
		mvc.perform(get("/admin/bans").session(admin))
			.andExpect(content().string(containsString("体罚婴幼儿")))
			.andExpect(content().string(containsString("赵主管")));
		mvc.perform(post("/admin/bans/checks").session(admin).with(csrf()).param("residentId", id))
			.andExpect(content().string(containsString("在禁业名单中，不能聘用")));
		mvc.perform(get("/org/staff").session(org)).andExpect(status().isOk());
		mvc.perform(get("/admin/bans").session(org)).andExpect(status().isForbidden());
	}
}
