package org.tuoyu.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Tokens of institutions' gate devices ({@code Authorization: Bearer tuoyu_dev_…} on
 * {@code /api/v1/devices/**}): provided by the module that manages the devices (an SPI). A device
 * acts with role {@link Role#DEVICE} in its institution's scope.
 */
public interface DeviceTokens {

	/** The prefix every device token starts with. */
	String PREFIX = "tuoyu_dev_";

	/** The active device a token belongs to. */
	Optional<Device> authenticate(String secret);

	/** A gate device of an institution. */
	record Device(UUID id, UUID institutionId, String name) {
	}
}
