package org.tuoyu.messaging.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tuoyu.platform.BusinessRuleException;

class MessagePolicyTests {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };

	final MessagePolicy policy = new MessagePolicy(100, 2);

	@Test
	void textIsTrimmedAndNeededUnlessPhotosComeAlong() {
		assertThat(MessagePolicy.text("  老师好 \n", false)).isEqualTo("老师好");
		assertThat(MessagePolicy.text("   ", true)).isNull();
		assertThatThrownBy(() -> MessagePolicy.text(" \t ", false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("text");
				assertThat(ex.messageKey()).isEqualTo("messaging.conversations.text.required");
			});
	}

	@Test
	void textHasAtMostTwoThousandCharacters() {
		assertThat(MessagePolicy.text("好".repeat(2000), false)).hasSize(2000);
		assertThatThrownBy(() -> MessagePolicy.text("好".repeat(2001), false))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.arguments()).containsExactly(2000, 2001));
	}

	@Test
	void photosAreJpegOrPngByTheirBytesAndNotTooLargeOrTooMany() {
		assertThat(policy.photoTypes(List.of(new NewPhoto("a.jpg", JPEG), new NewPhoto("b.png", PNG))))
			.containsExactly("image/jpeg", "image/png");
		assertThatThrownBy(() -> policy.photoTypes(List.of(new NewPhoto("fake.jpg", "%PDF-1.4".getBytes()))))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("photos");
				assertThat(ex.messageKey()).isEqualTo("messaging.conversations.photo.type");
			});
		assertThatThrownBy(() -> policy.photoTypes(List.of(new NewPhoto("big.jpg", new byte[101]))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("messaging.conversations.photo.tooLarge"));
		assertThatThrownBy(() -> policy
			.photoTypes(List.of(new NewPhoto("1", JPEG), new NewPhoto("2", JPEG), new NewPhoto("3", JPEG))))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("messaging.conversations.photo.tooMany"));
	}
}
