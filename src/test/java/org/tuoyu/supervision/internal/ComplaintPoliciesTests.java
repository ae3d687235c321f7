package org.tuoyu.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.supervision.ComplaintLimitExceededException;
import org.tuoyu.supervision.ComplaintSettings;

import com.github.benmanes.caffeine.cache.Ticker;

class ComplaintPoliciesTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };

	private final ComplaintPhotoPolicy photos = new ComplaintPhotoPolicy(ComplaintSettings.defaults());

	@Test
	void photosAreJpegOrPngByTheirBytes() {
		assertThat(photos.check(List.of(PNG, JPEG))).containsExactly("image/png", "image/jpeg");
		assertThatThrownBy(() -> photos.check(List.of("<svg/>".getBytes())))
			.isInstanceOfSatisfying(BusinessRuleException.class, ex -> {
				assertThat(ex.field()).isEqualTo("photos");
				assertThat(ex.messageKey()).isEqualTo("supervision.complaint.photos.type");
			});
	}

	@Test
	void atMostThreePhotosOfAtMostTwoMegabytes() {
		byte[] large = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(JPEG, 0, large, 0, JPEG.length);
		byte[] limit = java.util.Arrays.copyOf(large, 2 * 1024 * 1024);

		assertThat(photos.check(List.of(limit))).containsExactly("image/jpeg");
		assertThatThrownBy(() -> photos.check(List.of(large))).hasMessage("supervision.complaint.photos.tooLarge");
		assertThatThrownBy(() -> photos.check(List.of(PNG, PNG, PNG, PNG)))
			.hasMessage("supervision.complaint.photos.tooMany");
	}

	@Test
	void trackingCodesAreTwelveUnambiguousCharactersTypedInAnyCase() {
		String code = ComplaintTrackingCodes.generate();

		assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
		assertThat(ComplaintTrackingCodes.normalise(" " + code.toLowerCase() + " ")).contains(code.replace("-", ""));
		assertThat(ComplaintTrackingCodes.generate()).isNotEqualTo(code);
		assertThat(ComplaintTrackingCodes.normalise("O0I1-L000-0000")).isEmpty();
		assertThat(ComplaintTrackingCodes.normalise("ABCD")).isEmpty();
		assertThat(ComplaintTrackingCodes.normalise(null)).isEmpty();
	}

	@Test
	void eachUpheldComplaintRaisesTheDrawFactorUpToTheCap() {
		ComplaintRiskPolicy risk = new ComplaintRiskPolicy(ComplaintSettings.defaults());

		assertThat(risk.factor(0)).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(risk.factor(1)).isEqualByComparingTo("1.3");
		assertThat(risk.factor(3)).isEqualByComparingTo("1.9");
		assertThat(risk.factor(9)).isEqualByComparingTo("2.5");
	}

	@Test
	void aClientMayMakeItsBudgetOfRequestsPerWindowThenWaitsForTheWindowToEnd() {
		long[] now = { 0 };
		Ticker ticker = () -> now[0];
		ComplaintClientLimit limit = new ComplaintClientLimit(2, Duration.ofHours(1), ticker);

		limit.take("10.0.0.1");
		limit.take("10.0.0.1");
		limit.take("10.0.0.2");
		now[0] = Duration.ofMinutes(20).toNanos();
		assertThatThrownBy(() -> limit.take("10.0.0.1")).isInstanceOfSatisfying(ComplaintLimitExceededException.class,
				ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(40 * 60));
		now[0] = Duration.ofMinutes(61).toNanos();
		limit.take("10.0.0.1");
	}
}
