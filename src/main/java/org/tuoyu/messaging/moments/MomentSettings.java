package org.tuoyu.messaging.moments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Moments ({@code tuoyu.messaging.moments.*}).
 *
 * @param maxPhotoSize the largest photo accepted (default 10MB; the server takes at most 11 MB a file and
 *        30 MB a request)
 * @param maxPhotos the most photos one moment carries (default 9)
 * @param thumbnailSize the longer side of thumbnails in pixels (default 640)
 * @param pageSize moments on one page of a feed (default 20)
 */
@ConfigurationProperties("tuoyu.messaging.moments")
public record MomentSettings(DataSize maxPhotoSize, Integer maxPhotos, Integer thumbnailSize, Integer pageSize) {

	public MomentSettings {
		maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(10) : maxPhotoSize;
		maxPhotos = maxPhotos == null ? 9 : maxPhotos;
		thumbnailSize = thumbnailSize == null ? 640 : thumbnailSize;
		pageSize = pageSize == null ? 20 : pageSize;
		if (maxPhotoSize.toBytes() < 1 || maxPhotos < 1 || thumbnailSize < 64 || pageSize < 1) {
			throw new IllegalArgumentException("tuoyu.messaging.moments has an impossible value");
		}
	}
}
