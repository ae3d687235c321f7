package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.InspectionSettings;

class InspectionPhotoPolicyTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	private static final InspectionSettings SETTINGS = new InspectionSettings(null, DataSize.ofBytes(20), 2, null, null);

	private static void rejects(byte[] content, int stored, String key) {
		assertThatThrownBy(() -> InspectionPhotoPolicy.check(content, stored, SETTINGS))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void jpegAndPngAreRecognisedByTheirFirstBytes() {
		assertThat(InspectionPhotoPolicy.check(PNG, 0, SETTINGS)).isEqualTo("image/png");
		assertThat(InspectionPhotoPolicy.check(JPEG, 1, SETTINGS)).isEqualTo("image/jpeg");
	}

	@Test
	void anythingElseIsRefusedWithItsReason() {
		rejects(null, 0, "supervision.inspection.photo.required");
		rejects("%PDF-1.7 not a photo".getBytes(), 0, "supervision.inspection.photo.format");
		rejects("GIF89a".getBytes(), 0, "supervision.inspection.photo.format");
		rejects(new byte[21], 0, "supervision.inspection.photo.tooLarge");
		rejects(PNG, 2, "supervision.inspection.photo.tooMany");
	}

	@Test
	void theDefaultLimitsAreFiveMegabytesAndFivePhotos() {
		InspectionSettings defaults = new InspectionSettings(null, null, null, null, null);
		assertThat(defaults.photoMaxSize()).isEqualTo(DataSize.ofMegabytes(5));
		assertThat(defaults.photosPerItem()).isEqualTo(5);
	}
}
