package org.tuoyu.messaging.moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.account.Accounts;
import org.tuoyu.test.ExifJpegs;
import org.tuoyu.test.Institutions;
import org.tuoyu.test.Logins;
import org.tuoyu.test.Officers;
import org.tuoyu.test.PlacedChildren;
import org.tuoyu.test.PlacedChildren.Family;
import org.tuoyu.test.ResidentIds;
import org.tuoyu.test.TestClock;
import org.tuoyu.test.TuoyuTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moments end to end on the real database, over HTTP: photo consent enforced when tagging, viewing and
 * downloading, also once it is withdrawn after posting; EXIF (GPS, device) gone from the stored photo and
 * thumbnail; bad input refused with its own message and nothing written; what each role sees; the
 * guardians told; the moments on the child's growth record; the pages.
 */
@TuoyuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentIntegrationTests {

	static final String STREET = "320213021";

	static final String PASSWORD = "Moments2026test";

	static final Path FILES = Path.of("target/test-files/moments");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	Accounts accounts;

	Institutions.Filed classA;

	Institutions.Filed classB;

	MockHttpSession org;

	MockHttpSession caregiverA;

	MockHttpSession caregiverB;

	MockHttpSession healthWorker;

	MockHttpSession otherOrg;

	MockHttpSession officer;

	Family a1;

	Family a2;

	Family a3;

	Family a4;

	Family b1;

	Family other;

	@BeforeAll
	void twoClassesWithTheirCaregiversAnotherInstitutionAndConsents() throws Exception {
		MockHttpSession admin = Logins.login(mvc, "admin", TuoyuTest.ADMIN_PASSWORD);
		classA = Institutions.filedWithClass(mvc, jdbc, admin, 59_001, "moment-org", STREET, "小一班", "TODDLER", 15);
		PlacedChildren placed = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD);
		org = Logins.login(mvc, "moment-org", Institutions.PASSWORD);
		classB = addClass("小二班");
		LocalDate birth = TestClock.today().minusMonths(20);
		a1 = placed.family(classA, "13959000001", "周一一", birth);
		a2 = placed.family(classA, "13959000002", "吴二二", birth);
		a3 = placed.family(classA, "13959000003", "郑三三", birth);
		a4 = placed.family(classA, "13959000004", "王四四", birth);
		b1 = placed.family(classB, "13959000005", "冯五五", birth);
		caregiverA = caregiver(placed, classA, "moment-care-a", 591);
		caregiverB = caregiver(placed, classB, "moment-care-b", 592);
		healthWorker = placed.staff(classA, STREET, "moment-health", Role.HEALTH_WORKER);
		Institutions.Filed elsewhere = Institutions.filedWithClass(mvc, jdbc, admin, 59_002, "moment-other", STREET, "大一班",
				"TODDLER", 15);
		other = placed.family(elsewhere, "13959000006", "陈六六", birth);
		otherOrg = Logins.login(mvc, "moment-other", Institutions.PASSWORD);
		officer = Officers.signedIn(mvc, admin, "moment-street", "STREET_OFFICER", STREET, PASSWORD);
		for (Family consenting : List.of(a1, a2, a4, b1, other)) {
			consent(consenting, true);
		}
		// a3's guardians have not consented to photos
	}

	@Test
	void thePhotoIsStoredWithoutItsExifAndWithAThumbnail() throws Exception {
		byte[] upload = ExifJpegs.jpegWithExif(1200, 900, 1);
		assertThat(ExifJpegs.markers(upload)).contains(0xE1);
		JsonNode moment = created(postMoment(caregiverA, List.of(a1.child(), a2.child()), "户外活动：滑滑梯",
				photo("IMG_0001.jpg", upload)));

		assertThat(moment.get("note").asString()).isEqualTo("户外活动：滑滑梯");
		assertThat(moment.get("children")).hasSize(2);
		JsonNode photo = moment.get("photos").get(0);
		assertThat(photo.get("width").asInt()).isEqualTo(1200);
		assertThat(photo.get("contentType").asString()).isEqualTo("image/jpeg");
		String photoId = photo.get("id").asString();
		var row = jdbc.sql("SELECT sha256, thumbnail_sha256, division_code FROM messaging_moment_photo p "
				+ "JOIN messaging_moment m ON m.id = p.moment_id WHERE p.id = :id")
			.param("id", UUID.fromString(photoId))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(row[2]).isEqualTo(STREET);
		byte[] original = Files.readAllBytes(stored(row[0]));
		byte[] thumbnail = Files.readAllBytes(stored(row[1]));
		for (byte[] kept : List.of(original, thumbnail)) {
			assertThat(ExifJpegs.markers(kept)).as("segments of a stored file").doesNotContain(0xE1).contains(0xDA);
			assertThat(ExifJpegs.contains(kept, "Exif")).isFalse();
			assertThat(ExifJpegs.contains(kept, ExifJpegs.MAKE)).isFalse();
			assertThat(ExifJpegs.contains(kept, ExifJpegs.MODEL)).isFalse();
		}
		assertThat(thumbnail.length).isLessThan(original.length);

		// what a guardian downloads is the stored file, without EXIF
		byte[] downloaded = mvc.perform(get("/api/v1/moments/photos/" + photoId).param("download", "").session(a1.guardian()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", containsString("private")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(original);
		byte[] small = mvc.perform(get("/api/v1/moments/photos/" + photoId + "/thumbnail").session(a2.guardian()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(small).isEqualTo(thumbnail);
	}

	@Test
	void aChildWithoutPhotoConsentCannotBeTaggedAndNothingIsWritten() throws Exception {
		long moments = moments();
		long files = files();
		postMoment(caregiverA, List.of(a1.child(), a3.child()), "一起搭积木", photo("a.jpg", ExifJpegs.jpegWithExif(320, 240, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("childIds"))
			.andExpect(jsonPath("$.errors[0].code").value("messaging.moments.consent.missing"))
			.andExpect(jsonPath("$.detail").value(containsString("郑三三的家长尚未同意照片授权")));
		assertThat(moments()).isEqualTo(moments);
		assertThat(files()).isEqualTo(files);
		// the tablet shows who may not be tagged
		mvc.perform(get("/api/v1/moments/taggable").session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.classes[*].name").value(contains("小一班")))
			.andExpect(jsonPath("$.classes[0].children[?(@.name == '郑三三')].photoConsent").value(false))
			.andExpect(jsonPath("$.classes[0].children[?(@.name == '周一一')].photoConsent").value(true));
	}

	@Test
	void badInputIsRefusedWithItsOwnMessageAndNothingIsWritten() throws Exception {
		long moments = moments();
		long files = files();
		byte[] jpeg = ExifJpegs.jpegWithExif(320, 240, 1);
		// a child of another institution, of another class: not found
		postMoment(caregiverA, List.of(a1.child(), other.child()), "x", photo("a.jpg", jpeg)).andExpect(status().isNotFound());
		postMoment(org, List.of(other.child()), "x", photo("a.jpg", jpeg)).andExpect(status().isNotFound());
		postMoment(caregiverA, List.of(b1.child()), "x", photo("a.jpg", jpeg)).andExpect(status().isNotFound());
		// not a photo, HEIC, too large, unreadable, empty, nobody tagged, too long a note
		refused(postMoment(caregiverA, List.of(a1.child()), null, photo("合同.pdf", "%PDF-1.7 ...".getBytes())), "photos",
				"“合同.pdf”不是 JPEG 或 PNG 照片");
		byte[] heic = new byte[256];
		System.arraycopy(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' }, 0, heic, 0, 12);
		refused(postMoment(caregiverA, List.of(a1.child()), null, photo("IMG_1234.HEIC", heic)), "photos",
				"照片“IMG_1234.HEIC”是 HEIC 格式，暂不支持");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(jpeg, 0, large, 0, jpeg.length);
		refused(postMoment(caregiverA, List.of(a1.child()), null, photo("大.jpg", large)), "photos", "照片“大.jpg”超过 10 MB");
		refused(postMoment(caregiverA, List.of(a1.child()), null, photo("坏.jpg", java.util.Arrays.copyOf(jpeg, 300))),
				"photos", "无法读取照片“坏.jpg”");
		refused(postMoment(caregiverA, List.of(a1.child()), "   ", null), "photos", "请添加照片或写几句话后再发布");
		refused(postMoment(caregiverA, List.of(), "今天很开心", photo("a.jpg", jpeg)), "childIds", "请选择照片中的幼儿");
		refused(postMoment(caregiverA, List.of(a1.child()), "好".repeat(501), null), "note", "文字最多 500 字，现在是 501 字");
		List<MockMultipartFile> ten = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ten.add(photo(i + ".jpg", jpeg));
		}
		refused(postMoment(caregiverA, List.of(a1.child()), null, ten.toArray(MockMultipartFile[]::new)), "photos",
				"一条成长瞬间最多 9 张照片");
		assertThat(moments()).isEqualTo(moments);
		assertThat(files()).isEqualTo(files);
		// a note alone is a moment
		mvc.perform(post("/api/v1/moments").session(caregiverA).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"childIds\":[\"%s\"],\"note\":\"今天学会了自己穿鞋\"}".formatted(a4.child())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.photos", hasSize(0)));
	}

	@Test
	void eachRoleSeesOnlyItsOwn() throws Exception {
		String inA = created(postMoment(caregiverA, List.of(a1.child(), a2.child()), "小一班的手工课",
				photo("a.png", ExifJpegs.pngWithMetadata(200, 150)))).get("id").asString();
		String inB = created(postMoment(caregiverB, List.of(b1.child()), "小二班的绘本", photo("b.jpg",
				ExifJpegs.jpegWithExif(300, 200, 1)))).get("id").asString();
		String photoA = moment(org, inA).get("photos").get(0).get("id").asString();

		// staff: the administrator and the health worker every class, a caregiver their class
		assertThat(feedIds(org)).contains(inA, inB);
		assertThat(feedIds(healthWorker)).contains(inA, inB);
		assertThat(feedIds(caregiverA)).contains(inA).doesNotContain(inB);
		assertThat(feedIds(caregiverB)).contains(inB).doesNotContain(inA);
		assertThat(feedIds(otherOrg)).doesNotContain(inA, inB);
		moment(caregiverA, inA);
		mvc.perform(get("/api/v1/moments/" + inA).session(caregiverA))
			.andExpect(jsonPath("$.children[*].name").value(containsInAnyOrder("周一一", "吴二二")));
		expect(caregiverB, "/api/v1/moments/" + inA, 404);
		expect(otherOrg, "/api/v1/moments/" + inA, 404);
		expect(caregiverB, "/api/v1/moments/photos/" + photoA, 404);
		expect(otherOrg, "/api/v1/moments/photos/" + photoA + "/thumbnail", 404);

		// guardians: the moments of their own child, with their own child only
		assertThat(feedIds(a1.guardian())).contains(inA).doesNotContain(inB);
		mvc.perform(get("/api/v1/moments/" + inA).session(a1.guardian()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[*].name").value(contains("周一一")))
			.andExpect(jsonPath("$.withdrawable").value(false));
		assertThat(feedIds(b1.guardian())).contains(inB).doesNotContain(inA);
		assertThat(feedIds(a3.guardian())).doesNotContain(inA, inB);
		expect(b1.guardian(), "/api/v1/moments/" + inA, 404);
		expect(a3.guardian(), "/api/v1/moments/photos/" + photoA, 404);
		expect(other.guardian(), "/api/v1/moments/photos/" + photoA + "/thumbnail", 404);
		expect(a2.guardian(), "/api/v1/moments/photos/" + photoA, 200);
		expect(a1.guardian(), "/api/v1/moments?childId=" + b1.child(), 404);
		expect(caregiverA, "/api/v1/moments?childId=" + b1.child(), 404);

		// officers and strangers never
		expect(officer, "/api/v1/moments", 403);
		expect(officer, "/api/v1/moments/photos/" + photoA, 403);
		expect(officer, "/org/moments", 403);
		mvc.perform(get("/api/v1/moments")).andExpect(status().isUnauthorized());
		postMoment(a1.guardian(), List.of(a1.child()), "x", null).andExpect(status().isForbidden());
		postMoment(officer, List.of(a1.child()), "x", null).andExpect(status().isForbidden());

		// a caregiver withdraws their own moment only; the administrator any of the institution's
		mvc.perform(post("/api/v1/moments/" + inB + "/withdrawal").session(caregiverA).with(csrf()))
			.andExpect(status().isNotFound());
		String byHead = created(postMoment(org, List.of(a1.child()), "园长拍的", null)).get("id").asString();
		mvc.perform(post("/api/v1/moments/" + byHead + "/withdrawal").session(caregiverA).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("只有发布者或机构管理员可以撤回这条成长瞬间。"));
		mvc.perform(post("/api/v1/moments/" + inB + "/withdrawal").session(org).with(csrf())).andExpect(status().isNoContent());
		assertThat(feedIds(b1.guardian())).doesNotContain(inB);
		assertThat(feedIds(caregiverB)).doesNotContain(inB);
		assertThat(jdbc.sql("SELECT withdrawn_at IS NOT NULL FROM messaging_moment WHERE id = :id")
			.param("id", UUID.fromString(inB)).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aConsentWithdrawnAfterPostingTakesTheChildOutOfTheMomentAndTheMomentOutOfTheFamily() throws Exception {
		Family leaving = new PlacedChildren(mvc, json, accountManagement, accounts, PASSWORD).family(classA, "13959000011",
				"褚十一", TestClock.today().minusMonths(22));
		consent(leaving, true);
		String together = created(postMoment(caregiverA, List.of(a1.child(), leaving.child()), "一起拍皮球",
				photo("ball.jpg", ExifJpegs.jpegWithExif(400, 300, 1)))).get("id").asString();
		String alone = created(postMoment(caregiverA, List.of(leaving.child()), "午睡醒了",
				photo("nap.jpg", ExifJpegs.jpegWithExif(400, 300, 1)))).get("id").asString();
		String photo = moment(caregiverA, together).get("photos").get(0).get("id").asString();
		String alonePhoto = moment(caregiverA, alone).get("photos").get(0).get("id").asString();
		assertThat(feedIds(leaving.guardian())).contains(together, alone);
		expect(leaving.guardian(), "/api/v1/moments/photos/" + photo, 200);
		mvc.perform(get("/api/v1/moments/children/" + leaving.child() + "/count").session(leaving.guardian()))
			.andExpect(jsonPath("$.moments").value(2))
			.andExpect(jsonPath("$.photos").value(2));

		consent(leaving, false);

		// the family sees neither moment, nor their photos
		assertThat(feedIds(leaving.guardian())).doesNotContain(together, alone);
		expect(leaving.guardian(), "/api/v1/moments/" + together, 404);
		expect(leaving.guardian(), "/api/v1/moments/photos/" + photo, 404);
		expect(leaving.guardian(), "/api/v1/moments/photos/" + photo + "/thumbnail", 404);
		mvc.perform(get("/api/v1/moments/children/" + leaving.child() + "/count").session(leaving.guardian()))
			.andExpect(jsonPath("$.moments").value(0));
		mvc.perform(get("/family/moments").session(leaving.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(together))));
		// everyone else sees the moment without the child; the moment of that child alone is gone
		mvc.perform(get("/api/v1/moments/" + together).session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[*].name").value(contains("周一一")));
		assertThat(feedIds(org)).contains(together).doesNotContain(alone);
		expect(org, "/api/v1/moments/" + alone, 404);
		expect(org, "/api/v1/moments/photos/" + alonePhoto, 404);
		assertThat(feedIds(a1.guardian())).contains(together);
		expect(a1.guardian(), "/api/v1/moments/photos/" + photo, 200);
		mvc.perform(get("/org/moments").session(org))
			.andExpect(content().string(containsString("moment-" + together)))
			.andExpect(content().string(not(containsString("褚十一"))));
		// and no new moment may tag the child
		postMoment(caregiverA, List.of(leaving.child()), "x", null).andExpect(status().isUnprocessableContent());

		// consent given again brings them back
		consent(leaving, true);
		assertThat(feedIds(leaving.guardian())).contains(together, alone);
	}

	@Test
	void theTaggedChildrensGuardiansAreToldAndTheGrowthRecordCountsTheMoments() throws Exception {
		created(postMoment(caregiverA, List.of(a4.child()), "第一次自己吃饭", photo("eat.jpg", ExifJpegs.jpegWithExif(300, 200, 6))));
		mvc.perform(get("/api/v1/notifications").session(a4.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布了王四四的成长瞬间")))
			.andExpect(content().string(containsString("/family/moments")));
		mvc.perform(get("/api/v1/notifications").session(a3.guardian()))
			.andExpect(content().string(not(containsString("成长瞬间"))));
		// the turned photo is stored upright
		mvc.perform(get("/api/v1/moments?childId=" + a4.child()).session(a4.guardian()))
			.andExpect(jsonPath("$.moments[0].photos[0].width").value(200))
			.andExpect(jsonPath("$.moments[0].photos[0].height").value(300));

		long count = json.readTree(mvc.perform(get("/api/v1/moments/children/" + a4.child() + "/count").session(a4.guardian()))
			.andReturn().getResponse().getContentAsString()).get("moments").asLong();
		assertThat(count).isGreaterThanOrEqualTo(1);
		mvc.perform(get("/family/children/" + a4.child() + "/growth").session(a4.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"growth-links\"")))
			.andExpect(content().string(containsString("成长瞬间 " + count + " 条")))
			.andExpect(content().string(containsString("/family/moments?childId=" + a4.child())));
		mvc.perform(get("/org/health/growth/children/" + a4.child()).session(healthWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/org/moments?childId=" + a4.child())));
		// officers read growth records but not moments
		mvc.perform(get("/api/v1/moments/children/" + a4.child() + "/count").session(officer))
			.andExpect(status().isForbidden());
		// without consent the record counts none
		mvc.perform(get("/family/children/" + a3.child() + "/growth").session(a3.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("成长瞬间 0 条")));
	}

	@Test
	void theTabletFormAndThePhoneFeed() throws Exception {
		mvc.perform(get("/org/moments/new").session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"moment-form\"")))
			.andExpect(content().string(containsString("id=\"tile-" + a3.child() + "\"")))
			.andExpect(content().string(containsString("未同意照片授权")))
			.andExpect(content().string(containsString("accept=\"image/jpeg,image/png\"")));
		// refused: the form again with the reason, the children still chosen
		mvc.perform(multipart("/org/moments").file(photo("a.jpg", ExifJpegs.jpegWithExif(320, 240, 1))).session(caregiverA)
			.with(csrf()).param("childIds", a1.child().toString(), a3.child().toString()).param("note", "页面发布"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("郑三三的家长尚未同意照片授权")))
			.andExpect(content().string(containsString("id=\"photos-again\"")))
			.andExpect(content().string(containsString("页面发布")));
		mvc.perform(multipart("/org/moments").file(photo("a.jpg", ExifJpegs.jpegWithExif(320, 240, 1))).session(caregiverA)
			.with(csrf()).param("childIds", a1.child().toString()).param("note", "页面发布的成长瞬间"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/org/moments"));
		mvc.perform(get("/org/moments").session(caregiverA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面发布的成长瞬间")))
			.andExpect(content().string(containsString("/thumbnail")));
		mvc.perform(get("/family/moments").session(a1.guardian()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面发布的成长瞬间")))
			.andExpect(content().string(containsString("moment-thumbnail")))
			.andExpect(content().string(containsString("download=")));
		mvc.perform(get("/family/moments").session(org)).andExpect(status().isForbidden());
		mvc.perform(get("/family").session(a1.guardian())).andExpect(content().string(containsString("id=\"my-moments\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/moments", "/api/v1/moments/taggable", "/api/v1/moments/{id}",
			"/api/v1/moments/{id}/withdrawal", "/api/v1/moments/photos/{photoId}", "/api/v1/moments/photos/{photoId}/thumbnail",
			"/api/v1/moments/children/{childId}/count" })
	void everyApiIsDocumented(String path) throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + path + "']").exists())
			.andExpect(jsonPath("$.paths['" + path + "'].*.summary").isNotEmpty());
	}

	private ResultActions postMoment(MockHttpSession session, List<UUID> children, String note, MockMultipartFile... photos)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/moments");
		for (MockMultipartFile photo : photos == null ? new MockMultipartFile[0] : photos) {
			request.file(photo);
		}
		for (UUID child : children) {
			request.param("childIds", child.toString());
		}
		if (note != null) {
			request.param("note", note);
		}
		return mvc.perform(request.session(session).with(csrf()));
	}

	private void refused(ResultActions result, String field, String message) throws Exception {
		result.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.detail").value(containsString(message)));
	}

	private JsonNode created(ResultActions result) throws Exception {
		return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private JsonNode moment(MockHttpSession session, String id) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/moments/" + id).session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** The ids on the first page of the user's feed. */
	private List<String> feedIds(MockHttpSession session) throws Exception {
		JsonNode feed = json.readTree(mvc.perform(get("/api/v1/moments").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<String> ids = new ArrayList<>();
		feed.get("moments").forEach(m -> ids.add(m.get("id").asString()));
		return ids;
	}

	private void expect(MockHttpSession session, String path, int status) throws Exception {
		mvc.perform(get(path).session(session)).andExpect(status().is(status));
	}

	private void consent(Family family, boolean given) throws Exception {
		String path = "/api/v1/family/children/" + family.child() + "/consents/PHOTOS";
		mvc.perform((given ? put(path) : delete(path)).session(family.guardian()).with(csrf()))
			.andExpect(status().is2xxSuccessful());
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photos", name, "image/jpeg", content);
	}

	private static Path stored(String sha256) {
		return FILES.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private long moments() {
		return jdbc.sql("SELECT count(*) FROM messaging_moment").query(Long.class).single();
	}

	private static long files() throws Exception {
		if (!Files.isDirectory(FILES)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(FILES)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** A further class of the institution. */
	private Institutions.Filed addClass(String name) throws Exception {
		String site = json.readTree(mvc.perform(get("/api/v1/institutions/" + classA.id()).session(org)).andReturn()
			.getResponse().getContentAsString()).get("sites").get(0).get("id").asString();
		String classId = json.readTree(mvc.perform(post("/api/v1/institutions/" + classA.id() + "/classes").session(org)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"siteId\":\"%s\",\"name\":\"%s\",\"type\":\"TODDLER\",\"capacity\":15}".formatted(site, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		return new Institutions.Filed(classA.id(), UUID.fromString(classId), classA.username());
	}

	/** A caregiver hired, assigned to the class and signing in with a linked account. */
	private MockHttpSession caregiver(PlacedChildren placed, Institutions.Filed careClass, String username, int serial)
			throws Exception {
		MockHttpSession session = placed.staff(classA, STREET, username, Role.CAREGIVER);
		String person = json.readTree(mvc.perform(post("/api/v1/staff").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"保育员%d","residentId":"%s","phone":"13812345678","role":"CAREGIVER","startedOn":"%s"}
					""".formatted(serial, ResidentIds.complete("32020219890909" + "%03d".formatted(serial % 1000)),
					TestClock.today().minusMonths(3))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		mvc.perform(put("/api/v1/staff/people/" + person + "/classes/" + careClass.classId()).session(org).with(csrf()))
			.andExpect(status().is2xxSuccessful());
		UUID account = accounts.findByUsername(username).orElseThrow().id();
		mvc.perform(put("/api/v1/staff/people/" + person + "/account").session(org).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"accountId\":\"%s\"}".formatted(account)))
			.andExpect(status().isNoContent());
		return session;
	}
}
