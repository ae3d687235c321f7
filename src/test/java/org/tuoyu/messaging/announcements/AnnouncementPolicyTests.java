package org.tuoyu.messaging.announcements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class AnnouncementPolicyTests {

	static final UUID CLASS = UUID.randomUUID();

	static final UUID CHILD = UUID.randomUUID();

	static NewAnnouncement announcement(Audience audience, UUID classId, List<UUID> children, String title, String body) {
		return new NewAnnouncement(audience, classId, children, title, body, false);
	}

	static void refused(NewAnnouncement a, boolean admin, String field, String key) {
		assertThatThrownBy(() -> AnnouncementPolicy.checked(a, admin))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	@Test
	void theTitleAndTextAreTrimmedAndOnlyTheAudiencesOwnChoiceIsKept() {
		NewAnnouncement checked = AnnouncementPolicy.checked(
				announcement(Audience.CLASS, CLASS, List.of(CHILD), "  元旦放假通知 ", "\n1月1日放假一天。\n"), true);
		assertThat(checked.title()).isEqualTo("元旦放假通知");
		assertThat(checked.body()).isEqualTo("1月1日放假一天。");
		assertThat(checked.classId()).isEqualTo(CLASS);
		assertThat(checked.childIds()).isEmpty();

		NewAnnouncement families = AnnouncementPolicy.checked(
				announcement(Audience.FAMILIES, CLASS, java.util.Arrays.asList(CHILD, CHILD, null), "t", "b"), false);
		assertThat(families.classId()).isNull();
		assertThat(families.childIds()).containsExactly(CHILD);
	}

	@Test
	void everyAudienceNeedsWhatItNames() {
		refused(announcement(null, null, null, "t", "b"), true, "audience", "messaging.announcements.audience.required");
		refused(announcement(Audience.CLASS, null, null, "t", "b"), true, "classId", "messaging.announcements.class.required");
		refused(announcement(Audience.FAMILIES, null, List.of(), "t", "b"), true, "childIds",
				"messaging.announcements.families.required");
		List<UUID> many = new ArrayList<>();
		for (int i = 0; i <= AnnouncementPolicy.MAX_CHOSEN; i++) {
			many.add(UUID.randomUUID());
		}
		refused(announcement(Audience.FAMILIES, null, many, "t", "b"), true, "childIds",
				"messaging.announcements.families.tooMany");
	}

	@Test
	void onlyTheAdministratorAddressesEveryFamily() {
		refused(announcement(Audience.INSTITUTION, null, null, "t", "b"), false, "audience",
				"messaging.announcements.audience.institutionOnlyAdmin");
		assertThat(AnnouncementPolicy.checked(announcement(Audience.INSTITUTION, null, null, "t", "b"), true).audience())
			.isEqualTo(Audience.INSTITUTION);
	}

	@Test
	void titleAndTextHaveTheirLengths() {
		refused(announcement(Audience.INSTITUTION, null, null, "   ", "b"), true, "title",
				"messaging.announcements.title.required");
		refused(announcement(Audience.INSTITUTION, null, null, "题".repeat(61), "b"), true, "title",
				"messaging.announcements.title.tooLong");
		assertThat(AnnouncementPolicy.checked(announcement(Audience.INSTITUTION, null, null, "题".repeat(60), "b"), true)
			.title()).hasSize(60);
		refused(announcement(Audience.INSTITUTION, null, null, "t", null), true, "body",
				"messaging.announcements.body.required");
		refused(announcement(Audience.INSTITUTION, null, null, "t", "字".repeat(5001)), true, "body",
				"messaging.announcements.body.tooLong");
	}
}
